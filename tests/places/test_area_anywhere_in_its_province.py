""""the X area of Y", Y a city named like its province: a settlement X lying anywhere in that
province, however far from the city, is the place meant; "the X area of Y city" stays a part
of the city (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 36.2, 37.1, -1, "Wadan", "", 0, ""),
    (2, "SY", "locality", "Wadan", 36.2, 37.1, 1, "Wadan", "", 900000, ""),
    # 60 km from the city, in its province
    (3, "SY", "locality", "Qindayris", 36.39, 36.49, 1, "Wadan", "", 5000, ""),
    (4, "SY", "region", "Qarsun", 35.0, 38.0, -1, "Qarsun", "", 0, ""),
    # 45 km from the city, across the provincial border
    (5, "SY", "locality", "Kafrun", 35.85, 36.85, 4, "Qarsun", "", 5000, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("area_anywhere"), RECORDS)


def test_a_settlement_of_the_province_is_the_area(gaz):
    mention = place_named("Shells hit homes in the Qandiris area of Wadan.", "Qandiris", "SY",
                          gaz)
    assert mention.place is not None and mention.place.name == "Qindayris"
    assert mention.precision == 2


@pytest.mark.parametrize("text", [
    "Shells hit homes in the Qandiris area of Wadan city.",
    "Shells hit homes in the Kafroon area of Wadan.",
])
def test_a_city_or_another_provinces_settlement_is_not(gaz, text):
    surface = "Qandiris" if "Qandiris" in text else "Kafroon"
    mention = place_named(text, surface, "SY", gaz)
    assert mention.place is None or mention.place.name not in ("Qindayris", "Kafrun")
