"""A killing by a killer the text introduces as new ("a sniper killed", "gunmen shot dead")
on a day of its own is an incident of its own, not a later day of one told before (codebook
§1: one event is one date or range); texts written for these tests."""

from datetime import date

from khaldun import extract

FRIDAY = date(2018, 6, 15)


def test_a_new_killer_on_another_day_at_the_same_place_is_another_event():
    text = ("A sniper shot dead a soldier near the village of Kawuri on Wednesday.\n\n"
            "A sniper killed two soldiers near the village of Kawuri on Thursday.")
    days = sorted((e.date_start, e.date_end) for e in extract(text, published=FRIDAY))
    assert days == [(date(2018, 6, 13), date(2018, 6, 13)), (date(2018, 6, 14), date(2018, 6, 14))]

