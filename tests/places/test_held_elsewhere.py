"""A village the text puts in a district ("X in D of P") is that district's, even when the
spelling first finds a town of known size in another district (a small gazetteer written
here); a tract named for a place ("Hawi X", the basin of X) lies at that place."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Lahij", 13.1, 44.6, -1, "Lahij", "", 0, ""),
    (2, "YE", "county", "Qarawi", 13.2, 44.3, 1, "Lahij", "Qarawi", 30000, ""),
    (3, "YE", "county", "Dhaqab", 12.9, 43.5, 1, "Lahij", "Dhaqab", 20000, ""),
    (4, "YE", "locality", "Qarawi", 13.21, 44.31, 2, "Lahij", "Qarawi", 0, ""),
    # the seat of Dhaqab district, a town of some thousands
    (5, "YE", "locality", "Dhaqab", 12.91, 43.51, 3, "Lahij", "Dhaqab", 4000, ""),
    # a village of Qarawi district spelled alike
    (6, "YE", "locality", "Ad Daqab", 13.23, 44.27, 2, "Lahij", "Qarawi", 0, ""),
    (20, "IQ", "region", "Diyala", 33.9, 45.0, -1, "Diyala", "", 0, ""),
    (21, "IQ", "locality", "Al Nukhayb", 34.2, 44.6, 20, "Diyala", "", 0, ""),
]


@pytest.fixture(scope="module")
def egaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("elsewhere"), RECORDS)


def test_a_town_of_another_district_yields_to_the_village_of_the_one_named(egaz):
    text = "Shells hit Al Dhaqab in Qarawi of Lahij on Sunday."
    assert place_named(text, "Al Dhaqab", "YE", egaz).place.lat == 13.23


def test_the_town_spelled_as_written_keeps_its_place(egaz):
    # "Dhaqab, Qarawi district": the text misplaces the town; its name says which it is
    text = "Shells hit Dhaqab in Qarawi of Lahij on Sunday."
    assert place_named(text, "Dhaqab", "YE", egaz).place.lat == 12.91


def test_a_basin_lies_at_the_place_it_is_named_for(egaz):
    text = "Militants clashed with police in the area of Hawi al-Nukhayb."
    mention = place_named(text, "Hawi al-Nukhayb", "IQ", egaz)
    assert (mention.place.lat, mention.precision) == (34.2, 2)
