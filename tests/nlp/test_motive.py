"""in_motive: a mention under what an act avenges or answers, read off the parse."""

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.motive import in_motive
from khaldun.nlp.parse import pipeline


def _motive(text: str, word: str) -> bool:
    doc = pipeline()(text)
    start = text.index(word)
    return in_motive(Grammar(doc[:], 0), start, start + len(word))


def test_the_killing_an_arrest_answers_is_its_motive():
    text = "Police detained 30 people on Friday in response to the killing of six guards."
    assert _motive(text, "six")
    assert not _motive(text, "30")


def test_the_object_of_avenge_is_a_motive():
    assert _motive("Raiders burned a village to avenge the deaths of two herders.", "two")


def test_retaliating_by_killing_is_the_act():
    assert not _motive("The militia retaliated by killing seven farmers.", "seven")
