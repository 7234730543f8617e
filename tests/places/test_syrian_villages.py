"""Villages of one country written the English way: qualifiers put first ("Western X"), no
province named, same-named villages in several provinces (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.qualified import arabic_forms
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (2, "SY", "region", "Qarsun", 33.0, 36.2, -1, "Qarsun", "", 0, ""),
    (10, "SY", "locality", "Wadan", 35.9, 36.6, 1, "Wadan", "", 150000, ""),
    (20, "SY", "locality", "Qarsun", 33.0, 36.2, 2, "Qarsun", "", 90000, ""),
    # Two halves of one village, named with an Arabic qualifier after the name.
    (11, "SY", "locality", "Zunbariyah al Gharbiyah", 35.7, 36.7, 1, "Wadan", "", 0, ""),
    (12, "SY", "locality", "Zunbariyah ash Sharqiyah", 35.7, 36.8, 1, "Wadan", "", 0, ""),
    (13, "SY", "locality", "Khuzayl al Kabir", 35.6, 36.6, 1, "Wadan", "", 0, ""),
    # A village named like the halves, with no qualifier, in another province.
    (21, "SY", "locality", "Az Zunbariyah", 32.8, 36.4, 2, "Qarsun", "", 0, ""),
    # Two villages of one name in one province, north-west and south-east of its centre.
    (14, "SY", "locality", "Tall Shamir", 36.1, 36.4, 1, "Wadan", "", 0, ""),
    (15, "SY", "locality", "Tall Shamir", 35.7, 36.9, 1, "Wadan", "", 0, ""),
    # A town of a province named otherwise, two same-named villages north-east of it, 60 km
    # and 15 km off.
    (3, "SY", "region", "Halab", 36.2, 37.2, -1, "Halab", "", 0, ""),
    (30, "SY", "locality", "Kursan", 36.5, 36.9, 3, "Halab", "", 50000, ""),
    (31, "SY", "locality", "Dayr Ruman", 36.55, 37.57, 3, "Halab", "", 0, ""),
    (32, "SY", "locality", "Dayr Ruman", 36.6, 37.0, 3, "Halab", "", 0, ""),
    # The centre of an operation (operation_areas.yaml), a village 65 km from it named like
    # one 12 km from it, and one far off spelled like one near it.
    (33, "SY", "locality", "Afrin", 36.51, 36.87, 3, "Halab", "", 48000, ""),
    (34, "SY", "locality", "Kafr Zunbul", 36.7, 37.6, 3, "Halab", "", 0, ""),
    (35, "SY", "locality", "Kafr Zunbul", 36.6, 36.95, 3, "Halab", "", 0, ""),
    (36, "SY", "locality", "Tall Quwayrah", 36.3, 37.7, 3, "Halab", "", 0, ""),
    (37, "SY", "locality", "Tall Quwayrat", 36.6, 36.8, 3, "Halab", "", 0, ""),
    # Two same-named villages of a province, both off its north-east: one far south, one a
    # little west.
    (16, "SY", "locality", "Shaykh Hilal", 35.7, 36.58, 1, "Wadan", "", 0, ""),
    (17, "SY", "locality", "Shaykh Hilal", 36.2, 36.58, 1, "Wadan", "", 0, ""),
    # A village the news spells far from the gazetteer, on one consonant skeleton.
    (22, "SY", "locality", "Qurbunayzah", 32.9, 36.3, 2, "Qarsun", "", 0, ""),
]


@pytest.fixture(scope="module")
def vgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("villages"), RECORDS)


def test_an_english_qualifier_is_the_arabic_last_word():
    assert arabic_forms("Western Tiba")[:2] == ["Tiba al gharbi", "Tiba al gharbiyah"]
    assert arabic_forms("Tiba") == [] and arabic_forms("Westminster Tiba") == []


@pytest.mark.parametrize("surface, lon", [("Western Zunbariyeh", 36.7),
                                          ("Eastern Zunbariyeh", 36.8)])
def test_a_village_opened_by_a_compass_word_is_that_half(vgaz, surface, lon):
    found = place_named(f"Shells fell on {surface} village overnight.", surface, "SY", vgaz)
    assert found.place is not None and found.place.lon == lon
    assert vgaz.lookup(surface, "SY")[0].lon == lon


def test_a_village_opened_by_a_size_word_is_the_big_one(vgaz):
    found = place_named("Troops entered the town of Big Khuzeil.", "Big Khuzeil", "SY", vgaz)
    assert found.place is not None and found.place.name == "Khuzayl al Kabir"


def test_a_lone_village_spelled_apart_is_the_countrys_look_alike(vgaz):
    found = place_named("Rebels shelled the town of Kurbniza.", "Kurbniza", "SY", vgaz)
    assert found.place is not None and found.place.name == "Qurbunayzah"
    # too unlike for a guess with nothing else to go by
    assert place_named("Rebels shelled the town of Krbnza.", "Krbnza", "SY", vgaz).place is None
    # beside a place the text names, the name is looked for near it alone (here in vain)
    text = "Rebels shelled the town of Kurbniza near Wadan."
    assert place_named(text, "Kurbniza", "SY", vgaz).place is None


@pytest.mark.parametrize("side, lat", [("south eastern", 35.7), ("north western", 36.1)])
def test_a_side_written_in_two_words_picks_the_village_on_it(vgaz, side, lat):
    text = f"Jets struck Tall Shamir village in Wadan {side} countryside."
    found = place_named(text, "Tall Shamir", "SY", vgaz)
    assert found.place is not None and found.place.lat == lat


def test_of_same_named_villages_near_a_named_town_the_closer_comes_first(vgaz):
    text = "Jets struck Dayr Ruman village in northeast Kursan."
    found = place_named(text, "Dayr Ruman", "SY", vgaz)
    assert found.place is not None and found.place.lon == 37.0


def test_of_villages_all_off_the_side_said_the_one_least_off_comes_first(vgaz):
    text = "Jets struck Shaykh Hilal village in northeastern Wadan."
    found = place_named(text, "Shaykh Hilal", "SY", vgaz)
    assert found.place is not None and found.place.lat == 36.2


def test_a_village_of_a_named_operation_lies_near_its_front(vgaz):
    text = "Olive Branch forces shelled Kafr Zunbul village in northern Halab."
    assert place_named(text, "Kafr Zunbul", "SY", vgaz).place.lon == 36.95
    text = "Olive Branch forces shelled Tall Quwayrah village in northern Halab."
    assert place_named(text, "Tall Quwayrah", "SY", vgaz).place.name == "Tall Quwayrat"
    # with no operation named, the spelling as written
    text = "Rebels shelled Tall Quwayrah village in northern Halab."
    assert place_named(text, "Tall Quwayrah", "SY", vgaz).place.name == "Tall Quwayrah"
