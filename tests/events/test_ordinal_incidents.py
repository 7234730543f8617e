"""Incidents told one by one by ordinals after a lead ("The first bomb ... The second ...") are
events of their own, each at its own place with its own claims, even where the place of the
first is not in the gazetteer (codebook §8.7; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_second_incident_is_not_merged_into_the_first():
    text = (
        "BAGHDAD - Two bombs went off in Baghdad on Monday, killing nine people, police said. "
        "The first bomb exploded in a market in the Qasr Zanbaq district, killing five people. "
        "The second exploded near a bus stop in the Karrada district, killing four."
    )
    found = extract(text, published=date(2018, 3, 5))
    assert len(found) == 2, [e.location for e in found]
    tolls = sorted(e.fatalities.high for e in found)
    assert tolls == [4, 5], tolls
    second = next(e for e in found if e.fatalities.high == 4)
    assert second.location.neighbourhood == "Karrada", second.location
    assert all("The second" in c.quote for c in second.claims if c.kind == "fatalities")
