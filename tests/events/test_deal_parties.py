"""A deal the sides made together ("the army and the rebels signed a truce", "rebels and the
army agreed a ceasefire") is an Agreement whose two sides are the parties that made it."""

from __future__ import annotations

from khaldun import extract


def test_parties_joined_as_subject_are_the_two_sides():
    text = "Soldiers and rebel fighters signed a truce in Daraa on Tuesday, a local official said."
    (event,) = extract(text, published="2018-03-08")
    assert event.sub_event_type == "Agreement"
    assert {event.actor1.inter, event.actor2.inter} == {1, 2}


def test_agreed_a_ceasefire_is_an_agreement():
    text = "Rebels and the army agreed a ceasefire in Homs on Monday, residents said."
    (event,) = extract(text, published="2018-03-08")
    assert event.sub_event_type == "Agreement"
    assert event.actor2 is not None and event.actor2.inter == 1
