"""A town of some size in another province does not outrank the village of its name in the
province the text puts it in ("X camp in the southern countryside of P", "X in P
countryside"): a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 36.2, 37.1, -1, "Wadan", "", 0, ""),
    (2, "SY", "region", "Bazra", 33.6, 36.3, -1, "Bazra", "", 0, ""),
    (3, "SY", "locality", "Wadan", 36.2, 37.1, 1, "Wadan", "", 900000, ""),
    # a town of a few thousand in another province, and the village meant
    (4, "SY", "locality", "Kafr Nubay", 33.65, 35.97, 2, "Bazra", "", 4000, ""),
    (5, "SY", "locality", "Kafr Nubay", 35.95, 37.15, 1, "Wadan", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("held_in_province"), RECORDS)


@pytest.mark.parametrize("text", [
    "Jets struck Kafr Nubay camp in the southern countryside of Wadan.",
    "Jets struck Kafr Nubay in Wadan countryside.",
    "Jets struck Kafr Nubay village in southern Wadan.",
])
def test_village_in_the_province_said(gaz, text):
    place = place_named(text, "Kafr Nubay", "SY", gaz).place
    assert place is not None and place.admin1 == "Wadan"


def test_a_town_tied_to_no_province_keeps_its_rank(gaz):
    place = place_named("Jets struck Kafr Nubay on Monday.", "Kafr Nubay", "SY", gaz).place
    assert place is not None and place.admin1 == "Bazra"
