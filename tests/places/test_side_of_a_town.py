"""A village the text puts on one side of a town ("X, north of Baghdad") lies there even
when it is farther off than the article's other places, and a look-alike on another side
of the town is not it (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Baghdad", 33.3, 44.4, -1, "Baghdad", "", 0, ""),
    (2, "IQ", "region", "Salahuddin", 34.5, 43.7, -1, "Salahuddin", "", 0, ""),
    (3, "IQ", "locality", "Baghdad", 33.34, 44.40, 1, "Baghdad", "Karkh", 5600000, ""),
    # 85 km north of the city, in the next province; a look-alike 20 km south of it
    (10, "IQ", "locality", "Umm Rabawi", 34.10, 44.20, 2, "Salahuddin", "Balad", 0, ""),
    (11, "IQ", "locality", "Umm Rabawil", 33.16, 44.42, 1, "Baghdad", "Mahmudiya", 0, ""),
    # two villages called Hurriyat, both within a town's side margin of its east: one 4 km
    # east-south-east of the city, one 9 km due north of it
    (20, "IQ", "locality", "Hurriyat", 33.42, 44.40, 1, "Baghdad", "Adhamiya", 0, ""),
    (21, "IQ", "locality", "Hurriyat", 33.33, 44.44, 1, "Baghdad", "Rusafa", 0, ""),
]


@pytest.fixture(scope="module")
def bgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("side"), RECORDS)


def test_a_village_north_of_the_town_is_the_one_meant(bgaz):
    text = "A bomb hit a police car in the area of Umm Rabawi, north of Baghdad, on Monday."
    assert place_named(text, "Umm Rabawi", "IQ", bgaz).place.lat == 34.10


def test_on_said_side_reads_the_direction_and_the_distance(bgaz):
    from khaldun.places.bearing import on_said_side

    city = bgaz.lookup("Baghdad", "IQ", kind="town")[0]
    north, south = bgaz.exact("Umm Rabawi")[0], bgaz.exact("Umm Rabawil")[0]
    assert on_said_side(north, [(city, "north")], 150.0)
    assert not on_said_side(south, [(city, "north")], 150.0)
    assert not on_said_side(north, [(city, "north")], 50.0)


def test_a_side_of_a_point_is_no_part_of_a_province(bgaz):
    from khaldun.places.bearing import sides_of_points

    city = bgaz.lookup("Baghdad", "IQ", kind="town")[0]
    of = "Umm Rabawi, 80 km north of Baghdad"
    part = "Umm Rabawi in northern Baghdad"
    at = of.index("Baghdad")
    assert sides_of_points(of, [(at, at + 7, city)]) == [(city, "north")]
    at = part.index("Baghdad")
    assert sides_of_points(part, [(at, at + 7, city)]) == []


def test_of_villages_on_a_side_the_one_truly_there_comes_first(bgaz):
    for side, lat in (("east", 33.33), ("north", 33.42)):
        text = f"An IED wounded a farmer in the village of Hurriyat, {side} of Baghdad."
        assert place_named(text, "Hurriyat", "IQ", bgaz).place.lat == lat
