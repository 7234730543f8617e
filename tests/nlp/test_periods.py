"""war_long_verbs: the verbs a "since" phrase of a war's or a siege's run modifies;
in_span_relative: a count in a relative clause on a span of weeks or more."""

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.parse import pipeline
from khaldun.nlp.periods import in_span_relative, war_long_verbs
from tests.nlp.parsed import at, grammar_of


def _verbs(text: str, dated: list[tuple[int, int]] = ()) -> list[str]:
    doc = pipeline()(text)
    return sorted(t.text for t in war_long_verbs(Grammar(doc[:], 0), list(dated)))


def test_since_the_start_of_a_war_and_since_a_siege_began():
    assert _verbs("Over 300 medics have died since the start of the war.") == ["died"]
    assert _verbs("About 900 people have been killed since the blockade began.") == ["killed"]


def test_a_dated_or_short_period_is_left_to_its_date():
    text = "Nine people have been killed since the offensive began on Monday."
    start = text.index("on Monday")
    assert _verbs(text, [(start, start + len("on Monday"))]) == []
    assert _verbs("Four people have been killed since the funeral.") == []


def test_since_an_intervention_or_an_invasion():
    assert _verbs("More than 7,000 civilians have been killed since the alliance intervened.") == [
        "killed"]
    assert _verbs("Thousands have died since the army invaded.") == ["died"]
    assert _verbs("Three people have been killed since the clashes erupted.") == []


def test_a_count_in_a_relative_clause_on_a_month_or_a_year():
    for text in ("It was the fourth raid in a month that has left 30 farmers dead.",
                 "It ended a year in which 300 people were killed."):
        number = "30" if "30 " in text else "300"
        assert in_span_relative(grammar_of(text), *at(text, number))
    text = "Clashes broke out on Sunday, a day that left 12 people dead."
    assert not in_span_relative(grammar_of(text), *at(text, "12"))
