"""A name with nothing in the text to place it by, whose transliteration key no spelling of the
country shares (a letter added), is the country's place spelled very alike: a small gazetteer
written here."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 36.2, 37.1, -1, "Wadan", "", 0, ""),
    (2, "SY", "locality", "Wadan", 36.2, 37.1, 1, "Wadan", "", 900000, ""),
    (3, "SY", "locality", "Qalb Dirwan", 35.9, 36.8, 1, "Wadan", "", 0, ""),
    (4, "SY", "locality", "Tall Huran", 35.7, 36.9, 1, "Wadan", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("country_lookalike"), RECORDS)


def test_a_name_a_letter_off_is_the_country_place(gaz):
    place = place_named("Jets bombed the town of Qalbh Dirwan.", "Qalbh Dirwan", "SY", gaz).place
    assert place is not None and place.name == "Qalb Dirwan"


def test_a_name_little_alike_stays_unknown(gaz):
    place = place_named("Jets bombed the town of Qalbh Marun.", "Qalbh Marun", "SY", gaz).place
    assert place is None
