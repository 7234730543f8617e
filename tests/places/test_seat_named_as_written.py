"""A name spelled as a district's is its seat, the village named like it inside it: not a
look-alike hamlet near the province's city, nor a hamlet of another district that lists
the name among its spellings (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.scan import accept
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Lahij", 13.1, 44.6, -1, "Lahij", "", 0, ""),
    (2, "YE", "locality", "Lahij", 13.05, 44.88, 1, "Lahij", "Tuban", 100000, ""),
    (3, "YE", "county", "Tuban", 13.0, 44.9, 1, "Lahij", "Tuban", 90000, ""),
    (4, "YE", "county", "Qarawi", 13.5, 44.2, 1, "Lahij", "Qarawi", 30000, ""),
    # the seat of Qarawi, 80 km from the city; a look-alike hamlet next to the city
    (5, "YE", "locality", "Qarawi", 13.52, 44.22, 4, "Lahij", "Qarawi", 0, ""),
    (6, "YE", "locality", "Qarawa", 13.10, 44.85, 3, "Lahij", "Tuban", 0, ""),
    # a village of Qarawi, and a namesake of it by the city
    (7, "YE", "locality", "Bir Salmun", 13.55, 44.25, 4, "Lahij", "Qarawi", 0, ""),
    (8, "YE", "locality", "Bir Salmun", 13.08, 44.90, 3, "Lahij", "Tuban", 0, ""),
    # a district, its seat of unknown size, and a hamlet of another district with a
    # handful of people that carries the district's name among its spellings
    (10, "YE", "region", "Hajjah", 16.0, 43.5, -1, "Hajjah", "", 0, ""),
    (11, "YE", "county", "Wushal", 16.3, 43.4, 10, "Hajjah", "Wushal", 60000, ""),
    (12, "YE", "locality", "Wushal", 16.31, 43.41, 11, "Hajjah", "Wushal", 0, ""),
    (13, "YE", "county", "Madan", 16.2, 43.7, 10, "Hajjah", "Madan", 40000, ""),
    (14, "YE", "locality", "Al Hadir", 16.22, 43.64, 13, "Hajjah", "Madan", 11, "Wushal"),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("seat"), RECORDS)


def test_a_district_named_as_written_is_its_seat_not_a_look_alike_by_the_city(sgaz):
    text = "Rebels shelled army posts in Bir Salmun in Qarawi of Lahij on Monday."
    assert place_named(text, "Qarawi", "YE", sgaz).place.lat == 13.52
    assert place_named(text, "Bir Salmun", "YE", sgaz).place.lat == 13.55


def test_the_seat_comes_before_a_hamlet_that_lists_the_name(sgaz):
    assert accept(sgaz, "Wushal", "YE", False)[0].lat == 16.31

