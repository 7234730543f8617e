"""Calendar words and arithmetic shared by the date finders."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache
from typing import Any

from khaldun.data import alternation as data_alternation
from khaldun.data import read_mapping, word_mapping

# Dates up to this many days after publication stay in that year (scheduled events,
# forecasts); a yearless date further ahead is taken from the year before.
FUTURE_TOLERANCE_DAYS = 7
# A span of up to this many days is time_precision 2 (codebook §5); longer is 3.
WEEK_DAYS = 7
FILE = "dates.yaml"


def words() -> dict[str, Any]:
    """The dates lexicon (khaldun/data/dates.yaml)."""
    return read_mapping(FILE)


@cache
def alternation(name: str) -> str:
    """A word list of dates.yaml as one regular-expression alternation, its entries tried in
    order, to set inside a phrase pattern whose structure stays in code."""
    return data_alternation(FILE, name, words().get(name))


@cache
def week_offsets() -> dict[str, int]:
    """Week words after a weekday -> weeks from the week of publication ("last" -> -1)."""
    return word_mapping(FILE, "week_offsets", words().get("week_offsets"), int)


@cache
def week_offset_alt() -> str:
    """The week words of week_offsets as one regular-expression alternation, in order."""
    return data_alternation(FILE, "week_offsets", list(week_offsets()))


def _names(mapping: dict[str, int]) -> str:
    """Alternation of Capitalised and UPPER names, longest first."""
    names = sorted(mapping, key=len, reverse=True)
    return "|".join(f"{n}|{n.upper()}" for n in names)


@cache
def month_alt() -> str:
    return _names(words()["months"])


@cache
def weekday_alt() -> str:
    return _names(words()["weekdays"])


def month_number(name: str) -> int:
    return words()["months"][name.rstrip(".").capitalize()]


def weekday_number(name: str) -> int:
    return words()["weekdays"][name.capitalize()]


def safe_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None when the day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, published: date | None) -> int | None:
    """Year of a yearless "March 4": the publication year, or the one before if it would be
    more than FUTURE_TOLERANCE_DAYS after publication."""
    if published is None:
        return None
    candidate = safe_date(published.year, month, min(day, 28) if month == 2 else day)
    if candidate and candidate > published + timedelta(days=FUTURE_TOLERANCE_DAYS):
        return published.year - 1
    return published.year


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift_month(day: date, months: int) -> tuple[int, int]:
    """(year, month) that is months after (negative: before) the month of day."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def last_weekday(published: date, weekday: int, strictly_before: bool = False) -> date:
    """Most recent given weekday on or before published (strictly before if asked)."""
    delta = (published.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return published - timedelta(days=delta)


def next_weekday(published: date, weekday: int) -> date:
    """The given weekday after published (a week ahead if it is today)."""
    return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)


def precision_of(start: date, end: date) -> int:
    """Codebook time_precision for a span: 1 one day, 2 up to a week, 3 longer."""
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= WEEK_DAYS else 3
