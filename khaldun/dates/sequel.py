"""An event told as the anchor of another: "The blast came a day after a car bomb targeted the
convoy" tells of a second event, a day before the first (codebook §8.6: each its own date)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khaldun.dates.calendar import words
from khaldun.numbers import parse_number


@dataclass(frozen=True)
class Sequel:
    """Where the phrase ends, and how many days the event told after it lies before the
    subject's event (negative: after it; None: "days after", an unknown number)."""

    end: int
    days_before: int | None
    # "days after", "weeks after": how many days before at the least and at the most
    vague_span: tuple[int, int] | None = None


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """The phrase, and the days of each unit it may name (dates.yaml)."""
    try:
        units = {str(u).lower(): int(d) for u, d in words()["sequel_units"].items()}
        alternation = "|".join(f"{re.escape(u)}s?" for u in units)
        phrase = words()["sequel_phrase"].replace("{units}", alternation)
        return re.compile(phrase, re.I), units
    except (KeyError, AttributeError, ValueError, re.error) as err:
        raise ValueError(f"khaldun/data/dates.yaml: sequel_phrase/sequel_units: {err}") from err


@lru_cache(maxsize=1)
def _bare() -> re.Pattern[str]:
    """ "came after", with no length: another event of a day of its own (dates.yaml)."""
    try:
        return re.compile(words()["sequel_bare_phrase"], re.I)
    except (KeyError, re.error) as err:
        raise ValueError(f"khaldun/data/dates.yaml: sequel_bare_phrase: {err}") from err


@lru_cache(maxsize=64)
def find_sequel(text: str) -> Sequel | None:
    """The "came N days after" phrase of a sentence, if any (remembered: asked of a sentence
    more than once)."""
    pattern, units = _pattern()
    m = pattern.search(text)
    if m is None:
        bare = _bare().search(text)
        return None if bare is None else Sequel(bare.end(), None)
    unit = units[m.group("unit").lower().rstrip("s")]
    count = m.group("n")
    n = 1 if count and count.lower() in ("a", "an") else parse_number(count) if count else None
    days = 0 if unit == 0 else (n * unit if n is not None else None)
    after = m.group("rel").lower() == "after"
    if days is not None and not after:
        days = -days
    # "came days after": two to six days before; "weeks after": two to five weeks
    span = (2 * unit, 6 * unit - (unit > 1) * unit) if days is None and after else None
    return Sequel(m.end(), days, span)
