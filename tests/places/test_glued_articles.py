"""An article written onto a later word of a name ("Kherbet Elmawazin", "Jeb Elnarjis") is the
article of the gazetteer's "Khirbat al Mawazin": the spelling is compared without it, as the
transliteration key drops it, so a look-alike near the province named is alike enough to be
taken ("Janat Elfawarneh" / Qanat al Fuwaranah); a first word keeps its letters (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.transliteration import plain_letters, similar, spelling_form
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.93, 36.63, -1, "Idlib", "", 0, ""),
    (2, "SY", "locality", "Idlib", 35.93, 36.63, 1, "Idlib", "Idleb", 165000, ""),
    (3, "SY", "locality", "Khirbat al Mawazin", 35.70, 36.70, 1, "Idlib", "Idleb", 0, ""),
    (4, "SY", "locality", "Jubb an Narjis", 35.80, 36.50, 1, "Idlib", "Idleb", 0, ""),
    (5, "SY", "locality", "Jubb as Sarw", 35.75, 36.55, 1, "Idlib", "Idleb", 0, ""),
    (6, "SY", "region", "Hama", 35.13, 36.75, -1, "Hama", "", 0, ""),
    (7, "SY", "locality", "Hama", 35.13, 36.75, 6, "Hama", "Hama", 460000, ""),
    (8, "SY", "locality", "Nab` al Fawwar", 35.30, 37.00, 6, "Hama", "Hama", 0, ""),
    (9, "SY", "locality", "Qanat al Fuwaranah", 35.35, 37.05, 6, "Hama", "Hama", 0, ""),
    (10, "SY", "locality", "Kafr Tiba", 35.32, 37.02, 6, "Hama", "Hama", 0, ""),
    (11, "SY", "locality", "Muwaylih al Fuwaranah", 35.34, 37.03, 6, "Hama", "Hama", 0, ""),
]


@pytest.fixture(scope="module")
def ggaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("glued_articles"), RECORDS)


@pytest.mark.parametrize(("surface", "name"), [
    ("Kherbet Elmawazin", "Khirbat al Mawazin"),
    ("Jeb Elnarjis", "Jubb an Narjis"),
    ("Jeb Elsarw", "Jubb as Sarw"),
])
def test_a_village_with_its_article_written_on_is_that_village(ggaz, surface, name):
    text = f"Regime forces shelled {surface} village, no casualties were reported."
    mention = place_named(text, surface, "SY", ggaz)
    assert mention.place is not None and mention.place.name == name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("A roadside bomb hit a car on the road from Nabe Elfawwar to Kafr Tiba, killing two.",
     "Nabe Elfawwar", "Nab` al Fawwar"),
    ("IS fighters took Janat Elfawarneh village in eastern Hama countryside.",
     "Janat Elfawarneh", "Qanat al Fuwaranah"),
])
def test_a_village_with_its_article_written_on_in_a_sentence(ggaz, text, surface, name):
    mention = place_named(text, surface, "SY", ggaz)
    assert mention.place is not None and mention.place.name == name


def test_the_glued_article_goes_from_later_words_only():
    assert spelling_form("Kherbet Elmawazin") == spelling_form("Kherbet al-Mawazin")
    assert plain_letters("Kherbet Elmawazin") == plain_letters("Kherbet al-Mawazin")
    assert spelling_form("Elmawazin") != spelling_form("Mawazin")
    # found by its key, the spelling now looks enough like the gazetteer's name
    assert similar("Jeb Elsarw", "Jubb as Sarw")
