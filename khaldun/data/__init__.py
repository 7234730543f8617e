"""Data files (lexicons, dictionaries, patterns) and the checks every pattern list passes."""

from __future__ import annotations

import re


def pattern_list(origin: str, name: str, patterns: object, whole: bool = False) -> re.Pattern[str]:
    """A named list of regular expressions from a data file as one case-insensitive
    alternation (`whole`: the text must match it entirely); a missing list or a bad pattern
    is an error naming the file, the list and the pattern."""
    if not patterns or not isinstance(patterns, list):
        raise ValueError(f"{origin}: no {name!r} patterns")
    for p in patterns:
        try:
            re.compile(p)
        except (re.error, TypeError) as err:
            raise ValueError(f"{origin}: bad {name} pattern {p!r}: {err}") from None
    alternation = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^(?:{alternation})$" if whole else alternation, re.IGNORECASE)
