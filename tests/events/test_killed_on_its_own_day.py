"""A count whose noun carries a killing participle with a day of its own ("buried on Friday
12 people killed in a strike on Thursday") is dated by that participle, not by the clause
around it: the strike of Thursday keeps its toll."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2015, 3, 10)


def test_participle_day_keeps_the_toll():
    text = ("Mourners on Friday buried 12 people killed in an Israeli air strike on Khan "
            "Younis on Thursday.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.date_start == date(2015, 3, 5)
    assert event.fatalities.to_dict() == {"low": 12, "high": 12}


def test_toll_told_on_another_day_still_apart():
    text = ("An air strike hit a market in Saada on Monday, killing four people, and the "
            "ministry said that 12 had died on Sunday.")
    tolls = [e.fatalities.to_dict() if e.fatalities else None
             for e in extract(text, published=PUBLISHED)]
    assert {"low": 12, "high": 12} not in tolls
