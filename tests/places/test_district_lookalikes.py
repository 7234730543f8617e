"""A village the text puts in a district it names, spelled more loosely than the country's
look-alikes allow ("Kanather area of D district" is Al Kanadir of D): the district's few
hundred spellings are compared by consonants alone (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.lexicon import article_spellings, name_heads
from khaldun.places.model import DISTRICT_CODE
from khaldun.places.transliteration import loose_skeleton
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadi Sirr", 15.0, 44.0, -1, "Wadi Sirr", "", 0, ""),
    (2, "YE", "county", "Bani Qudam", 15.1, 44.1, 1, "Wadi Sirr", "Bani Qudam", 30000, ""),
    (3, "YE", "county", "Jabal Hirran", 15.6, 44.6, 1, "Wadi Sirr", "Jabal Hirran", 20000, ""),
    (4, "YE", "locality", "Bani Qudam", 15.11, 44.11, 2, "Wadi Sirr", "Bani Qudam", 0, ""),
    # Villages of the district, and one the gazetteer lists in no district near its point.
    (10, "YE", "locality", "Al Kanadir", 15.2, 44.15, 2, "Wadi Sirr", "Bani Qudam", 0, ""),
    (11, "YE", "locality", "Al Qadadir", 15.05, 44.2, -1, "Wadi Sirr", "", 0, ""),
    (12, "YE", "locality", "Al Khawariq", 15.15, 44.05, 2, "Wadi Sirr", "Bani Qudam", 0, ""),
    # A village of another district spelled with the same consonants.
    (20, "YE", "locality", "Ar Ridwan", 15.6, 44.62, 3, "Wadi Sirr", "Jabal Hirran", 0, ""),
]


@pytest.fixture(scope="module")
def lgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("loose"), RECORDS)


@pytest.mark.parametrize(("name", "spelling"), [
    ("Maswarah", "Al Miswarah"), ("Aal-Qathab", "Al Qadab"), ("Azhwr", "Al Azhur"),
    ("Sharifa", "Jabal Sharifah"),
])
def test_spellings_of_one_name_share_a_loose_skeleton(name, spelling):
    heads = name_heads() | article_spellings()
    assert loose_skeleton(name, heads) == loose_skeleton(spelling, heads)


def test_a_consonant_between_vowels_is_kept():
    assert loose_skeleton("Khawariq") != loose_skeleton("Al Qariq")


@pytest.mark.parametrize("text", [
    "Jets struck Kanather area of Bani Qudam district on Monday.",
    "In Bani Qudam district, jets struck the Kanather area on Monday.",
])
def test_a_loose_spelling_inside_the_named_district_is_the_village(lgaz, text):
    assert place_named(text, "Kanather", "YE", lgaz).place.lat == 15.2


def test_a_village_listed_in_no_district_near_its_point_counts_as_inside(lgaz):
    text = "Jets struck Qathadeer area of Bani Qudam district on Monday."
    assert place_named(text, "Qathadeer", "YE", lgaz).place.lat == 15.05


def test_a_look_alike_of_another_district_is_not_taken(lgaz):
    text = "Jets struck Rathwan area of Bani Qudam district on Monday."
    place = place_named(text, "Rathwan", "YE", lgaz).place
    assert place is None or place.admin2 == "Bani Qudam" or place.feature_code == DISTRICT_CODE
