"""A town named as an area of a province's rural district ("X area in Rural Damascus") is that
town, when it lies in the province, not an unknown quarter of the district's seat (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Rif Dimashq", 33.57, 36.40, -1, "Rif Dimashq", "", 0, ""),
    (2, "SY", "region", "Damascus", 33.51, 36.29, -1, "Damascus", "", 0, ""),
    (3, "SY", "locality", "Damascus", 33.51, 36.29, 2, "Damascus", "Damascus", 1500000, ""),
    (4, "SY", "county", "Rural Damascus", 33.35, 36.32, 1, "Rif Dimashq", "Rural Damascus",
     0, ""),
    (5, "SY", "county", "Tell Warda", 33.44, 36.08, 1, "Rif Dimashq", "Tell Warda", 0, ""),
    (6, "SY", "locality", "Tell Warda", 33.44, 36.08, 5, "Rif Dimashq", "Tell Warda", 30000, ""),
    (7, "SY", "region", "Homs", 34.72, 36.72, -1, "Homs", "", 0, ""),
    (8, "SY", "locality", "Homs", 34.72, 36.72, 7, "Homs", "Homs", 700000, ""),
]


@pytest.fixture(scope="module")
def agaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("area_province"), RECORDS)


def test_a_town_named_as_an_area_of_its_provinces_rural_district_is_the_town(agaz):
    text = "Jets struck army posts in Tell Warda area in Rural Damascus, no losses reported."
    mention = place_named(text, "Tell Warda", "SY", agaz)
    assert mention.place is not None and mention.place.name == "Tell Warda"


def test_a_town_of_another_province_stays_a_quarter_of_the_city_named(agaz):
    text = "Jets struck army posts in Tell Warda area in Homs, no losses reported."
    mention = place_named(text, "Tell Warda", "SY", agaz)
    assert mention.place is None or mention.place.admin1 != "Rif Dimashq"
