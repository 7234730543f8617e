"""A night told with no day of its sentence ("during the night") is the night of the day the
article told last, else, as "overnight", the night before publication (codebook §5)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.dates import find_dates

MONDAY = date(2012, 3, 5)


@pytest.mark.parametrize("phrase", ["during the night", "through the night",
                                    "in the middle of the night", "late at night"])
def test_a_night_told_alone_is_the_night_before_publication(phrase):
    [event] = extract(f"Jets struck the town of Kafr Zeta {phrase}, killing two civilians.",
                      published=MONDAY)
    assert (event.date_start, event.date_end, event.time_precision) == (
        date(2012, 3, 4), date(2012, 3, 4), 1)


def test_a_night_after_a_day_told_is_the_night_of_that_day():
    text = ("The army stormed the town of Kafr Zeta on Saturday, killing four rebels. During the "
            "night, jets struck the village of Tell Nawa, killing two civilians.")
    events = extract(text, published=MONDAY)
    assert [(e.date_start, e.date_end) for e in events] == [(date(2012, 3, 3),) * 2] * 2


def test_the_night_of_a_day_told_is_that_day():
    [mention] = find_dates("Jets struck the town during the night of Saturday.", MONDAY)
    assert (mention.date_start, mention.date_end) == (date(2012, 3, 3), date(2012, 3, 3))
