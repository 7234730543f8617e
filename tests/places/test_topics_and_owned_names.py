"""A place that a text names as a subject ("the recognition of X") or a state that acts
("the US embassy") is no scene, and a name right after a demonym ("Iraqi X") lies in the
demonym's country (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    # A province of Iran named like a region of Iraq that the gazetteer does not hold.
    (1, "IR", "region", "Kurdistan", 35.3, 47.0, -1, "Kurdistan", "", 1_500_000, ""),
    (2, "IQ", "region", "Dohuk", 36.9, 43.0, -1, "Dohuk", "", 0, ""),
    (3, "IR", "locality", "Halwan", 34.4, 46.0, 1, "Kurdistan", "", 50_000, ""),
    # A big city of one country and a small town of its neighbour.
    (10, "IL", "locality", "Zelora", 31.7, 35.2, -1, "Zelora", "", 900_000, ""),
    (11, "PS", "locality", "Marwa", 31.9, 35.2, -1, "Marwa", "", 30_000, ""),
    # A capital that stands for its state.
    (12, "US", "locality", "Washington", 38.9, -77.0, -1, "DC", "", 700_000, ""),
]


@pytest.fixture(scope="module")
def tgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("topics"), RECORDS)


def test_a_place_named_as_a_subject_is_no_scene(tgaz):
    text = "A crowd in Marwa rallied against the recognition of Zelora as a capital."
    assert document_country(text, tgaz) == "PS"
    assert [m.surface for m in find_places(text, gazetteer=tgaz)] == ["Marwa"]
    # named as a scene, the same city is a place
    assert "Zelora" in [m.surface for m in find_places("A crowd rallied in Zelora.",
                                                       gazetteer=tgaz)]


def test_a_name_after_a_demonym_lies_in_its_country(tgaz):
    for text in ("Jets struck camps in Iraqi Kurdistan, in the mountains.",
                 "Gunmen raided a police post in Iraqi Halwan."):
        assert document_country(text, tgaz) == "IQ"
        assert all(m.country != "IR" for m in find_places(text, gazetteer=tgaz))
    # (the province of that name abroad is found when nothing says otherwise)
    assert "IR" in {m.country for m in find_places("Jets struck camps in Kurdistan.",
                                                   gazetteer=tgaz)}
    # with the demonym of its own country, the province is found
    assert "Kurdistan" in [m.surface for m in find_places("Police patrolled Iranian Kurdistan.",
                                                          gazetteer=tgaz)]


def test_a_state_that_acts_is_no_scene(tgaz):
    text = "A crowd in Marwa rallied against the US embassy and Washington's decision."
    assert document_country(text, tgaz) == "PS"
    assert [m.surface for m in find_places(text, gazetteer=tgaz)] == ["Marwa"]


def test_a_border_is_no_side(tgaz):
    # "Iranian" names a border with a scene on either side; Marwa alone says where
    text = "Gunmen attacked a post in Marwa near the Iranian border, near the Iranian border."
    assert document_country(text, tgaz) == "PS"
