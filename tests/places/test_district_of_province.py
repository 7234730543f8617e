"""A district named "of" a city that shares its province's name: beyond the city's quarters
it is the province's administrative district, not a quarter of the city (a small gazetteer
written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Qarmad", 14.0, 44.0, -1, "Qarmad", "", 0, ""),
    (2, "YE", "county", "Bani Hilal", 14.3, 43.7, 1, "Qarmad", "Bani Hilal", 40000, ""),
    (3, "YE", "county", "Qarmad City", 14.0, 44.0, 1, "Qarmad", "Qarmad City", 300000, ""),
    (10, "YE", "locality", "Qarmad", 14.0, 44.0, 3, "Qarmad", "Qarmad City", 300000, ""),
    # A hamlet of the district's name within reach of the city.
    (11, "YE", "locality", "Bani Hilal", 14.08, 44.03, 3, "Qarmad", "Qarmad City", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("province_districts"), RECORDS)


@pytest.mark.parametrize("text", [
    "Shells landed in Bani Hilal district of Qarmad on Monday.",
    "A strike hit a truck in the Bani Hilal area of Qarmad, killing six.",
])
def test_a_district_of_the_province_named_like_its_city(gaz, text):
    place = place_named(text, "Bani Hilal", "YE", gaz).place
    assert place is not None and place.admin2 == "Bani Hilal"


def test_a_district_beside_a_named_province_is_no_quarter_of_the_dateline_city():
    from datetime import date

    from khaldun import extract

    text = ("ADEN, Yemen (AP) — Air strikes hit rebel positions in the Arhab district north of "
            "Sanaa on Thursday, officials said.")
    found = extract(text, published=date(2018, 5, 11))
    assert [(e.location.name, e.location.neighbourhood) for e in found] == [("Arhab", None)]
