"""A capital or a big city abroad is meant by its own name (or a spelling of it), not by a
spelling of another language that a village at home may bear (a small gazetteer written
here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_and_geonames_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "locality", "Idlib", 35.9, 36.6, -1, "", "", 165_000, ""),
]
# A capital and a big city abroad with spellings of other languages (GeoNames rows).
ABROAD = [
    (970001, "Bern", "Bern", "Berna,Bernas", 46.95, 7.45, "P", "PPLC", "CH", "BE", 121_631),
    (970002, "Milan", "Milan", "Milano,Mila", 45.46, 9.19, "P", "PPLA", "IT", "09", 1_371_498),
]


@pytest.fixture(scope="module")
def agaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("abroad")
    return wof_and_geonames_gazetteer(folder, RECORDS, ABROAD)


def _countries(text: str, gaz: Gazetteer) -> set[str | None]:
    return {m.country for m in find_places(text, "SY", gazetteer=gaz)}


def test_a_foreign_spelling_of_a_city_abroad_is_no_place(agaz):
    for text in ("Jets struck the town of Bernas near Idlib.",
                 "Troops shelled the village of Mila Khalil near Idlib."):
        assert not _countries(text, agaz) & {"CH", "IT"}, text


def test_a_city_abroad_named_as_it_is_spelled_is_found(agaz):
    assert "CH" in _countries("Delegates of the rebels met in Bern on Monday.", agaz)
    assert "IT" in _countries("Exiles rallied in Milano on Monday.", agaz)
