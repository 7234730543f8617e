"""Same-named places told apart by what a text says around them: the countries where its
actors fight, the places it names, a compass word, "the X region"; in a small gazetteer
written here."""

from __future__ import annotations

import pytest

from khaldun.places import document_country, find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.grounds import Grounds
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Wasiq", 35.0, 44.0, -1, "Wasiq", "", 0, ""),
    (2, "IQ", "region", "Qadar", 31.0, 46.5, -1, "Qadar", "", 0, ""),
    (3, "SY", "region", "Sharqa", 35.5, 38.5, -1, "Sharqa", "", 0, ""),
    (4, "CN", "region", "Lanhai", 20.0, 110.0, -1, "Lanhai", "", 0, ""),
    # A country's capital, and a hamlet of its name abroad.
    (10, "IQ", "locality", "Baghdad", 35.0, 44.0, 1, "Wasiq", "Baghdad", 5000000, ""),
    (30, "SY", "locality", "Baghdad", 35.6, 38.6, 3, "Sharqa", "", 0, ""),
    # A town of Syria whose spelling no Iraqi place has.
    (31, "SY", "locality", "Husna", 35.4, 38.4, 3, "Sharqa", "", 50000, ""),
    # A quarter of a far town, and a village of that name 12 km south of Baghdad.
    (20, "IQ", "neighbourhood", "Albu Karim", 31.0, 46.5, 2, "Qadar", "", 0, ""),
    (11, "IQ", "locality", "Albu Karim", 34.89, 44.0, 1, "Wasiq", "", 0, ""),
    # A village, named like no province, 40 km east of Baghdad.
    (12, "IQ", "locality", "Tarmak", 35.0, 44.44, 1, "Wasiq", "", 0, ""),
    # A town of China and a village of Iraq of one name.
    (40, "CN", "locality", "Nadiyah", 20.1, 110.1, 4, "Lanhai", "", 250000, ""),
    (13, "IQ", "locality", "Nadiyah", 34.6, 44.6, 1, "Wasiq", "", 0, ""),
    # A town found only in China.
    (41, "CN", "locality", "Rapido", 20.2, 110.2, 4, "Lanhai", "", 70000, ""),
    # A desert district whose point lies 45 km from its seat, a town listed in no district.
    (5, "IQ", "county", "Ba'aj", 35.6, 41.7, 1, "Wasiq", "Ba'aj", 0, ""),
    (15, "IQ", "locality", "Al Ba'aj", 36.0, 41.75, 1, "Wasiq", "", 0, ""),
    # A village of unknown size, taken only where a cue marks a place.
    (14, "IQ", "locality", "Daquq", 35.1, 44.4, 1, "Wasiq", "Daquq", 0, ""),
]
# Where the text's actors fight when its country is unknown.
IRAQ_AND_SYRIA = Grounds([], {}, theatres=[("IQ", 0.55), ("SY", 0.45)])


@pytest.fixture(scope="module")
def ngaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("namesakes"), RECORDS)


def _places(text: str, gaz: Gazetteer, country: str | None = "IQ",
            grounds: Grounds | None = None) -> dict[str, tuple]:
    found = find_places(text, country, gazetteer=gaz, grounds=grounds, guess_country=False)
    return {m.surface: (m.role, m.place and (m.place.country, m.place.admin1, m.place.kind),
                        m.precision) for m in found}


def test_without_a_country_a_namesake_where_the_actors_fight_is_meant(ngaz):
    text = "Gunmen blew up a car in the Nadiyah area."
    assert _places(text, ngaz, None)["Nadiyah"][1][0] == "CN"
    assert _places(text, ngaz, None, IRAQ_AND_SYRIA)["Nadiyah"][1] == ("IQ", "Wasiq", "town")


def test_without_a_country_a_town_only_abroad_is_no_place_of_the_actors(ngaz):
    text = "Gunmen attacked when Rapido units entered the house."
    assert "Rapido" in _places(text, ngaz, None)
    assert "Rapido" not in _places(text, ngaz, None, IRAQ_AND_SYRIA)


def test_a_quarter_of_an_unnamed_town_yields_to_a_village_near_the_named_town(ngaz):
    text = "Gunmen killed a farmer in the area of Albu Karim, south of Baghdad."
    assert _places(text, ngaz)["Albu Karim"][1] == ("IQ", "Wasiq", "town")


def test_a_compass_word_cues_a_village(ngaz):
    text = "The bomb was planted on the road, southern Daquq."
    assert _places(text, ngaz)["Daquq"][1] == ("IQ", "Wasiq", "town")


def test_the_region_of_a_village_is_its_surroundings_not_its_province(ngaz):
    text = "Gunmen attacked a checkpoint in Tarmak region, east of Baghdad."
    assert _places(text, ngaz)["Tarmak"] == ("town", ("IQ", "Wasiq", "town"), 2)


def test_a_capital_outvotes_a_town_abroad(ngaz):
    # Syria comes first in a tie (country_votes.yaml tie_order): the capital's vote must be more.
    text = "A bomb killed a man in the area of Husna, north of Baghdad."
    assert document_country(text, ngaz) == "IQ"


def test_a_district_is_placed_at_its_seat_listed_in_no_district(ngaz):
    found = find_places("Jets struck a village in Baaj district.", "IQ", gazetteer=ngaz)
    place = next(m.place for m in found if m.surface == "Baaj")
    assert (place.feature_code, place.lat) == (None, 36.0)
