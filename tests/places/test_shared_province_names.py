"""A province name two countries share ("Al Jawf" of Yemen and of Saudi Arabia) is the one of
the country the text's actors fight in, however few people the gazetteer counts in it (a
small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_and_geonames_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "locality", "Marzuqa", 16.3, 45.1, -1, "", "", 0, ""),
    (2, "SA", "locality", "Sakira", 29.9, 40.2, -1, "", "", 0, ""),
]
# One province name in two countries, the gazetteer counting few people in one of them
# (GeoNames rows).
PROVINCES = [
    (960001, "Al Qarn", "Al Qarn", "", 16.2, 45.0, "A", "ADM1", "YE", "31", 12_000),
    (960002, "Al Qarn", "Al Qarn", "", 29.9, 39.5, "A", "ADM1", "SA", "32", 400_000),
]
# Where the text's actors are known to fight, and how often (khaldun/data/theatres.yaml).
REBELS_AT_HOME = (("YE", 0.8), ("SA", 0.2))
GUARDS_AT_HOME = (("SA", 0.8), ("YE", 0.2))


@pytest.fixture(scope="module")
def pgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("provinces")
    return wof_and_geonames_gazetteer(folder, RECORDS, PROVINCES)


def test_a_shared_province_name_is_the_actors_home(pgaz):
    text = "Rebel fighters shot dead two soldiers in Al Qarn on Monday."
    assert document_country(text, pgaz, theatres=REBELS_AT_HOME) == "YE"
    assert {m.country for m in find_places(text, "YE", gazetteer=pgaz)} == {"YE"}
    # the same words about actors at home across the border name the other province
    text = "Border guards shot dead two smugglers in Al Qarn on Monday."
    assert document_country(text, pgaz, theatres=GUARDS_AT_HOME) == "SA"
