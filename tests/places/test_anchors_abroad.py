"""A place of the article's country is not moved to a look-alike near a place abroad the
text names (the wire's dateline city); in a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "LB", "region", "Sahil", 33.9, 35.5, -1, "Sahil", "", 0, ""),
    (2, "SY", "region", "Rif Qadim", 33.5, 36.5, -1, "Rif Qadim", "", 0, ""),
    (10, "LB", "locality", "Zahrun", 33.89, 35.50, 1, "Sahil", "", 2000000, ""),
    # a village of Syria 190 km from that city, and a look-alike of it in the city's suburbs
    (20, "SY", "locality", "Marjuba", 34.90, 37.20, 2, "Rif Qadim", "", 0, ""),
    (11, "LB", "locality", "Marjubah", 33.85, 35.55, 1, "Sahil", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("abroad"), RECORDS)


def _place(text: str, country: str, gaz: Gazetteer) -> tuple | None:
    found = {m.surface: m.place for m in find_places(text, country, gazetteer=gaz,
                                                     guess_country=False)}
    place = found.get("Marjuba")
    return place and (place.name, place.country)


def test_a_dateline_abroad_draws_no_village_of_the_story_to_a_look_alike(gaz):
    text = "ZAHRUN (Wire) - Government troops shelled Marjuba on Sunday, activists said."
    assert _place(text, "SY", gaz) == ("Marjuba", "SY")


def test_a_look_alike_near_a_place_of_the_story_country_is_still_taken(gaz):
    # in a story of Lebanon, the Lebanese spelling near its named city is the one meant
    text = "Gunmen opened fire in Zahrun and in Marjuba on Sunday, police said."
    assert _place(text, "LB", gaz) == ("Marjubah", "LB")
