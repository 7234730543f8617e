"""The article's focus: the place and date it is currently speaking of (design: "The article
level"), for sentences that point back at them ("the town", "there", an undated sentence)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict:
    text = resources.files("khaldun.data").joinpath("focus.yaml").read_text("utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader)


@lru_cache(maxsize=1)
def _background_markers() -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in _words()["background_markers"])
    except (KeyError, TypeError) as err:
        raise ValueError(f"khaldun/data/focus.yaml: missing or malformed list {err}") from err


def in_background(token: Token | None) -> bool:
    """The word lies in a clause or phrase of what came before the story ("since militants
    were driven out of X", "since the fall of X"; focus.yaml background_markers)."""
    markers = _background_markers()
    for t in (token, *token.ancestors) if token is not None else ():
        if t.dep_ == "pobj" and t.head.lower_ in markers:
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers
                                     for c in t.children):
            return True
    return False


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    words = _words()
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


# "the city of Hama", "the town Azaz", "the city's": a name after the words names the place
_NAMED_AFTER = re.compile(r"\s*(?:,\s*)?(?:of\s+)?(?:the\s+)?[A-Z]")


def points_back(text: str) -> bool:
    """The sentence speaks of a place by reference that no name follows ("the old quarters of
    the city", not "the city of Hama"): the place the article is speaking of."""
    return any(_NAMED_AFTER.match(text, m.end()) is None for m in _reference().finditer(text))


def refers_back(text: str, named_at: list[int]) -> bool:
    """The sentence speaks of a place by reference without naming it there ("the town", not
    "the town of X" or "adjacent to the town of X": no place named, at `named_at`, within
    NAMED_REACH characters after the reference)."""
    return any(not any(m.end() <= at <= m.end() + NAMED_REACH for at in named_at)
               for m in _reference().finditer(text))


# characters after a reference within which a named place is the one it names
NAMED_REACH = 25


@lru_cache(maxsize=64)
def points_to_focus(text: str) -> bool:
    """The sentence speaks of a place by reference ("the town", "its market", "there", "a
    nearby forest"; remembered per sentence)."""
    return _reference().search(text) is not None


@lru_cache(maxsize=1)
def _town_pointer() -> re.Pattern[str]:
    words = _words()
    determiners = "|".join(map(re.escape, words["determiners"]))
    nouns = "|".join(map(re.escape, words["town_nouns"]))
    return re.compile(rf"\b(?:{determiners})\s+(?:{nouns})\b", re.I)


def town_pointers(text: str) -> list[int]:
    """Where the sentence's words that point at the town spoken of start ("the city", "this
    town"; focus.yaml town_nouns), no name after them ("the city of Hama" names one)."""
    return [m.start() for m in _town_pointer().finditer(text)
            if _NAMED_AFTER.match(text, m.end()) is None and not text.startswith("'", m.end())]
