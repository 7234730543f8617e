"""A village placed in "the X sub-district of Y" lies in that sub-district of province Y: Y
holds it (as in "the X district of Y") and is no event place of its own."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 3, 7)


def places(text: str) -> list[str]:
    found = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    return [e.location.name for e in found if e.location]


def test_the_province_after_a_sub_district_is_no_event_place():
    assert places("Warplanes bombed the village of Kharbat Zubaydan in the Jisr al-Shughur "
                  "sub-district of Idleb, wounding two civilians.") == ["Kharbat Zubaydan"]
    assert places("Turkish forces took control of Kharbat Zubaydan village in the Jandaris "
                  "subdistrict of Aleppo on Tuesday.") == ["Kharbat Zubaydan"]
