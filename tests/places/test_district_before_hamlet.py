"""A name spelled like a district of the article's country names the district, not a hamlet
of another district spelled alike; a name before "border district" or after "district of"
votes for the countries with such a district (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.districts import named_district
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from khaldun.places.name_countries import district_name_countries
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Saada", 17.0, 43.8, -1, "Saada", "", 0, ""),
    (2, "YE", "county", "Qarwan", 17.2, 43.3, 1, "Saada", "Qarwan", 60000, ""),
    (3, "YE", "county", "Dhalfan", 16.7, 43.5, 1, "Saada", "Dhalfan", 50000, ""),
    (4, "YE", "county", "Mudfir", 16.9, 43.9, 1, "Saada", "Mudfir", 40000, ""),
    # Two districts of one consonant skeleton, "shl", one far more like "Suhal".
    (5, "YE", "county", "Sahal", 16.9, 43.7, 1, "Saada", "Sahal", 90000, ""),
    (6, "YE", "county", "Ash Shihl", 16.5, 43.0, 1, "Saada", "Ash Shihl", 30000, ""),
    # A district named after its city, and a hamlet elsewhere spelled like the news writes
    # a town near it.
    (7, "YE", "county", "Karbala", 15.0, 44.0, 1, "Saada", "Karbala", 900000, ""),
    (8, "YE", "locality", "Karbala", 15.01, 44.01, 7, "Saada", "Karbala", 800000,
     "Karbala|Karabala"),
    (9, "YE", "locality", "Al Karabilah", 16.6, 43.6, 3, "Saada", "Dhalfan", 0, ""),
    # Hamlets of Dhalfan spelled like the Qarwan and Mudfir districts.
    (10, "YE", "locality", "Qirwan", 16.72, 43.45, 3, "Saada", "Dhalfan", 0, ""),
    (11, "YE", "locality", "Madfir", 16.75, 43.55, 3, "Saada", "Dhalfan", 0, ""),
    # Mudfir district's seat, a town of its name inside it.
    (12, "YE", "locality", "Al Mudfir", 16.95, 43.95, 4, "Saada", "Mudfir", 0, ""),
    # A village of Qarwan district, and one of Dhalfan named like the district it lies in.
    (13, "YE", "locality", "Bayt Sallam", 17.25, 43.35, 2, "Saada", "Qarwan", 0, ""),
    (14, "YE", "locality", "Dhalfan", 16.71, 43.49, 3, "Saada", "Dhalfan", 0, ""),
    # Villages abroad spelled as the news spells the Yemeni district.
    (20, "IR", "locality", "Qarwen", 32.0, 50.0, -1, "Fars", "Zarin", 60000, ""),
    (21, "AF", "locality", "Qarwin", 34.0, 66.0, -1, "Ghor", "Shahrak", 0, ""),
    (22, "PK", "locality", "Qarwin", 30.0, 70.0, -1, "Punjab", "Multan", 0, ""),
    # A district abroad named like the Yemeni province.
    (23, "IR", "county", "Saada", 31.0, 51.0, -1, "Fars", "Saada", 20000, ""),
    # Districts written with dhal, and hamlets of no known province or district spelled
    # alike: one far from its district, one near the other (perhaps its seat).
    (30, "YE", "county", "Dhi Kalam", 16.2, 44.2, 1, "Saada", "Dhi Kalam", 30000, ""),
    (31, "YE", "locality", "Tikalam", 14.5, 45.6, -1, "", "", 0, ""),
    (32, "YE", "county", "Dhi Barun", 16.4, 44.6, 1, "Saada", "Dhi Barun", 30000, ""),
    (33, "YE", "locality", "Tibarun", 16.5, 44.7, -1, "", "", 0, ""),
]


@pytest.fixture(scope="module")
def hgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("hamlets"), RECORDS)


def _place(gaz: Gazetteer, text: str, surface: str):
    found = [m for m in find_places(text, "YE", gazetteer=gaz) if m.surface == surface]
    assert found and found[0].place is not None
    return found[0].place


def test_a_district_look_alike_is_the_district(hgaz):
    place = _place(hgaz, "Jets struck a farm in Qirwaan.", "Qirwaan")
    assert place.feature_code == "ADM2" and place.admin2 == "Qarwan"


def test_the_district_is_taken_at_its_seat(hgaz):
    place = _place(hgaz, "Jets struck a farm in Madfeer.", "Madfeer")
    assert (place.lat, place.admin2) == (16.95, "Mudfir")


def test_a_hamlet_inside_the_district_stays(hgaz):
    place = _place(hgaz, "Jets struck a farm in Dhalfan.", "Dhalfan")
    assert place.feature_code is None and (place.lat, place.lon) == (16.71, 43.49)


def test_a_hamlet_spelled_closer_than_a_city_seat_stays(hgaz):
    place = _place(hgaz, "A house blew up in Karabila.", "Karabila")
    assert place.name == "Al Karabilah"


def test_a_hamlet_called_a_village_stays(hgaz):
    place = _place(hgaz, "Jets struck Qirwaan village.", "Qirwaan")
    assert place.feature_code is None and place.admin2 == "Dhalfan"


def test_the_province_after_district_of_is_no_district(hgaz):
    text = "A mine went off in Bayt Sallam District of Saada Province."
    assert not list(district_name_countries(hgaz, text))


def test_of_districts_sharing_consonants_the_much_more_alike_is_named(hgaz):
    assert named_district(hgaz, "Suhal", "YE").name == "Sahal"


@pytest.mark.parametrize("text", [
    "Soldiers shelled the Bayt Sallam area of Qarwen border district.",
    "Soldiers shelled a farm in the border district of Qarwin.",
])
def test_border_districts_vote_for_their_country(hgaz, text):
    assert document_country(text, hgaz) == "YE"


def test_a_hamlet_of_no_district_far_from_it_is_no_seat(hgaz):
    place = _place(hgaz, "Jets struck a farm in Thi Kalem.", "Thi Kalem")
    assert place.admin2 == "Dhi Kalam"


def test_a_hamlet_of_no_district_near_it_stays(hgaz):
    place = _place(hgaz, "Jets struck a farm in Thi Barun.", "Thi Barun")
    assert place.name == "Tibarun"
