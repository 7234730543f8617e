"""A siege laid on people is one side falling on the other: a clash when fighters are hit, an
attack when the victims are civilians (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [e.sub_event_type for e in extract(text, published=date(2016, 5, 11))]


def test_a_siege_laid_on_travellers_is_an_attack():
    text = ("Gunmen laid siege on a highway near Dandume on Monday, killing eight travellers and "
            "abducting others, police said.")
    assert _subs(text) == ["Attack"]


def test_a_siege_laid_on_militants_is_a_clash():
    text = ("Soldiers laid siege to the rebel-held town of Dandume on Monday, killing 12 "
            "militants, the army said.")
    assert _subs(text) == ["Armed clash"]
