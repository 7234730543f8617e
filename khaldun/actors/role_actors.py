"""The dictionary actor a role, an alias or a name stands for in a country on a date: roles'
generated names ("Military Forces of Syria"), names kept by period, successors and
predecessors (Nusra -> JFS -> HTS), state forces abroad."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from khaldun.actors.dictionary import Dictionary, Role, load, template_name
from khaldun.data import pattern_list, read_mapping
from khaldun.records import AIR_STRIKE, EXTERNAL, STATE_FORCES, Actor


def default_actor(
    sub_event_type: str, country: str | None, when: date | None = None
) -> Actor | None:
    """Who acted when the text names no one ("Air/drone strike" in YE -> the coalition; where
    the role's bare word stands for another country's forces, theirs), or None."""
    role = load().defaults.get(sub_event_type)
    if not role:
        return None
    whose = load().roles[role].bare_of.get(country or "")
    return role_actor(role, whose, when, context=country) if whose else role_actor(
        role, country, when)


@lru_cache(maxsize=1)
def _air_powers() -> re.Pattern[str]:
    raw = read_mapping("event_words.yaml").get("air_powers")
    return pattern_list("khaldun/data/event_words.yaml", "air_powers", raw, whole=True)


def strikes_from_air(actor: Actor, country: str | None) -> bool:
    """The actor could have carried out an air strike in the country: one that strikes from
    the air (event_words.yaml `air_powers`), a foreign state's forces abroad, or the forces the
    dictionary makes the striker of air strikes there that the text names no one for (whatever
    their dated name)."""
    if actor.inter == EXTERNAL or _air_powers().fullmatch(actor.name):
        return True
    default = default_actor(AIR_STRIKE, country)
    return default is not None and _undated(default.name) == _undated(actor.name)


def _undated(name: str) -> str:
    """ "Military Forces of Syria (2011-2024)": the name without its period."""
    return _PERIOD.sub("", name)


_PERIOD = re.compile(r"\s+\(\d{4}-(?:\d{4})?\)$")


def fights_for_the_state(actor: Actor | None) -> bool:
    """State forces, or a militia the dictionary marks as fighting for the state."""
    if actor is None:
        return False
    entry = load().actors.get(actor.name)
    return actor.inter == 1 or bool(entry and entry.pro_government)


def country_name(iso2: str | None) -> str | None:
    """The country name ACLED writes in actor names ("SY" -> "Syria"), or None if unknown."""
    c = load().countries.get(iso2 or "")
    return c.name if c else None


def civilians(country: str | None) -> Actor:
    """ "Civilians (<Country>)", inter 7 (plain "Civilians" when the country is unknown)."""
    return role_actor("civilians", country, None)


def role_actor(
    role: str, country: str | None, when: date | None = None, context: str | None = None
) -> Actor:
    """The actor a generic role stands for in a country ("state" in SY -> Military Forces of Syria).

    `context` is where the event happens, when it differs from the actor's country (Russian
    jets over Syria): state forces abroad are inter 8.
    """
    d = load()
    spec: Role = d.roles[role]
    name = _role_name(role, country, when)
    if name in d.actors:
        return dictionary_actor(name, context or country)
    home = country if "{" in spec.template else None
    return _contextual(Actor(name=name, inter=spec.inter, country=home), context or country)


@lru_cache(maxsize=4096)
def _role_name(role: str, country: str | None, when: date | None) -> str:
    """Name of the actor a role stands for (cached: the same few roles recur in every text)."""
    d = load()
    spec = d.roles[role]
    names = spec.by_country.get(country or "", ())
    generated = template_name(spec.template, d.countries.get(country or ""))
    if not names:
        # "Military Forces of Afghanistan" is kept by period: "(2004-2021)", "(2021-)".
        names = _periods(generated) or (generated,)
    kept = country in spec.keep_class
    return _first_valid(d, names, when, spec.inter if kept else None, generated)


@lru_cache(maxsize=1024)
def _periods(name: str) -> tuple[str, ...]:
    """The dictionary's names of an actor kept by period: "Military Forces of Afghanistan"
    is "... (2004-2021)" and "... (2021-)" (cached: _role_name's key holds the date)."""
    return tuple(n for n in load().actors if n.startswith(name + " ("))


def _first_valid(
    d: Dictionary,
    names: Sequence[str],
    when: date | None,
    inter: int | None = None,
    generated: str | None = None,
) -> str:
    """First by_country name valid on the date; with no date, the first one still current.
    With the role's `inter` given (its keep_class countries), a name whose successor on the
    date is of another class stands for the role's own `generated` name instead ("militants"
    in Afghanistan after 2021 are not the Taliban's state forces)."""
    if when is None:
        for name in names:
            entry = d.actors.get(name)
            if entry is None or entry.valid_to is None:
                return name
        return names[-1]
    for name in names:
        entry = d.actors.get(name)
        if entry is None:
            return name
        current = _lineage_at(d, name, when)
        reclassed = inter is not None and d.actors[current].inter != inter
        if d.actors[current].valid(when) and not (reclassed and current != name):
            return current
        if reclassed and current != name and generated:
            return generated
    return _lineage_at(d, names[-1], when) if names[-1] in d.actors else names[-1]


def pick_name(names: list[str], country: str | None, when: date | None) -> str:
    """Choose among actors sharing an alias: valid on the date, of this country, still current."""
    d = load()

    def rank(item: tuple[int, str]) -> tuple[bool, bool, bool, int]:
        i, name = item
        e = d.actors[name]
        return (
            not e.valid(when),
            not (country is not None and country in e.countries),
            when is None and e.valid_to is not None,
            i,
        )

    _, best = min(enumerate(names), key=rank)
    return _lineage_at(d, best, when)


def name_on(name: str, when: date | None) -> str:
    """A dictionary actor's name on the date (AMISOM for an event of 2017, not its successor
    AUSSOM); any other name as it is."""
    d = load()
    return _lineage_at(d, name, when) if name in d.actors else name


def _lineage_at(d: Dictionary, name: str, when: date | None) -> str:
    """Follow successors (Nusra -> JFS -> HTS) or predecessors to the name valid on the date."""
    if when is None:
        return name
    seen = {name}
    entry = d.actors[name]
    while entry.valid_to and when >= entry.valid_to and entry.successor not in (None, *seen):
        entry = d.actors[entry.successor]
        seen.add(entry.name)
    while entry.valid_from and when < entry.valid_from and d.predecessors.get(entry.name):
        previous = d.predecessors[entry.name]
        if previous in seen:
            break
        entry = d.actors[previous]
        seen.add(entry.name)
    return entry.name


def dictionary_actor(name: str, context: str | None) -> Actor:
    """The dictionary's actor of that name, seen from the country the event happens in."""
    e = load().actors[name]
    actor = Actor(name=e.name, inter=e.inter, country=e.country, wikidata=e.wikidata)
    return _contextual(actor, context)


def _contextual(actor: Actor, context: str | None) -> Actor:
    if actor.inter == STATE_FORCES and context and actor.country and actor.country != context:
        actor.inter = EXTERNAL
    return actor
