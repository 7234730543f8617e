"""What belongs to a statement rather than to the event (khaldun.nlp.statements): its day and
its place, on sentences written for these tests."""

from khaldun.nlp.parse import parse
from khaldun.nlp.segment import split_sentences
from khaldun.nlp.statements import statement_phrases
from tests.nlp.parsed import at, grammar_of


def test_a_date_on_the_verb_of_saying_is_the_statement_date():
    text = "Rebels shelled the base on Friday, a monitoring group said on Sunday."
    g = grammar_of(text)
    assert g.statement_circumstance(*at(text, "Sunday")) is not None
    assert g.statement_circumstance(*at(text, "Friday")) is None


def test_a_date_under_the_statement_noun_is_the_statement_date():
    text = "The ministry said in a statement on Tuesday that two guards died in the raid."
    g = grammar_of(text)
    assert g.statement_circumstance(*at(text, "Tuesday")).lower_ == "said"


def test_where_it_was_said_is_no_place_of_the_event():
    text = "Gunmen stormed a checkpoint near Mosul, an official told reporters in Baghdad."
    g = grammar_of(text)
    assert g.statement_circumstance(*at(text, "Baghdad")) is not None
    assert g.statement_circumstance(*at(text, "Mosul")) is None
    sentences = split_sentences(text)
    spans = statement_phrases(parse(text, sentences))
    assert [text[s:e] for s, e in spans] == ["Baghdad"]


def test_where_a_speaker_phoned_from_is_no_place_of_the_event():
    text = ("Militants stormed a police station in Bay's Dinsor town early on Monday, an "
            "officer told The Associated Press by phone from Baidoa.")
    g = grammar_of(text)
    assert g.statement_circumstance(*at(text, "Baidoa")) is not None
    assert g.statement_circumstance(*at(text, "Dinsor")) is None


def test_a_day_in_the_possessive_is_the_day_of_the_act_it_owns():
    text = "No injuries were reported in Thursday's ambush, police reported in Friday's briefing."
    g = grammar_of(text)
    assert g.statement_circumstance(*at(text, "Thursday's")) is None
    assert g.said_just_before(*at(text, "Thursday's")) is None


def test_the_verb_of_saying_after_an_aside_and_none_at_the_sentence_end():
    from khaldun.nlp.statements import verb_after_aside

    text = "The Falvar Front, who claimed the hill was empty, said four fighters died."
    g = grammar_of(text)
    front = g.root(*at(text, "Front"))
    found = verb_after_aside(front)
    assert found is None or found.text == "said"  # (as the parse hangs the clause)
    assert verb_after_aside(g.words[-1]) is None  # the last word: no comma after it
    assert verb_after_aside(g.root(*at(text, "hill"))) is None  # no comma right after
