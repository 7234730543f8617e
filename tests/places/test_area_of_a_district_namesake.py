""""X area of D": where a town spelled D lies far from the country's district D (in another
province, or across the border), the district holds X, not that town (a small gazetteer
written here)."""

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
    (5, "OM", "region", "Sahil", 24.3, 56.7, -1, "Sahil", "", 0, ""),
    # the village the text means, in Zulaf district
    (10, "YE", "locality", "Al Hamzar", 16.95, 43.76, 3, "Jabal Sur", "Zulaf", 0, ""),
    # towns spelled like the district: one 190 km off in another province, one abroad
    (11, "YE", "locality", "Zulaf", 15.21, 44.21, 4, "Wadi Kirsh", "Bani Dar", 30000, ""),
    (12, "OM", "locality", "Qutaf", 24.35, 56.75, 5, "Sahil", "", 100000, "Qotaf"),
    (13, "YE", "county", "Qutaf", 17.1, 43.5, 1, "Jabal Sur", "Qutaf", 40000, ""),
    (14, "YE", "locality", "Al Mahdar", 17.12, 43.55, 13, "Jabal Sur", "Qutaf", 0, ""),
    # a city of the province of the district named like it, far from the district's point
    (15, "YE", "county", "Ramlan", 17.2, 45.6, 2, "Wadi Kirsh", "Ramlan", 40000, ""),
    (16, "YE", "locality", "Ramlan", 15.9, 44.6, 2, "Wadi Kirsh", "Bani Dar", 200000, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("area_of_district_namesake"), RECORDS)


@pytest.mark.parametrize(("text", "surface", "district"), [
    ("Jets struck al-Hamzar area in Zulaf on Monday.", "al-Hamzar", "Zulaf"),
    ("Jets struck Mahdar area of Qotaf on Monday.", "Mahdar", "Qutaf"),
])
def test_an_area_of_a_district_spelled_like_a_far_town_is_in_the_district(
        gaz, text, surface, district):
    mention = place_named(text, surface, "YE", gaz)
    assert mention.place is not None and mention.place.admin2 == district


def test_a_city_of_the_districts_own_province_still_holds_its_area(gaz):
    mention = place_named("Jets struck Dhuba area of Ramlan on Monday.", "Dhuba", "YE", gaz)
    assert mention.town is not None and mention.town.name == "Ramlan"
    assert mention.town.admin2 == "Bani Dar"
