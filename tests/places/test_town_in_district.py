"""The town of a name in one district, and a ranked lookup of one kind, read and compare only
the places they can answer with, and answer as the full ranked lookup does (invented names; a
small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Qarmoud", 35.93, 36.63, -1, "Qarmoud", "", 0, ""),
    (2, "SY", "county", "Zawrak", 35.80, 36.60, 1, "Qarmoud", "Zawrak", 0, ""),
    (3, "SY", "locality", "Qarmud", 35.70, 36.70, 2, "Qarmoud", "Zawrak", 0, ""),
    (4, "SY", "locality", "Qurmud", 35.72, 36.72, 2, "Qarmoud", "Zawrak", 5000, ""),
    (5, "SY", "locality", "Qarmoud", 35.10, 36.10, 1, "Qarmoud", "Faddan", 90000, ""),
    (6, "IQ", "locality", "Qarmad", 33.10, 44.10, -1, "Anbar", "Faddan", 0, ""),
]


@pytest.fixture(scope="module")
def tgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("town_in_district"), RECORDS)


def _fresh(gaz: Gazetteer) -> Gazetteer:
    return Gazetteer(gaz.path)  # nothing looked up or made yet


@pytest.mark.parametrize("name", ["Qarmoud", "Qarmud", "Qurmud", "Qarmad", "Qarmood"])
@pytest.mark.parametrize("country", ["SY", "IQ", None])
@pytest.mark.parametrize("district", ["Zawrak", "Faddan", "Nowhere"])
def test_the_town_in_a_district_is_the_first_of_the_full_lookup_there(
        tgaz, name, country, district):
    full = _fresh(tgaz).lookup(name, country, kind="town")
    first = next((p for p in full if p.admin2 == district and p.lat is not None), None)
    found = _fresh(tgaz).town_in_district(name, country, district)
    assert (found and (found.name, found.country)) == (first and (first.name, first.country))


def test_the_town_in_a_district_compares_only_that_districts_towns(tgaz, monkeypatch):
    gaz, compared = _fresh(tgaz), []
    likeness = gaz.likeness

    def spied(surface, place, country):
        compared.append(place.admin2)
        return likeness(surface, place, country)

    monkeypatch.setattr(gaz, "likeness", spied)
    found = gaz.town_in_district("Qarmoud", "SY", "Zawrak")
    assert found is not None and found.name == "Qarmud"
    assert compared and set(compared) == {"Zawrak"}


def test_a_lookup_of_towns_makes_no_place_of_another_kind(tgaz):
    gaz = _fresh(tgaz)
    assert [p.name for p in gaz.lookup("Qarmood", "SY", kind="town")][:1] == ["Qarmoud"]
    assert {p.kind for p in gaz._made.values()} <= {"town", "country"}
    assert "admin1" in {p.kind for p in gaz.lookup("Qarmood", "SY")}


def test_the_town_in_a_district_makes_no_town_of_another_district(tgaz):
    gaz = _fresh(tgaz)
    found = gaz.town_in_district("Qarmood", "SY", "Zawrak")
    assert found is not None and found.admin2 == "Zawrak"
    assert {p.admin2 for p in gaz._made.values() if p.kind == "town"} == {"Zawrak"}
