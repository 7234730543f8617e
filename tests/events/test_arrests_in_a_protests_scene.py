"""Arrests told in one sentence as part of a protest's scene ("where 28 were arrested", "as
police broke up the rally", "and police detained nine"): the intervention in that protest, one
event; arrests told as a trait of the marchers or what they ask stay apart (ACLED; texts
written for these tests)."""

from datetime import date

from khaldun import extract


def _events(text):
    return extract(text, published=date(2019, 6, 28))


def test_arrests_where_the_protest_was_held_are_its_intervention():
    events = _events("Protests were held in Kassala on Tuesday, where at least 15 people were "
                     "detained by security forces.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].actor1.inter == 6 and events[0].actor2 is not None
    assert events[0].actor2.inter == 1


def test_arrests_in_a_clause_joined_to_the_march_are_its_intervention():
    events = _events("Hundreds of farmers marched in Kassala on Tuesday, and police detained "
                     "nine people in the town.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_arrests_of_whom_the_marchers_demand_release_stay_no_intervention():
    events = _events("Hundreds of farmers rallied in Kassala on Tuesday, demanding the release "
                     "of nine men who were arrested by police.")
    assert "Protest with intervention" not in [e.sub_event_type for e in events]


def test_some_of_the_marchers_just_told_arrested_are_its_intervention():
    events = _events("Dozens of teachers rallied in Kassala on Tuesday. Police arrested 12 of "
                     "them.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
