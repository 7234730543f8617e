""""X district of P province": the phrase puts X in a province it calls one, so a place so
named in that province is meant, not a namesake elsewhere (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadran", 14.0, 44.0, -1, "Wadran", "", 0, ""),
    (2, "YE", "region", "Qarmad", 16.0, 43.0, -1, "Qarmad", "", 0, ""),
    (3, "YE", "county", "Bani Hilal", 14.2, 44.2, 1, "Wadran", "Bani Hilal", 40000, ""),
    (4, "YE", "county", "Jabal Nur", 16.1, 43.1, 2, "Qarmad", "Jabal Nur", 40000, ""),
    # The village of the province the text names, and a namesake of another province
    # of known size that the spelling ranks first.
    (10, "YE", "locality", "Al Kuhaylah", 14.25, 44.25, 3, "Wadran", "Bani Hilal", 0, ""),
    (11, "YE", "locality", "Kuhaylah", 16.15, 43.15, 4, "Qarmad", "Jabal Nur", 3000, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("named_province"), RECORDS)


@pytest.mark.parametrize("text", [
    "Shells fell on Kuhaylah district of Wadran province on Monday.",
    "A strike hit a truck in the Kuhaylah area of Wadran governorate, killing six.",
])
def test_the_place_of_the_province_named(gaz, text):
    place = place_named(text, "Kuhaylah", "YE", gaz).place
    assert place is not None and place.admin1 == "Wadran"
