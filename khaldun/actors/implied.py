"""Settle an event's sides once its place and date are known (codebook §3).

The sentence finders name who acted where the words say so; this fills in what the event as a
whole implies: an armed actor its sentences name that is neither a victim nor a speaker ("a
market bombing claimed by X", "killed when X attacked"), else the actor of the same kind of
event earlier in the article, else the default for the sub-type ("Unidentified Armed Group
(<country>)" for an unclaimed violent event); state forces outside their own country are
external forces (inter 8); one side is never both. Patterns: khaldun/data/sides.yaml.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from khaldun.actors.dictionary import load
from khaldun.actors.resolve import UNIDENTIFIED, find_actors
from khaldun.actors.role_actors import (
    default_actor,
    dictionary_actor,
    fights_for_the_state,
    pick_name,
    role_actor,
    strikes_from_air,
)
from khaldun.countries import resolve as country_code
from khaldun.data import pattern_list
from khaldun.nlp.grammar_words import words
from khaldun.records import (
    AIR_STRIKE,
    ARMED_CLASH,
    ARMED_CLASSES,
    CIVILIANS,
    EVENT_TYPES,
    EXCESSIVE_FORCE,
    EXTERNAL,
    NON_STATE_ARMED,
    POLITICAL_MILITIAS,
    PROTESTERS,
    REBELS,
    RIOTERS,
    STATE_FORCES,
    Actor,
)

log = logging.getLogger("khaldun.actors")
SIDES_FILE = "sides.yaml"
BATTLES = tuple(EVENT_TYPES["Battles"])
# Sub-types of armed violence, which a state's armed forces carry out, not its government.
ARMED_VIOLENCE = frozenset(
    sub for kind in ("Battles", "Explosions/Remote violence") for sub in EVENT_TYPES[kind]
)
INTERVENTION = "Protest with intervention"
ATTACK = "Attack"
# violence that hits people where they are: its civilian dead are the side acted on (not a
# battle's, fought by two armed sides)
HITS_PEOPLE = frozenset(
    {*EVENT_TYPES["Explosions/Remote violence"], *EVENT_TYPES["Violence against civilians"]}
)
SUSPECT_WINDOW = 60  # characters looked back for "suspected to be members of" before a name
SPEAKER_WINDOW = 120  # characters looked back for "said A B, a member of" before a name
_INNER_WORD = re.compile(r"(?<=\s)\w")  # where each word after a mention's first begins
_PROPER = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")  # a country's name, if any


@dataclass(frozen=True)
class Sides:
    """The two sides of one event and what decides them beyond its sentence."""

    sub_event_type: str
    actor1: Actor | None
    actor2: Actor | None
    country: str | None  # where the event happened
    when: date | None
    sentences: list[str] = field(default_factory=list)  # the event's sentences, in order
    # sentences elsewhere in the article: a claim of responsibility there ("X said it carried
    # out the attack") names the perpetrator of the article's only violent event
    elsewhere: list[str] = field(default_factory=list)


def settle(
    sides: Sides, earlier: dict[str, tuple[Actor, Actor | None]]
) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of an event: implied perpetrator, external forces, distinct sides.

    `earlier` maps a sub-event type to the named actor1 of the article's last event of that
    type (it stands in only where the sub-type's default is no unidentified group) and the
    side it acted on (a battle of that actor1 with no other side named is with it again); it
    is updated with this event's sides when the text named actor1.
    """
    actor1, actor2 = sides.actor1, sides.actor2
    if sides.sub_event_type == EXCESSIVE_FORCE and actor1 is not None and actor1.inter in (
        PROTESTERS, RIOTERS
    ):
        actor1, actor2 = None, actor2 or actor1  # force used on marchers is not theirs (§3)
    if actor1 is not None and not actor1.name.startswith(UNIDENTIFIED):
        before = _foe_before(earlier.get(sides.sub_event_type), actor1)
        earlier[sides.sub_event_type] = (actor1, actor2 or before)
    if sides.sub_event_type in HITS_PEOPLE and _civilians_hit(sides) and (
            actor2 is None or actor2.inter in ARMED_CLASSES):
        # "killing ten people, mostly civilians" near a checkpoint: the civilians were hit,
        # not the forces the place or a few of the dead stand for
        actor2 = role_actor("civilians", sides.country, sides.when)
    elif sides.sub_event_type in ARMED_VIOLENCE and (actor2 is None or (
            actor2.inter == CIVILIANS and sides.sub_event_type not in BATTLES)):
        actor2 = _victims_side(sides, actor1) or actor2
    elif sides.sub_event_type == ATTACK and (actor2 is None or actor2.inter == CIVILIANS):
        # "gunmen killed six people ... the six were soldiers": the state's forces were hit
        forces = _victims_side(sides, actor1)
        actor2 = forces if forces is not None and forces.inter in (STATE_FORCES, EXTERNAL) else (
            actor2)
    # "A suicide bomber struck ... No group claimed responsibility": no descriptor names who
    unclaimed = _unclaimed(sides)
    if actor1 is not None and unclaimed and _guessed(sides, actor1):
        actor1 = None
    if actor1 is None:
        actor1 = named_perpetrator(sides, actor2, descriptors=not unclaimed)
    elif actor1.name.startswith(UNIDENTIFIED) or _guessed(sides, actor1):
        # "gunmen suspected to be members of X", "X claimed the attack": X acted (over a
        # group guessed from a descriptor: "a suicide bomber" is no name)
        actor1 = named_perpetrator(sides, actor2, attributed=True) or actor1
    elif _unnamed_home_forces(sides, actor1):
        # "a drone attack hit X ... officials blamed Russia": the home army was only a guess
        actor1 = _blamed_state(sides, _patterns()) or actor1
    if (actor1 is None or actor1.name.startswith(UNIDENTIFIED) or _guessed(sides, actor1)) and (
            sides.elsewhere):
        claimed = replace(sides, sentences=sides.elsewhere)
        actor1 = named_perpetrator(claimed, actor2, attributed=True, allegiance=False) or actor1
    if actor1 is None or actor1.name.startswith(UNIDENTIFIED) or _guessed(sides, actor1):
        # "the group's news agency said its fighters killed five soldiers": the outlet speaks
        # for the group, which claims the act as its own
        actor1 = _claiming_voice(sides) or actor1
    if actor1 is None or actor1.name.startswith(UNIDENTIFIED):
        actor1 = communal_militia(sides) or actor1
    if actor1 is None:
        default = default_actor(sides.sub_event_type, sides.country, sides.when)
        # the article's earlier air raids name who flies; an attack no one is named for is
        # an unidentified group's, whoever did the article's earlier ones (codebook §3)
        unnamed = default is not None and default.name.startswith(UNIDENTIFIED)
        before = earlier.get(sides.sub_event_type)
        # (a battle no side is named for goes on between the sides of the article's last)
        if before is not None and unnamed and (unclaimed or not (
                sides.sub_event_type in BATTLES and _foe_before(before, before[0]))):
            before = None  # (and "no group claimed it": the text says no one is known)
        actor1 = (before[0] if before else None) or default
        if actor1 is not None:
            log.debug("implied actor1 %s for %s", actor1.name, sides.sub_event_type)
    if actor2 is None and sides.sub_event_type in BATTLES:
        actor2 = (_foe_before(earlier.get(sides.sub_event_type), actor1)
                  or unnamed_opponent(actor1, sides.country, sides.when) or _mutual(sides, actor1))
    if sides.sub_event_type == INTERVENTION and (actor2 is None or actor2.inter == CIVILIANS):
        # ("police fired tear gas ... 50 people were injured": the hurt are the marchers; the
        # side acted on them is the force)
        actor2 = intervening_force(sides, actor1) or actor2
    if actor1 is not None and _unknown_flyers(sides, actor1):
        # "unidentified warplanes bombed X": who flies there is no guess the text leaves open
        # (codebook §3: an unnamed perpetrator is an unidentified armed group)
        actor1 = role_actor("gunmen", sides.country, sides.when) or actor1
    if actor1 is not None and _governs(actor1) and sides.sub_event_type in ARMED_VIOLENCE:
        # "government shelling", "government air strikes": the state's forces fired
        actor1 = role_actor("state", actor1.country or sides.country, sides.when)
    if actor2 is not None and sides.sub_event_type in HITS_PEOPLE and _governs(actor2) and (
            not _leader_hit(sides, actor2)):
        # "a bomb outside the house of a council member", "targeted a government official":
        # those who serve a government, and its offices, are civilians when violence hits
        # them (ACLED codes the government their associate, not a side); its leaders
        # ("the prime minister's convoy") stand for the government
        actor2 = role_actor("civilians", sides.country or actor2.country, sides.when)
    actor1, actor2 = abroad(actor1, sides.country), abroad(actor2, sides.country)
    actor1, actor2 = _home_forces(sides, actor1), _home_forces(sides, actor2)
    if actor2 is not None and actor2.inter == CIVILIANS and sides.country and (
            actor2.country not in (None, sides.country)):
        # the civilians hit are those of where it happened (a rocket from Gaza on Sderot)
        actor2 = role_actor("civilians", sides.country, sides.when) or actor2
    if sides.sub_event_type == ARMED_CLASH and _unnamed_sides(sides, actor1, actor2) and (
            actor2.inter in (STATE_FORCES, EXTERNAL) and actor1.inter not in (
                STATE_FORCES, EXTERNAL)):
        # "Clashes also broke out in X": a fight its sentence names no side of, between the
        # sides told before: the state's forces first, as ACLED lists them when no one is said
        # to have attacked
        actor1, actor2 = actor2, actor1
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name and not (
            actor1.name.startswith(UNIDENTIFIED) and sides.sub_event_type in BATTLES):
        actor2 = None  # one side named twice is not both sides (unnamed groups may fight)
    return actor1, actor2


