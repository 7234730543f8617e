"""Where actors fight (khaldun/data/theatres.yaml): what a text's actors say about its country."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from khaldun.actors.phrases import squeeze
from khaldun.places.lexicon import country_vote_cues

Shares = dict[str, float]  # ISO2 -> share of an actor's events
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Theatres:
    """Mined shares by country: of named actors' events, and of generic descriptors' notes."""

    actors: dict[str, Shares]
    descriptors: dict[str, tuple[re.Pattern[str], Shares]]
    phrases: dict[str, Shares]  # an actor's words that tell more than the actor's theatre
    airborne: dict[str, Shares]  # where an actor is when a text names aircraft, if elsewhere

    def of_phrase(self, words: str) -> Shares | None:
        """The theatre of an actor's very words ("Saudi troops"), if mined apart."""
        return self.phrases.get(phrase_key(words))

    def descriptor(self, words: str) -> str | None:
        """The descriptor word that opens words ("regime" in "Regime forces"; not "coalition"
        in "the international coalition", which names another war's)."""
        return next((w for w, (pattern, _) in self.descriptors.items() if pattern.match(words)),
                    None)


def names_aircraft(text: str) -> bool:
    """The text names aircraft (country_votes.yaml aircraft_nouns: "jets", "airstrikes")."""
    return not country_vote_cues().aircraft_nouns.isdisjoint(_WORD.findall(text.lower()))


def phrase_key(words: str) -> str:
    """The form an actor's words are mined and looked up by: folded, without "the"."""
    folded = squeeze(words)
    return folded[4:] if folded.startswith("the ") else folded


def _shares(raw: Any, where: str) -> Shares:
    if not isinstance(raw, dict) or not all(
            isinstance(c, str) and isinstance(s, int | float) for c, s in raw.items()):
        raise ValueError(f"khaldun/data/theatres.yaml: {where}: expected country: share pairs")
    return {c: float(s) for c, s in raw.items()}


@lru_cache(maxsize=1)
def theatres() -> Theatres:
    """The mined theatres, loaded once."""
    text = resources.files("khaldun").joinpath("data", "theatres.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=yaml.CSafeLoader) or {}
    return Theatres(
        actors={name: _shares(s, name) for name, s in (raw.get("actors") or {}).items()},
        descriptors={word: (re.compile(rf"(?:the\s+)?{re.escape(word)}\b", re.I), _shares(s, word))
                     for word, s in (raw.get("descriptors") or {}).items()},
        phrases={words: _shares(s, words) for words, s in (raw.get("phrases") or {}).items()},
        airborne={name: _shares(s, name) for name, s in (raw.get("airborne") or {}).items()},
    )
