"""What the actors' theatres do to the country of a text (a small gazetteer written here): a
village abroad that no word of the text names weighs less beside actors known to fight
elsewhere; a guess between near-equal theatres is no answer; a possessive country before a
place of its own places the text there."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from khaldun.places.mentions import find_places
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    # A village known only in Sudan; villages in Iraq, Saudi Arabia and Yemen.
    (1, "SD", "locality", "Umm Dabakir", 12.1, 30.5, -1, "Kordofan", "", 0, ""),
    (2, "IQ", "locality", "Kafr Talul", 34.1, 44.5, -1, "Diyala", "", 0, ""),
    (3, "SA", "locality", "Qaryat Zahran", 17.0, 43.0, -1, "Jizan", "", 60000, ""),
    (4, "YE", "locality", "Bayt Rumman", 16.0, 43.5, -1, "Saada", "", 0, ""),
]


@pytest.fixture(scope="module")
def tgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("theatres"), RECORDS)


def test_a_namesake_abroad_weighs_less_than_the_actors_theatre(tgaz):
    text = "Gunmen blew up a house in the village of Umm Dabakir."
    # A group fighting in Iraq and Syria; the village is known only in Sudan.
    assert document_country(text, tgaz, theatres=[("IQ", 0.6), ("SY", 0.4)]) == "IQ"


def test_a_namesake_abroad_still_wins_without_a_theatre(tgaz):
    text = "Gunmen blew up a house in the village of Umm Dabakir."
    assert document_country(text, tgaz) == "SD"


def test_a_namesake_in_a_named_country_keeps_its_weight(tgaz):
    text = "Sudanese gunmen blew up a house in the village of Umm Dabakir."
    assert document_country(text, tgaz, theatres=[("IQ", 0.6), ("SY", 0.4)]) == "SD"


def test_near_equal_theatres_alone_give_no_country(tgaz):
    text = "Fighters of the group took a hill after a short battle."
    assert document_country(text, tgaz, theatres=[("IQ", 0.47), ("SY", 0.45)]) is None


def test_a_place_tells_near_equal_theatres_apart(tgaz):
    text = "Fighters of the group took the village of Kafr Talul."
    assert document_country(text, tgaz, theatres=[("SY", 0.5), ("IQ", 0.45)]) == "IQ"


def test_a_possessive_country_before_its_own_place_places_the_text(tgaz):
    text = "Fighters shelled Bayt Rumman and a post in Saudi Arabia's Qaryat Zahran."
    assert document_country(text, tgaz, theatres=[("YE", 0.77), ("SA", 0.23)]) == "SA"


def test_a_caller_that_found_no_country_gets_no_guess(tgaz):
    text = "Gunmen blew up a house in the village of Umm Dabakir."
    (guessed,) = find_places(text, gazetteer=tgaz)
    assert guessed.place is not None and guessed.place.country == "SD"
    (unguessed,) = find_places(text, gazetteer=tgaz, guess_country=False)
    assert unguessed.place is None and unguessed.country is None


def test_a_border_crossing_with_a_country_is_no_place_of_the_text(tgaz):
    text = "Fighters withdrew from the Kafr Talul border crossing with Iran."
    assert "Iran" not in [m.surface for m in find_places(text, "IQ", gazetteer=tgaz)]
