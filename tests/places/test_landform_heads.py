"""A name followed by an English landform word ("X valley", "X crossing") is the gazetteer's
place headed by the Arabic word for it ("Wadi al X", "Aqabat al X"), not a look-alike village
elsewhere (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.qualified import landform_forms
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SA", "region", "Tarfan", 17.5, 43.0, -1, "Tarfan", "", 0, ""),
    (2, "SA", "region", "Harbun", 25.0, 46.0, -1, "Harbun", "", 0, ""),
    (10, "SA", "locality", "Tarfan", 17.5, 43.0, 1, "Tarfan", "", 90000, ""),
    # The pass and the valley named for their landform, near the border.
    (11, "SA", "locality", "`Aqabat al `Zulb", 17.6, 43.4, 1, "Tarfan", "", 0, ""),
    (12, "SA", "locality", "Wadi ad Dumah", 17.3, 43.2, 1, "Tarfan", "", 0, ""),
    # Villages spelled like the bare names, far off in another province.
    (20, "SA", "locality", "Zulabah", 25.2, 46.1, 2, "Harbun", "", 0, ""),
    (21, "SA", "locality", "Dawmah", 25.1, 45.9, 2, "Harbun", "", 0, ""),
    # A village spelled as written, and a hill named like it elsewhere.
    (22, "SA", "locality", "Shirwan", 17.2, 43.1, 1, "Tarfan", "", 0, ""),
    (23, "SA", "locality", "Tall Shirwan", 25.3, 46.2, 2, "Harbun", "", 0, ""),
]


@pytest.fixture(scope="module")
def lgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("landforms"), RECORDS)


def test_a_landform_word_gives_the_arabic_heads():
    assert landform_forms("Dumah", "valley") == ["Wadi Dumah", "Wadi al Dumah", "Wadi ad Dumah"]
    assert "Aqabat al Zulb" in landform_forms("al-Zulb", "crossing")
    assert landform_forms("Dumah", "village") == []
    assert "Aqabat al Zulb" in landform_forms("Zulb", "border crossing")


class _CountedLetters(tuple):
    """SUN_LETTERS that count how often they are read."""

    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


def test_a_word_that_is_no_landform_reads_nothing_of_the_name(monkeypatch):
    # (the scan asks for every name and the word after it: most are no landform word)
    import khaldun.places.qualified as qualified

    letters = _CountedLetters(qualified.SUN_LETTERS)
    monkeypatch.setattr(qualified, "SUN_LETTERS", letters)
    assert landform_forms("Dumah", "village") == []
    assert landform_forms("Dumah", "on") == []
    assert _CountedLetters.reads == 0
    assert landform_forms("Dumah", "valley")
    assert _CountedLetters.reads == 1


@pytest.mark.parametrize("text, surface, lat", [
    ("Troops shelled soldiers in Zulb crossing, Tarfan.", "Zulb", 17.6),
    ("Jets struck Dumah valley in Tarfan.", "Dumah", 17.3),
    ("Troops shelled soldiers in the Zulb border crossing area.", "Zulb", 17.6),
])
def test_a_name_before_a_landform_word_is_the_place_so_headed(lgaz, text, surface, lat):
    mention = place_named(text, surface, "SA", lgaz)
    assert mention.place is not None and mention.place.lat == lat


def test_a_home_place_spelled_as_written_is_kept(lgaz):
    mention = place_named("Clashes on Shirwan hill, Tarfan.", "Shirwan", "SA", lgaz)
    assert mention.place is not None and mention.place.lat == 17.2
