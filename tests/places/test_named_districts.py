"""Administrative districts (admin2) the text names: they place the text in their country
and pick, among same-named villages, the one inside them (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Marib", 15.0, 45.3, -1, "Marib", "", 0, ""),
    (2, "YE", "county", "Sirwah", 15.05, 45.15, 1, "Marib", "Sirwah", 20000, ""),
    (3, "YE", "county", "Harib", 14.95, 45.45, 1, "Marib", "Harib", 30000, ""),
    # Two villages of one name 20 km apart in one province: one in each district.
    (10, "YE", "locality", "Wadi Nakhlan", 15.0, 45.4, 3, "Marib", "Harib", 0, ""),
    (11, "YE", "locality", "Wadi Nakhlan", 15.01, 45.2, 2, "Marib", "Sirwah", 0, ""),
    # A village of Egypt spelled like the Yemeni district.
    (20, "EG", "locality", "Sirwah", 31.04, 30.84, -1, "Kafr ash Shaykh", "", 0, ""),
]


@pytest.fixture(scope="module")
def dgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("districts"), RECORDS)


def test_a_named_district_votes_for_its_country(dgaz):
    assert dgaz.district_countries("Sirwah") == frozenset({"YE"})
    assert document_country("Jets struck Sirwah district overnight.", dgaz) == "YE"
    # A bare name shared with an Egyptian village weighs less than the district: a demonym
    # tips it, not the district.
    said = "an Egyptian source said."
    assert document_country(f"Jets struck Sirwah overnight, {said}", dgaz) == "EG"
    assert document_country(f"Jets struck Sirwah district overnight, {said}", dgaz) == "YE"


@pytest.mark.parametrize("district, lat", [("Sirwah", 15.01), ("Harib", 15.0)])
def test_the_named_district_picks_the_village(dgaz, district, lat):
    text = f"Jets struck Wadi Nakhlan in {district} district of Marib."
    found = [m for m in find_places(text, "YE", gazetteer=dgaz) if m.surface == "Wadi Nakhlan"]
    assert found and found[0].place is not None and found[0].place.lat == lat
