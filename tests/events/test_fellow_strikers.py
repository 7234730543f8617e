"""A side that fires from afar alongside actor1 in the same strike ("jets struck while army guns
shelled the town", "while helicopters dropped barrel bombs") is one of those who struck, not
the side acted on (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

DAY = date(2018, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck on Sunday while army ground forces pounded the hamlet of Habit.",
        "Russian jets bombed farms near the village of Habit while regime helicopters dropped"
        " barrel bombs on it on Sunday.",
    ],
)
def test_a_second_striker_is_no_side_acted_on(text):
    events = extract(text, published=DAY)
    assert events and all(e.actor2 is None for e in events)
