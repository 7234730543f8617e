"""A country the text places its scene in ("Libya's eastern coastal city", "in Cameroon's far
north") outweighs the home of a foreign fighter or of an armed group from across the border
(a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.lexicon import country_vote_cues
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (2, "NG", "locality", "Banki", 11.3, 13.9, -1, "Borno", "", 20_000, ""),
]


@pytest.fixture(scope="module")
def pgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("placed_countries"), RECORDS)


def test_possessive_before_adjectives_and_a_region_noun_places_the_text(pgaz):
    text = "A car bomb killed nine people in Libya's eastern coastal city on Sunday."
    assert document_country(text, pgaz, armed_groups=["SD"]) == "LY"


def test_possessive_before_a_compass_word_places_the_text(pgaz):
    text = "Gunmen from across the border killed eight villagers in Cameroon's far north."
    assert document_country(text, pgaz, armed_groups=["NG"]) == "CM"


def test_an_actors_possessive_still_places_nothing(pgaz):
    text = "Gunmen killed eight villagers near Banki, defying Cameroon's army."
    assert document_country(text, pgaz, armed_groups=["NG"]) == "NG"


@pytest.mark.parametrize("after, placed", [
    (" eastern coastal city", True),
    (" far north region", True),
    (" northwest", True),
    (" forces shelled villages", False),  # a verb and a noun are no adjectives of a region
    (" north of the river", False),  # a side of a point, not a part of the country
])
def test_what_may_follow_a_demonym_or_possessive(after, placed):
    assert bool(country_vote_cues().placed_after.match(after)) is placed
