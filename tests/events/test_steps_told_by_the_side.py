"""A sentence that tells the steps of the act just told, opening on a description of its side
("The fighters first rammed a car bomb into the gate"), is that act: a "first" that orders
its steps names no incident of several; the same description still names its side (texts
written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_LEAD = ("MOGADISHU (Reuters) - Al Shabaab militants attacked an army base in the town of "
         "Afgoye on Friday, killing 12 soldiers, officials said.\n\n")


@pytest.mark.parametrize("steps", [
    "The fighters first drove an explosives-laden truck at the gate before gunmen "
    "stormed it, an army officer said.",
    "The fighters first detonated a roadside bomb and then opened fire on the vehicles, a "
    "witness said.",
    "The militants first detonated a roadside bomb and then opened fire on the guards, a "
    "police officer said.",
])
def test_the_steps_of_the_act_are_the_act(steps):
    found = extract(_LEAD + steps, published=date(2017, 6, 10))
    assert len(found) == 1
    assert found[0].actor1.name == "Al Shabaab"
    assert steps in [c.quote for c in found[0].claims]


def test_a_first_blast_is_still_one_incident_of_several():
    lead = ("KABUL (Reuters) - Two bombs exploded in the city of Jalalabad on Sunday, killing "
            "eight people, police said.\n\n")
    more = "The first bomb struck a market in the morning, police said."
    found = extract(lead + more, published=date(2017, 6, 10))
    assert more in [c.quote for e in found for c in e.claims]