def _victims_side(sides: Sides, actor1: Actor | None) -> Actor | None:
    """The armed side the event's sentences, or those told right after it, say its dead or
    wounded were ("the dead were all soldiers", "killing six people, all of them policemen",
    "two soldiers were among the dead"): victims a sentence named only as people, or not at
    all, were that side (codebook §3)."""
    patterns = _patterns()
    for text in (*sides.sentences, *sides.elsewhere):
        for m in find_actors(text, sides.country, sides.when):
            if m.actor.inter not in ARMED_CLASSES or (
                    actor1 is not None and m.actor.name == actor1.name):
                continue
            before = text[max(0, m.start - SUSPECT_WINDOW) : m.start]
            if patterns.victims_before.search(before) or patterns.victims_after.match(text, m.end):
                return m.actor
    return None


def _claiming_voice(sides: Sides) -> Actor | None:
    """The non-state armed group a source speaks for (sources.yaml `voice`: a group's news
    agency or radio) where the event's sentences, or those told after it, have that source
    claim the act (sides.yaml suspect_after), else None."""
    from khaldun.actors.source_lexicon import voice_of
    from khaldun.actors.source_mentions import find_sources

    claims, actors = _patterns().suspect_after, load().actors
    for text in (*sides.sentences, *sides.elsewhere):
        for source in find_sources(text, sides.country):
            voice = voice_of(source.name)
            entry = actors.get(voice)
            if entry is None or entry.inter not in NON_STATE_ARMED:
                continue
            if claims.match(text, source.end):
                log.debug("perpetrator %s claimed by its voice %s", voice, source.name)
                return dictionary_actor(pick_name([voice], sides.country, sides.when),
                                        sides.country)
    return None


