"""Publication date from the text itself: a wire dateline or a date line under the headline."""

from __future__ import annotations

import re
from datetime import date

from khaldun.dates.calendar import safe_date
from khaldun.dates.explicit import find_explicit

_HEAD_LINES = 6  # the dateline or date line sits in the first lines of an article
_DATE_LINE_CHARS = 80  # a line this short that holds a full date is a date line
# "BEIRUT, April 14 (Reuters) -", "Damascus, 3 March 2013 -", "ALEPPO, Syria, March 4:"
_DATELINE = re.compile(
    r"^\W{0,3}[A-Z][\w .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?[,\s]\s*(?P<rest>.{4,60}?)"
    r"\s*(?:\(|-|–|—|:|\|)",
    re.MULTILINE,
)
_LINE_NOISE = re.compile(
    r"(?i)\b(?:published|updated|posted|last\s+modified|on|at|gmt|utc|am|pm|edt|est|cet|bst|"
    r"by|[0-2]?\d[:.][0-5]\d)\b|[\W\d]"
)


_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.])")


def _numeric(segment: str) -> date | None:
    """A numeric date line "14/04/2013": day first (as regional outlets write), unless the
    second field cannot be a month."""
    m = _NUMERIC.search(segment)
    if not m:
        return None
    first, second, year = (int(g) for g in m.groups())
    day, month = (second, first) if second > 12 else (first, second)
    return safe_date(year, month, day)


def _first_dated(segment: str, year_hint: int | None) -> date | None:
    """The first day-precise date in segment; a yearless one takes year_hint."""
    anchor = date(year_hint, 12, 31) if year_hint else None
    for mention in find_explicit(segment, anchor):
        if mention.precision == 1:
            return mention.date_start
    return _numeric(segment)


def _is_date_line(line: str) -> bool:
    """True for a short line that is (almost) only a date: "Monday, 4 March 2013 10:32 GMT"."""
    if len(line) > _DATE_LINE_CHARS:
        return False
    mentions = [m.surface for m in find_explicit(line, None) if m.precision == 1]
    numeric = _NUMERIC.search(line)
    if not mentions and not numeric:
        return False
    rest = line.replace(mentions[0] if mentions else numeric.group(0), " ")
    return len(_LINE_NOISE.sub("", rest)) <= 12


def dateline_date(text: str, year_hint: int | None = None) -> date | None:
    """Date of a dateline ("BEIRUT, April 14 (Reuters) -") or a date line near the top."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_HEAD_LINES]
    for line in lines:
        m = _DATELINE.match(line)
        if m:
            found = _first_dated(m.group(0), year_hint)
            if found:
                return found
        if _is_date_line(line):
            return _first_dated(line, year_hint)
    return None
