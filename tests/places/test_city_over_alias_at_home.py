"""A big city of a neighbouring country, written as its own name, is meant before a hamlet at
home of unknown size that only lists that name among its other spellings; a city of another
continent is not, and a town at home in a province the text names stays (invented places)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.scan import accept
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "AF", "region", "Kohistana", 35.0, 70.0, -1, "Kohistana", "", 0, ""),
    (2, "PK", "region", "Pakhtuna", 34.0, 71.5, -1, "Pakhtuna", "", 0, ""),
    (3, "TZ", "region", "Pwani", -6.8, 39.3, -1, "Pwani", "", 0, ""),
    # an Afghan hamlet that lists the Pakistani city's name among its spellings
    (10, "AF", "locality", "Zarbadur", 35.8, 71.3, 1, "Kohistana", "", 0, "Zarbadar"),
    (11, "PK", "locality", "Zarbadar", 34.0, 71.6, 2, "Pakhtuna", "", 3000000, ""),
    # the same, with the big city on another continent
    (12, "AF", "locality", "Mirsalum", 35.5, 70.5, 1, "Kohistana", "", 0, "Mirsalam"),
    (13, "TZ", "locality", "Mirsalam", -6.8, 39.3, 3, "Pwani", "", 3000000, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("alias_city"), RECORDS)


def test_a_big_city_next_door_beats_a_hamlet_at_home_that_lists_its_name(gaz):
    found = accept(gaz, "Zarbadar", "AF", False)
    assert (found[0].name, found[0].country) == ("Zarbadar", "PK")


def test_a_big_city_far_abroad_does_not(gaz):
    found = accept(gaz, "Mirsalam", "AF", False)
    assert found[0].country == "AF"


def test_a_hamlet_in_a_province_the_text_names_stays(gaz):
    text = "A bomb killed four people in Zarbadar, a village in Kohistana province, on Monday."
    found = {m.surface: m.place for m in find_places(text, "AF", gazetteer=gaz,
                                                     guess_country=False)}
    assert found["Zarbadar"].country == "AF"


def test_real_gazetteer_peshawar_in_a_story_of_afghans():
    from khaldun.places.gazetteer import get_gazetteer

    first = accept(get_gazetteer(), "Peshawar", "AF", False)[0]
    assert first.country == "PK"
