"""in_motive: a mention under what an act avenges or answers, read off the parse."""

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.motive import in_cause, in_motive
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


def _cause(text: str, word: str) -> bool:
    doc = pipeline()(text)
    start = text.index(word)
    return in_cause(Grammar(doc[:], 0), start, start + len(word))


def test_whom_a_protest_stands_for_is_its_cause():
    text = "Crowds gathered in Tartus in solidarity with prisoners held in Adra."
    assert _cause(text, "Adra")
    assert not _cause(text, "Tartus")


def test_a_clause_after_the_cause_word_is_no_part_of_it():
    text = "Jets struck Harasta in support of the troops that advanced on Douma."
    assert not _cause(text, "Douma")


def test_what_a_protest_answers_is_a_motive():
    assert _motive("Students rallied against the killing of three workers.", "three")
    assert _motive("Crowds gathered to mourn the deaths of five guards.", "five")
    assert not _motive("Police killed three protesters at the rally.", "three")
