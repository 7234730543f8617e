"""A force noun with no nation ("soldiers") in a side's later toll of an attack on a foreign or
international force names that force, so the toll joins the attack; a nation's own soldiers
in a fight of their own are still another event (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_LEAD = ("MOGADISHU (Reuters) - Al Shabaab militants attacked an African Union base near the "
         "town of Afgoye on Tuesday, sparking a gunbattle, residents said.\n\n")


@pytest.mark.parametrize("toll", [
    "Al Shabaab said in a statement that it had killed 30 soldiers.",
    "Al Shabaab said in a statement that its fighters had killed 30 troops and seized weapons.",
])
def test_the_sides_toll_of_soldiers_joins_the_attack(toll):
    found = extract(_LEAD + toll, published=date(2018, 3, 14))
    assert len(found) == 1
    assert found[0].actor2.inter == 8
    assert found[0].fatalities.high == 30


def test_a_nations_own_soldiers_are_another_side():
    toll = ("Separately, Somali army soldiers clashed with Al Shabaab in the town of Afgoye on "
            "Tuesday, killing 12 soldiers, a police officer said.")
    found = extract(_LEAD + toll, published=date(2018, 3, 14))
    assert len(found) == 2
    assert {e.actor1.inter for e in found} == {1, 2}
