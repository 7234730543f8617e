"""The speaker named before, named again by words that stand for it: "one of them said" after
residents spoke, "the spokesman added" after an army spokesman spoke, "the ministry's statement
added" after the ministry spoke (codebook §8.5: one source, not a second; texts written for
these tests)."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def _events(text: str):
    return extract(text, published=PUBLISHED)


def _said(text: str, opening: str) -> set[str]:
    return {c.source for e in _events(text) for c in e.claims if c.quote.startswith(opening)}


def test_one_of_them_is_one_of_the_speakers_before():
    text = ("Residents described heavy shelling of the village of Dravenna on Sunday. One of "
            "them said that four children were killed when a shell hit their house.")
    assert _said(text, "One of them") == {"residents"}


def test_the_spokesman_is_the_body_whose_spokesman_spoke():
    text = ("An army spokesman, Colonel Ali Musa, said troops clashed with militants near "
            "Dravenna on Monday. The spokesman added that six militants were killed.")
    assert _said(text, "The spokesman") == {"army"}


@pytest.mark.parametrize("again", [
    "The ministry's statement added that 14 fighters were killed in the raid.",
    "The ministry's spokesman said that 14 fighters were killed in the raid.",
])
def test_the_voice_a_body_owns_is_that_body(again):
    text = ("According to the defence ministry, jets struck a militant camp near Dravenna on "
            f"Tuesday. {again}")
    assert _said(text, "The ministry's") == {"defence ministry"}
    assert [e.status for e in _events(text)] == ["single"]


@pytest.mark.parametrize("lead, again, source", [
    ("The Kelvor Brigade said its fighters attacked an army post near Dravenna on Friday.",
     "The group, which formed last year, added that nine soldiers were killed.",
     "Kelvor Brigade"),
    ("The UN said in a report that air strikes hit Dravenna on Monday.",
     "The report, released in Geneva, said 30 civilians were killed.", "United Nations"),
])
def test_an_aside_between_the_stand_in_and_its_verb(lead, again, source):
    assert _said(f"{lead} {again}", again[:10]) == {source}


def test_the_spokesman_after_a_spokesman_for_a_group_is_that_group():
    text = ("A spokesman for the Kelvor Brigade told Reuters the group had shelled army "
            "positions in Dravenna on Monday, killing six soldiers. The group's fighters also "
            "seized two tanks, the spokesman said.")
    assert _said(text, "The group's fighters") == {"Kelvor Brigade"}
    assert [e.status for e in _events(text)] == ["single"]
