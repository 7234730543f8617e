"""Phrase index shared by actors and sources: folded aliases in one Aho-Corasick automaton.

Folding keeps the text's length so that match offsets are offsets into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick
from unidecode import unidecode

from khaldun.data import alternation, read_mapping

T = TypeVar("T")
# Texts whose hits an index remembers (the sentences of the article being read).
FOUND_TEXTS = 64

# Curly quotes and modifier letters become "'"; hyphens, dashes and odd spaces become " ".
_PUNCT = {c: "'" for c in "\u2019\u2018\u02bc\u02bf\u02be`\u00b4"} | {
    c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u00a0\n\t\r_"
}
_BRACES = re.compile(r"\{([^{}]*)\}")
# The word lists of actor phrases (speech verbs, adjective suffixes), beside the generic roles.
LEXICON = "actors/generic.yaml"


def lexicon_alternation(name: str) -> str:
    """A word list of actors/generic.yaml as a regular-expression alternation, entries in order."""
    return alternation(LEXICON, name, read_mapping(LEXICON).get(name))


# "rebel-held", "regime-controlled", "anti-government": the actor word is an adjective here.
_ADJECTIVE_AFTER = re.compile(rf"[-‐‑–]\s*(?:{lexicon_alternation('adjective_suffixes')})\b")
_ADJECTIVE_BEFORE = re.compile(
    rf"\b(?:{lexicon_alternation('adjective_prefixes')})\s*[-‐‑–]\s*\Z", re.I
)
# "a pro-Taliban religious party": a named actor after "pro-" is a stance before these nouns
_STANCE_AFTER = re.compile(rf"\s+(?:{lexicon_alternation('stance_nouns')})\b", re.I)
# Tokens with two capitals (ISIS, LeT, MPs) or dotted initials (U.S.) keep their case.
_ACRONYM = re.compile(r"(?<![\w.])(?:(?=\w*[A-Z]\w*[A-Z])\w+|(?:[A-Z]\.){2,})(?![\w])")


def _fold_char(char: str) -> str:
    """One character folded to one character: lowercase, no diacritics, plain punctuation."""
    if char in _PUNCT:
        return _PUNCT[char]
    low = char.lower()
    if len(low) != 1:
        low = char
    if ord(low) < 128:
        return low
    ascii_form = unidecode(low)
    # Only Latin letters with diacritics fold; Arabic script and the rest stay as written.
    if len(ascii_form) == 1 and ascii_form.isalpha() and "LATIN" in unicodedata.name(low, ""):
        return ascii_form.lower()
    return low


class _FoldTable(dict):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, strip Latin diacritics, hyphens to spaces; same length as the input."""
    if text.isascii():
        return text.lower().translate(_ASCII_TABLE)
    return text.translate(_FOLD_TABLE)


_ASCII_TABLE = str.maketrans({k: v for k, v in _PUNCT.items() if ord(k) < 128})


def squeeze(text: str) -> str:
    """Fold and collapse runs of spaces (for aliases and lookups, not for offsets)."""
    return " ".join(fold(text).split())


def expand(pattern: str) -> list[str]:
    """Brace alternation: "syrian {army|troops}" -> ["syrian army", "syrian troops"]."""
    match = _BRACES.search(pattern)
    if not match:
        return [" ".join(pattern.split())]
    out: list[str] = []
    for option in match.group(1).split("|"):
        out.extend(expand(pattern[: match.start()] + option + pattern[match.end() :]))
    return out


def cased_spans(alias: str) -> tuple[tuple[int, int, str], ...]:
    """Acronyms in an alias (ISIS, U.S.) that must appear in the text with the same case."""
    stripped = " ".join(alias.split())
    return tuple((m.start(), m.end(), m.group()) for m in _ACRONYM.finditer(stripped))


@dataclass(frozen=True)
class Entry(Generic[T]):
    """What one alias points to, and which acronyms in it must keep their case."""

    target: T
    cased: tuple[tuple[int, int, str], ...] = ()


@dataclass
class Hit(Generic[T]):
    """One alias found in a text."""

    start: int
    end: int
    surface: str
    entries: list[Entry[T]]


class PhraseIndex(Generic[T]):
    """Folded aliases -> targets; finds longest non-overlapping whole-word matches."""

    def __init__(self) -> None:
        self._table: dict[str, list[Entry[T]]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        # The hits of the last texts searched: a sentence is searched for its actors, its
        # sources and its perpetrators.
        self._found: dict[str, tuple[Hit[T], ...]] = {}

    def add(self, alias: str, target: T) -> None:
        key = squeeze(alias)
        if not key:
            return
        entry = Entry(target, cased_spans(alias))
        bucket = self._table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self._automaton = None
        self._found.clear()

    def add_all(self, aliases: Iterable[str], target: T) -> None:
        for alias in aliases:
            for variant in expand(alias):
                self.add(variant, target)

    def get(self, phrase: str) -> list[Entry[T]]:
        return self._table.get(squeeze(phrase), [])

    def keys(self) -> Iterable[str]:
        return self._table.keys()

    def _built(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for key in self._table:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def find(self, text: str) -> list[Hit[T]]:
        """Whole-word matches in text order; the longest wins where matches overlap (a new
        list; the hits of the last FOUND_TEXTS texts are remembered)."""
        if not self._table or not text:
            return []
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = tuple(self._find(text))
            while len(self._found) > FOUND_TEXTS:  # the oldest first
                self._found.pop(next(iter(self._found)), None)
        return list(found)

    def _find(self, text: str) -> list[Hit[T]]:
        folded = fold(text)
        candidates = []
        for end_idx, key in self._built().iter(folded):
            start, end = end_idx - len(key) + 1, end_idx + 1
            if not _bounded(folded, start, end):
                continue
            entries = [e for e in self._table[key] if _case_ok(text, start, e)]
            if entries:
                candidates.append((start, end, entries))
        hits: list[Hit[T]] = []
        # Characters already covered by a longer hit: each check costs the alias's length, not
        # the number of hits, so long texts stay linear.
        taken = bytearray(len(folded))
        for start, end, entries in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            hits.append(Hit(start, end, text[start:end], entries))
        hits.sort(key=lambda h: h.start)
        return hits


def _bounded(folded: str, start: int, end: int) -> bool:
    """True when the match is not part of a longer word ("army" in "armyworm")."""
    if start > 0 and folded[start - 1].isalnum():
        return False
    return not (end < len(folded) and folded[end].isalnum())


def _case_ok(text: str, start: int, entry: Entry) -> bool:
    return all(text[start + a : start + b] == token for a, b, token in entry.cased)


def adjective_use(text: str, start: int, end: int, generic: bool) -> bool:
    """True for "rebel-held", "anti-government": a place or stance, not someone who acts.

    "pro-Houthi forces" are the Houthis, so the prefix test applies to generic words only, and
    to a name only before a noun of a stance ("a pro-Taliban religious party").
    """
    if _ADJECTIVE_AFTER.match(text, end):
        return True
    prefixed = bool(_ADJECTIVE_BEFORE.search(text, max(0, start - 8), start))
    return prefixed and (generic or bool(_STANCE_AFTER.match(text, end)))
