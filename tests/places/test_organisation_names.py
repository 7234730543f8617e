"""A name that opens an organisation's ("X Tire Company", "X sugar company") or is listed
after one ("the Ministry of X, Y and Z") names a place only at home, or a town of known size
where the gazetteer holds every village: a namesake abroad is no scene and gets no vote (a
small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_and_geonames_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IR", "locality", "Tabaz", 31.3, 48.7, -1, "Tabaz", "", 400_000, ""),
]
# Cities of a country whose villages the gazetteer does not hold (GeoNames rows).
ABROAD = [
    (950001, "Qoran", "Qoran", "", 27.1, 114.9, "P", "PPL", "CN", "03", 600_000),
    (950002, "Mines", "Mines", "", 28.1, 113.9, "P", "PPL", "CN", "03", 80_000),
]


@pytest.fixture(scope="module")
def ogaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("organisations")
    return wof_and_geonames_gazetteer(folder, RECORDS, ABROAD)


def _countries(text: str, gaz: Gazetteer) -> set[str | None]:
    return {m.country for m in find_places(text, gazetteer=gaz)}


def test_a_company_named_like_a_city_abroad_is_no_place(ogaz):
    for text in ("Staff of Qoran Tire Company rallied over wages they say are owed.",
                 "Staff of the Qoran sugar company rallied outside its offices.",
                 "Staff rallied outside the Ministry of Roads, Mines and Trade."):
        assert document_country(text, ogaz) is None, text
        assert "CN" not in _countries(text, ogaz), text
    # named as a scene, the same city is a place
    assert "CN" in _countries("Workers protested in Qoran on Sunday.", ogaz)


def test_a_company_named_after_a_town_at_home_is_placed_there(ogaz):
    text = "Staff of the Tabaz Steel company rallied outside the governor's office."
    assert document_country(text, ogaz) == "IR"
    assert "Tabaz" in [m.surface for m in find_places(text, gazetteer=ogaz)]


def test_a_meeting_named_after_a_city_abroad_is_no_place(ogaz):
    text = "Rebels in Tabaz arrested delegates who took part in the Qoran peace talks."
    assert _countries(text, ogaz) == {"IR"}
    text = "Troops reached Tabaz under the Qoran agreements."
    assert _countries(text, ogaz) == {"IR"}


def test_a_city_abroad_run_on_by_a_capitalised_word_is_a_brand(ogaz):
    text = "Gunmen in two Qoran Hilux trucks attacked a market in Tabaz on Sunday."
    assert [m.surface for m in find_places(text, "IR", gazetteer=ogaz)] == ["Tabaz"]
    # a place noun after it keeps the city
    text = "Delegates from Tabaz flew in from Qoran Airport on Sunday."
    assert "Qoran" in [m.surface for m in find_places(text, "IR", gazetteer=ogaz)]
