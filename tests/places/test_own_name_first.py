"""Of villages of unknown size found by the same spelling, the one whose own name is that
spelling comes before one that only lists it among its other names ("Tarak" is Al Tarak,
not a Kurvik that some source also spelled Tarak), whatever order the gazetteer holds them in
(a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Nordan", 36.5, 38.5, -1, "Nordan", "", 0, ""),
    (2, "SY", "region", "Sudar", 32.8, 36.2, -1, "Sudar", "", 0, ""),
    # the look-alike comes first in the file: it also goes by the name written
    (10, "SY", "locality", "Kurvik", 36.6, 38.6, 1, "Nordan", "Kaleh", 0, "Tarak"),
    (11, "SY", "locality", "Al Tarak", 32.7, 36.3, 2, "Sudar", "Merid", 0, "Tarak"),
    # a market town named by its core and a qualifier is written by its core: no hamlet of
    # that bare name comes before it for that alone
    (20, "SY", "locality", "Marun as Suq", 36.3, 38.3, 1, "Nordan", "Marun", 0, "Marun"),
    (21, "SY", "locality", "Marun", 36.9, 38.9, 1, "Nordan", "Marun", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("own_name_first"), RECORDS)


def test_the_village_so_named_before_one_also_spelled_so(gaz):
    text = "Government troops shelled the village of Tarak on Sunday."
    place = place_named(text, "Tarak", "SY", gaz).place
    assert place is not None and place.name == "Al Tarak"


def test_lookup_ranks_the_own_name_first(gaz):
    assert [p.name for p in gaz.lookup("Tarak", "SY")][:1] == ["Al Tarak"]


def test_a_name_qualified_after_its_core_is_its_own_name_too(gaz):
    assert [p.name for p in gaz.lookup("Marun", "SY")][:1] == ["Marun as Suq"]
