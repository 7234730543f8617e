"""Days counted from another day: "the day before", "two days earlier", "the next day", "since
then". Each is counted from the day its sentence gives ("said on Tuesday that gunmen attacked
the day before": Monday); a sentence that gives none counts from the day the article told last
(count_from, called by khaldun/events/context.py), and until then from publication."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from khaldun.dates.calendar import precision_of, words
from khaldun.dates.mention import DateMention, is_background
from khaldun.numbers import parse_number


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[int, re.Pattern[str]]]:
    """(sign, phrase) of dates.yaml day_offsets: -1 before, 1 after, 0 from then on."""
    try:
        return [(int(sign), re.compile(phrase, re.IGNORECASE))
                for sign, phrase in words()["day_offsets"]]
    except (KeyError, TypeError, ValueError, re.error) as err:
        raise ValueError(f"khaldun/data/dates.yaml: day_offsets: {err}") from err


def _days(match: re.Match[str]) -> int | None:
    count = match.groupdict().get("n")
    if count is None or count.lower() in ("a", "an"):
        return 1
    return parse_number(count)


def count_from(mention: DateMention, day: DateMention, published: date | None) -> None:
    """Resolve an offset mention against `day` (its start for "before", its end for "after"):
    "since then" runs from that day up to publication."""
    offset = mention.offset or 0
    if offset < 0:
        start = end = day.date_start + timedelta(days=offset)
    elif offset > 0:
        start = end = day.date_end + timedelta(days=offset)
    else:
        start, end = day.date_start, max(day.date_end, published or day.date_end)
        mention.running = published is not None and end == published
    mention.date_start, mention.date_end = start, end
    # a day before or after a night told as two days is a day; one counted from a month is not
    vague = day.precision if offset == 0 or day.precision > 2 else 1
    mention.precision = max(vague, precision_of(start, end))
    mention.background = is_background(mention, published)


def is_day(mention: DateMention) -> bool:
    """A day another day can be counted from: one day, current, not itself counted."""
    return mention.precision == 1 and not mention.background and mention.offset is None


def add_offsets(text: str, mentions: list[DateMention], published: date | None) -> None:
    """Add the offset phrases of text to mentions (kept in text order), each counted from the
    nearest day mention of the text, else (unanchored) from publication. A phrase inside a
    longer mention ("the day before yesterday") is left to it; a shorter one inside the phrase
    ("the previous day" read as "the past day") gives way."""
    for sign, pattern in _phrases():
        for found in pattern.finditer(text):
            inside = [m for m in mentions if m.start < found.end() and found.start() < m.end]
            if any(m.end - m.start > found.end() - found.start() for m in inside):
                continue
            n = _days(found)
            if n is None:
                continue
            anchor = min((m for m in mentions if is_day(m) and m not in inside),
                         key=lambda m: abs(m.start - found.start()), default=None)
            if sign == 0:
                # "captured in 2018 and bombed often since then": from the time told before it,
                # whatever its length or age
                anchor = max((m for m in mentions if m.end <= found.start() and m.offset is None),
                             key=lambda m: m.end, default=anchor)
            if anchor is None and published is None:
                continue  # nothing to count from: the mentions found stay as they are
            for m in inside:
                mentions.remove(m)
            mention = DateMention(found.start(), found.end(), found.group(), published or date.min,
                                  published or date.min, 1, relative=True, offset=sign * n)
            if anchor is not None:
                count_from(mention, anchor, published)
            else:
                mention.anchored = False
                today = DateMention(0, 0, "", published, published, 1, relative=True)
                count_from(mention, today, published)
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
