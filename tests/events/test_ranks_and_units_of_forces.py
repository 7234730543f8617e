"""Officers named by a short rank or a lower one, the commanders of the army's units and its
bomb-disposal men are the state's forces when they are hit (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("victim", [
    "a Lt-Col.",
    "a lieutenant",
    "an army captain",
    "a captain in the army",
    "a brigade commander",
    "a battalion commander",
    "an explosives expert",
])
def test_a_rank_or_unit_killed_is_the_state_forces_hit(victim):
    found = extract(f"Gunmen killed {victim} in the town of Dorvalle in Mali on Monday.",
                    published=date(2018, 3, 5))
    assert len(found) == 1
    assert found[0].actor2 is not None
    assert (found[0].actor2.name, found[0].actor2.inter) == ("Military Forces of Mali", 1)


def test_a_rank_leading_troops_is_the_acting_state_force():
    found = extract("A Lt-Col. led troops who attacked rebels near the town of Dorvalle in Mali "
                    "on Monday.", published=date(2018, 3, 5))
    assert [(e.actor1.inter, e.actor2.inter) for e in found] == [(1, 2)]


@pytest.mark.parametrize("victim", ["a retired army captain", "the captain of a fishing boat"])
def test_a_former_officer_or_a_ships_captain_is_no_force(victim):
    found = extract(f"Gunmen killed {victim} in the town of Dorvalle in Mali on Monday.",
                    published=date(2018, 3, 5))
    assert len(found) == 1
    assert found[0].actor2 is not None and found[0].actor2.inter == 7


def test_a_police_rank_is_the_police_not_the_army():
    found = extract("Gunmen shot dead a police colonel in the town of Dorvalle in Mali on "
                    "Monday.", published=date(2018, 3, 5))
    assert [e.actor2.name for e in found if e.actor2] == ["Police Forces of Mali"]
