"""Targets listed each with its place, the first named with its kind ("hit a house in the A
district and a car near the town of B"), are items of one list: one event at each place
(codebook §8.3), not one event moved from the first to the last (texts written for these
tests)."""

from datetime import date

from khaldun.events.extractor import extract_one
from khaldun.records import Article


def test_a_target_in_a_district_and_one_near_a_town_are_two_events():
    text = (
        "SANAA (Reuters) - Air strikes killed nine people in Yemen's northern Saada province on"
        " Tuesday, residents said.\n\n"
        "The strikes hit a farm in the Majz district and a truck near the town of Dahyan,"
        " killing a family of five and four passengers, local officials said."
    )
    events = extract_one(Article(doc_id="t", text=text, published=date(2018, 6, 13))).events
    assert sorted(e.location.name for e in events) == ["Dahyan", "Majz"]
