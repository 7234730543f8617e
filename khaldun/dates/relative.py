"""Relative dates resolved against the publication date: "on Sunday", "yesterday",
"overnight", "over the weekend", "the last three days", "last month", "two weeks ago"."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from khaldun.dates.calendar import (
    alternation,
    last_weekday,
    month_span,
    next_weekday,
    precision_of,
    shift_month,
    week_offset_alt,
    week_offsets,
    weekday_alt,
    weekday_number,
    words,
)
from khaldun.dates.mention import DateMention
from khaldun.numbers import parse_number

Span = tuple[date, date, int]  # date_start, date_end, precision
Resolver = Callable[[re.Match[str], date], Span | None]
_DAY = timedelta(days=1)
_UNITS = r"days?|nights?|hours|weeks?|months?|years?"


def _count(phrase: str | None) -> tuple[int, bool] | None:
    """(n, vague) for "three", "48", "a", "a few", "couple of"; None if not a count."""
    if not phrase or not phrase.strip():
        return 1, False
    phrase = " ".join(phrase.lower().split())
    vague = words()["vague_counts"]
    if phrase in vague:
        return vague[phrase], True
    if phrase in ("a", "an", "one"):
        return 1, False
    n = parse_number(phrase)
    return (n, False) if n else None


def _today(m: re.Match[str], pub: date) -> Span:
    return pub, pub, 1


def _yesterday(m: re.Match[str], pub: date) -> Span:
    back = 2 if m.group(0).lower().startswith("the day before") else 1
    return pub - back * _DAY, pub - back * _DAY, 1


def _overnight(m: re.Match[str], pub: date) -> Span:
    # the night before publication is the day before's (codebook §5), as "Sunday night" is
    return pub - _DAY, pub - _DAY, 1


def _weekday(m: re.Match[str], pub: date) -> Span:
    mod, day = (m.group("mod") or "").lower(), weekday_number(m.group("wd"))
    if mod in ("next", "coming"):
        when = next_weekday(pub, day)
    elif mod == "this" and day > pub.weekday():
        when = pub + (day - pub.weekday()) * _DAY
    else:
        # a weekday equal to the publication weekday means that same day, unless "last"
        when = last_weekday(pub, day, strictly_before=mod in ("last", "past"))
    return when, when, 1


def _weekday_of_week(m: re.Match[str], pub: date) -> Span:
    """ "Thursday last week", "on Monday of this week": that weekday of the calendar week."""
    weeks = week_offsets()[m.group("which").lower()]
    when = pub - pub.weekday() * _DAY + (7 * weeks + weekday_number(m.group("wd"))) * _DAY
    return when, when, 1


def _weekend(m: re.Match[str], pub: date) -> Span:
    mod = (m.group("mod") or "").lower()
    if mod in ("next", "coming"):
        saturday = next_weekday(pub, 5)
        return saturday, saturday + _DAY, 2
    saturday = last_weekday(pub, 5, strictly_before=mod in ("last", "past") and pub.weekday() >= 5)
    return saturday, min(saturday + _DAY, pub), 2


def _counts_days(unit: str) -> bool:
    """ "the past three days": a run of days, up to the day reported."""
    return unit.startswith("day")


def _last_n(m: re.Match[str], pub: date) -> Span | None:
    if (m.group("n") is None and (m.groupdict().get("which") or "").lower() == "previous"
            and m.group("unit").lower() in ("day", "night")):
        return None  # "(during) the previous night": the day before the one told (offset.py)
    counted = _count(m.group("n"))
    if counted is None:
        return None
    n, unit = counted[0], m.group("unit").lower()
    if unit.startswith("night"):
        # "the past night", "the last two nights": the nights up to the telling, each dated by
        # the day it began (codebook §5: "overnight" is the night before), as "last night" is
        start, end = pub - n * _DAY, pub - _DAY
        return start, end, precision_of(start, end)
    if unit.startswith("hour"):
        start = pub - max(1, math.ceil(n / 24) - 1) * _DAY  # "past 24/48 hours": since yesterday
    elif _counts_days(unit):
        start = pub - (n - 1) * _DAY
    elif unit.startswith("week"):
        start = pub - (7 * n - 1) * _DAY
    elif unit.startswith("month"):
        start = pub - 30 * n * _DAY
    else:
        start = pub - 365 * n * _DAY
    return start, pub, precision_of(start, pub)


# The words of "next week" and "the coming month": the one after publication's.
_AHEAD = ("next", "coming")


def _week(m: re.Match[str], pub: date) -> Span:
    which = " ".join(m.group("which").lower().split())
    monday = pub - pub.weekday() * _DAY
    if which in ("last", "previous"):
        return monday - 7 * _DAY, monday - _DAY, 2
    if which.endswith("past"):
        return pub - 6 * _DAY, pub, 2
    if which.startswith("earlier"):
        return monday, max(monday, pub - _DAY), precision_of(monday, max(monday, pub - _DAY))
    if which.split()[-1] in _AHEAD:  # "next week", "the coming week"
        return monday + 7 * _DAY, monday + 13 * _DAY, 2
    if which.startswith("later"):  # "later this week": the rest of it
        return pub + _DAY, max(pub + _DAY, monday + 6 * _DAY), 2
    return monday, pub, precision_of(monday, pub)


def _month_year(m: re.Match[str], pub: date) -> Span:
    words = m.group("which").lower().split()
    which = words[-1]
    ahead, later = which in _AHEAD, words[0] == "later"  # "next month", "later this year"
    if m.group("unit").lower() == "year":
        if ahead:
            return date(pub.year + 1, 1, 1), date(pub.year + 1, 12, 31), 3
        if later:
            return pub + _DAY, max(pub + _DAY, date(pub.year, 12, 31)), 3
        year = pub.year - 1 if which in ("last", "previous") else pub.year
        end = date(year, 12, 31) if year < pub.year else pub
        return date(year, 1, 1), end, 3
    if which in ("last", "previous"):
        start, end = month_span(*shift_month(pub, -1))
        return start, end, 3
    if ahead:
        start, end = month_span(*shift_month(pub, 1))
        return start, end, 3
    if later:
        return pub + _DAY, max(pub + _DAY, month_span(pub.year, pub.month)[1]), 3
    return pub.replace(day=1), pub, 3


def _ago(m: re.Match[str], pub: date) -> Span | None:
    counted = _count(m.group("n"))
    if counted is None:
        return None
    (n, vague), unit = counted, m.group("unit").lower()
    if unit.startswith("day"):
        day = pub - n * _DAY
        return day, day, 2 if vague else 1
    if unit.startswith("week"):
        day = pub - 7 * n * _DAY  # "a week ago": that day, told roughly
        return day, day, 2
    if unit.startswith("month"):
        start, end = month_span(*shift_month(pub, -n))
        return start, end, 3
    start, end = month_span(pub.year - n, pub.month)  # "a year ago": that month, a year back
    return start, end, 3


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], Resolver, re.Pattern[str] | None]]:
    """(pattern, resolver, what every match of the pattern holds: where that is not found, the
    pattern is not tried; None when not told)."""
    i = re.IGNORECASE
    weekday = re.compile(weekday_alt())  # (the weekday patterns name one in these cases)
    n = r"(?P<n>(?:an?\s+)?[\w-]+(?:\s+of)?)"
    day_part = alternation("day_parts")  # "this morning", "yesterday evening"
    part = rf"(?:\s+(?i:{day_part}|night))?"
    edge = alternation("day_edges")  # "early today", "late yesterday"
    return [
        # ("since dawn on Friday" runs from that Friday: khaldun.dates.find, since_began_leads)
        (re.compile(rf"\b(?:(?:{edge})\s+)?(?:today|this\s+(?:{day_part})|"
                    r"tonight|since\s+(?:dawn|midnight|(?:early\s+)?(?:the\s+)?morning))\b"
                    rf"(?!\s+(?:on\s+)?(?:{weekday_alt()})\b)", i),
         _today, None),
        (re.compile(rf"\b(?:the\s+day\s+before\s+|(?:{edge})\s+)?yesterday"
                    rf"(?:\s+(?:{day_part}))?"
                    r"\b", i), _yesterday, None),
        # ("last evening": the evening before publication, as "yesterday evening")
        (re.compile(r"\b(?:late\s+|early\s+)?(?:overnight|last\s+(?:night|evening))\b", i),
         _overnight, None),
        (re.compile(rf"(?:\b(?i:(?P<mod>{alternation('weekday_modifiers')}))\s+)?"
                    rf"\b(?P<wd>{weekday_alt()})\b(?:['’]s)?{part}"), _weekday, weekday),
        (re.compile(rf"\b(?P<wd>{weekday_alt()})(?:['’]s)?{part}\s+(?i:of\s+)?"
                    rf"(?P<which>(?i:{week_offset_alt()}))\s+(?i:week)\b"),
         _weekday_of_week, weekday),
        (re.compile(rf"\b(?:(?P<mod>{alternation('weekend_modifiers')})\s+)?"
                    r"(?:the\s+)?weekend\b", i), _weekend, re.compile("weekend", i)),
        # ("during the previous night", "the previous day": the day before the one told, an
        # offset, khaldun.dates.offset; "the previous two days" counts back from publication)
        (re.compile(r"\b(?:(?:in|over|during|for|within)\s+)?the\s+"
                    rf"(?P<which>last|past|previous)\s+(?:{n}\s+)?(?P<unit>{_UNITS})\b", i),
         _last_n, None),
        (re.compile(r"\b(?:in|over)\s+(?P<n>recent)\s+(?P<unit>days)\b", i), _last_n, None),
        # (not "during the week-long festival")
        (re.compile(rf"\b(?P<which>{alternation('week_which')})\s+week\b(?!-)", i),
         _week, None),
        (re.compile(rf"\b(?P<which>{alternation('month_year_which')})\s+"
                    r"(?P<unit>month|year)\b", i), _month_year, None),
        (re.compile(rf"\b{n}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", i), _ago,
         re.compile("ago", i)),
    ]


@lru_cache(maxsize=1)
def _holidays() -> list[tuple[re.Pattern[str], int, int]]:
    """(phrase, month, day) of dates.yaml fixed_holidays."""
    try:
        return [(re.compile(rf"\b(?:{phrase})\b"), int(month), int(day))
                for phrase, (month, day) in words()["fixed_holidays"]]
    except (KeyError, TypeError, ValueError, re.error) as err:
        raise ValueError(f"khaldun/data/dates.yaml: fixed_holidays: {err}") from err


def _holiday(month: int, day: int, pub: date) -> date:
    """The last such day on or before publication ("Christmas" in January is last year's)."""
    year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    return date(year, month, day)


def find_relative(text: str, published: date) -> list[DateMention]:
    """Relative date phrases (possibly overlapping; the caller keeps the longest)."""
    found: list[DateMention] = []
    for pattern, month, day in _holidays():
        for m in pattern.finditer(text):
            when = _holiday(month, day, published)  # a calendar day told without its year
            found.append(DateMention(m.start(), m.end(), m.group(0), when, when, 1, relative=False))
    for pattern, resolve, needed in _patterns():
        if needed is not None and needed.search(text) is None:
            continue
        for m in pattern.finditer(text):
            span = resolve(m, published)
            if span is not None:
                running = resolve is _last_n and _counts_days(m.group("unit").lower())
                found.append(DateMention(m.start(), m.end(), m.group(0), span[0], span[1],
                                         span[2], relative=True, running=running))
    return found
