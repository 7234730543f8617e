"""A district named by a phrase is mapped at its seat: a town of GeoNames' city list that the
gazetteer puts in the district, when no town is named like it (invented names)."""

from __future__ import annotations

import pytest

from khaldun.places import store, to_location
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.model import Place
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadiyah", 15.0, 45.3, -1, "Wadiyah", "", 0, ""),
    (2, "YE", "county", "Zurab", 15.2, 45.2, 1, "Wadiyah", "Zurab", 30000, ""),
    (3, "YE", "locality", "Bait Saqr", 15.25, 45.22, 2, "Wadiyah", "Zurab", 0, ""),
]
# The seat of Zurab district, 14 km from its centre point, named otherwise.
SEAT = Place(geonameid=990001, name="Al Maqdah", kind="town", country="YE", admin1="Wadiyah",
             lat=15.1, lon=45.12, admin2="Zurab")
# A town of the list in another district, nearer Zurab's point than its seat.
OTHER = Place(geonameid=990002, name="Suq Hadir", kind="town", country="YE", admin1="Wadiyah",
              lat=15.15, lon=45.25, admin2="Hadir")


@pytest.fixture(scope="module")
def lgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("listed")
    wof_gazetteer(folder, RECORDS)
    conn = store.connect(folder / "g.sqlite")
    with conn:
        for town in (SEAT, OTHER):
            store.add_names(conn, store.insert_place(conn, town, None, "base"), [town.name])
        store.rebuild_indexes(conn)
    conn.close()
    return Gazetteer(folder / "g.sqlite")


def test_a_district_is_mapped_at_the_listed_town_inside_it(lgaz):
    mention = place_named("Jets struck Zurab district on Monday.", "Zurab", "YE", lgaz)
    assert mention.place is not None and mention.place.feature_code == "ADM2"
    location = to_location(mention, lgaz)
    assert (location.lat, location.lon) == (15.1, 45.12)
    assert location.admin2 == "Zurab" and location.geo_precision == 2


def test_a_district_with_no_listed_town_keeps_its_own_point(tmp_path):
    gaz = wof_gazetteer(tmp_path, RECORDS)
    mention = place_named("Jets struck Zurab district on Monday.", "Zurab", "YE", gaz)
    location = to_location(mention, gaz)
    assert (location.lat, location.lon) == (15.2, 45.2)


def test_a_district_with_two_listed_towns_keeps_its_own_point(tmp_path):
    gaz = wof_gazetteer(tmp_path, RECORDS)
    conn = store.connect(tmp_path / "g.sqlite")
    with conn:
        for town in (SEAT, Place(geonameid=990003, name="Dar Nasr", kind="town", country="YE",
                                 admin1="Wadiyah", lat=15.3, lon=45.2, admin2="Zurab")):
            store.add_names(conn, store.insert_place(conn, town, None, "base"), [town.name])
        store.rebuild_indexes(conn)
    conn.close()
    gaz = Gazetteer(tmp_path / "g.sqlite")
    mention = place_named("Jets struck Zurab district on Monday.", "Zurab", "YE", gaz)
    assert (to_location(mention, gaz).lat, to_location(mention, gaz).lon) == (15.2, 45.2)
