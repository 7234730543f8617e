""""X in Y of P": Y a town and the administrative district named after it, X a village of
that district far from the town itself: X is placed where the gazetteer has it, not at the
town (texts written for these tests)."""

from datetime import date

from khaldun import extract
from khaldun.places.geometry import distance_km

MONDAY = date(2018, 3, 5)
# Qaryat al Malil, a village of Kitaf wa Al Boqe'e district, some 45 km from the town Kitaf
VILLAGE = (17.295, 44.490)


def _point(text: str) -> tuple[float, float]:
    (event,) = extract(text, published=MONDAY)
    return event.location.lat, event.location.lon


def test_a_village_in_a_district_named_by_its_town_is_at_the_village():
    text = "Government troops fought Houthi fighters on Monday in Al Malil in Kitaf of Saada."
    assert distance_km(*_point(text), *VILLAGE) < 2


def test_the_district_word_reads_the_same():
    text = "Government troops fought Houthi fighters on Monday in Al Malil in Kitaf district."
    assert distance_km(*_point(text), *VILLAGE) < 2
