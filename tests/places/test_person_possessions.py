"""A name owning what only a person has ("X's bodyguards", "X's sons") is a person's, not a
place, whatever village the gazetteer spells like it (texts written for these tests)."""

import pytest

from khaldun.places import find_places


@pytest.mark.parametrize("text", [
    "Two of al-Shamsi's bodyguards were also wounded.",
    "Shelling killed two of al-Sami's sons on Tuesday.",
])
def test_a_name_owning_what_only_a_person_has_is_no_place(text):
    assert [p.surface for p in find_places(text, country="YE")] == []


def test_a_places_people_keep_it_a_place():
    found = find_places("Shelling killed three of Taiz's residents on Tuesday.", country="YE")
    assert [p.surface for p in found] == ["Taiz"]
