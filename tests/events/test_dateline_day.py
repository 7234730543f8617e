"""A dateline's day is the day the report was filed, not the day of the act its lead tells:
"KHARTOUM, May 20 (Reuters) - ... on Sunday" is the Sunday before (codebook §5, §8.6)."""

from datetime import date

from khaldun import extract


def test_the_dateline_day_is_no_event_day():
    text = (
        "KHARTOUM, May 20 (Reuters) - Sudan's army carried out air strikes on positions of the "
        "Rapid Support Forces in El Fasher, the capital of North Darfur state, on Sunday, "
        "killing at least 31 civilians, a local aid group said."
    )
    (event,) = extract(text, published=date(2024, 5, 20))
    assert (event.date_start, event.date_end) == (date(2024, 5, 19), date(2024, 5, 19))


def test_a_dateline_day_alone_still_dates_the_event():
    text = ("KHARTOUM, May 20 (Reuters) - Sudanese army jets bombed the town of El Fasher, "
            "killing 12 civilians, residents said.")
    (event,) = extract(text, published=date(2024, 5, 21))
    assert event.date_start == date(2024, 5, 20)
