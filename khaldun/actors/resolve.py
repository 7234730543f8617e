"""Actor resolution: names, aliases and generic descriptors to ACLED actors by country and date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from khaldun.actors.dictionary import Dictionary, Role, Target, load, template_name
from khaldun.actors.phrases import (
    adjective_use,
    cased_spans,
    fold,
    lexicon_alternation,
    squeeze,
)
from khaldun.actors.theatres import Shares, names_aircraft, theatres
from khaldun.claims.lexicon import speech_after
from khaldun.places.lexicon import country_vote_cues, demonyms
from khaldun.records import EXTERNAL, NON_STATE_ARMED, STATE_FORCES, Actor

# a descriptor quoted alone: "terrorists", \u201cgangs\u201d (straight or curly quotes)
_QUOTED = re.compile("^[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019]+[\"\u201d\u2019']$")
PREFIX_WINDOW = 40  # characters looked back for a demonym before a generic descriptor
_NEXT_WORD = re.compile(r"\s+([\w'\u2019]+)")
_SOURCE_NOUN = re.compile(rf"\s+(?:{lexicon_alternation('source_nouns')})\b", re.I)
_SPEAKS = re.compile(
    r"(?:\s+(?:who|in|from|of|at|on)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?,?\s+"
    r"(?:have |had |has |also |later |earlier )?"
    rf"(?:{speech_after(plural=True, role=True)})\b",
    re.I,
)


@dataclass
class ActorMention:
    """One actor named in a text, with character offsets into that text."""

    start: int
    end: int
    surface: str
    actor: Actor
    generic: bool  # True when the words name a role and the country came from context
    role: str | None = None  # the generic role the words named ("state", "air", "civilians")


def find_actors(
    text: str, country: str | None = None, when: date | None = None, adjectives: bool = False
) -> list[ActorMention]:
    """Actors mentioned in text, in text order; the longest alias wins where aliases overlap.
    With `adjectives`, named actors used as adjectives ("YPG-held") count too."""
    d = load()
    folded = fold(text)
    mentions: list[ActorMention] = []
    for hit in d.index.find(text):
        previous_end = mentions[-1].end if mentions else -1
        if hit.start < previous_end:
            continue  # swallowed by the previous mention's suffix ("Houthi rebels")
        targets = [e.target for e in hit.entries]
        generic = targets[0].role is not None
        if adjective_use(text, hit.start, hit.end, generic) and (generic or not adjectives):
            continue
        if targets[0].role:
            mention = _role_mention(
                text, folded, hit.start, hit.end, targets[0], previous_end, country, when
            )
        else:
            actor = _actor(_pick([t.actor for t in targets if t.actor], country, when), country)
            end = _extend_suffix(folded, hit.end)
            mention = ActorMention(hit.start, end, text[hit.start : end], actor, False)
        if mention is not None:
            mentions.append(mention)
    return mentions


@dataclass(frozen=True)
class HomeCountries:
    """Countries the actors of a text belong to or fight in: evidence of where it happens."""

    armed_groups: tuple[str, ...]  # one per mention of a non-state armed group
    states: tuple[str, ...]  # one per state whose forces are named
    # (country, share) where the actors fight, for actors and descriptors with a known
    # theatre (khaldun/data/theatres.yaml): per mention of an armed group at home, once for
    # others (a world-wide movement, a state, a descriptor).
    theatres: tuple[tuple[str, float], ...] = ()


def home_countries(text: str, when: date | None = None) -> HomeCountries:
    """Home countries of the named actors in text ("YPG-held" included) and theatres of its
    actors and generic descriptors ("regime forces")."""
    known = theatres()
    armed: list[str] = []
    states: list[str] = []
    fought: list[tuple[str, float]] = []
    counted: set[str] = set()  # descriptors and states vote once
    aired = known.airborne if names_aircraft(text) else {}  # the PKK bombed in its bases
    for m in find_actors(text, None, when, adjectives=True):
        if m.generic:
            word = known.descriptor(m.surface)
            if word and word not in counted:
                counted.add(word)
                fought.extend(known.descriptors[word][1].items())
            continue
        actor = m.actor
        shares = (known.of_phrase(m.surface) or aired.get(actor.name)
                  or _theatre(known.actors, actor.name))
        if _fires_from_home(text, m):
            # "mortar rounds launched by Saudi gunners" land where those soldiers are not: abroad
            if shares is None or actor.name in counted:
                continue
            shares = {c: v for c, v in shares.items() if c != actor.country}
        if shares is None:
            if actor.country and actor.inter in NON_STATE_ARMED:
                armed.append(actor.country)
            elif actor.country and actor.inter == STATE_FORCES:
                states.append(actor.country)
        elif actor.inter in NON_STATE_ARMED and actor.country or actor.name not in counted:
            # A group at home votes per mention; a world-wide movement (Islamic State) once:
            # its name, however often said, points at no country of its own.
            counted.add(actor.name)
            fought.extend(shares.items())
    return HomeCountries(tuple(armed), tuple(dict.fromkeys(states)), tuple(fought))


def _fires_from_home(text: str, m: ActorMention) -> bool:
    """A state's forces named by their demonym fire from afar ("Saudi artillery", "shells
    launched by Saudi gunners"): from home, across a border."""
    word = re.match(r"[\w']*", m.surface).group(0)
    return (m.actor.inter == STATE_FORCES and word.lower() in demonyms()
            and country_vote_cues().from_afar(text, m.start, m.start + len(word)))


