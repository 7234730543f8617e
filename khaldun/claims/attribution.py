"""Who says what a sentence says: attribution cues and the sources they point to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khaldun.actors import find_sources, resolve_source

REPORTER = "reporter"

_CUE = re.compile(
    r"\b(?:said|says|say|saying|reported|reports|reporting|told|according to|claimed|claims|"
    r"quoted|stated|announced|confirmed|documented|counted|cited|added|blamed|accused|"
    r"put the (?:death )?toll|denied|denies|deny|showed|broadcast)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected)\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she|it|they|the group|the monitor|the agency|the official|the source)\s+"
    r"(?:said|says|added|told|reported)\b",
    re.IGNORECASE,
)
# A proper name right after "reported"/"according to" or right before "said": an unknown source.
_AFTER_CUE = re.compile(
    rf"\b(?:according to|reported|told by|quoted by)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}?(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|of|for|and))*)"
)
_BEFORE_CUE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|of|for))*)\s*,?\s+(?:said|says|told|reported)\b"
)
_NOT_SOURCES = frozenset({"The", "It", "He", "She", "They", "This", "That", "But", "And", "Syria"})


@dataclass(frozen=True)
class Attribution:
    """One source a sentence attributes its content to."""

    source: str
    originator: str
    denial: bool = False


def attribute(sentence: str, country: str | None, previous: list[Attribution]) -> list[Attribution]:
    """Sources of a sentence: named sources near a cue, the previous speaker for 'he said', else
    the outlet's own voice."""
    if not _CUE.search(sentence):
        return [Attribution(REPORTER, REPORTER)]
    denial = bool(_DENIAL.search(sentence))
    mentions = find_sources(sentence, country)
    named = [m for m in mentions if not m.wire]
    wires = [m for m in mentions if m.wire]
    names: list[str] = [m.name for m in named]
    if not names:
        names = _unknown_sources(sentence, country)
    if not names and _PRONOUN_SUBJECT.search(sentence) and previous:
        return previous
    if not names and wires:
        return [Attribution(w.name, w.name, denial) for w in _unique(wires)]
    if not names:
        return [Attribution(REPORTER, REPORTER)]
    # A wire relaying a named source is that source's claim: the originator counts.
    return [Attribution(n, n, denial) for n in dict.fromkeys(names)]


def _unknown_sources(sentence: str, country: str | None) -> list[str]:
    found: list[str] = []
    for pattern in (_AFTER_CUE, _BEFORE_CUE):
        for m in pattern.finditer(sentence):
            name = m.group("name").strip(" ,")
            if name.split()[0] in _NOT_SOURCES or len(name) < 3:
                continue
            found.append(resolve_source(name, country) or name)
    return found


def _unique(mentions: list) -> list:
    seen: dict[str, object] = {}
    for m in mentions:
        seen.setdefault(m.name, m)
    return list(seen.values())
