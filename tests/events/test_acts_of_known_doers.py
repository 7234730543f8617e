"""An act whose doers the sentence names as already known ("the attackers"), told at no
place of its own, is a part of the act told before, not an incident of its own (texts
written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_bomb_set_off_by_the_attackers_told_is_part_of_their_attack():
    text = (
        "Militants attacked an army base in the town of Jowhar on Monday, killing six"
        " soldiers, an officer said.\n\n"
        "The militants first detonated a car bomb at the gate of the base before storming it,"
        " the officer said."
    )
    events = extract(text, published=date(2019, 5, 7))
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.high == 6
