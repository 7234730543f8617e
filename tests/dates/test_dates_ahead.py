"""Phrases of the days after publication ("next week", "later this month", "the coming
year") are dates after the report, so an act they date is told as still to come."""

from datetime import date

import pytest

from khaldun.dates import find_dates

WEDNESDAY = date(2019, 3, 13)


@pytest.mark.parametrize("text, start, end", [
    ("The envoy will arrive next week.", date(2019, 3, 18), date(2019, 3, 24)),
    ("Talks resume in the coming week.", date(2019, 3, 18), date(2019, 3, 24)),
    ("The vote is set for later this week.", date(2019, 3, 14), date(2019, 3, 17)),
    ("Troops leave next month.", date(2019, 4, 1), date(2019, 4, 30)),
    ("A summit is due later this month.", date(2019, 3, 14), date(2019, 3, 31)),
    ("Elections are planned for next year.", date(2020, 1, 1), date(2020, 12, 31)),
    ("A deal may come later this year.", date(2019, 3, 14), date(2019, 12, 31)),
])
def test_days_after_the_report(text, start, end):
    [m] = find_dates(text, WEDNESDAY)
    assert (m.date_start, m.date_end) == (start, end)
    assert m.is_future(WEDNESDAY)
