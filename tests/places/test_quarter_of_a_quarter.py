"""A quarter named in another quarter of a town ("the X neighbourhood of the Y area of Z") lies
in that town: a village spelled like it far outside the town is not it; in a small gazetteer
written here."""

from __future__ import annotations

import pytest

from khaldun.places import PlaceMention
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.nearby import resolve_unknown
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Qadira", 35.0, 36.0, -1, "Qadira", "", 0, ""),
    (10, "SY", "locality", "Qadira", 35.0, 36.0, 1, "Qadira", "", 900000, ""),
    (20, "SY", "locality", "Zubaydani", 35.25, 35.85, 1, "Qadira", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("quarters"), RECORDS)


def _quarter(gaz: Gazetteer, town_known: bool) -> PlaceMention:
    city = next(p for p in gaz.exact("Qadira") if p.kind == "town")
    quarter = PlaceMention(0, 13, "al-Zubaydany", None, "neighbourhood",
                           town=city if town_known else None, country="SY")
    holder = PlaceMention(30, 36, "Mansur", None, "neighbourhood", town=city, country="SY")
    resolve_unknown(gaz, [quarter], [city], {0: [holder]}, country="SY")
    return quarter


def test_a_quarter_held_by_a_quarter_of_a_town_is_no_village_far_off(gaz):
    assert _quarter(gaz, town_known=False).place is None


def test_a_quarter_of_a_town_is_no_village_far_off(gaz):
    assert _quarter(gaz, town_known=True).place is None
