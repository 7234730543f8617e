"""A noun of acts whose relative clause counts the dead of an older period ("arrested 12 over
clashes that killed 30 last month") names that period's acts: no event on the day of the
sentence's other clause (codebook §1: no background)."""

from __future__ import annotations

from khaldun import extract


def test_clashes_a_relative_clause_counts_last_month_are_no_event_of_the_arrest_day():
    text = ("Police arrested 12 people in Basra on Tuesday over clashes that killed 30 "
            "protesters last month, a police official said.")
    events = extract(text, published="2018-03-21")
    assert [e.sub_event_type for e in events] == ["Arrests"]