def _unnamed_sides(sides: Sides, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Both sides are known, and the event's sentences name neither (they came from the
    events told before) nor tell it as one side's attack (sides.yaml onslaught)."""
    if actor1 is None or actor2 is None or not sides.sentences:
        return False
    if any(_patterns().onslaught.search(text) for text in sides.sentences):
        return False  # "the attacks took place in X": the attacker told before acted
    names = {actor1.name, actor2.name}
    return not any(m.actor.name in names for text in sides.sentences
                   for m in find_actors(text, sides.country, sides.when))


def _leader_hit(sides: Sides, government: Actor) -> bool:
    """The event's sentences name the government by one of its leaders ("the prime
    minister", "the interior minister": sides.yaml government_leaders)."""
    leaders = _patterns().government_leaders
    return any(m.actor.name == government.name and leaders.search(m.surface)
               for text in sides.sentences for m in find_actors(text, sides.country, sides.when))


def _civilians_hit(sides: Sides) -> bool:
    """The event's sentences, or those told right after it, say most or all of its dead or
    wounded were civilians ("killing ten people, mostly civilians")."""
    said = _patterns().civilian_victims
    return any(said.search(text) for text in (*sides.sentences, *sides.elsewhere))


def _guessed(sides: Sides, actor: Actor) -> bool:
    """A non-state group the event's sentences name only by a descriptor ("a suicide
    bomber"), not by name (a state's forces are what "troops" say), or as a speaker."""
    speaks = _patterns().speaks  # ("the Taliban denied involvement": no name of who acted)
    return actor.inter in NON_STATE_ARMED and not any(
        m.actor.name == actor.name and not m.generic and not speaks.match(text, m.end)
        for text in sides.sentences
        for m in find_actors(text, sides.country, sides.when)
    )


