"""Tolls of acts told on another day than the event before them: a killing dated two days off,
by a side, is its own event and keeps its own toll; the event told first gains none
(codebook §6, §8.1: the toll of another event is not this event's)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2016, 5, 10)


def _tolls(text: str) -> dict:
    return {e.date_start: e.fatalities.to_dict() if e.fatalities else None
            for e in extract(text, published=PUBLISHED)}


def test_a_killing_two_days_before_is_another_event():
    text = (
        "Rebel fighters stormed army posts near Qaryat Zinn on Monday. On Saturday, 17 "
        "soldiers were killed in an assault on the same posts."
    )
    assert _tolls(text) == {date(2016, 5, 9): None, date(2016, 5, 7): {"low": 17, "high": 17}}


def test_a_raid_by_a_side_two_days_after_is_another_event():
    text = (
        "Gunmen attacked a police post in Tell Harun on Monday. On Saturday, militants killed "
        "three policemen in a raid on the post."
    )
    assert _tolls(text)[date(2016, 5, 9)] is None


def test_the_toll_told_on_a_later_day_stays_with_the_act():
    text = (
        "Gunmen attacked a police post in Tell Harun on Sunday. On Monday, police said three "
        "officers were killed in the attack."
    )
    assert _tolls(text) == {date(2016, 5, 8): {"low": 3, "high": 3}}
