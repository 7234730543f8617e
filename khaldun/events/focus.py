"""The article's focus: the place and date it is currently speaking of (design: "The article
level"), for sentences that point back at them ("the town", "there", an undated sentence)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    text = resources.files("khaldun.data").joinpath("focus.yaml").read_text("utf-8")
    words = yaml.load(text, Loader=yaml.CSafeLoader)
    try:
        determiners = "|".join(map(re.escape, words["determiners"]))
        nouns = "|".join(map(re.escape, words["place_nouns"]))
        adverbs = "|".join(map(re.escape, words["adverbs"]))
        existential = "|".join(map(re.escape, words["existential_verbs"]))
        near = "|".join(map(re.escape, words["near_words"]))
    except (KeyError, TypeError) as err:
        raise ValueError(f"khaldun/data/focus.yaml: missing or malformed list {err}") from err
    noun_phrase = rf"(?:{determiners})\s+(?:[\w'’-]+\s+)?(?:{nouns})\b"
    adverb = rf"(?:{adverbs})\b(?!\s+(?:{existential})\b)"
    return re.compile(rf"\b(?:{noun_phrase}|{adverb}|(?:{near})\s+[a-z][\w'’-]*)", re.I)


def points_to_focus(text: str) -> bool:
    """The sentence speaks of a place by reference ("the town", "its market", "there", "a
    nearby forest")."""
    return _reference().search(text) is not None
