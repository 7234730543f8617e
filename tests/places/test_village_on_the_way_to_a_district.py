""""X in Y in D of P": a place the gazetteer lacks in district D (a namesake of it lies in
another district) is at the village Y of D the text puts it in, not at D's point (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Jabal Sur", 16.9, 43.7, -1, "Jabal Sur", "", 0, ""),
    (2, "YE", "region", "Wadi Kirsh", 15.2, 44.2, -1, "Wadi Kirsh", "", 0, ""),
    (3, "YE", "county", "Zulaf", 16.9, 43.7, 1, "Jabal Sur", "Zulaf", 40000, ""),
    (4, "YE", "county", "Bani Dar", 15.2, 44.2, 2, "Wadi Kirsh", "Bani Dar", 40000, ""),
    # the village of Zulaf the text names, 30 km from the district's point
    (10, "YE", "locality", "Bayt Hadir", 17.15, 43.6, 3, "Jabal Sur", "Zulaf", 0, ""),
    # a namesake of the hill in another province
    (11, "YE", "locality", "Qarn Tahir", 15.25, 44.25, 4, "Wadi Kirsh", "Bani Dar", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("village_on_the_way"), RECORDS)


def test_a_place_in_a_village_of_a_district_is_at_that_village(gaz):
    text = "Fighters shelled Qarn Tahir in Bayt Hadir in Zulaf of Jabal Sur on Monday."
    place = place_named(text, "Qarn Tahir", "YE", gaz).place
    assert place is not None and place.name == "Bayt Hadir"


def test_a_place_in_a_list_before_the_village_is_not_put_at_it(gaz):
    # "X and Y in D": X is in D, but not in Y
    text = "Fighters shelled Qarn Tahir and Bayt Hadir in Zulaf of Jabal Sur on Monday."
    place = place_named(text, "Qarn Tahir", "YE", gaz).place
    assert place is not None and place.name != "Bayt Hadir" and place.admin2 == "Zulaf"