def _unclaimed(sides: Sides) -> bool:
    """The event's sentences, or those told after it, say no one claimed it."""
    return any(says_unclaimed(text) for text in (*sides.sentences, *sides.elsewhere))


def says_unclaimed(text: str) -> bool:
    """The text says no one claimed the act (sides.yaml unclaimed)."""
    return _patterns().unclaimed.search(text) is not None


def aimed_at_someone(texts: list[str]) -> bool:
    """Some text tells the act as aimed at a person ("tried to assassinate", "survived an
    attempt on his life"; sides.yaml aimed_at_someone), whoever the words name."""
    aimed = _patterns().aimed_at_someone
    return any(aimed.search(text) for text in texts)


def _unknown_flyers(sides: Sides, actor: Actor) -> bool:
    """actor1 is a state's forces, which the event's sentences call by no name, and they call
    the aircraft or strikes unidentified (sides.yaml unknown_flyers)."""
    unknown = _patterns().unknown_flyers
    return actor.inter in (STATE_FORCES, EXTERNAL) and any(
        unknown.search(text) for text in sides.sentences) and not any(
        m.actor.name == actor.name and not m.generic
        for text in sides.sentences
        for m in find_actors(text, sides.country, sides.when)
    )


def _unnamed_home_forces(sides: Sides, actor: Actor) -> bool:
    """actor1 is the forces of the country the event is in, which its sentences call by no
    name, only by a word read as its army ("a drone attack", "artillery")."""
    return actor.inter == STATE_FORCES and actor.country == sides.country and not any(
        m.actor.name == actor.name and not m.generic
        for text in sides.sentences
        for m in find_actors(text, sides.country, sides.when)
    )


def _governs(actor: Actor) -> bool:
    """The actor is a state's government (its ministers and offices), not its forces."""
    entry = load().actors.get(actor.name)
    return actor.inter == STATE_FORCES and actor.name.startswith("Government of") and (
        entry is None or entry.inter == STATE_FORCES)


