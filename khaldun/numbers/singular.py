"""Singular victims: "a journalist was murdered", "gunmen killed an officer" count as 1."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from khaldun.numbers.counts import Count, is_subset
from khaldun.numbers.words import NumberSpan

_KILL = (
    r"(?:shot|attacked|ambushed|abducted|kidnapped|stabbed)\s+and\s+killed|killed|murdered|shot\s+dead|assassinated|executed|beheaded|slain|gunned\s+down|"
    r"(?:hacked|stabbed|beaten|burned|burnt|shot)\s+to\s+death"
)
# Words allowed between a victim and "was killed" must not start another victim phrase.
# ("had been" is left out: "people in Daraya had been executed" has a plural subject.)
_GAP = r"(?:(?!\b(?:an?|one)\s)[^.;:!?\n]){0,90}?"
_WHEN = (
    r"(?:\w+ly|reportedly|on|late|early|last|yesterday|today|overnight|morning|afternoon|"
    r"evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = yaml.safe_load(
        resources.files("khaldun.data").joinpath("numbers.yaml").read_text("utf-8")
    )
    heads = "|".join(sorted(raw["singular_heads"], key=len, reverse=True))
    victim = rf"(?P<np>\b(?:an?|one|the)\s+(?:[\w'’/-]+\s+){{0,4}}?(?P<head>{heads}))\b(?!['’]s)"
    passive = re.compile(
        rf"{victim}{_GAP}\s+(?:was|has\s+been|is)\s+(?:{_WHEN}\s+){{0,3}}(?:{_KILL})\b",
        re.IGNORECASE,
    )
    active = re.compile(rf"\b(?:{_KILL})\s+{victim}", re.IGNORECASE)
    return passive, active


def singular_counts(text: str, taken: list[Count]) -> list[Count]:
    """Killed counts of 1 for singular victim phrases not already covered by a count in taken."""
    out: list[Count] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            start, end = m.span("np")
            if any(c.start < end and start < c.end for c in [*taken, *out]):
                continue
            # "the" victims are killed singletons only in the sentence that introduces them
            if m.group("np").lower().startswith("the") and taken:
                continue
            span = NumberSpan(start, end, 1)
            out.append(Count(start, end, m.group("np"), 1, "killed", head=m.group("head").lower(),
                             subset=is_subset(text, span, 0)))
    return out
