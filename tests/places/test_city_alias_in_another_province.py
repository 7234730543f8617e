""""near Qaran in Duma": a big city of another province lists "Qaran" among its other
spellings, while a village of Duma bears it as its own name. The province the text names right
after the name says which: the village, wherever else the text names it (a small gazetteer
written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Duma", 13.8, 44.7, -1, "Duma", "", 0, ""),
    (2, "YE", "region", "Asimat", 15.3, 44.2, -1, "Asimat", "", 0, ""),
    (3, "YE", "county", "Duma Hills", 13.85, 44.65, 1, "Duma", "Duma Hills", 40000, ""),
    (4, "YE", "county", "Old Town", 15.35, 44.2, 2, "Asimat", "Old Town", 900000, ""),
    # a capital with the village's spelling among its other names
    (10, "YE", "locality", "Qarana", 15.35, 44.21, 4, "Asimat", "Old Town", 1900000,
     "Qarana|Qaran"),
    (11, "YE", "locality", "Qaran", 13.82, 44.71, 3, "Duma", "Duma Hills", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("city_alias_province"), RECORDS)


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded an officer near Qaran in Duma on Monday.",
    "A roadside bomb wounded an officer in the village of Qaran in Duma province on Monday.",
])
def test_the_village_of_the_province_named_not_the_city(gaz, text):
    place = place_named(text, "Qaran", "YE", gaz).place
    assert place is not None and place.admin1 == "Duma"


def test_a_name_written_twice_is_one_place(gaz):
    text = ("A bomb on the road to Qaran hit an officer's car near Qaran in Duma on Monday.")
    found = [m for m in find_places(text, "YE", gazetteer=gaz) if m.surface == "Qaran"]
    assert len(found) == 2 and all(m.place is not None and m.place.admin1 == "Duma"
                                   for m in found)


def test_without_a_province_the_city(gaz):
    place = place_named("A roadside bomb wounded an officer in Qaran on Monday.", "Qaran",
                        "YE", gaz).place
    assert place is not None and place.name == "Qarana"
