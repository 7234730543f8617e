"""The source dictionary (sources.yaml): canonical sources, their aliases and voices."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from khaldun.actors.phrases import PhraseIndex
from khaldun.data import alternation, read_mapping, word_list

FILE = "sources.yaml"
# A named resident is still "residents"; a named journalist is a source of his own.
PEOPLE_CLASSES = {"residents", "witnesses"}


def source_alternation(name: str) -> str:
    """A word list of sources.yaml as a regular-expression alternation, entries in order."""
    return alternation(FILE, name, read_mapping(FILE).get(name))


# A capitalised word of a name, with an Arabic article joined to it ("al-Amr")
NAME_WORD = rf"(?:(?:{source_alternation('name_articles')})[-\u2010\u2011])?[A-Z][\w'\u2019-]*"


@dataclass(frozen=True)
class SourceEntry:
    """One canonical source."""

    name: str
    wire: bool = False
    generic: bool = False
    countries: tuple[str, ...] = ()
    proper_name: bool = False  # "X Media Office": the capitalised words before it name it
    cue: bool = False  # counts in running text only near "said", "according to"...
    voice: str | None = None  # the principal it speaks for ("state media"), if it shares one
    national: bool = False  # a state's office: another country's is a source of its own
    as_written: bool = False  # an office named by the text's own words ("the health ministry")
    inside_names: bool = True  # also where its words end a longer proper name
    members: str | None = None  # the source an unnamed member of it is ("an officer in the army")
    of_state: bool = False  # a state's government: "<demonym> government" of the story's country
    # a word that names a source only after a country ("a U.S. official"): that state's, or
    # `at_home` (the story's own country's)
    at_home: str | None = None
    # the class of source it is one of ("opposition activists" for an activists' network): "the
    # activists", "the activist group" after it spoke stand for it, not for a class of their own
    one_of: str | None = None


@dataclass(frozen=True)
class SourceTarget:
    """An alias's meaning: a source, possibly only in some countries, or a country-role."""

    name: str | None = None
    local: bool = False
    role: str | None = None


@dataclass
class SourceDictionary:
    entries: dict[str, SourceEntry]
    roles: dict[str, dict[str, Any]]
    index: PhraseIndex[SourceTarget]


@lru_cache(maxsize=1)
def load_sources() -> SourceDictionary:
    """Read and index sources.yaml (cached)."""
    return build_sources(read_mapping(FILE))


def build_sources(raw: dict[str, Any]) -> SourceDictionary:
    """Index a parsed sources document."""
    entries: dict[str, SourceEntry] = {}
    index: PhraseIndex[SourceTarget] = PhraseIndex()
    for item in raw["sources"]:
        entry = SourceEntry(
            name=item["name"],
            wire=bool(item.get("wire")),
            generic=bool(item.get("generic")),
            countries=tuple(item.get("countries") or ()),
            proper_name=bool(item.get("proper_name")),
            cue=bool(item.get("cue") or item.get("generic")),
            voice=item.get("voice"),
            national=bool(item.get("national")),
            as_written=bool(item.get("as_written")),
            inside_names=bool(item.get("inside_names", True)),
            members=item.get("members"),
            of_state=bool(item.get("of_state")),
            at_home=item.get("at_home"),
            one_of=item.get("one_of"),
        )
        if entry.name in entries:
            raise ValueError(f"sources.yaml: duplicate source {entry.name!r}")
        entries[entry.name] = entry
        named = [entry.name] if item.get("match_name", True) else []
        index.add_all([*named, *(item.get("aliases") or ())], SourceTarget(entry.name))
        index.add_all(item.get("people") or (), SourceTarget(entry.name))
        index.add_all(item.get("local_aliases") or (), SourceTarget(entry.name, local=True))
    for entry in entries.values():
        if entry.one_of is not None and entry.one_of not in entries:
            raise ValueError(f"sources.yaml: {entry.name!r} is one_of unknown {entry.one_of!r}")
    roles = raw.get("roles") or {}
    for key, role in roles.items():
        for iso, name in (role.get("by_country") or {}).items():
            if name not in entries:
                raise ValueError(f"sources.yaml role {key!r} ({iso}): unknown source {name!r}")
        index.add_all(role.get("aliases") or (), SourceTarget(role=key))
    return SourceDictionary(entries, roles, index)


@lru_cache(maxsize=4096)
def voice_of(name: str) -> str:
    """The principal a source speaks for: its `voice` in sources.yaml (an office named as
    written has its entry's, unless another state owns it), else itself (names compared
    without case)."""
    return _voices().get(name.lower()) or _office_voice(name) or name


def _office_voice(name: str) -> str | None:
    from khaldun.actors.resolve import country_before

    d = load_sources()
    for hit in d.index.find(name):
        if hit.end != len(name) or country_before(name, hit.start) is not None:
            continue
        for e in hit.entries:
            entry = d.entries.get(e.target.name or "")
            if entry is not None and (entry.as_written or entry.proper_name) and entry.voice:
                return entry.voice
    return None


@lru_cache(maxsize=1)
def _voices() -> dict[str, str]:
    """Each source's principal: its `voice`, else, for a name no entry has, the actor an
    `actor_sources` rule names by it ("Houthis" speak for the Houthi forces, as their
    television does)."""
    entries = load_sources().entries
    rules = read_mapping(FILE).get("actor_sources") or []
    actors = {r["source"].lower(): r["actor"] for r in rules
              if "actor" in r and r["source"] not in entries}
    return actors | {n.lower(): e.voice for n, e in entries.items() if e.voice}


def is_wire(name: str) -> bool:
    """True for news agencies that relay other sources' claims."""
    entry = load_sources().entries.get(name)
    return bool(entry and entry.wire)


@lru_cache(maxsize=1)
def group_spokesman_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words before "spokesman" that make him speak for an armed group named before, and the
    words for a spokesman."""
    data = read_mapping(FILE)
    keys = ("group_spokesman_adjectives", "spokesman_nouns")
    adjectives, nouns = (frozenset(word_list(FILE, k, data.get(k))) for k in keys)
    return adjectives, nouns


@lru_cache(maxsize=1)
def forces_words() -> frozenset[str]:
    """Words before "spokesman" that leave him the spokesman of the forces a name before them
    owns ("Houthi military spokesman")."""
    return frozenset(word_list(FILE, "forces_words", read_mapping(FILE).get("forces_words")))


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """The roles a named speaker holds in an organisation ("spokesman", "head", "director")."""
    return frozenset(word_list(FILE, "title_nouns", read_mapping(FILE).get("title_nouns")))


@lru_cache(maxsize=1)
def anaphoric_owners() -> frozenset[str]:
    """Words that stand for an armed group named before ("the group's spokesman")."""
    words = read_mapping(FILE).get("anaphoric_owners")
    return frozenset(word_list(FILE, "anaphoric_owners", words))


def strip_the(surface: str) -> str:
    """A source's words without their leading article."""
    return re.sub(r"^(?:the|The)\s+", "", surface)