def _theatre(actors: dict[str, Shares], name: str) -> Shares | None:
    """Where an actor fights, as mined under its name or an earlier one (Nusra for HTS)."""
    predecessors = load().predecessors
    seen = {name}
    while name not in actors and name in predecessors and predecessors[name] not in seen:
        name = predecessors[name]
        seen.add(name)
    return actors.get(name)


def _role_mention(
    text: str,
    folded: str,
    start: int,
    end: int,
    target: Target,
    previous_end: int,
    country: str | None,
    when: date | None,
) -> ActorMention | None:
    """A generic descriptor as an actor, or None where the words are not an actor here."""
    role = load().roles[target.role or ""]
    prefix = _demonym_before(text, folded, start) if role.demonym else None
    if target.country:
        prefix = (start, target.country)  # "Iranians": the word itself names the country
    if prefix and prefix[0] < previous_end:
        prefix = None
    if prefix is None and target.prefixed:
        return None  # bare "forces": only "Turkish forces" names someone
    if role.speaker and _SPEAKS.match(text, end):
        return None  # "officials said", "residents told AFP": sources, not actors
    if prefix is None and _QUOTED.match(text[max(0, start - 1) : end + 1]):
        return None  # blamed "terrorists": a speaker's label for someone, not who they are
    if _SOURCE_NOUN.match(text, end):
        return None  # "a military source", "army spokesman": who speaks, not who acts
    following = _NEXT_WORD.match(folded, end)
    if following and following.group(1) in role.not_before:
        return None  # "military analysts", "army hospital"
    key = _shifted(role, folded, end)
    if prefix:
        start, iso = prefix
        actor = role_actor(key, iso, when, context=country)
    else:
        actor = role_actor(key, country, when)
    return ActorMention(start, end, text[start:end], actor, prefix is None, key)


def _shifted(role: Role, folded: str, end: int) -> str:
    """The role that the following verb makes of the words ("workers protested": protesters)."""
    for other, pattern in _shift_patterns(role.key):
        if pattern.match(folded, end):
            return other
    return role.key


