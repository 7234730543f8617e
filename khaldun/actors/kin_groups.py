"""Named tribes and clans as actors: "the Shammar tribe" -> "Shammar Tribal Militia (Iraq)".

ACLED codes a tribe or clan that fights under its own name as an identity militia (inter 4)
named "<Name> Tribal Militia (<Country>)" or "<Name> Clan Militia (<Country>)". The group
nouns, name particles and the capitalised words that are no name live in
khaldun/data/actors/kin_groups.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khaldun.data import read_mapping, word_list
from khaldun.numbers.words import find_numbers
from khaldun.places.lexicon import demonyms

FILE = "actors/kin_groups.yaml"
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_WORD = r"[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)?"


@dataclass(frozen=True)
class KinGroup:
    """One named tribe or clan in a text: its offsets, its name and ACLED's word for its kind."""

    start: int
    end: int
    name: str
    kind: str  # "Tribal" or "Clan"
    phrase: tuple[int, int]  # the whole phrase, names and noun ("the A and B tribes")


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]  # one or two names and a group noun
    kind_of: dict[str, str]  # group noun -> "Tribal" / "Clan"
    not_names: frozenset[str]
    members_before: re.Pattern[str]  # "members of the" right before a name


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = read_mapping(FILE)
    nouns = raw.get("nouns")
    if not isinstance(nouns, dict) or not nouns:
        raise ValueError(f"{FILE}: no 'nouns' mapping")
    kind_of = {n.lower(): kind for kind, words in nouns.items()
               for n in word_list(FILE, f"nouns.{kind}", words)}
    particles = word_list(FILE, "particles", raw.get("particles"))
    not_names = {w.lower() for w in word_list(FILE, "not_names", raw.get("not_names"))}
    particle = rf"(?:(?i:{'|'.join(map(re.escape, particles))})[\s-])"
    name = rf"{particle}?{_WORD}(?:\s{_WORD})?"
    noun = "|".join(map(re.escape, sorted(kind_of, key=len, reverse=True)))
    pattern = re.compile(
        rf"\b(?P<a>{name})(?:\s+(?:and|or)\s+(?P<b>{name}))?\s+(?P<noun>(?i:{noun}))\b")
    members = word_list(FILE, "member_nouns", raw.get("member_nouns"))
    members_before = re.compile(
        rf"\b(?i:{'|'.join(map(re.escape, members))})\s+of\s+(?:the\s+)?\Z")
    return _Lexicon(pattern, kind_of, frozenset(not_names | set(demonyms())), members_before)


def _named(name: str, not_names: frozenset[str]) -> tuple[int, str] | None:
    """Where in `name` the group's name begins and the name as ACLED writes it ("al-Jubur"
    -> "Al Jubur", "The Shammar" -> "Shammar"), or None for words of kind only ("Sunni")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\s-]+", name)]
    while words and words[0][1].lower() in not_names:
        words.pop(0)
    if not words or words[-1][1].lower() in not_names:
        return None
    return words[0][0], " ".join(w[:1].upper() + w[1:] for _, w in words)


def kin_groups(text: str) -> list[KinGroup]:
    """The named tribes and clans of a text, in order ("the Shammar and Jubur tribes": two)."""
    lex = _lexicon()
    found = []
    for m in lex.pattern.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if lex.members_before.search(before) or _POSSESSIVE.match(text, m.end()) or any(
                n.end == len(before.rstrip()) for n in find_numbers(before)):
            continue  # people of the group, not its militia acting
        kind = lex.kind_of[m.group("noun").lower()]
        for g in ("a", "b"):
            if m.group(g) is None:
                continue
            named = _named(m.group(g), lex.not_names)
            if named is not None:
                end = m.end() if g == "b" or m.group("b") is None else m.end(g)
                found.append(KinGroup(m.start(g) + named[0], end, named[1], kind,
                                    (m.start(), m.end())))
    return found
