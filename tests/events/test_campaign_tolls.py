"""A campaign's toll over its run ("the offensive on X has killed 500 in two weeks"): no one act's
(codebook §8.1), so the strike told before keeps its own toll or none; an offensive's undated
toll or one of a few days may be the act's own."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 6)


def _tolls(text: str) -> list:
    return [e.fatalities.to_dict() if e.fatalities else None
            for e in extract(text, published=PUBLISHED)]


def test_a_campaigns_toll_over_weeks_is_not_the_strikes():
    text = (
        "Jets struck Douma on Monday, wounding dozens. The army's offensive on eastern Ghouta "
        "has killed more than 600 people in three weeks, a monitor said."
    )
    assert _tolls(text) == [None]


def test_the_strikes_own_toll_stays_beside_a_campaigns():
    text = (
        "Jets struck Douma on Monday, killing 11 people. The army's offensive on eastern "
        "Ghouta has killed more than 600 people in three weeks."
    )
    assert _tolls(text) == [{"low": 11, "high": 11}]


def test_an_offensive_begun_that_day_keeps_its_toll_of_days():
    text = (
        "The army launched an offensive on Harasta on Monday. The offensive has killed 19 "
        "people in two days, a monitor said."
    )
    assert _tolls(text) == [{"low": 19, "high": 19}]
