"""The actor dictionary: named actors, countries and generic roles, loaded once from data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from khaldun.actors.phrases import PhraseIndex, cased_spans, expand, squeeze

DATA = "khaldun.data"
ACTOR_FILES = ("actors.yaml",)  # plus every actors/*.yaml with an `actors:` list


@dataclass(frozen=True)
class ActorEntry:
    """One named actor with its validity and lineage."""

    name: str
    inter: int
    country: str | None = None
    countries: tuple[str, ...] = ()
    wikidata: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    aliases: tuple[str, ...] = ()
    # a militia fighting for the state: its gains are the government's (ACLED "Government
    # regains territory")
    pro_government: bool = False
    # the side it fights where a text names no other (ACLED's main dyad), from a date on
    opponent: str | None = None
    opponent_since: date | None = None

    def valid(self, when: date | None) -> bool:
        """True when the actor existed under this name on that date (always, if no date)."""
        if when is None:
            return True
        if self.valid_from and when < self.valid_from:
            return False
        return not (self.valid_to and when >= self.valid_to)


@dataclass(frozen=True)
class Country:
    """A country as ACLED names it, with the words that point to it in text."""

    iso2: str
    name: str
    of: str
    demonyms: tuple[str, ...]
    names: tuple[str, ...]
    people: tuple[str, ...] = ()  # "Iranians": the country's people as a group


@dataclass(frozen=True)
class Role:
    """A generic descriptor class ("the army", "gunmen") resolved by country."""

    key: str
    inter: int
    template: str
    aliases: tuple[str, ...]
    demonym: bool = False
    after_demonym: tuple[str, ...] = ()
    speaker: bool = False  # before "said", the words name a source, not an actor
    not_before: tuple[str, ...] = ()  # "military analysts": the next word cancels the actor
    shift: dict[str, str] = field(default_factory=dict, hash=False)  # role -> verbs alternation
    by_country: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    # countries where a by_country name stands for the role only while it is of the role's
    # kind ("militants" in Afghanistan were the Taliban until they became the state)
    keep_class: tuple[str, ...] = ()
    # countries where the role, named bare ("soldiers", "warplanes"), is another country's
    # forces: {where: whose} (in the West Bank and Gaza, Israel's)
    bare_of: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Target:
    """What an alias in the index points to: a named actor, or a role for a given country."""

    actor: str | None = None
    role: str | None = None
    country: str | None = None  # set for "Iraqi troops": the demonym fixes the country
    prefixed: bool = False  # only counts after a demonym ("Turkish forces")


@dataclass
class Dictionary:
    """Everything the actor resolver needs."""

    actors: dict[str, ActorEntry]
    countries: dict[str, Country]
    roles: dict[str, Role]
    index: PhraseIndex[Target]
    predecessors: dict[str, str]
    suffixes: tuple[str, ...]  # words that extend a named actor's mention ("Houthi rebels")
    prefixes: dict[str, str]  # folded demonym or "<country>'s" -> ISO2 ("iraqi troops")
    defaults: dict[str, str] = field(default_factory=dict)  # sub-event type -> role


def _yaml(path: str) -> Any:
    text = resources.files(DATA).joinpath(path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader)  # libyaml: ten times faster start-up


def _actor_files() -> list[str]:
    folder = resources.files(DATA).joinpath("actors")
    extra = sorted(f"actors/{p.name}" for p in folder.iterdir() if p.name.endswith(".yaml"))
    return list(ACTOR_FILES) + extra


def _entry(raw: dict[str, Any]) -> ActorEntry:
    country = raw.get("country")
    countries = tuple(raw.get("countries") or ([country] if country else []))
    aliases = _flat(raw.get("aliases") or ()) + tuple(raw.get("acled") or ())
    return ActorEntry(
        name=raw["name"],
        inter=int(raw["inter"]),
        country=country,
        countries=countries,
        wikidata=raw.get("wikidata"),
        valid_from=raw.get("valid_from"),
        valid_to=raw.get("valid_to"),
        successor=raw.get("successor"),
        aliases=(raw["name"],) + aliases,
        pro_government=bool(raw.get("pro_government")),
        opponent=raw.get("opponent"),
        opponent_since=raw.get("opponent_since"),
    )


def _acled_acronym(name: str) -> str | None:
    """The short name an ACLED name opens with ("HNDZ: Nour al-Din al-Zinki Movement"), when
    it is an acronym of three letters or more that keeps its case in text."""
    head, colon, _ = name.partition(": ")
    if not colon or len(head) < 3 or " " in head:
        return None
    return head if cased_spans(head) == ((0, len(head), head),) else None


def _flat(items: Any) -> tuple[str, ...]:
    """Aliases as a flat tuple: a YAML anchor (*houthi) may nest a shared list in a list."""
    out: list[str] = []
    for item in items:
        out.extend(_flat(item) if isinstance(item, list) else [item])
    return tuple(out)


def _countries(raw: dict[str, Any]) -> dict[str, Country]:
    return {
        iso: Country(
            iso2=iso,
            name=c["name"],
            of=c.get("of") or c["name"],
            demonyms=tuple(c.get("demonyms") or ()),
            names=tuple(c.get("names") or ()),
            people=tuple(c.get("people") or ()),
        )
        for iso, c in raw.items()
    }


def _roles(raw: dict[str, Any]) -> dict[str, Role]:
    return {
        key: Role(
            key=key,
            inter=int(r["inter"]),
            template=r["actor"],
            aliases=tuple(r.get("aliases") or ()),
            demonym=bool(r.get("demonym")),
            after_demonym=tuple(r.get("after_demonym") or ()),
            speaker=bool(r.get("speaker")),
            not_before=tuple(str(w).lower() for w in r.get("not_before") or ()),
            shift=dict(r.get("shift") or {}),
            by_country={k: tuple(v) for k, v in (r.get("by_country") or {}).items()},
            keep_class=tuple(r.get("keep_class") or ()),
            bare_of={str(k): str(v) for k, v in (r.get("bare_of") or {}).items()},
        )
        for key, r in raw.items()
    }


def _add_role_aliases(index: PhraseIndex[Target], role: Role, taken: set[str]) -> None:
    """Index a role's phrases, skipping those a named actor or an earlier role already took."""
    for alias in role.aliases:
        for variant in expand(alias):
            _add_once(index, variant, Target(role=role.key), taken)
    for alias in role.after_demonym:
        for variant in expand(alias):
            _add_once(index, variant, Target(role=role.key, prefixed=True), taken)


