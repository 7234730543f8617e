"""The article's town context, kept from an event placed at its district's point: the
town so called in that district, not a look-alike elsewhere the bare name ranks first (a
small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.events import locate
from khaldun.places.gazetteer import Gazetteer
from khaldun.records import Location
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Jabal Sur", 13.3, 44.5, -1, "Jabal Sur", "", 0, ""),
    (2, "YE", "region", "Wadi Kirsh", 16.8, 44.2, -1, "Wadi Kirsh", "", 0, ""),
    (3, "YE", "county", "Al Qubaytir", 13.31, 44.51, 1, "Jabal Sur", "Al Qubaytir", 40000, ""),
    (4, "YE", "county", "Bani Dar", 16.8, 44.2, 2, "Wadi Kirsh", "Bani Dar", 40000, ""),
    # the district's seat, spelled as the gazetteer does
    (10, "YE", "locality", "Al Qubaytir", 13.33, 44.50, 3, "Jabal Sur", "Al Qubaytir", 0, ""),
    # a village of another province spelled as the text does
    (11, "YE", "locality", "Al-Qubatir", 16.85, 44.23, 4, "Wadi Kirsh", "Bani Dar", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("town_of_district_point"), RECORDS)


def test_a_town_placed_at_its_districts_point_keeps_its_district(gaz, monkeypatch):
    monkeypatch.setattr(locate, "get_gazetteer", lambda: gaz)
    # placed 6 km off the seat (the district's point): no town lies at the point itself
    placed = Location(name="Al-Qubatir", town="Al-Qubatir", admin1="Jabal Sur", country="YE",
                      lat=13.38, lon=44.48, admin2="Al Qubaytir")
    assert locate.gazetteer_town(placed) == "Al Qubaytir"
