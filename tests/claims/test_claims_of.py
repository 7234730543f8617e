"""Whose toll a claim carries, and whose voice a wire's dispatch is (texts written for these
tests)."""

from datetime import date

from khaldun import extract
from khaldun.actors import find_sources
from khaldun.claims.attribution import attribute
from khaldun.records import REPORTER

MONDAY = date(2019, 6, 10)


def test_speakers_of_one_statement_share_its_toll():
    text = (
        "Air strikes hit a market in the town of Saada on Monday, killing 12 people, "
        "residents and medics said."
    )
    (event,) = extract(text, published=MONDAY)
    tolls = {c.source: c.value for c in event.claims if c.kind == "fatalities"}
    assert tolls == {"residents": 12, "medics": 12}, tolls


def test_the_wire_of_the_dateline_speaks_in_its_own_voice():
    text = (
        "EL FASHER, Sudan (Reuters) - Troops killed five protesters on Sunday, a committee "
        "close to the protest movement said."
    )
    said = attribute(text, "SD", [], find_sources(text, "SD"))
    assert [s.source for s in said] == [REPORTER]


def test_an_act_told_before_a_semicolon_is_the_outlets_and_the_source_after_it_its_own():
    text = ("Clashes between herders and farmers broke out near Jos on Sunday; according to "
            "a later report by the state police, 14 people were killed in the violence.")
    (event,) = extract(text, published=MONDAY)
    assert {c.source for c in event.claims} >= {REPORTER, "police"}, [
        (c.source, c.kind) for c in event.claims]


def test_a_closing_speaker_no_conjunction_opens_makes_the_claim():
    # the parse may hang "told" on the act's verb as a clause beside it; with no "as" or
    # "while" opening it, it is the sentence's own attribution
    text = (
        "Gunmen abducted 14 pupils from a school in Karvani, Kano state, on Monday, a local "
        "official told AFP."
    )
    (event,) = extract(text, published=MONDAY)
    assert [c.source for c in event.claims] == ["local officials"]


def test_an_outlet_no_list_knows_that_a_wire_cites_makes_the_claim():
    text = (
        "A car bomb killed nine people in the town of Karvani on Monday, Reuters reported, "
        "citing Dunya Sahel TV."
    )
    (event,) = extract(text, published=MONDAY)
    assert [c.source for c in event.claims] == ["Dunya Sahel TV"]
