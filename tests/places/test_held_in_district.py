"""A village the text puts in an administrative district ("X in D of G", "X hill in D", "X in
Y in D"): the same-named village inside D, else D itself, never a namesake far off (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.districts import district_seat, named_district
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.model import DISTRICT_CODE
from khaldun.places.transliteration import consonants
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Lahij", 13.1, 44.6, -1, "Lahij", "", 0, ""),
    (2, "YE", "region", "Hajjah", 16.0, 43.5, -1, "Hajjah", "", 0, ""),
    (3, "YE", "county", "Qarawi", 13.2, 44.3, 1, "Lahij", "Qarawi", 30000, ""),
    (4, "YE", "county", "Bani Dhamil", 13.0, 44.9, 1, "Lahij", "Bani Dhamil", 25000, ""),
    # The district's seat: a village named like it, inside it.
    (5, "YE", "locality", "Qarawi", 13.21, 44.31, 3, "Lahij", "Qarawi", 0, ""),
    # Two villages called Bir Salmun: one in Qarawi district, one far off in Hajjah.
    (10, "YE", "locality", "Bir Salmun", 13.25, 44.26, 3, "Lahij", "Qarawi", 0, ""),
    (11, "YE", "locality", "Bir Salmun", 16.1, 43.4, -1, "Hajjah", "", 0, ""),
    # A village known only in Hajjah, and one in the other district of Lahij.
    (12, "YE", "locality", "Dar Ghumdan", 16.05, 43.45, -1, "Hajjah", "", 0, ""),
    (13, "YE", "locality", "Khirbat Nuqum", 13.0, 44.88, 4, "Lahij", "Bani Dhamil", 0, ""),
    (14, "YE", "locality", "Khirbat Nuqum", 16.2, 43.6, -1, "Hajjah", "", 0, ""),
    # A big district: a village of it 50 km from its seat, and a look-alike outside it.
    (30, "YE", "county", "Wadi Hudan", 14.0, 45.0, 1, "Lahij", "Wadi Hudan", 40000, ""),
    (31, "YE", "locality", "Wadi Hudan", 14.01, 45.01, 30, "Lahij", "Wadi Hudan", 0, ""),
    (32, "YE", "locality", "Al Jurayba", 14.4, 45.2, 30, "Lahij", "Wadi Hudan", 0, ""),
    (33, "YE", "locality", "Al Jurayba", 14.05, 44.95, -1, "Lahij", "", 0, ""),
    # A bigger village of the district's name next to it, in another district.
    (34, "YE", "locality", "Wadi Hudan", 14.1, 44.85, 3, "Lahij", "Qarawi", 300, ""),
    # A district named like its seat, a town of some thousands; a village far off named
    # with the Arabic article "an".
    (40, "YE", "county", "Al Ghurab", 13.6, 44.1, 1, "Lahij", "Al Ghurab", 50000, ""),
    (41, "YE", "locality", "Al Ghurab", 13.61, 44.11, 40, "Lahij", "Al Ghurab", 16000, ""),
    (42, "YE", "locality", "An Nuqub", 13.65, 44.15, 40, "Lahij", "Al Ghurab", 0, ""),
    (43, "YE", "locality", "An Nuqub", 16.3, 43.3, -1, "Hajjah", "", 0, ""),
    # A district with no village of its name inside, and a look-alike village 12 km off
    # that the gazetteer lists in the neighbouring district.
    (44, "YE", "county", "As Kidf", 13.5, 44.5, 1, "Lahij", "As Kidf", 60000, ""),
    (45, "YE", "locality", "As Kidfah", 13.4, 44.45, 4, "Lahij", "Bani Dhamil", 0, ""),
    # A village of Qarawi spelled a little otherwise than the text will, and one spelled as
    # written in the neighbouring district, 12 km off.
    (46, "YE", "locality", "Al `Immi", 13.3, 44.35, 3, "Lahij", "Qarawi", 0, ""),
    (47, "YE", "locality", "Al Imim", 13.2, 44.45, 4, "Lahij", "Bani Dhamil", 0, ""),
    # A district whose seat is a town, and a neighbour that lists its name among its own.
    (20, "NG", "region", "Kwara", 9.0, 4.5, -1, "Kwara", "", 0, ""),
    (21, "NG", "county", "Oyun", 8.9, 4.6, 20, "Kwara", "Oyun", 90000, ""),
    (22, "NG", "county", "Offa", 8.2, 4.7, 20, "Kwara", "Offa", 900000, "Oyun"),
    (23, "NG", "locality", "Ilemona", 8.95, 4.65, 21, "Kwara", "Oyun", 40000, ""),
    (24, "NG", "locality", "Oyun", 8.94, 4.62, 21, "Kwara", "Oyun", 30000, ""),
    (25, "NG", "locality", "Igbo Oloya", 11.0, 7.0, -1, "Kaduna", "", 0, ""),
]


@pytest.fixture(scope="module")
def hgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("held"), RECORDS)


def test_the_namesake_inside_the_district_is_taken(hgaz):
    text = "Gunmen attacked Bir Salmun in Qarawi of Lahij on Sunday."
    assert place_named(text, "Bir Salmun", "YE", hgaz).place.lat == 13.25


def test_a_village_known_only_far_off_is_placed_at_its_district(hgaz):
    text = "Gunmen attacked Dar Ghumdan in Qarawi of Lahij on Sunday."
    mention = place_named(text, "Dar Ghumdan", "YE", hgaz)
    assert mention.place.feature_code == DISTRICT_CODE and mention.place.admin2 == "Qarawi"
    assert mention.precision == 2


def test_a_chain_of_places_ends_in_the_district(hgaz):
    text = "Fighters shelled Khirbat Nuqum hill in Wadi Rifa in Bani Dhamil of Lahij."
    assert place_named(text, "Khirbat Nuqum", "YE", hgaz).place.lat == 13.0


@pytest.mark.parametrize("text", [
    "Jets struck Dar Ghumdan valley of Qarawi district overnight.",
    "Jets struck Dar Ghumdan in the Qarawi district overnight.",
])
def test_a_district_phrase_holds_the_village_before_it(hgaz, text):
    assert place_named(text, "Dar Ghumdan", "YE", hgaz).place.admin2 == "Qarawi"


def test_a_district_with_a_town_for_seat_places_its_unknown_village_there(hgaz):
    # Offa lists "Oyun" among its spellings: the district of that very name is meant.
    text = "Gunmen raided Igbo Oloya village in Oyun local government area of Kwara State."
    mention = place_named(text, "Igbo Oloya", "NG", hgaz)
    assert mention.place.name == "Oyun" and mention.place.feature_code is None
    assert mention.precision == 2


def test_an_area_of_a_district_lies_anywhere_in_it(hgaz):
    text = "Jets struck Jurayba area of Wadi Hudan district overnight."
    mention = place_named(text, "Jurayba", "YE", hgaz)
    assert (mention.place.lat, mention.role, mention.precision) == (14.4, "town", 2)


def test_a_district_named_like_its_town_holds_the_places_listed_before_it(hgaz):
    text = "Fighters shelled Dar Ghumdan and Bir Salmun in Al Ghurab of Lahij."
    assert place_named(text, "Dar Ghumdan", "YE", hgaz).place.admin2 == "Al Ghurab"


def test_a_place_of_another_clause_is_not_held(hgaz):
    text = "Two died in Dar Ghumdan and four in Al Ghurab, a monitor said."
    assert place_named(text, "Dar Ghumdan", "YE", hgaz).place.lat == 16.05


def test_a_capitalised_an_inside_a_sentence_is_the_arabic_article(hgaz):
    text = "Houthi fighters attacked An Nuqub in Al Ghurab of Lahij."
    assert place_named(text, "An Nuqub", "YE", hgaz).place.lat == 13.65


def test_a_district_seat_lies_in_the_district(hgaz):
    mention = place_named("Jets struck Wadi Hudan district.", "Wadi Hudan", "YE", hgaz)
    assert (mention.place.lat, mention.qualifier) == (14.01, "district")


def test_a_village_of_the_next_district_is_no_seat(hgaz):
    district = named_district(hgaz, "Kidf", "YE", True)
    assert district is not None and district_seat(hgaz, "Kidf", district) is None
    mention = place_named("Troops took Kidf district in Lahij.", "Kidf", "YE", hgaz)
    assert mention.place.lat == 13.5


def test_a_village_of_the_district_spelled_otherwise_comes_before_the_district(hgaz):
    text = "Gunmen attacked Al Imim in Qarawi of Lahij on Sunday."
    assert place_named(text, "Al Imim", "YE", hgaz).place.lat == 13.3


def test_a_province_is_no_holding_district(hgaz):
    # "in Hajjah" names the province: its own village stays.
    text = "Gunmen attacked Dar Ghumdan in Hajjah on Sunday."
    assert place_named(text, "Dar Ghumdan", "YE", hgaz).place.lat == 16.05


def test_a_district_written_with_th_for_dh_is_found(hgaz):
    # Dhal is written "dh" or "th" ("Bani Thamil" district is Bani Dhamil).
    assert consonants("Thubab") == consonants("Dhubab")
    assert hgaz.districts_alike("Bani Thamil", "YE")[0].admin2 == "Bani Dhamil"
