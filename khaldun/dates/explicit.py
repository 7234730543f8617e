"""Explicit dates: "March 4", "4 March 2012", "2012-03-04", "1-2 May", "March 2012", "in 2011"."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from khaldun.dates.calendar import (
    alternation,
    infer_year,
    month_alt,
    month_number,
    month_span,
    precision_of,
    safe_date,
    weekday_alt,
)
from khaldun.dates.mention import DateMention

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_RANGE = r"\s*(?:-|–|to|and|until)\s*"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    month, weekday = month_alt(), weekday_alt()
    # "the 18th March Division", "the March 14 alliance", "26 September news": names, not dates
    name_after = rf"(?!\s+(?:{alternation('name_nouns')})\b)"
    lead = rf"(?:(?P<wd>{weekday}),?\s+(?:the\s+)?)?"
    return [
        ("iso", re.compile(
            r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"
        )),
        ("mdy", re.compile(
            rf"{lead}(?P<m>{month})\.?\s+(?P<d>{_DAY})(?:{_RANGE}(?P<d2>{_DAY}))?"
            rf"(?:,?\s+(?P<y>{_YEAR}))?(?![\w:]){name_after}"
        )),
        ("dmy", re.compile(
            rf"{lead}(?<![\d.:/])(?P<d>{_DAY})(?:{_RANGE}(?P<d2>{_DAY}))?\s+(?:of\s+)?"
            rf"(?P<m>{month})\.?(?:,?\s+(?P<y>{_YEAR}))?(?!\w){name_after}"
        )),
        ("month", re.compile(
            rf"(?:(?i:in|since|during|until|by|of|from|early|late|mid)[\s-]+)?"
            rf"(?P<m>{month})(?:,?\s+(?P<y>{_YEAR}))(?!\w)"
            rf"|(?i:in|since|during|until|early|late|mid|last|this)[\s-]+(?P<m2>{month})(?!\w|\.?\s*\d)"
        )),
        ("year", re.compile(
            rf"(?i:in|since|during|until|of|from|early|late|mid)[\s-]+(?P<y>{_YEAR})(?![\w-]|,\d)"
        )),
    ]


# The kinds whose every match holds a month's name (group m or m2): a sentence naming no
# month (most do not) is not scanned for them.
_MONTH_KINDS = frozenset({"mdy", "dmy", "month"})


@lru_cache(maxsize=1)
def _month_named() -> re.Pattern[str]:
    """Any month's name as the date patterns spell it (same case): where none is found, no
    pattern of _MONTH_KINDS matches."""
    return re.compile(month_alt())


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _resolve(kind: str, m: re.Match[str], published: date | None) -> tuple[date, date] | None:
    """Date range of one explicit match, or None when it cannot be placed."""
    if kind == "year":
        year = int(m.group("y"))
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "month":
        month = month_number(m.group("m") or m.group("m2"))
        year = int(m.group("y")) if m.group("y") else infer_year(month, 1, published)
        return month_span(year, month) if year else None
    month = int(m.group("m")) if kind == "iso" else month_number(m.group("m"))
    day = int(m.group("d")) if kind == "iso" else _day(m.group("d"))
    year = int(m.group("y")) if m.group("y") else infer_year(month, day, published)
    if year is None:
        return None
    start = safe_date(year, month, day)
    end = safe_date(year, month, _day(m.group("d2"))) if kind != "iso" and m.group("d2") else start
    if start is None or end is None or end < start:
        return None
    return start, end


def find_explicit(text: str, published: date | None) -> list[DateMention]:
    """Explicit dates in text (possibly overlapping; the caller keeps the longest)."""
    found: list[DateMention] = []
    month_named = _month_named().search(text) is not None
    for kind, pattern in _patterns():
        if kind in _MONTH_KINDS and not month_named:
            continue
        for m in pattern.finditer(text):
            span = _resolve(kind, m, published)
            if span is None:
                continue
            precision = 3 if kind in ("year", "month") else precision_of(*span)
            found.append(DateMention(m.start(), m.end(), m.group(0), span[0], span[1],
                                     precision, relative=False))
    return found
