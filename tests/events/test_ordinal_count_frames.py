"""A period an ordinal counts an act in ("it was the second bombing in the city this month") is
the frame of that count, not the act's day; the count of a run's days ("a third day") still
dates its run."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

PUBLISHED = date(2018, 9, 6)  # a Thursday


def _events(text: str):
    return extract_article(Article(text=text, published=PUBLISHED)).events


def test_the_month_an_ordinal_counts_a_bombing_in_is_not_its_day():
    text = (
        "TRIPOLI (Reuters) - A car bomb exploded outside a mosque in the town of Derna on "
        "Tuesday, killing two people, a security official said. It was the second bombing in "
        "the town this month."
    )
    [event] = _events(text)
    assert (event.date_start, event.date_end) == (date(2018, 9, 4), date(2018, 9, 4))


def test_a_run_counted_by_its_days_keeps_its_run():
    text = (
        "TRIPOLI (Reuters) - Rival militias fought in the town of Derna for a third day on "
        "Thursday, killing six fighters, residents said."
    )
    [event] = _events(text)
    assert (event.date_start, event.date_end) == (date(2018, 9, 4), date(2018, 9, 6))
