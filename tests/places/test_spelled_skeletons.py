"""A village the text spells with another initial vowel, or "th" for the gazetteer's "dh", is
that village when the text puts it near a place the article names: one skeleton outranks a
look-alike of another skeleton (Anqlabi is Inqilab, not Qlabi), and a spelling whose key is a
letter off the name's is found however many spellings the area holds (a small gazetteer
written here)."""

from __future__ import annotations

import pytest

from khaldun.places.areas_index import Spellings
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.transliteration import name_key, spelled_keys
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.93, 36.63, -1, "Idlib", "", 0, ""),
    (2, "SY", "locality", "Idlib", 35.93, 36.63, 1, "Idlib", "Idleb", 165000, ""),
    (3, "SY", "locality", "Inqilab", 35.80, 36.80, 1, "Idlib", "Idleb", 0, ""),
    # a look-alike of another skeleton, more alike letter for letter
    (4, "SY", "locality", "Qlabi", 35.60, 36.75, 1, "Idlib", "Idleb", 0, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("spelled_skeletons"), RECORDS)


def test_a_village_spelled_with_another_initial_vowel_near_its_province_is_that_village(sgaz):
    mention = place_named("Jets struck Anqlabi village in Idlib province, killing a man.",
                          "Anqlabi", "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Inqilab"


@pytest.mark.parametrize(("written", "gazetteer"), [
    ("Thahiriyeh", "Dhahiriyah"), ("Thahiriyeh", "Zahiriyah"), ("Anqlabi", "Inqilab")])
def test_one_name_written_two_ways_shares_a_spelled_key(written, gazetteer):
    assert name_key(gazetteer) in spelled_keys(written)


def test_a_key_a_letter_off_is_found_among_many():
    spellings = [f"kafr {chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(400)]
    spellings += ["tall zubadir", "tall zubadi"]
    area = Spellings([(i, s, name_key(s)) for i, s in enumerate(spellings)])
    assert [area.spellings[i] for i in area.near_keys([name_key("Tall Zubadi")], 1)] == [
        "tall zubadir"]
