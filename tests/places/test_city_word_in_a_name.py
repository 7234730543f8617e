"""A village named after a city, written with the city's English name ("Kafr Carvona"), is the
gazetteer's village written with the city's own name ("Kafr Qarfun"): the city's other
spellings are the gazetteer's, no list of them is kept (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Carvona", 36.00, 37.00, -1, "Carvona", "", 0, ""),
    (2, "SY", "locality", "Carvona", 36.20, 37.16, 1, "Carvona", "Carvona", 900000,
     "Carvona|Qarfun|Qarfoun"),
    (3, "SY", "locality", "Kafr Qarfun", 36.06, 36.90, 1, "Carvona", "Carvona", 0, ""),
    (4, "SY", "locality", "Tall Sirin", 36.10, 36.95, 1, "Carvona", "Carvona", 0, ""),
]


@pytest.fixture(scope="module")
def cgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("city_word"), RECORDS)


def test_a_village_written_with_the_english_name_of_its_city_is_found(cgaz):
    mention = place_named("Warplanes struck the village of Kafr Carvona, wounding two men.",
                          "Kafr Carvona", "SY", cgaz)
    assert mention.place is not None and mention.place.name == "Kafr Qarfun"


def test_a_city_word_opening_a_name_is_left_as_written(cgaz):
    assert cgaz.city_word_forms("Carvona Sirin") == []
    assert "Kafr qarfun" in cgaz.city_word_forms("Kafr Carvona")


def test_the_city_itself_is_still_the_city(cgaz):
    mention = place_named("Shells fell on Carvona city, wounding two men.", "Carvona", "SY",
                          cgaz)
    assert mention.place is not None and mention.place.population == 900000
