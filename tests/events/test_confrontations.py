"""A confrontation is a fight: a battle between armed sides, a riot when one side is a crowd
(texts written for these tests)."""

from datetime import date

from khaldun import extract


def _events(text):
    return [(e.sub_event_type, e.fatalities.low if e.fatalities else None)
            for e in extract(text, published=date(2016, 5, 11))]


def test_a_confrontation_between_armed_sides_is_a_clash():
    text = ("Two soldiers and six militants were killed on Monday in an armed confrontation "
            "between troops and militants near Dandume, the army said.")
    assert _events(text) == [("Armed clash", 8)]


def test_fans_dying_in_a_confrontation_with_police_is_a_riot():
    text = ("Nine football supporters were killed on Sunday when fans fought a confrontation "
            "with riot police outside the stadium in Dandume, officials said.")
    assert _events(text) == [("Violent demonstration", 9)]
