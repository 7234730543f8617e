"""Which of same-named places a text means: the administrative district a "district" phrase
names (at its seat), the side of a town or province the text gives, and a place noun after a
village's name (a small gazetteer written here; invented names)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadiyah", 15.0, 45.3, -1, "Wadiyah", "", 0, ""),
    (2, "YE", "region", "Jibalah", 16.0, 43.5, -1, "Jibalah", "", 0, ""),
    (3, "YE", "county", "Qarnaw", 15.05, 45.15, 1, "Wadiyah", "Qarnaw", 20000, ""),
    (4, "YE", "county", "Dhubar", 14.95, 45.45, 1, "Wadiyah", "Dhubar", 30000, ""),
    (5, "YE", "county", "Khabb wa ash Shaaf", 15.3, 45.8, 1, "Wadiyah", "Khabb wa ash Shaaf",
     40000, ""),
    # A hamlet named like the Qarnaw district, in another province.
    (10, "YE", "locality", "Qarnaw", 16.0, 43.4, 2, "Jibalah", "", 0, ""),
    # Dhubar district's seat, 6 km from the district's centre point.
    (11, "YE", "locality", "Dhubar", 14.93, 45.5, 4, "Wadiyah", "Dhubar", 0, ""),
    # Two villages of one name: one inside Qarnaw district, one 27 km off.
    (12, "YE", "locality", "Bait Hamdi", 15.01, 45.2, 3, "Wadiyah", "Qarnaw", 0, ""),
    (13, "YE", "locality", "Bait Hamdi", 15.0, 45.4, 4, "Wadiyah", "Dhubar", 0, ""),
    # A town named like its province; another town, and two villages of one name: one 150 km
    # from it, one 7 km east of it (the text's "north-west Afrun" speaks of the district
    # around the town).
    (20, "SY", "region", "Tallah", 36.2, 37.2, -1, "Tallah", "", 0, ""),
    (21, "SY", "locality", "Tallah", 36.2, 37.2, 20, "Tallah", "", 90000, ""),
    (22, "SY", "locality", "Kafr Zaytun", 36.7, 38.8, 20, "Tallah", "", 0, ""),
    (23, "SY", "locality", "Kafr Zaytun", 36.56, 36.94, 20, "Tallah", "", 0, ""),
    (27, "SY", "locality", "Afrun", 36.51, 36.87, 20, "Tallah", "", 50000, ""),
    # Two villages of one province, west and (beyond 75 km) east of its town.
    (24, "SY", "locality", "Shafra", 36.1, 36.7, 20, "Tallah", "", 0, ""),
    (25, "SY", "locality", "Shafra", 36.3, 38.2, 20, "Tallah", "", 0, ""),
    # A village the gazetteer knows no population for.
    (26, "SY", "locality", "Saqbin", 36.4, 37.0, 20, "Tallah", "", 0, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("seats"), RECORDS)


def test_a_district_phrase_names_the_district_not_a_hamlet_elsewhere(sgaz):
    mention = place_named("Jets struck Qarnaw district on Monday.", "Qarnaw", "YE", sgaz)
    assert mention.place is not None and mention.place.feature_code == "ADM2"
    assert mention.place.admin1 == "Wadiyah" and mention.precision == 2


def test_a_district_phrase_is_placed_at_the_seat_inside_it(sgaz):
    mention = place_named("Jets struck Dhubar district on Monday.", "Dhubar", "YE", sgaz)
    assert mention.place is not None and mention.place.lat == 14.93
    assert mention.qualifier == "district"


def test_an_area_of_a_district_is_looked_for_in_that_district(sgaz):
    text = "Shells fell on Bait Hamdi area of Qarnaw district."
    mention = place_named(text, "Bait Hamdi", "YE", sgaz)
    assert mention.place is not None and mention.place.lat == 15.01


def test_a_district_name_may_hold_two_particles(sgaz):
    mention = place_named("Jets struck Khabb wa ash Shaaf district.", "Khabb wa ash Shaaf", "YE",
                     sgaz)
    assert mention.place is not None and mention.place.admin2 == "Khabb wa ash Shaaf"


def test_a_village_near_the_town_given_a_side_beats_one_far_from_it(sgaz):
    text = "Troops took Kafr Zaytun village in north-west Afrun, Tallah."
    assert place_named(text, "Kafr Zaytun", "SY", sgaz).place.lon == 36.94


def test_a_village_on_the_side_of_the_province_the_text_gives(sgaz):
    east = place_named("Jets struck Shafra village in eastern Tallah.", "Shafra", "SY", sgaz)
    west = place_named("Jets struck Shafra village in western Tallah.", "Shafra", "SY", sgaz)
    assert (east.place.lon, west.place.lon) == (38.2, 36.7)


def test_a_place_noun_after_a_name_makes_a_hamlet_aplace_named(sgaz):
    assert place_named("Fighting engulfed Saqbin town.", "Saqbin", "SY", sgaz).place is not None
    assert not [m for m in find_places("Fighting engulfed Saqbin.", "SY", gazetteer=sgaz)
                if m.surface == "Saqbin"]
