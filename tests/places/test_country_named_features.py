"""A country's name right before a landform word ("the Jordan Valley", "the Jordan River")
names a feature across borders, not the country: it is no place of the text and votes for no
country (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (10, "ML", "locality", "Bamako", 12.64, -8.0, -1, "Bamako", "", 2_000_000, ""),
    (11, "BF", "locality", "Boulkessi", 13.6, -1.9, -1, "Sahel", "", 0, ""),
]


@pytest.fixture(scope="module")
def fgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("features"), RECORDS)


@pytest.mark.parametrize("text", [
    "Herders clashed with farmers in the Mali Valley region on Sunday.",
    "Herders clashed with farmers along the Mali River on Sunday.",
])
def test_a_country_named_feature_is_no_country(fgaz, text):
    assert not [m for m in find_places(text, gazetteer=fgaz) if m.role == "country"]


def test_the_country_itself_is_still_named(fgaz):
    found = find_places("Herders clashed with farmers in Mali on Sunday.", gazetteer=fgaz)
    assert [m.place.country for m in found if m.role == "country"] == ["ML"]
