"""find_counts: numeric, zero and victim-list counts of one text, in text order."""

from __future__ import annotations

import re

from khaldun.numbers.counts import Count, is_subset, numeric_counts, zero_counts
from khaldun.numbers.lexicon import alternation
from khaldun.numbers.victims import Victims, find_victims, list_before
from khaldun.numbers.words import NumberSpan, parse_number

# "abducted nine farmers and shot them dead": the earlier count is also a toll
_KILLED_THEM = re.compile(
    rf"(?<![\w-])(?:{alternation('killed_them_verbs')})\s+(?:all\s+(?:of\s+)?)?them\b"
    rf"(?!\s+(?:at|in\s+the\s+(?:{alternation('shot_limbs')})))",
    re.IGNORECASE,
)
# "one of the wounded later died", "another died": the dying of those told hurt, or of one more
_LATER_DEAD = re.compile(
    rf"(?<![\w-])(?:{alternation('later_dead_subjects')})"
    rf"(?:\s+(?:{alternation('later_dead_adverbs')}))?\s+(?:{alternation('dying_verbs')})\b",
    re.IGNORECASE,
)
_CLAUSE = 150  # characters from a count to a verb whose subject it may be
_RANGE_REACH = 25  # characters from a range's low number to the noun after its high one
_THEM_WINDOW = 200  # characters back from "killed them" to the count it points to


# How many texts' counts are remembered: a sentence read again in another country's context
# (and a quote read for its toll) asks for the same counts again.
FOUND_TEXTS = 64
_found: dict[str, tuple[Count, ...]] = {}


def find_counts(text: str) -> list[Count]:
    """Casualty, arrest and missing counts in text order, with character offsets of the number
    (those of the last FOUND_TEXTS texts remembered; every call gets counts of its own, copies,
    so that a caller marking one marks no other's)."""
    found = _found.get(text)
    if found is None:
        found = _found[text] = tuple(_find_counts(text))
        while len(_found) > FOUND_TEXTS:  # the oldest first
            _found.pop(next(iter(_found)), None)
    return [_fresh(c) for c in found]


def _fresh(count: Count) -> Count:
    out = object.__new__(type(count))
    out.__dict__.update(count.__dict__)  # (every field is a number, a string or a flag)
    return out


def _find_counts(text: str) -> list[Count]:
    counts = numeric_counts(text)
    counts.extend(zero_counts(text))
    counts = _merge_victims(text, counts)
    counts.extend(_killed_them(text, counts))
    counts.extend(_later_dead(text, counts))
    counts.sort(key=lambda c: (c.start, -c.end))
    return counts


def _merge_victims(text: str, counts: list[Count]) -> list[Count]:
    """Add victim lists ("a pastor and 18 others"); numbers inside a larger list become its
    subsets, a list no larger than the counts it overlaps adds nothing."""
    for v in find_victims(text):
        # a range count ends at its low number: "8 to 30 persons" reaches past it
        inside = [c for c in counts if c.start < v.end and v.start < c.end
                  + (_RANGE_REACH if c.high is not None else 0)]
        if any(c.value == 0 for c in inside):
            continue  # "no one was killed"
        killed = [c for c in inside if c.kind == "killed"]
        same = all(c.value == v.value and c.kind != "other" for c in inside)
        if inside and not killed and v.items == 1 and same:
            # "six policemen who were kidnapped ... have been killed": the count is a toll too
            # (not "ten were killed or wounded": casualties are no toll)
            counts.append(_count(text, v, is_subset(text, NumberSpan(v.start, v.end, v.value), 0)))
            continue
        if v.items == 0 and any(c.kind == "killed" and 0 <= v.start - c.end < _CLAUSE
                                for c in counts):
            continue  # "a family of five was gunned down": the verb's subject was counted
        if inside and (v.items < 2 or v.value <= max((c.value for c in killed), default=0)):
            continue
        if any(c.start < v.start or c.end > v.end for c in killed):
            continue  # a count that runs past the list is not one of its items
        for c in killed:
            c.subset = True
        subset = is_subset(text, NumberSpan(v.start, v.end, v.value), 0)
        counts.append(_count(text, v, subset))
    return counts


def _count(text: str, v: Victims, subset: bool) -> Count:
    return Count(v.start, v.end, text[v.start:v.end], v.value, "killed", head=v.head,
                 subset=subset)


def _killed_them(text: str, counts: list[Count]) -> list[Count]:
    """"captured nine farmers and shot them dead": the nine are a killed count too, and so are
    "X and his son" in "dragged X and his son out and killed them"."""
    out: list[Count] = []
    for m in _KILLED_THEM.finditer(text):
        before = [c for c in counts if m.start() - _THEM_WINDOW <= c.start and c.end <= m.start()
                  and not c.subset and c.value > 0 and not c.vague]
        if before and before[-1].kind == "killed":
            continue
        if not before:
            found = list_before(text, max(0, m.start() - _THEM_WINDOW), m.start())
            if found is not None:
                out.append(_count(text, found, False))
            continue
        c = before[-1]
        out.append(Count(c.start, c.end, c.surface, c.value, "killed", c.at_least,
                         c.approximate, c.head, high=c.high))
    return out


def _later_dead(text: str, counts: list[Count]) -> list[Count]:
    """ "One of the wounded later died", "another died in hospital": killed counts of their
    own (one for "another"), where no count was found at the words."""
    out: list[Count] = []
    for m in _LATER_DEAD.finditer(text):
        value = parse_number(m.group("n")) if m.group("n") else 1
        if value is None or any(c.start < m.end() and m.start() < c.end for c in counts):
            continue
        end = m.end("n") if m.group("n") else m.start() + len(m.group(0).split()[0])
        out.append(Count(m.start(), end, text[m.start():end], value, "killed"))
    return out
