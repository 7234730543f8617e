"""A protest held after a bomb killed people ("residents protested on Monday after a bomb
killed two in the city") is a protest and a bombing: the bomb is an act of its own, no force
used on the crowd, so the protest takes neither its dead nor its kind."""

from __future__ import annotations

from khaldun import extract


def test_a_bomb_the_protest_came_after_is_its_own_event():
    text = ("Residents protested in Quetta on Monday after a bomb killed two people in the city "
            "on Sunday, police said.")
    events = extract(text, published="2018-03-06")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Peaceful protest", "Remote explosive/landmine/IED"]
    protest = next(e for e in events if e.sub_event_type == "Peaceful protest")
    assert protest.fatalities is None
