""""areas of X district": the name before "district" is the administrative district, not a
hamlet spelled like it elsewhere (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadi Kirsh", 17.0, 43.5, -1, "Wadi Kirsh", "", 0, ""),
    (2, "YE", "region", "Jabal Sur", 16.0, 44.0, -1, "Jabal Sur", "", 0, ""),
    (3, "YE", "county", "Qarih", 16.9, 43.3, 1, "Wadi Kirsh", "Qarih", 30000, ""),
    (4, "YE", "county", "Bani Sur", 16.1, 44.1, 2, "Jabal Sur", "Bani Sur", 30000, ""),
    # A hamlet of another province spelled more like the text than the district is.
    (10, "YE", "locality", "Qarah", 16.06, 44.05, 4, "Jabal Sur", "Bani Sur", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("areas_of_district"), RECORDS)


@pytest.mark.parametrize("text", [
    "Shells landed in areas of Qareh district on Monday.",
    "Jets struck several areas of Qareh border district on Monday.",
])
def test_areas_of_a_district_are_in_the_district(gaz, text):
    place = place_named(text, "Qareh", "YE", gaz).place
    assert place is not None and place.admin2 == "Qarih"
