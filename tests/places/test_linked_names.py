""""the Kirkuk-Erbil road": two names joined by a hyphen in one word before a link noun
(link_nouns.txt) name a road, border or front told from the first, which is the place taken;
not when the two ends lie LINK_MAX_KM apart or more, nor when the word goes on a longer name
(a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Kirkuk", 35.4, 44.3, -1, "Kirkuk", "", 0, ""),
    (2, "IQ", "locality", "Harmal", 35.45, 44.4, 1, "Kirkuk", "", 60000, ""),
    (3, "IQ", "locality", "Rawa", 35.9, 44.1, 1, "Kirkuk", "", 40000, ""),
    (4, "IQ", "locality", "Bazwaya", 32.0, 46.0, -1, "Basra", "", 40000, ""),
]


@pytest.fixture(scope="module")
def lgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("linked"), RECORDS)


def _names(text: str, gaz: Gazetteer) -> list[str]:
    return [m.place.name for m in find_places(text, "IQ", gazetteer=gaz) if m.place]


@pytest.mark.parametrize("noun", ["road", "highway", "front"])
def test_a_short_link_is_placed_at_its_first_end(lgaz, noun):
    text = f"Police seized a car bomb on the Harmal-Rawa {noun} on Sunday."
    assert _names(text, lgaz) == ["Harmal"]


def test_a_long_link_places_nothing(lgaz):
    assert _names("Police seized a car bomb on the Harmal-Bazwaya road.", lgaz) == []


def test_joined_names_without_a_link_noun_are_left_alone(lgaz):
    assert _names("Police seized a car bomb in Harmal-Rawa on Sunday.", lgaz) == []
