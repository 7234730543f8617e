"""A name whose second word opens with the apostrophe written for an ayn ("Kafr 'Ubayd") is
read whole, not cut before the apostrophe: the head alone ("Kafr") is another place or none
(a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.mentions import find_places
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "PS", "region", "West Bank", 31.95, 35.25, -1, "West Bank", "", 0, ""),
    (2, "PS", "locality", "Kafr 'Ulwan", 32.05, 35.15, 1, "West Bank", "", 0, ""),
    # the head word alone is a village elsewhere
    (3, "JO", "locality", "Kafr", 32.40, 35.90, -1, "", "", 0, ""),
    (4, "PS", "locality", "Dayr 'Umran", 31.70, 35.05, 1, "West Bank", "", 0, ""),
]


@pytest.fixture(scope="module")
def agaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("ayn_apostrophe"), RECORDS)


@pytest.mark.parametrize(("text", "name"), [
    ("Soldiers wounded a youth in Kafr 'Ulwan on Monday.", "Kafr 'Ulwan"),
    ("Settlers torched two cars in Dayr ’Umran overnight.", "Dayr 'Umran"),
])
def test_a_name_with_an_ayn_apostrophe_is_read_whole(agaz, text, name):
    found = [m for m in find_places(text, "PS", gazetteer=agaz) if m.place is not None]
    assert [m.place.name for m in found] == [name]


def test_a_quoted_word_after_a_place_is_not_taken_into_its_name(agaz):
    found = find_places("Soldiers raided Kafr 'Ulwan's outskirts on Monday.", "PS", gazetteer=agaz)
    assert [m.place.name for m in found if m.place is not None] == ["Kafr 'Ulwan"]
