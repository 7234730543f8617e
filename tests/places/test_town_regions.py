""""the X region" after a town: the town's surroundings, not the province it lies in, also
when the town is no village and when a list of towns comes before "regions" (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Wadan", 34.0, 43.0, -1, "Wadan", "", 0, ""),
    (10, "IQ", "locality", "Karmel", 34.5, 42.5, 1, "Wadan", "", 25000, ""),
    (11, "IQ", "locality", "Tabrit", 34.4, 42.6, 1, "Wadan", "", 25000, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("town_regions"), RECORDS)


@pytest.mark.parametrize(("text", "surface"), [
    ("Gunmen attacked an army post in the Karmel region on Monday.", "Karmel"),
    ("Gunmen attacked army posts in the Karmel and Tabrit regions on Monday.", "Karmel"),
    ("Gunmen attacked army posts in the Karmel and Tabrit regions on Monday.", "Tabrit"),
])
def test_a_towns_region_is_the_town(gaz, text, surface):
    mention = place_named(text, surface, "IQ", gaz)
    assert mention.role == "town" and mention.place is not None
    assert mention.place.name == surface and mention.precision == 2


def test_a_province_named_so_stays_the_province(gaz):
    mention = place_named("Gunmen attacked an army post in the Wadan region.", "Wadan", "IQ", gaz)
    assert mention.role == "admin1"
