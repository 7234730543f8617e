"""A name the text calls a district, spelled further from the gazetteer than its consonants
allow: the loose skeleton (w or y for a vowel, no final h) finds the district, or picks one
of several sharing its consonants (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.districts import named_district
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadi Kirsh", 15.0, 44.0, -1, "Wadi Kirsh", "", 0, ""),
    (2, "YE", "county", "Ku'aylimah", 15.5, 44.5, 1, "Wadi Kirsh", "Ku'aylimah", 30000, ""),
    # Two districts with one consonant skeleton: only the first keeps the inner h.
    (3, "YE", "county", "Al Dhahem", 16.0, 43.5, 1, "Wadi Kirsh", "Al Dhahem", 20000, ""),
    (4, "YE", "county", "Dham", 14.5, 45.5, 1, "Wadi Kirsh", "Dham", 20000, ""),
    # A hamlet of another district spelled as the text spells the district.
    (12, "YE", "locality", "Dhahim", 14.6, 45.4, 4, "Wadi Kirsh", "Dham", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("loose_districts"), RECORDS)


@pytest.mark.parametrize(("name", "district"), [
    ("Ka'ailima", "Ku'aylimah"),  # the gazetteer's y and final h are no consonants
    ("Dhahim", "Al Dhahem"),  # of two with its consonants, the one with its inner h
])
def test_a_name_called_a_district_is_found_by_its_loose_skeleton(gaz, name, district):
    found = named_district(gaz, name, "YE", loosely=True)
    assert found is not None and found.name == district
    assert named_district(gaz, name, "YE") is None  # a bare name is not compared so loosely


def test_a_loosely_spelled_district_is_placed_in_it(gaz):
    text = "Jets struck Dhahim district on Monday."
    place = place_named(text, "Dhahim", "YE", gaz).place
    assert place is not None and place.admin2 == "Al Dhahem"
