"""A place named in a clause of what came before the story ("the deadliest since militants
were driven out of X last year", "since the fall of X") is no focus: a later "the city" is not
it."""

from __future__ import annotations

from khaldun import extract
from khaldun.events.focus import in_background
from khaldun.nlp.parse import parse
from khaldun.nlp.segment import split_sentences

ARTICLE = (
    "A suicide bomber killed nine people at a market in Hawija on Monday, police said.\n\n"
    "The attack was the deadliest in the province since Islamic State militants were driven "
    "out of Mosul last year.\n\n"
    "Separately, gunmen killed two soldiers at a checkpoint south of the city."
)


def test_a_later_sentence_pointing_back_skips_the_background_place():
    towns = {e.location.town for e in extract(ARTICLE, published="2018-03-06")}
    assert "Mosul" not in towns


def test_since_opens_a_background_clause_or_phrase():
    for text, name, background in [
        ("It was the worst attack in the city since the fall of Raqqa.", "Raqqa", True),
        ("Troops have held Raqqa since militants fled Tabqa.", "Tabqa", True),
        ("Troops have held Raqqa since militants fled Tabqa.", "Raqqa", False),
    ]:
        doc = parse(text, split_sentences(text))
        [token] = [t for t in doc if t.text == name]
        assert in_background(token) is background, (text, name)
