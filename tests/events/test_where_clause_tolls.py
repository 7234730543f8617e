"""A killing told in a where-clause on what the act hit ("hit a minibus in which six were
killed") is that act's toll (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_dead_of_a_where_clause_are_the_acts_toll():
    text = ("On Monday a roadside bomb hit a minibus near Kafanchan in which six women and two "
            "children were killed, police said.")
    found = extract(text, published=date(2016, 5, 11))
    assert [(e.sub_event_type, e.fatalities.low if e.fatalities else None) for e in found] == [
        ("Remote explosive/landmine/IED", 8)]


def test_the_dead_of_a_where_clause_after_a_raid_are_its_toll():
    text = ("Gunmen raided Fadan near Kafanchan on Monday where they killed 14 people before "
            "burning several houses.")
    found = extract(text, published=date(2016, 5, 11))
    assert [(e.sub_event_type, e.fatalities.low if e.fatalities else None) for e in found] == [
        ("Attack", 14)]
