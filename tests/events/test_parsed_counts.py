"""Death counts read off the parse: a number whose noun is the passive subject of a killing
verb, however long the phrase between them."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2014, 3, 4)


def test_a_long_subject_of_attacked_and_killed_is_the_toll():
    text = (
        "Four members of the school feeding committee were on Wednesday attacked and killed "
        "by gunmen in Dikwa."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 4, "high": 4}


def test_a_subject_with_an_aside_between_dashes_is_the_toll():
    text = (
        "Six teachers hired by a Danish fund -- the Northern Schools Trust -- were "
        "killed by a landmine in Faryab on Monday."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 6, "high": 6}


def test_the_agent_of_an_active_killing_is_no_toll():
    text = "Three gunmen killed 12 villagers in Zamfara on Monday."
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 12, "high": 12}


def test_the_high_end_of_a_range_is_no_count_of_its_own():
    text = (
        "Army shelling hit the town of Kafr Nabl on Monday. Between 10 to 22 civilians were "
        "killed, sources said."
    )
    tolls = {(e.fatalities.low, e.fatalities.high) for e in extract(text, published=PUBLISHED)
             if e.fatalities}
    assert tolls == {(10, 10)}  # no toll of 22 read off the high end alone
