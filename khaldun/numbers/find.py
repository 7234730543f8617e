"""find_counts: numeric, zero and singular-victim counts of one text, in text order."""

from __future__ import annotations

from khaldun.numbers.counts import Count, numeric_counts, zero_counts
from khaldun.numbers.singular import singular_counts


def find_counts(text: str) -> list[Count]:
    """Casualty, arrest and missing counts in text order, with character offsets of the number."""
    counts = numeric_counts(text)
    counts.extend(singular_counts(text, counts))
    counts.extend(zero_counts(text))
    counts.sort(key=lambda c: c.start)
    return counts
