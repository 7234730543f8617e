"""Where people come from, or fled to, is not where a thing was done to them when the sentence
says where: "shot dead a policeman from X in Y", "two men from X were killed in shelling on Y"
and "clashes in Y killed five, and thousands fled to X" are at Y; "killed two men from X"
alone is at X (those from a place are taken there)."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import words
from khaldun.numbers import Count
from khaldun.places import PlaceMention
from khaldun.places.lexicon import reference_cues


@lru_cache(maxsize=1)
def _from_after_count() -> re.Pattern[str]:
    """The words between counted people and their home: "from", "from the village of"."""
    lists = words()
    origin = "|".join(map(re.escape, lists["origin_preps"]))
    naming = "|".join(map(re.escape, lists["naming_preps"]))
    return re.compile(
        rf"\s+(?:{origin})\s+(?:the\s+)?(?:[a-z]+\s+(?:{naming})\s+)?$", re.IGNORECASE)


def is_home(grammar: Grammar, text: str, place: PlaceMention, counts: list[Count]) -> bool:
    """The place is where people come from: a "from" phrase on a noun ("a policeman from X"),
    or right after people counted as victims (the parse may hang it on the verb); or where
    they fled to."""
    if place.role == "country" or referenced(text, place):
        return False  # ("90 km from X": a point of reference, placed as one)
    if grammar.home_of(place.start, place.end) or grammar.fled_to(place.start, place.end) or (
            grammar.based_in(place.start, place.end)):
        return True
    return any(
        c.end <= place.start and _from_after_count().match(text, _past_head(text, c), place.start)
        for c in counts
    )


def _past_head(text: str, count: Count) -> int:
    """Where the counted people's phrase ends: past the counted noun written right after the
    number ("nine labourers from X": the parse may hang "from X" on the verb)."""
    if count.head:
        after = re.match(rf"\s+{re.escape(count.head)}\b", text[count.end:], re.IGNORECASE)
        if after:
            return count.end + after.end()
    return count.end


def without_homes(
    grammar: Grammar, text: str, places: list[PlaceMention], counts: list[Count]
) -> list[PlaceMention]:
    """The places less people's homes, when the sentence names another town or quarter, no
    point of reference ("north of Y"; a province may only hold the home: "a councillor from
    X in Y State")."""
    homes = [p for p in places if is_home(grammar, text, p, counts)]
    if any(p.role in ("town", "neighbourhood") and p not in homes and not referenced(text, p)
           for p in places):
        return [p for p in places if p not in homes]
    return places


def referenced(text: str, place: PlaceMention) -> bool:
    """The place is named as a point of reference ("north of X", "90 km from X")."""
    return reference_cues().before.search(text, max(0, place.start - 40), place.start) is not None
