"""An act told with no place of its own, in a text whose sentences that tell acts name no
place, is where a sentence naming no act puts the story (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_place_of_a_sentence_with_no_act_places_the_unplaced_act():
    text = ("Rebel fighters pushed on toward the village of Kafr Naha overnight. "
            "Later reports said the rebels had captured the village.")
    events = extract(text, published=date(2018, 2, 5))
    assert events and all(e.location.name == "Kafr Naha" for e in events)
    assert events[0].location.lat is not None


def test_a_place_of_an_act_still_wins_over_one_of_a_sentence_with_none():
    text = ("Residents of Kafr Naha were preparing for the winter. "
            "Warplanes bombed the town of Saraqib on Monday, killing three civilians.")
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] == ["Saraqib"]


def test_no_place_anywhere_leaves_the_country():
    text = ("The fighting has gone on for weeks. "
            "Gunmen killed two Syrian soldiers at a checkpoint on Monday.")
    events = extract(text, published=date(2018, 2, 5))
    assert events and events[0].location.lat is None
