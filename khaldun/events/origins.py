"""Where fire came from is not where it struck: "rockets fired from X into Y" is coded at Y,
and "the missile was launched from X" tells where the one told before came from (cues:
khaldun/data/places/reference_cues.yaml, fire_words, landing_words and fire_nouns;
event_words.yaml, definite_determiners)."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.events.triggers import alternation
from khaldun.places import PlaceMention
from khaldun.places.lexicon import cue_alternation

# "from X", "from the PYD-held region of X": up to this many words between "from" and X.
FROM_REACH = 5


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], ...]:
    fire = re.compile(rf"\b(?:{cue_alternation('fire_words')})\b", re.IGNORECASE)
    source = re.compile(rf"\bfrom\s+(?:[\w/'’-]+\s+){{0,{FROM_REACH}}}$", re.IGNORECASE)
    landing = re.compile(rf"\b(?:{cue_alternation('landing_words')})\b", re.IGNORECASE)
    told = re.compile(
        rf"\b(?:{alternation('definite_determiners')})\s+(?:[\w-]+\s+)?"
        rf"(?:{cue_alternation('fire_nouns')})\b", re.IGNORECASE)
    return fire, source, landing, told


def _origin(text: str, place: PlaceMention, later: list[PlaceMention]) -> bool:
    fire, source, landing, told = _cues()
    before = text[:place.start]
    if not source.search(before[-80:]) or not fire.search(before):
        return False
    # ("the rockets were fired from X": the fire told before, wherever it landed)
    return told.search(before) is not None or any(
        landing.search(text[place.end:q.start]) for q in later)


def without_origins(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a sentence but the ones fire was launched from, when it names a place
    after them where the fire landed."""
    kept = []
    for i, p in enumerate(places):
        later = [q for q in places[i + 1:] if q.role != "country"]
        if p.role != "country" and _origin(text, p, later):
            continue
        kept.append(p)
    return kept
