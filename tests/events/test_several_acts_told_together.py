"""A sentence that speaks of several acts told before it at once ("the two attacks", "both
blasts") is a claim of each, its toll of none (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_TWO_ACTS = (
    "A car bomb exploded near a bus station in Kirkuk on Thursday. Later that day, gunmen "
    "opened fire on a police checkpoint in Hawija. {}"
)


@pytest.mark.parametrize("together", [
    "The two attacks killed 14 people, police said.",
    "Both attacks were condemned by the provincial governor.",
    "A police spokesman said the two separate attacks bore the hallmarks of Islamic State.",
])
def test_each_act_counted_is_told_by_the_sentence(together):
    found = extract(_TWO_ACTS.format(together), published=date(2023, 6, 10))
    assert {e.location.town for e in found} == {"Kirkuk", "Hawija"}
    for event in found:
        assert together in [c.quote for c in event.claims], event.location.town


def test_the_toll_of_the_acts_together_is_neither_ones():
    text = _TWO_ACTS.format("The two attacks killed 14 people, police said.")
    for event in extract(text, published=date(2023, 6, 10)):
        assert event.fatalities is None


def test_acts_one_event_was_told_by_are_no_others():
    text = (
        "Gunmen shot dead a shopkeeper in Kirkuk on Wednesday. On Thursday two bombs went off "
        "near a bus station in Baqubah. The two bombs killed 14 people, police said."
    )
    found = extract(text, published=date(2023, 6, 10))
    shooting = next(e for e in found if e.location.town == "Kirkuk")
    assert "The two bombs killed 14 people, police said." not in [
        c.quote for c in shooting.claims]
