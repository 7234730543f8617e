"""A quarter of the town a story is about, named like a district or village elsewhere in the
country, is that town's quarter (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Baghdad", 33.34, 44.40, -1, "Baghdad", "", 0, ""),
    (2, "IQ", "locality", "Baghdad", 33.34, 44.40, 1, "Baghdad", "", 7000000, ""),
    (3, "IQ", "neighbourhood", "Dora", 33.26, 44.42, 2, "Baghdad", "", 0, ""),
    (4, "IQ", "region", "Salahuddin", 34.6, 43.7, -1, "Salahuddin", "", 0, ""),
    # An administrative district of that name, with its seat, 130 km away.
    (5, "IQ", "county", "Dora", 34.38, 44.12, 4, "Salahuddin", "Dora", 40000, ""),
    (6, "IQ", "locality", "Dora", 34.38, 44.12, 5, "Salahuddin", "Dora", 20000, ""),
    # A big city, and a district named like one of its quarters 300 km off in another
    # province; a district of the city's own province far from it.
    (10, "YE", "region", "Taiz", 13.6, 44.0, -1, "Taiz", "", 0, ""),
    (11, "YE", "locality", "Taiz", 13.58, 44.02, 10, "Taiz", "", 600000, ""),
    (12, "YE", "region", "Shabwah", 14.5, 46.8, -1, "Shabwah", "", 0, ""),
    (13, "YE", "county", "Rawdah", 14.47, 47.27, 12, "Shabwah", "Rawdah", 30000, ""),
    (14, "YE", "county", "Mawza", 13.27, 43.52, 10, "Taiz", "Mawza", 30000, ""),
    # A district of the next province 80 km from Baghdad, and one spelled only alike.
    (20, "IQ", "region", "Qarnawa", 33.9, 45.0, -1, "Qarnawa", "", 0, ""),
    (21, "IQ", "county", "Zubaydiya", 33.95, 45.05, 20, "Qarnawa", "Zubaydiya", 30000, ""),
    (22, "IQ", "county", "Hamdaniyat", 33.90, 44.95, 20, "Qarnawa", "Hamdaniyat", 30000, ""),
]


@pytest.fixture(scope="module")
def qgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("quarters"), RECORDS)


def _dora(gaz: Gazetteer, town: str | None):
    text = "A roadside bomb hit a patrol in the Dora district."
    return next(m for m in find_places(text, "IQ", town=town, gazetteer=gaz)
                if m.surface == "Dora")


def test_in_a_story_about_the_city_the_district_is_its_quarter(qgaz):
    mention = _dora(qgaz, "Baghdad")
    assert mention.role == "neighbourhood" and mention.precision == 1
    assert mention.town is not None and mention.town.name == "Baghdad"


def test_with_no_town_in_context_the_district_is_the_administrative_one(qgaz):
    mention = _dora(qgaz, None)
    assert mention.place is not None and mention.place.admin1 == "Salahuddin"


def _first(gaz: Gazetteer, text: str, town: str):
    return find_places(text, "YE", town=town, gazetteer=gaz)[0]


def test_a_district_named_like_one_far_off_in_another_province_is_the_citys_quarter(qgaz):
    mention = _first(qgaz, "Shells landed in the Rawdah district, killing two.", "Taiz")
    assert mention.role == "neighbourhood" and mention.town.name == "Taiz"


def test_a_district_of_the_citys_own_province_stays_a_district(qgaz):
    mention = _first(qgaz, "Shells landed in the Mawza district, killing two.", "Taiz")
    assert mention.role == "town" and mention.place.name == "Mawza"


def test_a_district_of_the_next_province_spelled_so_is_that_district(qgaz):
    text = "A roadside bomb hit a patrol in the Zubaydiya district."
    mention = next(m for m in find_places(text, "IQ", town="Baghdad", gazetteer=qgaz)
                   if m.surface == "Zubaydiya")
    assert mention.role == "town" and mention.place is not None
    assert mention.place.admin1 == "Qarnawa" and mention.precision == 2


def test_a_district_of_the_next_province_spelled_only_alike_stays_a_quarter(qgaz):
    text = "A roadside bomb hit a patrol in the Hamdaniya district."
    mention = next(m for m in find_places(text, "IQ", town="Baghdad", gazetteer=qgaz)
                   if m.surface == "Hamdaniya")
    assert mention.role == "neighbourhood" and mention.town.name == "Baghdad"
