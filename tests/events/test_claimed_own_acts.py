"""A side that claims to have done an act ("the rebels claimed to have killed 30 soldiers")
is the source of that claim and of its toll, not the outlet (codebook §6; texts written for
these tests)."""

from datetime import date

from khaldun import extract


def test_a_side_claiming_to_have_killed_is_the_source_of_the_toll():
    text = (
        "The Taliban claimed to have killed 18 soldiers in an attack on an army post in "
        "Ghazni province on Tuesday."
    )
    (event,) = extract(text, published=date(2018, 3, 7))
    tolls = {(c.source, c.value) for c in event.claims if c.kind == "fatalities"}
    assert tolls == {("Taliban", 18)}


def test_a_claimed_toll_a_denier_answers_with_none_dead_is_a_range_from_zero():
    # "X claimed to have killed 30, a figure Y denied, saying none died": 0 to 30, contested
    text = (
        "The Taliban claimed to have killed 24 policemen in an attack on a checkpoint in "
        "Ghazni province on Tuesday, a figure officials denied, saying no police were killed."
    )
    (event,) = extract(text, published=date(2018, 3, 7))
    assert (event.fatalities.low, event.fatalities.high) == (0, 24)
    assert event.status == "contested"
