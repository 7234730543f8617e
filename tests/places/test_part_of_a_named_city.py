"""A name unknown as written that opens with a city's name and goes on ("X al-Balad", "X
Mahatta") is a part of that city, placed at it (precision 2); a village's head ("Tal X") or a
small town's name opens no such part: a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.model import PlaceMention
from khaldun.places.nearby import resolve_unknown
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.0, 37.0, -1, "Wadan", "", 0, ""),
    (2, "SY", "locality", "Qarsun", 35.0, 37.0, 1, "Wadan", "", 120000, ""),
    (3, "SY", "locality", "Bazrat", 35.3, 37.4, 1, "Wadan", "", 3000, ""),
    (4, "SY", "locality", "At Tall", 35.5, 37.5, 1, "Wadan", "", 90000, "Tal"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("city_part"), RECORDS)


def _resolved(gaz: Gazetteer, name: str) -> PlaceMention:
    mention = PlaceMention(0, len(name), name, None, "town")
    resolve_unknown(gaz, [mention], [], None, None, "SY")
    return mention


@pytest.mark.parametrize("name", ["Qarsun al-Mahatta", "Qarsun Old Market"])
def test_a_part_of_the_city(gaz, name):
    mention = _resolved(gaz, name)
    assert mention.place is not None and mention.place.name == "Qarsun"
    assert mention.precision == 2


@pytest.mark.parametrize("name", ["Bazrat al-Mahatta", "Tal al-Mahatta"])
def test_no_city_no_part(gaz, name):
    assert _resolved(gaz, name).place is None
