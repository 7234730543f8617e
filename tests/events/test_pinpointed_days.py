"""An event dated by a period ("last week") that a later sentence tells again with its day or
days ("The attack took place on Wednesday") is of those (codebook §5)."""

from datetime import date

import pytest

from khaldun import extract

MONDAY = date(2019, 4, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "KIRKUK (Reuters) - Militants killed three shepherds near Hawija last week, police "
            "said on Monday. The attack took place on Tuesday evening, a police officer said.",
            date(2019, 4, 9),
            id="took_place",
        ),
        pytest.param(
            "ADDIS ABABA (Reuters) - Police detained scores of students in Gondar last week, "
            "rights groups said. The arrests came on Friday, when police broke up a sit-in.",
            date(2019, 4, 12),
            id="came",
        ),
    ],
)
def test_a_period_told_again_with_its_day_is_that_day(text, day):
    found = extract(text, published=MONDAY)
    assert {(e.date_start, e.date_end, e.time_precision) for e in found} == {(day, day, 1)}


def test_a_weekend_with_a_day_of_another_act_keeps_its_range():
    text = (
        "TRIPOLI (Reuters) - Clashes between rival militias in Zawiya over the weekend killed "
        "eight people, the health ministry said on Monday. The fighting broke out on Saturday "
        "near the refinery."
    )
    [event] = extract(text, published=MONDAY)
    assert (event.date_start, event.date_end) == (date(2019, 4, 13), date(2019, 4, 14))


def test_a_period_told_again_with_its_two_days_is_those_days():
    text = (
        "MAIDUGURI (Reuters) - Gunmen killed nine farmers in raids on villages in Borno last "
        "week, an official said on Monday. The gunmen stormed the village of Sabon Gari on "
        "Wednesday and Thursday, burning homes."
    )
    [event] = extract(text, published=MONDAY)
    assert (event.date_start, event.date_end) == (date(2019, 4, 10), date(2019, 4, 11))