def intervening_force(sides: Sides, actor1: Actor | None) -> Actor | None:
    """The state force a protest's sentences name that does not speak ("police dispersed the
    marchers"): the side that intervened, acted on by no one but acting on the protest (a
    government the marchers address, "demanded the president resign", did not)."""
    speaks = _patterns().speaks
    for text in sides.sentences:
        for m in find_actors(text, sides.country, sides.when):
            if m.actor.inter != STATE_FORCES or m.actor.name.startswith("Government of"):
                continue
            if speaks.match(text, m.end) or (actor1 is not None and m.actor.name == actor1.name):
                continue
            return m.actor
    return None


def _foe_before(before: tuple[Actor, Actor | None] | None, actor1: Actor | None) -> Actor | None:
    """The named side actor1 fought in the article's last battle of the kind ("Fighting
    continued on Tuesday" after a battle of A and B told before: B again, for A or for B),
    else None."""
    if before is None or actor1 is None:
        return None
    if before[0].name == actor1.name:
        foe = before[1]
    elif before[1] is not None and before[1].name == actor1.name:
        foe = before[0]  # ("... the SDF said it had repelled an attack": the side it fought)
    else:
        return None
    return None if foe is None or foe.name.startswith(UNIDENTIFIED) else foe


def unnamed_opponent(actor1: Actor | None, country: str | None, when: date | None) -> Actor | None:
    """The side a battle's one named side fights where the text names no other: its main enemy
    where the dictionary gives one (actors.yaml `opponent`: the Houthis and Yemen's army), else
    the state's forces fight the country's insurgents ("militants": the Taliban in Afghanistan,
    else an unidentified armed group), rebels and militias the state's forces (None for others)."""
    if actor1 is None or country is None:
        return None
    enemy = _main_enemy(actor1, country, when) or _war_enemy(actor1, country, when)
    if enemy is not None:
        return enemy
    if fights_for_the_state(actor1) or actor1.inter == EXTERNAL:
        return role_actor("militants", country, when)
    if actor1.inter in (REBELS, POLITICAL_MILITIAS) and not actor1.name.startswith(UNIDENTIFIED):
        return role_actor("state", country, when)
    return None


def _war_enemy(actor: Actor, country: str, when: date | None) -> Actor | None:
    """The forces of the state at war with the actor's own (sides.yaml state_wars), where the
    actor is a state's forces fighting at home or in the enemy's country, or None."""
    if actor.inter not in (STATE_FORCES, EXTERNAL):
        return None
    own = actor.country or country
    for states, since in _state_wars():
        if own in states and country in states and (when is None or when >= since):
            other = next(iter(states - {own}))
            return role_actor("state", other, when, context=country)
    return None


@lru_cache(maxsize=1)
def _state_wars() -> tuple[tuple[frozenset[str], date], ...]:
    """sides.yaml state_wars: the two states of each war and the day it began; an entry that
    is not two known countries and a date is an error naming the file."""
    text = resources.files("khaldun.data").joinpath(SIDES_FILE).read_text("utf-8")
    wars = []
    for entry in yaml.load(text, Loader=yaml.CSafeLoader).get("state_wars") or []:
        states = frozenset(entry.get("states") or ()) if isinstance(entry, dict) else frozenset()
        since = entry.get("since") if isinstance(entry, dict) else None
        if len(states) != 2 or not states <= load().countries.keys() or not isinstance(
                since, date):
            raise ValueError(f"{SIDES_FILE}: bad state_wars entry {entry!r}")
        wars.append((states, since))
    return tuple(wars)


def _main_enemy(actor: Actor, country: str, when: date | None) -> Actor | None:
    """The dictionary's `opponent` of the actor on the date (by the name it had then), or None."""
    entry = load().actors.get(actor.name)
    if entry is None or entry.opponent is None or (
            entry.opponent_since and when is not None and when < entry.opponent_since):
        return None
    return dictionary_actor(pick_name([entry.opponent], country, when), country)


