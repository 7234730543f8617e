"""A town named as the area of the events ("shelled areas of Qasra countryside") is one of
the places a village named beside it lies near: of two villages so named, the one near that
town; in a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Shamal", 36.2, 37.1, -1, "Shamal", "", 0, ""),
    (2, "SY", "region", "Gharb", 35.6, 36.5, -1, "Gharb", "", 0, ""),
    (10, "SY", "locality", "Qasra", 36.5, 36.8, 1, "Shamal", "", 50000, ""),
    (20, "SY", "locality", "Tell Bara", 35.8, 36.5, 2, "Gharb", "", 0, ""),
    (21, "SY", "locality", "Tell Bara", 36.58, 36.95, 1, "Shamal", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("areas_of_town"), RECORDS)


@pytest.mark.parametrize("text", [
    "Troops shelled areas of Qasra countryside, among them the vicinity of Tell Bara village.",
    "Troops shelled areas of Qasra and the village of Tell Bara on Friday.",
])
def test_a_village_beside_the_areas_of_a_town_lies_near_it(gaz, text):
    assert place_named(text, "Tell Bara", "SY", gaz).place.lat == 36.58


def test_with_no_town_named_the_order_stays(gaz):
    text = "Troops shelled the village of Tell Bara on Friday."
    assert place_named(text, "Tell Bara", "SY", gaz).place.lat == 35.8