def _add_once(index: PhraseIndex[Target], phrase: str, target: Target, taken: set[str]) -> None:
    """A named actor's alias (or an earlier role's) wins over the same words read generically."""
    key = squeeze(phrase)
    if key not in taken:
        taken.add(key)
        index.add(phrase, target)


@lru_cache(maxsize=1)
def load() -> Dictionary:
    """Read and index the dictionary (cached: built once per process)."""
    docs = {path: _yaml(path) or {} for path in _actor_files()}
    generic = _yaml("actors/generic.yaml")
    countries = _yaml("actors/countries.yaml")["countries"]
    return build(docs, countries, generic["roles"], generic.get("defaults"))


def build(
    actor_docs: dict[str, dict[str, Any]],
    countries_raw: dict[str, Any],
    roles_raw: dict[str, Any],
    defaults: dict[str, str] | None = None,
) -> Dictionary:
    """Index parsed actor files (name -> document), countries, roles and default roles."""
    actors: dict[str, ActorEntry] = {}
    suffixes: dict[str, None] = {}
    for path, raw in actor_docs.items():
        for pattern in (raw.get("suffixes") or {}).values():
            suffixes.update(dict.fromkeys(squeeze(s) for s in expand(pattern)))
        for item in raw.get("actors") or []:
            entry = _entry(item)
            if entry.name in actors:
                raise ValueError(f"actor dictionary {path}: duplicate actor {entry.name!r}")
            actors[entry.name] = entry
    countries = _countries(countries_raw)
    roles = _roles(roles_raw)
    _check(actors, roles, countries)
    for sub, role in (defaults or {}).items():
        if role not in roles:
            raise ValueError(f"generic role defaults: {sub!r} names unknown role {role!r}")
    index: PhraseIndex[Target] = PhraseIndex()
    acronyms = [_acled_acronym(e.name) for e in actors.values()]
    for entry, acronym in zip(actors.values(), acronyms, strict=True):
        index.add_all(entry.aliases, Target(actor=entry.name))
        if acronym and acronyms.count(acronym) == 1:
            index.add(acronym, Target(actor=entry.name))  # "HNDZ fighters": ACLED's own short name
    taken = set(index.keys())
    for role in roles.values():
        _add_role_aliases(index, role, taken)
    if "civilians" in roles:
        for c in countries.values():
            for word in c.people:
                _add_once(index, word, Target(role="civilians", country=c.iso2), taken)
    predecessors = {e.successor: e.name for e in actors.values() if e.successor}
    prefixes = {
        squeeze(word): c.iso2
        for c in countries.values()
        for word in c.demonyms + tuple(f"{n}'s" for n in c.names)
    }
    return Dictionary(
        actors, countries, roles, index, predecessors, tuple(suffixes), prefixes, defaults or {}
    )


def _check(
    actors: dict[str, ActorEntry], roles: dict[str, Role], countries: dict[str, Country]
) -> None:
    """Fail loudly on a successor or a by_country name that names no actor."""
    for entry in actors.values():
        if entry.successor and entry.successor not in actors:
            raise ValueError(f"actor {entry.name!r}: unknown successor {entry.successor!r}")
    for role in roles.values():
        for iso in (*role.bare_of, *role.bare_of.values()):
            if iso not in countries:
                raise ValueError(
                    f"generic role {role.key!r}: bare_of names unknown country {iso!r}")
        for iso, names in role.by_country.items():
            country = countries.get(iso)
            generated = template_name(role.template, country) if country else None
            for name in names:
                if name not in actors and name != generated:
                    raise ValueError(f"generic role {role.key!r} ({iso}): unknown actor {name!r}")


def template_name(template: str, country: Country | None) -> str:
    """Fill a role's name template; with no country, drop the parenthesised part."""
    if country is None:
        bare = template.replace(" ({country})", "").replace(" of {of}", "")
        return bare.replace("{country}", "").replace("{of}", "").strip()
    return template.format(country=country.name, of=country.of)
