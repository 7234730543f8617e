"""Datelines and date lines: the one parser of where and when a report was filed.

A dateline opens a wire report: "BEIRUT, April 14 (Reuters) -", "DAMASCUS, Syria, March 5,
2012 (AP) —", "Homs, 5 March /SANA/", "Deir Ezzor, SANA-", "HOMS, Syria:", "Aleppo
province:". It gives the publication date (ingest), the place the report was filed from (not
an event place, but the context for quarters named without their town) and the agency whose
dispatch it is. A date line is a line under the headline that holds only a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from khaldun.dates.calendar import alternation, month_number, words

_MONTH_NAMES = "|".join(sorted((m.lower() for m in words()["months"]), key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(d.lower() for d in words()["weekdays"])
_WEEKDAY = rf"(?:(?:{_WEEKDAY_NAMES}),?\s+)?"
_LABELS = alternation("date_line_labels")  # "Published", "Last updated"


def _parts(n: int) -> tuple[str, str, str]:
    """Month, day and year groups; re needs distinct names in each alternative."""
    return (
        rf"(?P<month{n}>{_MONTH_NAMES})\.?",
        rf"(?P<day{n}>[0-3]?\d)(?:st|nd|rd|th)?",
        rf"(?P<year{n}>(?:19|20)\d\d)",
    )


_M1, _D1, _Y1 = _parts(1)
_M2, _D2, _Y2 = _parts(2)
# "April 14", "April 14, 2012", "14 April", "14 April 2012" (year optional).
_MONTH_DAY = rf"{_WEEKDAY}(?:{_M1}\s+{_D1}(?:,?\s+{_Y1})?|{_D2}\s+{_M2}(?:,?\s+{_Y2})?)"

# prose, a weekday, a month or a date line's label: not a place
_NOT_PLACE = (
    rf"(?!(?:{alternation('not_place_openers')}|{_LABELS}|{_WEEKDAY_NAMES}|{_MONTH_NAMES})\b)"
)
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:[ \t]+(?:al-)?[A-Z][\w'’.-]*){0,3})"
_REGION = r"(?-i:[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?)"
# A dateline's place opens the text within this many characters (after a headline and a byline)
DATELINE_REACH = 300
# An optional headline line (and a byline under it), the place (", country"), a date, the
# agency, then a dash or colon: "BEIRUT, April 14 (Reuters) -", "Homs, 5 March /SANA/",
# "Deir Ezzor, SANA-".
DATELINE = re.compile(
    rf"^\s*(?:[^\n]{{0,120}}\n\s*){{0,2}}?{_NOT_PLACE}"
    rf"(?P<place>{_NAME}(?:[ \t]+(?:{alternation('dateline_place_nouns')}))?)"
    rf"(?:,[ \t]*(?P<region>{_REGION})"
    r"(?=[ \t]*[,:(/]|[ \t]+[-–—]|[ \t]+\d|[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d))?"
    rf"(?:,?[ \t]+{_MONTH_DAY})?"
    r"(?:[ \t]*\((?P<agency>[^)\n]{2,30})\)[ \t]*(?:[-–—:]|$)|[ \t]*/(?P<slashed>[A-Za-z]{2,12})/"
    r"|,[ \t]*(?P<joined>(?-i:[A-Z][A-Za-z]{1,12}))[-–—]|[ \t]*(?:[-–—:]|$))",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    """The dateline opening a text: its span, the place as written, its date, its agency."""

    start: int
    end: int
    place: str
    place_start: int
    place_end: int
    day: date | None
    agency: str | None
    region: str | None = None  # what follows the place: a country ("Syria") or an agency ("SANA")


@lru_cache(maxsize=256)
def find_dateline(text: str, year_hint: Hint = None) -> Dateline | None:
    """The dateline at the top of text (after at most a headline and a byline line), if any
    (remembered: the stages ask it of an article and its sentences again and again)."""
    match = DATELINE.match(text)
    if match is None:
        return None
    has_date = match.group("month1") or match.group("month2")
    agency = match.group("agency") or match.group("slashed") or match.group("joined")
    return Dateline(
        start=match.start("place"),
        end=match.end(),
        place=match.group("place"),
        place_start=match.start("place"),
        place_end=match.end("place"),
        day=_ymd(match, year_hint) if has_date else None,
        agency=agency.strip() if agency else None,
        region=match.group("region"),
    )


# A date line's label and time: "Posted on 14/04/2013 at 09:12 GMT".
_LABEL = rf"^\s*(?:(?:{_LABELS})(?: on)?:?\s*)?"
_TIME = r"(?:\s*(?:[-|,•·]|at)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$"
# A line that holds only a date (and maybe a weekday, a time, "Published"/"Updated").
DATE_LINE = re.compile(_LABEL + _MONTH_DAY + _TIME, re.IGNORECASE | re.MULTILINE)
# "14/04/2013", "Posted on 14/04/2013 at 09:12": day first (as regional outlets write), unless
# the second field cannot be a month.
NUMERIC_LINE = re.compile(
    _LABEL + r"(?P<first>[0-3]?\d)[/.](?P<second>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)" + _TIME,
    re.IGNORECASE | re.MULTILINE,
)
ISO_LINE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\s*$", re.M)
FULL_DATE = re.compile(rf"\b(?:{_M1}\s+{_D1},?\s+{_Y1}|{_D2}\s+{_M2},?\s+{_Y2})\b", re.IGNORECASE)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# Datelines and date lines sit at the top: the headline, a byline, a date, the first paragraph.
HEAD_CHARS = 600


Hint = int | date | None  # a year, or a date the publication date lies near


def _ymd(match: re.Match, hint: Hint) -> date | None:
    """The date a _MONTH_DAY match names, taking the year from the hint when it gives none."""
    n = 1 if match.group("month1") else 2
    year = match.group(f"year{n}")
    month, day = month_number(match.group(f"month{n}")), int(match.group(f"day{n}"))
    if year:
        return _make(int(year), month, day)
    if isinstance(hint, date):
        # "Dec. 30" beside January dates is the December before, not the one after.
        near = [d for d in (_make(hint.year + k, month, day) for k in (-1, 0, 1)) if d]
        return min(near, key=lambda d: abs((d - hint).days)) if near else None
    return _make(hint, month, day)


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def years_in(text: str) -> list[int]:
    """Four-digit years the text mentions, in order."""
    return [int(y) for y in YEAR.findall(text)]


def date_from_text(text: str, year_hint: Hint = None) -> tuple[date, str] | None:
    """The publication date a text states at its top, and how: "dateline" or "text"."""
    head = text[:HEAD_CHARS]
    for match in DATELINE.finditer(head):
        if not (match.group("month1") or match.group("month2")):
            continue
        day = _ymd(match, year_hint)
        if day:
            return day, "dateline"
    for match in DATE_LINE.finditer(head):
        day = _ymd(match, year_hint)
        if day:
            return day, "text"
    for match in ISO_LINE.finditer(head):
        day = _make(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if day:
            return day, "text"
    for match in NUMERIC_LINE.finditer(head):
        first, second, year = (int(match.group(g)) for g in ("first", "second", "year"))
        day = _make(year, *((first, second) if second > 12 else (second, first)))
        if day:
            return day, "text"
    return None


def year_hint(other_dates: list[date], published: date | None, text: str) -> Hint:
    """What a dateline without a year is dated by: the file's other dates (their median),
    else the given publication date, else the latest year the text names."""
    if other_dates:
        return sorted(other_dates)[len(other_dates) // 2]
    if published:
        return published
    full = [int(m.group("year1") or m.group("year2")) for m in FULL_DATE.finditer(text)]
    mentioned = full or years_in(text)
    # The latest year mentioned: earlier ones are usually background ("since 2011").
    return max(mentioned) if mentioned else None
