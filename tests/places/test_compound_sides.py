"""A compound side of a province ("southwest X") is a quarter of the compass: a village
mostly south of the province's point and a little east of it is in its southwest; one
mostly east of it is not."""

from __future__ import annotations

from khaldun.places.bearing import wrong_side
from khaldun.places.model import Place

PROVINCE = Place(None, "Qadira", "admin1", "ADM1", "SY", "Qadira", 36.0, 37.0)


def _village(lat: float, lon: float) -> Place:
    return Place(None, "Tall Nimr", "town", None, "SY", "Qadira", lat, lon)


def test_a_village_mostly_on_one_arm_of_a_compound_side_is_on_it():
    assert not wrong_side(_village(35.4, 37.1), [(PROVINCE, "southwest")])
    assert not wrong_side(_village(35.4, 36.9), [(PROVINCE, "southwest")])


def test_a_village_mostly_off_a_compound_side_is_not_on_it():
    assert wrong_side(_village(35.9, 37.5), [(PROVINCE, "southwest")])
    assert wrong_side(_village(36.3, 36.5), [(PROVINCE, "southwest")])


def test_a_plain_side_keeps_its_half():
    assert wrong_side(_village(35.4, 37.1), [(PROVINCE, "west")])
