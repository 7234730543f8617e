"""Of two same-named villages on the side of a province a text names ("in southern Qadira"),
the one deep in that side, not one just past the province's point; in a small gazetteer
written here."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Qadira", 35.9, 36.6, -1, "Qadira", "", 0, ""),
    (10, "SY", "locality", "Qadira", 35.9, 36.6, 1, "Qadira", "", 150000, ""),
    # one Tarmin 3 km south of the province's point, one 35 km south of it
    (20, "SY", "locality", "Tarmin", 35.873, 36.65, 1, "Qadira", "", 0, ""),
    (21, "SY", "locality", "Tarmin", 35.58, 36.62, 1, "Qadira", "", 0, ""),
    # two Sarbas north-east of the point: one 5 km east of its meridian, one 50 km
    (30, "SY", "locality", "Sarbas", 36.17, 36.65, 1, "Qadira", "", 0, ""),
    (31, "SY", "locality", "Sarbas", 36.1, 37.1, 1, "Qadira", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("deep_side"), RECORDS)


@pytest.mark.parametrize("text", [
    "Jets struck the village of Tarmin in the southern countryside of Qadira on Friday.",
    "Jets struck Tarmin village in southern Qadira on Friday.",
])
def test_the_village_deep_in_the_said_side_is_meant(gaz, text):
    assert place_named(text, "Tarmin", "SY", gaz).place.lat == 35.58


def test_with_no_side_said_the_order_stays(gaz):
    text = "Jets struck Tarmin village in Qadira province on Friday."
    assert place_named(text, "Tarmin", "SY", gaz).place.lat == 35.873


def test_a_compound_side_asks_no_depth_along_its_arms(gaz):
    text = "Rebels retook Sarbas town in Qadira north-eastern countryside on Friday."
    assert place_named(text, "Sarbas", "SY", gaz).place.lat == 36.17
