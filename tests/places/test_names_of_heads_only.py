"""A name made only of generic heads ("Umm Qasr": "umm" and "qasr" are each no place alone) is
a town when the gazetteer spells it so and knows people living there; a hamlet spelled like a
man's name ("Abu Omar") stays no place (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Sahil", 30.5, 47.8, -1, "Sahil", "", 0, ""),
    (10, "IQ", "locality", "Umm Jisr", 30.1, 47.9, 1, "Sahil", "", 80000, ""),
    (11, "IQ", "locality", "Abu Omar", 30.3, 47.6, 1, "Sahil", "", 0, ""),
]


@pytest.fixture(scope="module")
def hgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("only-heads"), RECORDS)


def _found(text: str, gaz: Gazetteer) -> list[str]:
    return [m.place.name for m in find_places(text, "IQ", gazetteer=gaz) if m.place is not None]


def test_a_town_named_by_heads_alone_is_found(hgaz: Gazetteer):
    assert _found("Protesters blocked the port road in Umm Jisr on Monday.", hgaz) == ["Umm Jisr"]


def test_a_hamlet_spelled_like_a_mans_name_is_not(hgaz: Gazetteer):
    assert _found("Police said Abu Omar was detained on Monday.", hgaz) == []
