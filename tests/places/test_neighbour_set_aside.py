"""A country named as a neighbour ("X, bordering C", "a border checkpoint with C", "a post
with C") is not where the text happens: it votes for nothing and is no place of an event (a
small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (10, "ML", "locality", "Bamako", 12.64, -8.0, -1, "Bamako", "", 2_000_000, ""),
    (11, "BF", "locality", "Boulkessi", 13.6, -1.9, -1, "Sahel", "", 0, ""),
]


@pytest.fixture(scope="module")
def ngaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("neighbour"), RECORDS)


@pytest.mark.parametrize("text", [
    "Gunmen wounded a farmer near the village of Boulkessi, bordering Mali.",
    "Gunmen attacked a border checkpoint with Mali, on the outskirts of Boulkessi.",
    "Gunmen attacked the frontier post with Mali in the village of Boulkessi.",
])
def test_a_neighbour_named_aside_is_not_the_scene(ngaz, text):
    assert document_country(text, ngaz) == "BF"
    assert "Mali" not in [m.surface for m in find_places(text, "BF", gazetteer=ngaz)]
