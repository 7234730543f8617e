"""An event happens on or before the day it is told of (codebook §8.6): a statement's day bounds
an undated event, and a later sentence's own date still wins."""

from datetime import date

from khaldun import extract

WEDNESDAY = date(2019, 6, 12)
MONDAY = date(2019, 6, 10)


def test_an_undated_event_told_on_an_earlier_day_is_that_days():
    text = "Police said on Monday that gunmen killed five people at a market in the town of Tikrit."
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (MONDAY, MONDAY)


def test_today_in_a_quote_told_on_an_earlier_day_is_not_after_it():
    text = (
        '"The army shelled our town today and killed three children," a resident of the town '
        "of Kafr Zita told reporters on Monday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (MONDAY, MONDAY)


def test_a_later_sentences_own_day_dates_an_event_told_of_earlier():
    text = (
        "Air strikes have killed 19 people in a village held by the rebels, a monitoring group "
        "said on Tuesday.\n\nThe 19 were killed in the village of Kafr Zita on Sunday, the "
        "group said."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 9), date(2019, 6, 9))


def test_an_undated_event_told_on_the_day_of_publication_keeps_it():
    text = "Gunmen killed five people at a market in the town of Tikrit, police said on Wednesday."
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (WEDNESDAY, WEDNESDAY)


def test_yesterday_in_a_quote_told_on_an_earlier_day_is_the_day_before_it():
    text = (
        '"Gunmen stormed the checkpoint yesterday and killed two guards," an official in the '
        "town of Baiji told reporters on Monday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (date(2019, 6, 9), date(2019, 6, 9))


def test_an_event_its_own_sentence_dates_on_the_publication_day_keeps_it():
    text = (
        "A car bomb exploded at a market in the town of Tikrit on Wednesday, killing nine "
        "people, officials said.\n\nThe bombing at the market killed nine people, a police "
        "officer said on Monday."
    )
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (WEDNESDAY, WEDNESDAY)


def test_a_statement_day_far_before_publication_bounds_nothing():
    text = "Gunmen killed five people at a market in the town of Tikrit, police said on Thursday."
    [event] = extract(text, published=WEDNESDAY)
    assert (event.date_start, event.date_end) == (WEDNESDAY, WEDNESDAY)


def test_a_place_in_the_phrase_of_a_later_source_is_the_source_s():
    text = (
        "Rebels seized the town of Palmyra on Monday after days of fighting, residents said. "
        "At least 15 civilians were killed in the fighting, according to a rights group in "
        "Raqqa."
    )
    found = extract(text, published=date(2019, 3, 12))
    assert [e.location.name for e in found] == ["Palmyra"]


def test_a_statement_told_before_a_weekend_bounds_an_undated_event():
    text = "Gunmen looted a warehouse in the port of Hodeidah, the aid agency said on Friday."
    [event] = extract(text, published=date(2019, 6, 10))
    assert (event.date_start, event.date_end) == (date(2019, 6, 7), date(2019, 6, 7))


def test_a_day_right_after_the_verb_of_saying_is_the_statements_not_the_events():
    # the parse may hang "on Monday" on the reported verb; it still follows "said" directly
    text = (
        "Rebels in eastern Congo said on Monday they had shot down an army helicopter over the "
        "weekend near the town of Rutshuru."
    )
    [event] = extract(text, published=date(2021, 5, 25))
    assert (event.date_start, event.date_end) == (date(2021, 5, 22), date(2021, 5, 23))
