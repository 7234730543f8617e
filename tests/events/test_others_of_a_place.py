""""X and other villages of Y": Y holds the places listed with the others of their kind; it
only locates them and is no event place of its own."""

from __future__ import annotations

from khaldun import extract


def _towns(text: str) -> list[str]:
    return sorted(e.location.town or "" for e in extract(text, published="2018-03-05"))


def test_the_holder_of_a_place_and_others_of_its_kind_is_no_event_place():
    assert _towns(
        "Soldiers arrested dozens of men in Harasta and other suburbs of Damascus on Friday."
    ) == ["Harasta"]


def test_each_place_of_the_list_is_held_by_it():
    towns = _towns("Soldiers arrested dozens of men in Harasta, Arbin and several other "
                   "suburbs of Damascus on Friday.")
    assert "Damascus" not in towns and "Harasta" in towns
