"""Province nouns ("X State") and direction words before a name, on a small gazetteer
written here: a state is its province, never a district spelled like it, and holds the
local government areas named before it."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.areas import find_areas
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.lexicon import compound_adjective, reference_cues
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "NG", "region", "Zamora", 10.5, 7.4, -1, "Zamora", "", 3000000, ""),
    (2, "NG", "county", "Zamora South", 10.4, 7.4, 1, "Zamora", "Zamora South", 400000, ""),
    (3, "NG", "locality", "Zamora", 10.52, 7.44, 2, "Zamora", "Zamora South", 1800000, ""),
    (4, "NG", "county", "Belko", 9.6, 8.4, 1, "Zamora", "Belko", 200000, ""),
    (5, "NG", "locality", "Belko", 9.65, 8.45, 4, "Zamora", "Belko", 0, ""),
    (10, "SD", "locality", "Jabal Koro", 13.0, 24.0, -1, "Central Darfur", "", 20000, ""),
    (11, "SD", "locality", "Tarsa", 13.2, 24.3, -1, "Central Darfur", "", 9000, ""),
    (12, "SD", "locality", "East Wadi Fur", 12.5, 24.9, -1, "Central Darfur", "", 8000, ""),
    (13, "SD", "locality", "Wadi Fur", 12.9, 23.1, -1, "West Darfur", "", 8000, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("states"), RECORDS)


@pytest.mark.parametrize("noun", ["State", "state"])
def test_a_state_is_its_province(sgaz, noun):
    found = find_places(f"Bandits raided a market in Zamora {noun} on Friday.", "NG",
                        gazetteer=sgaz)
    assert [(m.role, m.place.name if m.place else None) for m in found] == [("admin1", "Zamora")]
    assert found[0].place is not None and found[0].place.kind == "admin1"


@pytest.mark.parametrize("area", ["Local Government Area", "LGA"])
def test_an_area_of_a_state_is_its_district(sgaz, area):
    text = f"Bandits raided Belko {area} of Zamora State on Friday."
    found = find_places(text, "NG", gazetteer=sgaz)
    belko = found[0]
    assert belko.role == "town" and belko.qualifier == "district" and belko.town is None
    assert belko.place is not None and belko.place.admin2 == "Belko"
    assert [(m.role, m.place.name if m.place else None) for m in found[1:]] == [
        ("admin1", "Zamora")]


def test_a_direction_word_before_a_name_is_part_of_it_only_when_known(sgaz):
    found = find_places("Rebels shelled Tarsa, north-east of East Jabal Koro.", "SD",
                        gazetteer=sgaz)
    assert [(m.surface, m.place.lat if m.place else None) for m in found] == [
        ("Tarsa", 13.2), ("Jabal Koro", 13.0)]
    known = find_places("Rebels shelled East Wadi Fur.", "SD", gazetteer=sgaz)
    assert [(m.surface, m.place.lat if m.place else None) for m in known] == [
        ("East Wadi Fur", 12.5)]


@pytest.mark.parametrize("before, reference", [
    ("Rebels shelled Tarsa, north-east of East ", True),
    ("Rebels shelled Tarsa, 20 km south of the town of West ", True),
    ("Rebels shelled Tarsa, north-east of ", True),
    ("Rebels shelled Tarsa and East ", False),
    ("Police dispersed marchers in Tarsa, across the ", True),
    ("Rebels shelled Tarsa, across from ", True),
])
def test_a_direction_word_keeps_the_reference_cue(before, reference):
    assert bool(reference_cues().before.search(before)) is reference


@pytest.mark.parametrize("word, describes", [
    ("Rebel-held", True), ("SDF-controlled", True), ("Arabic-language", True),
    ("Bani-moaath", False), ("Khab-washaaf", False), ("Taizz", False),
])
def test_a_hyphenated_name_is_no_compound_adjective(word, describes):
    assert compound_adjective(word) is describes


def test_a_hyphenated_area_name_is_an_area():
    assert [a.surface for a in find_areas("Jets hit the Wadi-salam area at dawn.")] == [
        "Wadi-salam"]
    assert find_areas("Jets hit a rebel-held area at dawn.") == []