@lru_cache(maxsize=64)
def _shift_patterns(role: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for other, verbs in load().roles[role].shift.items():
        words = "|".join(sorted((squeeze(v) for v in verbs.split("|")), key=len, reverse=True))
        # A phrase may come between: "workers of the Haft Tappeh sugar company protested";
        # anything else may be another subject ("civilians fled as troops marched").
        between = r"(?: (?:of|from|in|at|on|with|who|across|throughout) [\w'.]+(?: [\w'.]+){0,5}?)?"
        tense = r"(?: (?:have|had|has|also|again|then|later|reportedly|all))*"
        out.append((other, re.compile(rf"{between}{tense} (?:{words})\b")))
    return tuple(out)


def resolve_actor(
    phrase: str, country: str | None = None, when: date | None = None
) -> Actor | None:
    """The actor a phrase names ("regime forces", "Civilians (Syria)", "ISIS"), or None."""
    key = squeeze(phrase)
    named = _templates().get(key)
    if named:
        role, iso = named
        return role_actor(role, iso, when, context=country)
    mentions = find_actors(phrase, country, when)
    return mentions[0].actor if mentions else None


def default_actor(
    sub_event_type: str, country: str | None, when: date | None = None
) -> Actor | None:
    """Who acted when the text names no one ("Air/drone strike" in YE -> the coalition), or None."""
    role = load().defaults.get(sub_event_type)
    return role_actor(role, country, when) if role else None


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
        return _actor(name, context or country)
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


def _pick(names: list[str], country: str | None, when: date | None) -> str:
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


def _actor(name: str, context: str | None) -> Actor:
    e = load().actors[name]
    actor = Actor(name=e.name, inter=e.inter, country=e.country, wikidata=e.wikidata)
    return _contextual(actor, context)


def _contextual(actor: Actor, context: str | None) -> Actor:
    if actor.inter == STATE_FORCES and context and actor.country and actor.country != context:
        actor.inter = EXTERNAL
    return actor


def _extend_suffix(folded: str, end: int) -> int:
    """Take in a following word that names the group's members ("Houthi rebels")."""
    m = _suffix_pattern().match(folded, end)
    return m.end() if m else end


def country_before(text: str, start: int) -> tuple[int, str, str] | None:
    """The country a demonym or "<country>'s" just before start names: (its start, ISO2, the
    country's demonym)."""
    found = _demonym_before(text, fold(text), start)
    if found is None:
        return None
    demonyms = load().countries[found[1]].demonyms
    return (*found, demonyms[0]) if demonyms else None


def _demonym_before(text: str, folded: str, start: int) -> tuple[int, str] | None:
    """A demonym or "<country>'s" just before a generic descriptor: (new start, ISO2)."""
    window_start = max(0, start - PREFIX_WINDOW)
    m = _prefix_pattern().search(folded, window_start, start)
    if not m:
        return None
    word = m.group(1)
    iso, spans = _prefix_table()[word]
    at = m.start(1)
    if not all(text[at + a : at + b] == token for a, b, token in spans):
        return None
    return at, iso


@lru_cache(maxsize=1)
def _prefix_table() -> dict[str, tuple[str, tuple]]:
    d = load()
    out: dict[str, tuple[str, tuple]] = {}
    for c in d.countries.values():
        for word in c.demonyms + tuple(f"{n}'s" for n in c.names):
            out.setdefault(squeeze(word), (c.iso2, cased_spans(word)))
    return out


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    words = sorted(_prefix_table(), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", " +") for w in words)
    return re.compile(rf"(?<![\w.'])({alternation}) +\Z")


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    words = sorted(load().suffixes, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:'s)? +(?:{alternation})(?![\w])")


@lru_cache(maxsize=1)
def _templates() -> dict[str, tuple[str, str]]:
    """Folded generated names ("civilians (syria)") -> (role, ISO2)."""
    d = load()
    out: dict[str, tuple[str, str]] = {}
    for role in d.roles.values():
        for c in d.countries.values():
            out.setdefault(squeeze(template_name(role.template, c)), (role.key, c.iso2))
    return out


def targets_of(phrase: str) -> list[Target]:
    """The dictionary entries an exact phrase points to (for tests and debugging)."""
    return [e.target for e in load().index.get(phrase)]
