"""A name the text calls a village is no city of 150,000+ reached by a look-alike spelling of
the city's name: a village so spelled near the places the text names is meant (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 36.2, 37.1, -1, "Wadan", "", 0, ""),
    (2, "SY", "region", "Qarsun", 35.8, 36.6, -1, "Qarsun", "", 0, ""),
    (3, "SY", "region", "Bazra", 34.7, 38.4, -1, "Bazra", "", 0, ""),
    # a city whose other spelling the village's name looks like
    (4, "SY", "locality", "Wadan", 36.2, 37.1, 1, "Wadan", "", 900000, "Tarab"),
    # a hamlet so spelled far off, and the village meant, in the province the text names
    (5, "SY", "locality", "At Tarbah", 34.08, 38.43, 3, "Bazra", "", 0, ""),
    (6, "SY", "locality", "Taruba", 35.57, 36.78, 2, "Qarsun", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("village_no_city"), RECORDS)


@pytest.mark.parametrize("text", [
    "Jets struck Tarbeh village in southern Qarsun.",
    "Jets struck the village of Tarbeh in southern Qarsun.",
])
def test_a_village_is_no_city_spelled_alike(gaz, text):
    place = place_named(text, "Tarbeh", "SY", gaz).place
    assert place is not None and place.name == "Taruba"
