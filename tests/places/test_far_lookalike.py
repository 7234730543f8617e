"""A town found only by a look-alike spelling, far from every place the text names and in no
province it names, is not the place meant: the name is left unknown and the event falls to
the province or town the text names (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SA", "region", "Tarfan", 17.5, 43.0, -1, "Tarfan", "", 0, ""),
    (2, "SA", "region", "Harbun", 25.0, 46.0, -1, "Harbun", "", 0, ""),
    (10, "SA", "locality", "Tarfan", 17.5, 43.0, 1, "Tarfan", "", 90000, ""),
    # A town of a few thousand far off, spelled almost like a border site the gazetteer lacks.
    (20, "SA", "locality", "Dukhnah", 25.3, 45.9, 2, "Harbun", "", 6000, ""),
    # A town far off spelled as written.
    (21, "SA", "locality", "Zahwan", 25.1, 46.2, 2, "Harbun", "", 6000, ""),
]


@pytest.fixture(scope="module")
def fgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("far_lookalike"), RECORDS)


def _placed(text: str, surface: str, gaz: Gazetteer):
    return [m.place for m in find_places(text, "SA", gazetteer=gaz) if m.surface == surface]


def test_a_far_lookalike_town_is_not_the_site_meant(fgaz):
    text = "Two soldiers were killed at the Dukhan and Kebdi sites in Tarfan on Monday."
    assert not [p for p in _placed(text, "Dukhan", fgaz) if p is not None and p.lat > 20]
    assert [p.name for p in _placed(text, "Tarfan", fgaz) if p is not None] == ["Tarfan"]


def test_a_far_town_spelled_as_written_stays(fgaz):
    text = "Two soldiers were killed at the Zahwan and Kebdi sites in Tarfan on Monday."
    assert [p.name for p in _placed(text, "Zahwan", fgaz) if p is not None] == ["Zahwan"]
