"""The attribution lexicon (khaldun/data/attribution.yaml), loaded once and checked."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

ORIGIN = "attribution.yaml"
KEYS = (
    "speech_verbs",
    "plain_speech",
    "cue_phrases",
    "source_verbs",
    "denial_verbs",
    "deny_forms",
    "denied_things",
    "listener_verbs",
    "not_sources",
    "agentless_cues",
    "locative_words",
    "held_ground",
    "false_report_words",
    "naming_verbs",
    "pronoun_speakers",
    "name_after_cues",
    "source_cues_before",
    "titles",
    "organisation_nouns",
)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("khaldun.data").joinpath(ORIGIN).read_text("utf-8"))
    return check(raw)


def check(raw: object) -> dict[str, tuple[str, ...]]:
    """Every list present, every entry a non-empty string."""
    if not isinstance(raw, dict):
        raise ValueError(f"{ORIGIN}: not a mapping of word lists")
    out = {}
    for key in KEYS:
        words = raw.get(key)
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"{ORIGIN}: {key!r} must be a list of words")
        out[key] = tuple(words)
    return out


def alternation(key: str) -> str:
    """A word list as a regular-expression alternation, longest first."""
    words = sorted(_lexicon()[key], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def speech() -> str:
    """Speech verbs and cue phrases as one alternation."""
    return f"{alternation('cue_phrases')}|{alternation('speech_verbs')}"


def words(key: str) -> frozenset[str]:
    """One list of the lexicon as a lower-case set."""
    return frozenset(w.lower() for w in _lexicon()[key])


def not_sources() -> frozenset[str]:
    return frozenset(_lexicon()["not_sources"])
