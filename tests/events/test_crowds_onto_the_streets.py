"""Crowds said to fill the streets, or brought onto them by a grievance, are protesting: a
killing by the police told with them is force used on a protest (codebook §2: Excessive force
against protesters), not an attack on civilians."""

from __future__ import annotations

from khaldun import extract


def test_a_killing_as_anger_brought_crowds_onto_the_streets_is_force_on_a_protest():
    text = ("Police killed two people in Kassala on Thursday, witnesses said, as anger over "
            "bread prices brought crowds onto the streets.")
    events = extract(text, published="2018-07-20")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_crowds_pouring_onto_the_streets_protest():
    text = "Thousands of people poured onto the streets of Kassala on Thursday, witnesses said."
    events = extract(text, published="2018-07-20")
    assert [e.event_type for e in events] == ["Protests"]