def _mutual(sides: Sides, actor1: Actor | None) -> Actor | None:
    """The unnamed group actor1 is, when the battle's sentences say groups of its kind fought
    among themselves ("between rival armed groups", "clan militias fought"), else None."""
    if actor1 is None or not actor1.name.startswith(UNIDENTIFIED):
        return None
    patterns = _patterns()
    said = any(
        pattern.search(text)
        for pattern in (patterns.mutual, *(words for _, words in patterns.communal))
        for text in sides.sentences
    )
    return actor1 if said else None


def communal_militia(sides: Sides) -> Actor | None:
    """The clan, tribal or communal militia of a violent event its sentences call fighting
    between clans, tribes or communities ("inter-clan clashes"), or None."""
    default = default_actor(sides.sub_event_type, sides.country, sides.when)
    if default is None or not default.name.startswith(UNIDENTIFIED):
        return None  # not violence an unnamed armed group commits ("Peaceful protest")
    for role, pattern in _patterns().communal:
        if any(pattern.search(text) for text in sides.sentences):
            return role_actor(role, sides.country, sides.when)
    return None


def abroad(actor: Actor | None, country: str | None) -> Actor | None:
    """State forces acting outside their own country are external forces, and at home state
    forces again (the sentence may have judged by another country it named)."""
    if actor is None or country is None or actor.country is None:
        return actor
    if actor.inter == STATE_FORCES and actor.country != country:
        return replace(actor, inter=EXTERNAL)
    if actor.inter == EXTERNAL and actor.country == country and not _external_by_name(actor):
        return replace(actor, inter=STATE_FORCES)
    return actor


def _home_forces(sides: Sides, actor: Actor | None) -> Actor | None:
    """A force external by name whose theatre lies abroad (a Saudi-led coalition's is Yemen),
    named in the event's sentences by the demonym of the country the event happened in
    ("Saudi warplanes" striking a village of Jizan): that country's own forces at home
    (inter 1), as ACLED codes them."""
    if actor is None or sides.country is None or actor.inter != EXTERNAL:
        return actor
    entry = load().actors.get(actor.name)
    if entry is None or not entry.countries or sides.country in (*entry.countries, entry.country):
        return actor
    home = load().countries.get(sides.country)
    if home is None or not home.demonyms:
        return actor
    cue = re.compile(rf"\b(?:{'|'.join(map(re.escape, home.demonyms))})\b", re.I)
    for text in sides.sentences:
        for m in find_actors(text, sides.country, sides.when):
            if m.actor.name == actor.name and cue.search(m.surface):
                return role_actor("state", sides.country, sides.when) or actor
    return actor


def _external_by_name(actor: Actor) -> bool:
    """A dictionary actor that is external wherever it acts (AMISOM in Somalia, its home)."""
    entry = load().actors.get(actor.name)
    return entry is not None and entry.inter == EXTERNAL


def named_perpetrator(
    sides: Sides, actor2: Actor | None, attributed: bool = False, allegiance: bool = True,
    descriptors: bool = True,
) -> Actor | None:
    """The first armed actor the event's sentences name by name (not a generic descriptor)
    that is not the side acted on, a victim or a speaker; with `attributed`, only one the
    words make the suspect or claimant ("suspected X", "X claimed responsibility", and with
    `allegiance` "gunmen loyal to X"); a descriptor that stands for a non-state group
    ("Islamist militants" in Nigeria) only as a suspect or (with `descriptors`) in the
    sentence telling the event."""
    patterns = _patterns()
    acted_on, speaks = patterns.acted_on, patterns.speaks
    for number, text in enumerate(sides.sentences):
        for m in find_actors(text, sides.country, sides.when):
            if m.actor.inter not in ARMED_CLASSES:
                continue
            if never_perpetrator(m.actor):
                continue
            suspect = _attributed(patterns, text, m.start, m.end, allegiance,
                                  agent=not says_unclaimed(text))
            if attributed and not suspect:
                continue
            own = number == 0 and not attributed and descriptors  # the event's own sentence
            if m.generic and not ((suspect or own) and _stands_for_a_group(m.actor)):
                continue
            if not suspect and actor2 is not None and m.actor.name == actor2.name:
                continue  # the side acted on; a suspect ("gunmen suspected to be X") acted
            if not suspect and says_unclaimed(text):
                continue  # ("no one claimed it, but X and Y are active in the area": guesses)
            if not suspect and sides.sub_event_type == AIR_STRIKE and not strikes_from_air(
                    m.actor, sides.country):
                continue  # ("rebels shelled A, and an air strike hit B": no rebels' strike)
            if acted_on.match(text, m.end) or (not suspect and speaks.match(text, m.end)):
                continue
            if not suspect and patterns.speaks_before.search(
                    text, max(0, m.start - SPEAKER_WINDOW), m.start):
                continue  # "said A B, a member of X": the speaker's own body reports it
            if not suspect and patterns.acted_on_before.search(text, 0, m.start):
                continue  # "an attack targeting a UN convoy"
            if _holds(text, m.start):
                continue  # "a mine went off in an area held by X": X holds it, no more
            log.debug("perpetrator %s named in the event's sentence", m.actor.name)
            return m.actor
    return _blamed_state(sides, patterns)


