"""A tie between countries goes to the likelier scene of conflict (tie_order in
country_votes.yaml), not to the first country in the alphabet (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.lexicon import country_vote_cues
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    # A village name found once in Afghanistan and once in Syria, another only in Afghanistan.
    (1, "AF", "locality", "Tall Sabun", 34.5, 69.2, -1, "Kabul", "", 0, ""),
    (2, "SY", "locality", "Tall Sabun", 36.2, 37.1, -1, "Aleppo", "", 0, ""),
    (3, "AF", "locality", "Qarya Lamun", 34.4, 69.3, -1, "Kabul", "", 0, ""),
]


@pytest.fixture(scope="module")
def tgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("ties"), RECORDS)


def test_syria_comes_before_afghanistan_in_the_tie_order():
    order = country_vote_cues().tie_order
    assert order.index("SY") < order.index("AF")


def test_an_even_split_goes_to_the_likelier_scene(tgaz):
    assert document_country("Shells fell on the village of Tall Sabun.", tgaz) == "SY"


def test_more_votes_beat_the_tie_order(tgaz):
    text = "Shells fell on the village of Tall Sabun and on the village of Qarya Lamun."
    assert document_country(text, tgaz) == "AF"
