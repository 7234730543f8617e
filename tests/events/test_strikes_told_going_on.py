"""A strike told going on ("continued their strike", "on the 25th day of their strike") is a
protest (codebook §8.4: an ongoing event is still an event); a weapon's strikes stay none
(texts written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [e.sub_event_type for e in extract(text, published=date(2019, 6, 28))]


def test_a_strike_continued_on_a_day_is_a_protest():
    assert _subs("Nurses in Kassala continued their strike on Tuesday, demanding unpaid "
                 "wages.") == ["Peaceful protest"]


def test_a_day_of_their_strike_is_a_protest():
    assert _subs("Bakers in Kassala marked on Tuesday the 12th day of their strike over flour "
                 "prices.") == ["Peaceful protest"]


def test_jets_continuing_their_strikes_on_a_town_are_no_protest():
    assert "Peaceful protest" not in _subs(
        "Jets continued their strikes on Kassala on Tuesday, killing four civilians.")
