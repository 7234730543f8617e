"""Whether an event's sentences tell that no one was hurt ("No casualties were reported"):
a shelling or air strike that hit only houses has no civilians acted on (ACLED leaves actor2
empty for property damage alone)."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.events.triggers import alternation

# Words a negator may stand before a harm word ("no injuries or fatalities").
NEGATOR_REACH = 4


@lru_cache(maxsize=1)
def _harm() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('harm_words')})\b", re.I)


@lru_cache(maxsize=1)
def _of_animals() -> re.Pattern[str]:
    return re.compile(rf"(?:\W+\w+){{0,2}}?\W+(?:{alternation('animal_victims')})\b", re.I)


@lru_cache(maxsize=1)
def _negated_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation('harm_negators')})\b(?:\W+\w+){{0,{NEGATOR_REACH - 1}}}\W*\Z", re.I)


def unharmed(quotes: list[str]) -> bool:
    """Some sentence tells of harm only as negated ("no one was hurt", "without
    casualties"), and none tells of harm done."""
    negated = False
    for quote in quotes:
        for m in _harm().finditer(quote):
            if not _negated_before().search(quote[: m.start()]):
                return False
            negated = True
    return negated


def harmed(quotes: list[str]) -> bool:
    """Some sentence tells of harm done ("causing injuries", "one man was killed"), not
    negated."""
    return any(not _negated_before().search(quote[: m.start()])
               and not _of_animals().match(quote, m.end())
               for quote in quotes for m in _harm().finditer(quote))
