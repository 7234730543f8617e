"""A present participle after a noun a preposition takes says who the people are ("the last
stronghold of rebels fighting the government", "a town held by rebels fighting the army"), no
act of the story's; a noun that is its clause's subject still acts ("gunmen attacking a
checkpoint were killed") (codebook §1: no background)."""

from __future__ import annotations

from khaldun import extract


def test_a_participle_describing_the_holders_of_a_place_is_no_clash():
    text = ("Government forces shelled Kafr Nabl, the last major stronghold of rebels fighting "
            "the government in Idlib province, on Monday, killing four civilians, a monitor "
            "said.\n\nAir strikes hit the town of Saraqib, held by rebels fighting the army, "
            "on Sunday, activists said.")
    events = extract(text, published="2018-03-06")
    assert events
    assert all(e.event_type != "Battles" for e in events)


def test_a_participle_of_a_clause_subject_still_acts():
    text = "Five gunmen attacking a checkpoint near Ramadi were killed on Tuesday, police said."
    events = extract(text, published="2018-03-08")
    assert [e.event_type for e in events] == ["Battles"]
