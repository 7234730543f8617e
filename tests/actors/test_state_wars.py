"""A battle the forces of a state at war fight with no other side named is with the other
state's forces (sides.yaml state_wars; texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("text", [
    "Russian troops captured the village of Ocheretyne on Tuesday after heavy fighting, the "
    "Russian Defence Ministry said.",
    "Ukrainian forces repelled an assault near the village of Ocheretyne on Tuesday, the "
    "General Staff said.",
])
def test_the_unnamed_foe_in_a_war_of_states_is_the_other_state(text):
    found = extract(text, published=date(2024, 5, 15))
    battle = next(e for e in found if e.event_type == "Battles")
    sides = {battle.actor1.name, battle.actor2.name}
    assert sides == {"Military Forces of Russia", "Military Forces of Ukraine"}


def test_before_the_war_began_the_foe_stays_unnamed():
    text = ("Ukrainian forces repelled an assault near the village of Ocheretyne on Tuesday, "
            "the General Staff said.")
    found = extract(text, published=date(2019, 5, 15))
    battle = next(e for e in found if e.event_type == "Battles")
    assert battle.actor2 is None or "Russia" not in battle.actor2.name
