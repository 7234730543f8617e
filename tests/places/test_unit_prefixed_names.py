"""A gazetteer name opened by the word for the unit the place is ("Qaryat X", village of X;
"Nahiyat X", sub-district of X) is found by "X", as reports write it, but a place called
"X" outright comes first (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.scan import accept
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Kirkuk", 35.4, 44.3, -1, "Kirkuk", "", 0, ""),
    (2, "IQ", "region", "Basra", 30.5, 47.8, -1, "Basra", "", 0, ""),
    (3, "IQ", "locality", "Kirkuk", 35.47, 44.39, 1, "Kirkuk", "Kirkuk", 600000, ""),
    # known only with the word for village, or for sub-district, before the name
    (10, "IQ", "locality", "Qaryat Umm Suwaydat", 35.21, 43.95, 1, "Kirkuk", "Hawija", 0,
     "قرية ام سويدات"),
    (11, "IQ", "locality", "Nahiyat al Malkiyah", 35.05, 44.10, 1, "Kirkuk", "Daquq", 0, ""),
    # a village called Tall Zurba outright, and a "Qaryat Tall Zurba" far off
    (20, "IQ", "locality", "Qaryat Tall Zurba", 30.60, 47.70, 2, "Basra", "Basra", 0, ""),
    (21, "IQ", "locality", "Tall Zurba", 35.30, 44.20, 1, "Kirkuk", "Kirkuk", 0, ""),
    # a hamlet called Sufayrah outright, and the seat of the sub-district of Sufayrah
    (30, "IQ", "locality", "Sufayrah", 30.70, 47.60, 2, "Basra", "Basra", 0, ""),
    (31, "IQ", "locality", "Nahiyat Sufayrah", 35.10, 44.00, 1, "Kirkuk", "Daquq", 0, ""),
]


@pytest.fixture(scope="module")
def ugaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("unit"), RECORDS)


def test_bare_names_drop_the_unit_word_only():
    from khaldun.places.qualified import bare_names

    assert bare_names("Qaryat al Khudur") == ["al Khudur"]
    assert bare_names("Nahiyat Sindah") == ["Sindah"]
    assert bare_names("Qaryat Ba") == []  # too little is left to be a name
    assert bare_names("Tall Rumman") == []


def test_a_village_is_found_without_its_unit_word(ugaz):
    text = "Militants attacked a checkpoint in the village of Umm Suwaydat on Monday."
    found = place_named(text, "Umm Suwaydat", "IQ", ugaz).place
    assert found is not None and found.lat == 35.21


def test_a_sub_district_seat_is_found_by_its_name_with_the_article(ugaz):
    found = accept(ugaz, "al-Malkiyah", "IQ", False)
    assert found and found[0].name == "Nahiyat al Malkiyah"


def test_an_arabic_spelling_without_the_unit_word_is_found(ugaz):
    assert [p.name for p in ugaz.exact("ام سويدات")] == ["Qaryat Umm Suwaydat"]


def test_a_place_so_named_outright_comes_first(ugaz):
    assert [p.lat for p in accept(ugaz, "Tall Zurba", "IQ", False)][:2] == [35.30, 30.60]
    assert [p.lat for p in ugaz.lookup("Tall Zurba", "IQ")][:2] == [35.30, 30.60]


def test_a_sub_district_seat_comes_before_a_hamlet_so_named(ugaz):
    assert [p.lat for p in ugaz.lookup("Sufayrah", "IQ")][:2] == [35.10, 30.70]
    assert [p.lat for p in accept(ugaz, "Sufayrah", "IQ", False)][:2] == [35.10, 30.70]


def test_a_district_named_as_a_sub_district_seat_votes_for_its_country(ugaz):
    from khaldun.places.name_countries import district_name_countries

    text = "A roadside bomb wounded two farmers in the Sufayrah district on Monday."
    assert list(district_name_countries(ugaz, text)) == [frozenset({"IQ"})]