def _holds(text: str, start: int) -> bool:
    """The mention is who holds a thing or place ("a checkpoint manned by X", "an area
    controlled by the X"): grammar.yaml holding_verbs, then "by", right before it."""
    return _holder_before().search(text, 0, start) is not None


@lru_cache(maxsize=1)
def _holder_before() -> re.Pattern[str]:
    held = "|".join(sorted(words()["holding_verbs"]))
    return re.compile(rf"\b(?:{held})\s+by\s+(?:the\s+)?\Z", re.I)


def _blamed_state(sides: Sides, patterns: SidePatterns) -> Actor | None:
    """The forces of a country the event's sentences make the suspect by its name ("officials
    blamed Turkey for the bombing"): ACLED codes a state's violence to its forces."""
    for text in sides.sentences:
        for m in _PROPER.finditer(text):
            words = m.group().split()
            code = next(
                (c for n in range(len(words), 0, -1) if (c := country_code(" ".join(words[:n])))),
                None,
            )
            before = text[max(0, m.start() - SUSPECT_WINDOW) : m.start()]
            if code and (patterns.suspect_before.search(before) or (
                    not says_unclaimed(text) and patterns.agent_before.search(before))):
                return role_actor("state", code, sides.when, context=sides.country)
    return None


def never_perpetrator(actor: Actor) -> bool:
    """A government or its leaders (sides.yaml not_perpetrators): ACLED codes a state's
    violence to its forces, so where a sentence names no force such a mention is no side."""
    return actor.name.startswith(_patterns().not_perpetrators)


def _stands_for_a_group(actor: Actor) -> bool:
    """A descriptor's actor that names a non-state group ("militants" in Nigeria: Boko Haram)."""
    return actor.inter in NON_STATE_ARMED and not actor.name.startswith(UNIDENTIFIED)


@dataclass(frozen=True)
class SidePatterns:
    """The word patterns of khaldun/data/sides.yaml, compiled."""

    acted_on: re.Pattern[str]
    acted_on_before: re.Pattern[str]
    speaks: re.Pattern[str]
    speaks_before: re.Pattern[str]
    suspect_before: re.Pattern[str]
    allegiance_before: re.Pattern[str]
    agent_before: re.Pattern[str]
    suspect_after: re.Pattern[str]
    victims_before: re.Pattern[str]
    victims_after: re.Pattern[str]
    not_perpetrators: tuple[str, ...]
    mutual: re.Pattern[str]
    unclaimed: re.Pattern[str]
    unknown_flyers: re.Pattern[str]
    aimed_at_someone: re.Pattern[str]
    civilian_victims: re.Pattern[str]
    government_leaders: re.Pattern[str]
    onslaught: re.Pattern[str]
    communal: tuple[tuple[str, re.Pattern[str]], ...]  # (identity militia role, its words)


