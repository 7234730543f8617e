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
    assert tolls == {"residents": 12, "medical sources": 12}, tolls


def test_the_wire_of_the_dateline_speaks_in_its_own_voice():
    text = (
        "EL FASHER, Sudan (Reuters) - Troops killed five protesters on Sunday, a committee "
        "close to the protest movement said."
    )
    said = attribute(text, "SD", [], find_sources(text, "SD"))
    assert [s.source for s in said] == [REPORTER]
