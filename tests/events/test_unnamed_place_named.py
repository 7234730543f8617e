"""A place of a kind a lead leaves unnamed, on a side of a town ("an attack on a village east
of Y"), is the place of that kind the text names later on that side ("the village of X"), even
far along it: one event, at the named place, with the lead's toll (texts written for these
tests)."""

from datetime import date

from khaldun.events.extractor import extract_one
from khaldun.records import Article

PUBLISHED = date(2018, 3, 5)
LEAD = ("Gunmen killed at least 35 people in an attack on a village {side} of El Fasher, local"
        " officials said on Sunday.\n\n")
BODY = ("The attackers stormed the village of Um Kadada, looting homes and setting fire to the"
        " market, a resident said.")


def _events(text: str):
    return extract_one(Article(doc_id="t", text=text, published=PUBLISHED)).events


def test_the_village_named_later_is_the_unnamed_village_of_the_lead():
    events = _events(LEAD.format(side="east") + BODY)
    assert len(events) == 1
    assert events[0].sub_event_type == "Attack"
    assert events[0].location.name == "Um Kadada"
    assert events[0].fatalities is not None and events[0].fatalities.high == 35


def test_a_village_on_another_side_is_not_the_unnamed_one():
    events = _events(LEAD.format(side="west") + BODY)
    assert any(e.sub_event_type == "Attack" and e.location.name == "El Fasher" for e in events)