def _attributed(
    patterns: SidePatterns, text: str, start: int, end: int, allegiance: bool,
    agent: bool = True,
) -> bool:
    """True when the words around a mention make it the suspect or claimant of the event; a
    cue the mention's own leading words hold ("suspected Fulani herdsmen" as one alias)
    counts as one before it; with `agent`, so does an act's noun before it ("attacks by")."""
    if patterns.suspect_after.match(text, end):
        return True
    cuts = [start, *(m.start() for m in _INNER_WORD.finditer(text, start, end))]
    for cut in cuts:
        before = text[max(0, cut - SUSPECT_WINDOW) : cut]
        if allegiance and patterns.allegiance_before.search(before):
            return True
        if agent and patterns.agent_before.search(before):
            return True
        if patterns.suspect_before.search(before):
            return True
    return False


@lru_cache(maxsize=1)
def _patterns() -> SidePatterns:
    text = resources.files("khaldun.data").joinpath(SIDES_FILE).read_text("utf-8")
    raw = yaml.load(text, Loader=yaml.CSafeLoader)
    return compile_sides(raw)


def compile_sides(raw: dict) -> SidePatterns:
    """The pattern alternations of sides.yaml, each pattern checked, and the name prefixes of
    actors that are never perpetrators."""
    raw = raw or {}
    acted_on = pattern_list(SIDES_FILE, "acted_on", raw.get("acted_on"))
    speaks = pattern_list(SIDES_FILE, "speaks", raw.get("speaks"))
    speaker_of = pattern_list(SIDES_FILE, "speaks_before", raw.get("speaks_before"))
    before_acted = pattern_list(SIDES_FILE, "acted_on_before", raw.get("acted_on_before"))
    before = pattern_list(SIDES_FILE, "suspect_before", raw.get("suspect_before"))
    loyal = pattern_list(SIDES_FILE, "allegiance_before", raw.get("allegiance_before"))
    agent = pattern_list(SIDES_FILE, "act_agent_before", raw.get("act_agent_before"))
    victims = pattern_list(SIDES_FILE, "victims_before", raw.get("victims_before"))
    return SidePatterns(
        acted_on=acted_on,
        acted_on_before=re.compile(rf"(?:{before_acted.pattern})\Z", re.I),
        speaks=speaks,
        speaks_before=re.compile(rf"(?:{speaker_of.pattern})\Z", re.I),  # ends at the mention
        suspect_before=re.compile(rf"(?:{before.pattern})\Z", re.I),  # ends at the mention
        allegiance_before=re.compile(rf"(?:{loyal.pattern})\Z", re.I),
        agent_before=re.compile(rf"(?:{agent.pattern})\Z", re.I),
        suspect_after=pattern_list(SIDES_FILE, "suspect_after", raw.get("suspect_after")),
        victims_before=re.compile(rf"(?:{victims.pattern})\Z", re.I),
        victims_after=pattern_list(SIDES_FILE, "victims_after", raw.get("victims_after")),
        not_perpetrators=tuple(raw.get("not_perpetrators") or ()),
        mutual=pattern_list(SIDES_FILE, "mutual", raw.get("mutual")),
        unclaimed=pattern_list(SIDES_FILE, "unclaimed", raw.get("unclaimed")),
        unknown_flyers=pattern_list(SIDES_FILE, "unknown_flyers", raw.get("unknown_flyers")),
        aimed_at_someone=pattern_list(
            SIDES_FILE, "aimed_at_someone", raw.get("aimed_at_someone")),
        civilian_victims=pattern_list(SIDES_FILE, "civilian_victims", raw.get("civilian_victims")),
        government_leaders=pattern_list(
            SIDES_FILE, "government_leaders", raw.get("government_leaders")),
        onslaught=pattern_list(SIDES_FILE, "onslaught", raw.get("onslaught")),
        communal=tuple(
            (role, pattern_list(SIDES_FILE, f"communal {role}", words))
            for role, words in (raw.get("communal") or {}).items()
        ),
    )
