"""The sub-event type of a trigger group: its weapon, its act, or, for an attack with no weapon
named, its victims and sides (codebook §2)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from khaldun.actors.implied import never_perpetrator
from khaldun.actors.resolve import held_once
from khaldun.actors.role_actors import fights_for_the_state
from khaldun.events.assemble import (
    AIR_STRIKE,
    DISRUPTED,
    GUN_WEAPONS,
    PASSIVE,
    PROTEST_SUBS,
    VIOLENT_DEMONSTRATION,
    attends_clash,
    beside_guns,
)
from khaldun.events.clash_sides import fought_by_the_unarmed
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import frame, speakers
from khaldun.events.tolls import nearest_killed
from khaldun.events.triggers import Trigger, without_overridden, word_class
from khaldun.nlp.grammar_words import is_verb
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.nlp.roles import trigger_roles
from khaldun.numbers import Count
from khaldun.places.lexicon import building_nouns
from khaldun.places.scan import NEIGHBOUR_MIN_POPULATION
from khaldun.records import (
    ARMED_CLASH,
    ARMED_CLASSES,
    CIVILIANS,
    EXCESSIVE_FORCE,
    EXTERNAL,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    Actor,
)

# Word classes (what each holds): khaldun/data/event_words.yaml.
WEAK_INSTRUMENTS = word_class("weak_instruments", whole=True)
BORNE = word_class("borne_sub_types", whole=True)
TAKEN_PEOPLE = word_class("taken_people_heads", whole=True)
COMBATANT_HEADS = word_class("combatant_heads")
KILLER_NOUNS = word_class("killer_nouns", whole=True)
ARMED_VICTIMS = ("state forces", "fighters")  # victim classes (numbers.yaml) of combatants
ATROCITY = word_class("atrocity")
CAPTIVE_KILLING = word_class("captive_killing")
OBJECT_GAP = 12  # characters between a verb and its object ("killed two Houthi fighters")
# "members of the", "members of a Sunni tribal", "members of Iraq's": between a count and the
# armed side it belongs to
MEMBER_OF = re.compile(
    r"^\s*(?:\w+\s+)?(?:of|from)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
ASSAULT = word_class("assault")
HAND_FIRE_BOMBS = word_class("hand_fire_bombs")
ONE_SIDED = word_class("one_sided_clashes", whole=True)
PROTESTER_HEADS = word_class("protester_heads")
PROTEST_CROWDS = word_class("protest_crowd_heads", whole=True)
UNSPECIFIED_HEADS = word_class("unspecified_heads")
ANAPHORIC_HEADS = word_class("anaphoric_heads")
PARTITIVE = re.compile(rf"\s+(?:{word_class('partitive_pronouns').pattern})\b", re.I)
CIVILIAN_TRADES = word_class("civilian_trades")
CIVIL_OFFICES = word_class("civil_offices")
# a ground word as a whole word, plural or not ("farms", not "farmers"; "territories")
ENTRY_VERBS = word_class("entry_verbs", whole=True)
HANDING_VERBS = word_class("handing_verbs", whole=True)
ENTERED_ROOMS = word_class("entered_rooms", whole=True)
GROUND_NOUNS = re.compile(rf"\b(?:{word_class('ground_nouns').pattern})(?:s|es|y|ies)?\b", re.I)
AIR_DELIVERED = word_class("air_delivered")
REMOTE_GENERIC = word_class("remote_generic")
REMOTE_VERBS = word_class("remote_verbs")
# The strikes an article has just reported that its unnamed "strikes" and "raids" continue.
REMOTE_BEFORE = ("Air/drone strike", "Shelling/artillery/missile attack")
AIR_POWERS = word_class("air_powers", whole=True)
AREA_GUNNERS = word_class("area_gunners", whole=True)
FIRED_ON_AREAS = word_class("fired_on_areas", whole=True)
SHELLING = "Shelling/artillery/missile attack"
PLANTED_BOMBS = word_class("planted_bombs", whole=True)
GUNFIRE_KILLS = word_class("gunfire_kills")
UNCLAIMED_PROTEST_FIRE = word_class("unclaimed_protest_fire")
RAID_WORDS = word_class("raid_words", whole=True)
GROUND_RAIDERS = re.compile(rf"\b(?:{word_class('ground_raiders').pattern})$", re.I)
DEVICE = "Remote explosive/landmine/IED"
DEAL_CONTEXT = word_class("deal_context")
DISPOSAL = word_class("disposal_verbs", whole=True)
FINITE_TAGS = ("VBD", "VBZ", "VBP")  # the tags of a verb told in a tense of its own
# Remote violence whose target may be a gathering: the bombing of a rally is a bombing.
REMOTE_ATTACKS = frozenset({
    "Suicide bomb", "Remote explosive/landmine/IED", "Air/drone strike",
    "Shelling/artillery/missile attack",
})
ATTACK = "Attack"
WEAPONS_SPOILS = word_class("weapons_spoils")
ABDUCTION = "Abduction/forced disappearance"
TRANSFER = "Non-violent transfer of territory"
DESTRUCTION = "Looting/property destruction"
ARRESTS = "Arrests"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
# When several instruments share a group, the more specific sub-type wins.
INSTRUMENT_PRECEDENCE = ("Chemical weapon", "Suicide bomb")


_ELLIPTIC = word_class("elliptic_subjects", whole=True)


def _elliptic(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """A killing of the group whose subject is a word standing for the weapon just named
    ("another", "a second")."""
    for t in group:
        token = facts.grammar.root(t.start, t.end)
        if t.role == "kill" and token is not None and any(
                c.dep_ == "nsubj" and _ELLIPTIC.match(c.text) for c in token.children):
            return True
    return False


def group_sub_types(
    facts: SentenceFacts,
    groups: list[list[Trigger]],
    i: int,
    actors: tuple[Actor | None, Actor | None],
) -> tuple[list[str], bool]:
    """Sub-types of a trigger group, and whether they come from a weak explosion word only."""
    group = groups[i]
    killed = _killed_bearers(facts, group)
    instruments = [t for t in group if t.role == "instrument" and t not in killed
                   and not beside_guns(facts, t)]
    if not instruments and i > 0 and _elliptic(facts, group):
        # "a roadside bomb killed three in A, and another killed a soldier in B"
        instruments = [t for t in groups[i - 1] if t.role == "instrument"]
    if not instruments and len(groups) == 1:
        instruments = [t for t in facts.triggers
                       if t.role == "instrument" and not attends_clash(facts, t, group)
                       and t not in killed and not beside_guns(facts, t)]
    strong = [t for t in instruments if not WEAK_INSTRUMENTS.match(t.surface)]
    chosen = strong or instruments
    if any(t.sub_event_type == "Air/drone strike" for t in chosen):
        # "jets fired missiles": the missiles were air-delivered
        chosen = [
            t
            for t in chosen
            if t.sub_event_type == "Air/drone strike" or not AIR_DELIVERED.search(t.surface)
        ]
    subs = _ordered({t.sub_event_type for t in chosen})
    for special in INSTRUMENT_PRECEDENCE:
        if special in subs:
            subs = [special]
    acts = _ordered({t.sub_event_type for t in group
                     if t.role == "act" and not _hands_over_no_ground(facts, t)})
    if set(subs) & REMOTE_ATTACKS:
        # "a suicide bomber blew himself up at an election rally": the gathering is where the
        # bomb went off, not an event of its own
        acts = [a for a in acts if a not in PROTEST_SUBS]
    taking = [t for t in group if t.role == "territory" and not _takes_people(facts, t)]
    if taking and not subs:
        acts.append(_territory_sub(facts, actors[0], taking))
    elif not subs and not acts and any(
            t.role == "territory" and _seizes_civilians(facts, t) for t in group):
        acts.append(ABDUCTION)  # "gunmen seized 20 passengers": civilians taken (ACLED)
    subs = without_overridden(_ordered([*subs, *acts]))
    if DISRUPTED in subs and _spoils(facts, group):
        subs.remove(DISRUPTED)
    if DEVICE in subs and _disposed_by_forces(facts, group):
        # "police detonated two IEDs found near the market": the bomb disposed of
        subs = without_overridden(_ordered({DISRUPTED if s == DEVICE else s for s in subs}))
    marchers = PROTEST_SUBS & set(subs) or any(
        a is not None and a.inter in (PROTESTERS, RIOTERS) for a in actors
    )
    if marchers and {ARMED_CLASH, DESTRUCTION} & set(subs):
        # "riot police fought marchers", "protesters torched the party offices": the
        # protest turned violent, no battle (a battle is fought between armed, organised
        # sides) and no plain destruction (ACLED: demonstrators' vandalism is a riot)
        subs = without_overridden(_ordered({
            VIOLENT_DEMONSTRATION if s in (ARMED_CLASH, DESTRUCTION) else s for s in subs
        }))
    if VIOLENT_DEMONSTRATION in subs and _fire_bombs_of_armed_men(facts, group, actors[0]):
        # "attackers hurled petrol bombs at a bus", "six died when a petrol bomb was hurled into
        # a bus": armed men threw them, or they killed: an attack
        subs = _ordered({ATTACK if s == VIOLENT_DEMONSTRATION else s for s in subs})
    clashes = [t for t in group if t.sub_event_type == ARMED_CLASH and t.role == "act"]
    until = groups[i + 1][0].start if i + 1 < len(groups) else len(facts.sentence.text)
    if ARMED_CLASH in subs and _one_sided_on_civilians(facts, group, clashes, actors, until):
        # "killed a judge in an ambush": the ambush fell on civilians, an attack
        subs = _ordered({ATTACK if s == ARMED_CLASH else s for s in subs})
    if ARMED_CLASH in subs and fought_by_the_unarmed(facts, clashes):
        # "residents clashed with police", "injured by rubber bullets during clashes": one
        # armed side against a crowd is a riot, not a battle
        subs = without_overridden(_ordered({
            VIOLENT_DEMONSTRATION if s == ARMED_CLASH else s for s in subs}))
    if PROTEST_SUBS & set(subs) and _marchers_assault(facts, group):
        # "demonstrators stormed the consulate": the marchers used force, a riot
        subs = without_overridden(_ordered({
            VIOLENT_DEMONSTRATION if s in PROTEST_SUBS else s for s in subs}))
    if PEACEFUL in subs and _forces_assault_marchers(facts, group):
        # "troops attacked the marchers", "police stormed the sit-in": the
        # force that intervened in a protest
        subs = without_overridden(_ordered({INTERVENTION if s == PEACEFUL else s for s in subs}))
    if ARRESTS in subs and _marchers_arrested(facts, group):
        # "police arrested dozens of demonstrators": the force that intervened in a protest
        subs = without_overridden(_ordered({
            INTERVENTION if s in (ARRESTS, PEACEFUL) else s for s in subs}))
    if ARRESTS in subs and PROTEST_SUBS & set(subs) and _arrests_as_trait(facts, group):
        # "families of men detained in last year's protests held a sit-in": the arrest marks
        # who marched (what they march for), the protest is the event
        subs.remove(ARRESTS)
    killing = any(t.role == "kill" for t in group)
    if ABDUCTION in subs and not tells_a_killing(group):
        killing = False  # "gunmen abducted 30": who abducted, no killing
    if killing and PROTEST_SUBS & set(subs) and not _fighters_hit(facts, group, None, 0) and (
            not _mourned_dead(facts, group)):
        # protesters killed by the force used on them: excessive force (codebook §2)
        subs = without_overridden([EXCESSIVE_FORCE if s in PROTEST_SUBS else s for s in subs])
    if INTERVENTION in subs and _dead_of(facts, group):
        # "three people died when police dispersed the crowd": the force that intervened
        # killed, whatever word tells the deaths
        subs = without_overridden([EXCESSIVE_FORCE if s == INTERVENTION else s for s in subs])
    if killing and ARRESTS in subs and _fighters_hit(facts, group, actors[0], 0):
        # "troops killed 20 militants and arrested 15 others": the fight is the event, the
        # arrests a part of it (ACLED codes the deadlier act)
        subs = _ordered({ARMED_CLASH if s == ARRESTS else s for s in subs})
    elif killing and ARRESTS in subs and _killers_arrest(facts, group):
        # "security forces killed three demonstrators and arrested dozens more": one event,
        # the deadlier act (ACLED): the force used on the protest, or the attack
        deadlier = EXCESSIVE_FORCE if _protesters_hit(facts, actors[1]) else ATTACK
        subs = _ordered({deadlier if s == ARRESTS else s for s in subs})
    if killing and ABDUCTION in subs:
        # "abducted and killed a village head": the killing is the event (ACLED: Attack)
        subs = _ordered({ATTACK if s == ABDUCTION else s for s in subs})
    dead_told = DESTRUCTION in subs and not tells_a_killing(facts.triggers) and _dead_of(
        facts, group)
    if DESTRUCTION in subs and (tells_a_killing(facts.triggers) or dead_told):
        # "killed 18 people and burned 70 houses", "17 died when gunmen torched the market":
        # the killing is the event, the burning a part of it (ACLED codes the deadlier act)
        subs.remove(DESTRUCTION)
        if not subs and not tells_a_killing(group) and not dead_told:
            return [], False
    if not subs and killing and facts.recent & PROTEST_SUBS:
        subs = _force_on_a_protest(facts, group, actors[0])
    if not subs:
        subs = _remote_as_before(facts, group)
    if not subs:
        subs = _remote_by_air_power(facts, group, actors[0])
    if not subs:
        subs = _struck_again(facts, group, actors[0])
    if not subs:
        subs = _bomb_on_the_ground(facts, group)
    if not subs:
        subs = _fire_on_an_area(facts, group, actors[0])
    if not subs:
        subs = _attack_sub(facts, group, actors, until)
    if not subs and dead_told:
        # "23 died in clashes and 3,000 cattle were looted": no attack told with the dead
        # (the parse may hang them on the looting): the destruction stays
        subs = [DESTRUCTION]
    return subs, bool(instruments) and not strong and not acts


def _killed_bearers(facts: SentenceFacts, group: list[Trigger]) -> list[Trigger]:
    """Instruments that name a person (event_words.yaml borne_sub_types) in the patient of one
    of the group's killing verbs done by someone named: the object of an active verb with a
    subject ("troops shot dead two suicide bombers") or the subject of a passive one with a
    by-agent ("a man wearing a suicide vest was killed by police")."""
    grammar = facts.grammar
    spans = []
    for t in group:
        verb = grammar.root(t.start, t.end) if t.role == "kill" else None
        if verb is None:
            continue
        own = {c.dep_ for c in verb.children}
        up = {c.dep_ for c in verb.head.children} if verb.dep_ == "conj" else set()
        # "was shot and killed by police": joined verbs share the subject and the agent
        joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        if verb.dep_ == "conj":
            joined.append(verb.head)
        agent = any(c.dep_ == "agent" for v in joined for c in v.children)
        if "dobj" in own and ("nsubj" in own or "nsubj" in up):
            spans += [grammar.subtree_offsets(c) for c in verb.children if c.dep_ == "dobj"]
        if agent:
            spans += [grammar.subtree_offsets(c) for v in joined for c in v.children
                      if c.dep_ == "nsubjpass"]
    return [t for t in facts.triggers if t.role == "instrument"
            and BORNE.fullmatch(t.sub_event_type or "")
            and any(s <= t.start and t.end <= e for s, e in spans)]


def _one_sided_on_civilians(
    facts: SentenceFacts,
    group: list[Trigger],
    clashes: list[Trigger],
    actors: tuple[Actor | None, Actor | None],
    until: int,
) -> bool:
    """The group's only clash words tell one side falling on the other ("ambushed"), and read
    as an attack with no weapon named its victims are civilians, not fighters."""
    if not clashes or not all(ONE_SIDED.fullmatch(t.surface) for t in clashes):
        return False
    as_attack = [replace(t, sub_event_type=None, role="generic") if t in clashes else t
                 for t in group]
    return _attack_sub(facts, as_attack, actors, until) == [ATTACK]


def _fire_bombs_of_armed_men(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None
) -> bool:
    """The group's riot words all tell fire bombs thrown by hand, in an article that tells of no
    protest, that killed people (whoever threw them: "five were burnt to death when a petrol
    bomb was hurled into a bus") or were thrown by an armed side (not a crowd)."""
    riots = [t for t in group if t.sub_event_type == VIOLENT_DEMONSTRATION]
    if not riots or not all(HAND_FIRE_BOMBS.search(t.surface) for t in riots):
        return False
    if facts.recent & PROTEST_SUBS:
        return False
    return _armed(actor1) or tells_a_killing(facts.triggers) or _dead_of(facts, group)


def _marchers_assault(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """An attack verb of the group ("stormed", "attacked") whose subject is the marchers."""
    acts = [t for t in group if t.role == "generic"]
    return bool(acts) and any(
        m.actor.inter in (PROTESTERS, RIOTERS) for m in frame(facts, acts).agents)


def _forces_assault_marchers(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """An attack verb of the group ("attacked", "stormed") whose subject is a state's forces
    and whose object is the marchers or the protest itself ("the demonstrations", "a
    sit-in")."""
    acts = [t for t in group if t.role == "generic"]
    if not acts or not any(m.actor.inter in (STATE_FORCES, EXTERNAL)
                           for m in frame(facts, acts).agents):
        return False
    protest_words = [t for t in group if t.sub_event_type in PROTEST_SUBS]
    for act in acts:
        token = facts.grammar.root(act.start, act.end)
        if token is None:
            continue
        for patient in trigger_roles(token).patients:
            start, end = facts.grammar.subtree_offsets(patient)
            if any(start <= t.start and t.end <= end for t in protest_words) or any(
                    start <= m.start and m.end <= end and m.actor.inter == PROTESTERS
                    for m in facts.actors):
                return True
    return False


def _mourned_dead(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """Every killing of the group is told as what marks a person a protest gathers for, in a
    clause on a noun that is itself no act's subject ("a funeral for a young man killed by
    police turned into a protest"): a death before the protest, no force used on it."""
    kills = [facts.grammar.root(t.start, t.end) for t in group if t.role == "kill"]
    return bool(kills) and all(
        k is not None and k.dep_ == "acl" and k.head.dep_ == "pobj" for k in kills)


def _marchers_arrested(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """An arrest of the group whose patients are marchers, told as an act ("police detained
    dozens of students"), not as what marks some of them ("students detained in earlier
    protests held a sit-in")."""
    arrests = [t for t in group if t.sub_event_type == ARRESTS]
    told = [t for t in arrests if (token := facts.grammar.root(t.start, t.end)) is not None
            and token.dep_ != "acl"]
    return bool(told) and any(m.actor.inter == PROTESTERS for m in frame(facts, told).patients)


def _arrests_as_trait(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """Every arrest of the group told as what marks some people ("men detained in the
    protests", "those detained"), a participle of a noun, not as an act."""
    arrests = [t for t in group if t.sub_event_type == ARRESTS]
    roots = [facts.grammar.root(t.start, t.end) for t in arrests]
    return bool(roots) and all(r is not None and participle_of_people(r) for r in roots)


def participle_of_people(verb: Token) -> bool:
    """A participle that marks people rather than tells an act: one of a noun ("those
    detained"), or one with no auxiliary that the sentence's own finite verb hangs from (a
    parse of "Students detained in May staged a sit-in" that makes "detained" its head)."""
    if verb.dep_ == "acl":
        return True
    bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return bare and any(c.dep_ in ("advcl", "conj", "ccomp") and c.tag_ in FINITE_TAGS
                        for c in verb.children)


def _killers_arrest(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The group's killing and its arrest are told as acts of one side ("police killed three
    and arrested ten"), not an arrest of those who killed ("police arrested a man who killed
    three")."""
    kills = [t for t in group if t.role == "kill"]
    arrests = [t for t in group if t.sub_event_type == ARRESTS]
    if not kills or not arrests:
        return False
    killers = {m.actor.name for m in frame(facts, kills).agents}
    return bool(killers & {m.actor.name for m in frame(facts, arrests).agents})


def _disposed_by_forces(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """A device the group's disposal verb ("detonated", "blew up") sets off at the hands of the
    state's forces, told as what they did, with no one killed: the verb's object names the
    device ("detonated two IEDs"; not "blew up a bridge", "blew up a vehicle")."""
    verbs = [t for t in group if DISPOSAL.fullmatch(t.surface) and _sets_off_a_device(facts, t)]
    return bool(verbs) and not tells_a_killing(facts.triggers) and any(
        m.actor.inter == STATE_FORCES for m in frame(facts, verbs).agents)


def _sets_off_a_device(facts: SentenceFacts, verb: Trigger) -> bool:
    """The verb's object holds a device word of its own (an IED, a car bomb)."""
    token = facts.grammar.root(verb.start, verb.end)
    if token is None:
        return False
    spans = [facts.grammar.subtree_offsets(c) for c in token.children if c.dep_ == "dobj"]
    return any(
        t.role == "instrument" and t.sub_event_type == DEVICE
        and not WEAK_INSTRUMENTS.match(t.surface) and s <= t.start and t.end <= e
        for t in facts.triggers for s, e in spans)


def _spoils(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """Weapons seized in the sentence of a killing or a capture: the spoils of that act
    ("overran the post and seized its arms"), not a disrupted use of its own."""
    seized = [t for t in group if t.sub_event_type == DISRUPTED]
    return any(t.role in ("kill", "territory") for t in facts.triggers) and all(
        WEAPONS_SPOILS.match(t.surface) for t in seized
    )


def _dead_of(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The sentence counts dead, no fighters, that are the group's toll: the parse's, or any
    where the group tells the sentence's only act ("four died when police broke up the
    march")."""
    only_act = all(t in group for t in facts.event_triggers)
    dead = [c for c in facts.killed if only_act] or [nearest_killed(facts, group)]
    return any(c is not None and c.value > 0 and not _combatants(facts, c) for c in dead)


def _force_on_a_protest(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None
) -> list[str]:
    """ "Iran protests: five killed" ... "Security forces killed five people in Zahedan": a
    killing of people by state forces in an article just telling of a protest is the force
    used on it (codebook §2), unless fighters fell; so is a killing by the gunfire used on crowds
    that names no one who fired ("In X, two people were killed by live fire")."""
    if _fighters_hit(facts, group, None, 0):
        return []
    if actor1 is None and UNCLAIMED_PROTEST_FIRE.search(facts.sentence.text):
        return [EXCESSIVE_FORCE]
    if actor1 is None or actor1.inter != STATE_FORCES:
        return []
    return [EXCESSIVE_FORCE]


def _remote_as_before(facts: SentenceFacts, group: list[Trigger]) -> list[str]:
    """ "Eleven were killed in strikes on X, while seven died in raids on Y": strikes that name
    no weapon, in an article that has just reported air strikes (or shelling), are those; so
    are they after a lead that named the weapon only to sum the day's strikes up."""
    if not _unnamed_strikes(group) or _ground_raid(facts, group):
        return []
    return next(([sub] for sub in REMOTE_BEFORE if sub in facts.recent), []) or next(
        ([sub] for sub in REMOTE_BEFORE if sub in facts.weapons_told), [])


def _unnamed_strikes(group: list[Trigger]) -> bool:
    """Whether the group holds strikes or raids naming no weapon, and no killing by gunfire
    ("troops shot dead two during a raid": gunfire, whoever raided)."""
    strikes = [t for t in group if t.role == "generic" and REMOTE_GENERIC.fullmatch(t.surface)]
    return bool(strikes) and not any(
        GUNFIRE_KILLS.search(t.surface) for t in group if t.role == "kill")


def _ground_raid(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """ "Troops killed three during a raid on the camp": the group's unnamed strikes are all
    raids, and the sentence names soldiers on the ground (event_words.yaml `ground_raiders`)
    and no aircraft: a raid on foot, not more of the air strikes just told."""
    strikes = [t for t in group if t.role == "generic" and REMOTE_GENERIC.fullmatch(t.surface)]
    if not strikes or not all(RAID_WORDS.fullmatch(t.surface) for t in strikes):
        return False
    if any(m.role == "air" for m in facts.actors):
        return False
    return any(GROUND_RAIDERS.search(m.surface) for m in facts.actors)


def _remote_by_air_power(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None
) -> list[str]:
    """ "Two coalition strikes hit X": strikes or raids that name no weapon, carried out by an
    actor that strikes from the air (event_words.yaml `air_powers`), are air strikes; so are
    those an air power's name stands right before ("reported a coalition strike on X"),
    whoever the sentence's first actor is."""
    if _ground_raid(facts, group) or _by_ground_forces(facts, actor1):
        return []
    if not _unnamed_strikes(group):
        return _struck_by_air_power(group, actor1)
    starts = [t.start for t in group if t.role == "generic"]
    by_air = actor1 is not None and AIR_POWERS.fullmatch(actor1.name) or any(
        AIR_POWERS.fullmatch(m.actor.name)
        and any(0 <= s - m.end <= 1 for s in starts) for m in facts.actors)
    return [AIR_STRIKE] if by_air else []


def _by_ground_forces(facts: SentenceFacts, actor1: Actor | None) -> bool:
    """The acting side is named by its forces on the ground (event_words.yaml `ground_raiders`:
    "Israeli troops", "tanks"), and no aircraft of its."""
    own = [m for m in facts.actors if actor1 is not None and m.actor.name == actor1.name]
    return not any(m.role == "air" for m in own) and any(
        GROUND_RAIDERS.search(m.surface) for m in own)


def _struck_by_air_power(group: list[Trigger], actor1: Actor | None) -> list[str]:
    """ "Israel struck a house in X": an attack verb naming no weapon, by an actor that strikes
    from the air, no killing by gunfire told."""
    if actor1 is None or not AIR_POWERS.fullmatch(actor1.name):
        return []
    struck = any(t.role == "generic" and REMOTE_VERBS.fullmatch(t.surface) for t in group)
    shot = any(t.role == "kill" and GUNFIRE_KILLS.search(t.surface) for t in group)
    return [AIR_STRIKE] if struck and not shot else []


def _struck_again(facts: SentenceFacts, group: list[Trigger], actor1: Actor | None) -> list[str]:
    """ "Israeli jets struck A ... The military said it struck B": an attack verb naming no
    weapon, by the side whose remote attacks the article just reported, is more of them."""
    if actor1 is None or actor1.name not in facts.strikers:
        return []
    struck = any(t.role == "generic" and REMOTE_VERBS.fullmatch(t.surface) for t in group)
    shot = any(t.role == "kill" and GUNFIRE_KILLS.search(t.surface) for t in group)
    return [facts.strikers[actor1.name]] if struck and not shot else []


def _fire_on_an_area(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None
) -> list[str]:
    """ "Regime forces targeted the X neighbourhood, killing four": an attack verb naming no
    weapon, whose object is a town or a quarter itself (not people or positions in it), by an
    army (event_words.yaml `area_gunners`), no gun nor killing by gunfire told, is fire from
    afar on the place, however its dead are told."""
    if actor1 is None or not AREA_GUNNERS.fullmatch(actor1.name) or GUN_WEAPONS.search(
            facts.sentence.text) or any(
            t.role == "kill" and GUNFIRE_KILLS.search(t.surface) for t in group):
        return []
    grammar = facts.grammar
    for trig in group:
        token = grammar.root(trig.start, trig.end) if trig.role == "generic" else None
        if token is None or not is_verb(token) or not REMOTE_VERBS.fullmatch(trig.surface):
            continue
        for patient in trigger_roles(token).patients:
            if _a_place_itself(facts, patient):
                return [SHELLING]
    return []


def _a_place_itself(facts: SentenceFacts, token: Token) -> bool:
    """The object names a town or a quarter: it is one, or it is a place noun ("the X
    neighbourhood", "the town of X") whose phrase holds one."""
    grammar = facts.grammar
    start, end = grammar.offsets(token)
    towns = [p for p in facts.places if p.role in ("town", "neighbourhood")]
    if any(p.start <= start < p.end for p in towns):
        return True
    if not FIRED_ON_AREAS.fullmatch(token.lower_):
        return False
    start, end = grammar.subtree_offsets(token)
    return any(start <= p.start < end for p in towns)


def _bomb_on_the_ground(facts: SentenceFacts, group: list[Trigger]) -> list[str]:
    """ "A bomb killed five people in a market": a bomb that no aircraft in the sentence, nor an
    air strike just told, dropped is a device set off on the ground (codebook §2)."""
    bombs = [t for t in group if t.role == "generic" and PLANTED_BOMBS.fullmatch(t.surface)]
    aerial = "Air/drone strike" in facts.recent or any(
        t.sub_event_type == "Air/drone strike" for t in facts.triggers
    )
    return [DEVICE] if bombs and not aerial else []


def _attack_sub(
    facts: SentenceFacts,
    group: list[Trigger],
    actors: tuple[Actor | None, Actor | None],
    until: int,
) -> list[str]:
    """A killing or an attack with no weapon named: a clash when both sides are armed or the
    victims are fighters, an attack on civilians when people were killed or the target is
    civilian."""
    if any(t.role == "kill" and CAPTIVE_KILLING.search(t.surface) for t in group):
        return ["Attack"]  # a massacre or an execution is violence against civilians
    actor1, actor2 = actors
    if _fighters_hit(facts, group, actor1, until):
        return [ARMED_CLASH]  # killing or attacking soldiers and fighters is fighting
    if any(t.role == "kill" and ATROCITY.search(t.surface) for t in group):
        return ["Attack"]
    # a clash kills fighters: any other victim ("a local official", "villagers") makes it an
    # attack on civilians; mere "people", or a bare number, do not where the attack's object
    # is the state's forces ("attacked an army checkpoint, killing three")
    on_forces = _attacks_forces(facts, group)
    # (each part of a sum: "two peacekeepers and 20 villagers")
    non_combatant_dead = any(
        not _combatants(facts, c) and not (on_forces and _unspecified(c))
        for c in facts.counts
        if c.kind == "killed" and c.value > 0
    )
    # the side acted on, where the grammar finds it; else any other armed actor named
    others = [m.actor for m in facts.actors if actor1 is None or m.actor.name != actor1.name]
    armed_target = on_forces or (
        _armed(actor2) if actor2 is not None else any(map(_armed, others))
    )
    # (a perpetrator the sentence does not name is an unidentified armed group, codebook §3:
    # "an attack on a police station killed two people"; not where another armed side is
    # named, "attacks on police and the army", that may yet be read as the attacker)
    unnamed_on_forces = actor1 is None and on_forces and _one_armed_side(facts)
    if (_armed(actor1) or unnamed_on_forces) and armed_target and not non_combatant_dead:
        return [ARMED_CLASH]
    kills = any(t.role == "kill" for t in group)
    assault = any(t.role == "generic" and ASSAULT.match(t.surface) for t in group)
    # the dead must be this group's ("stormed a hotel after a car bomb blast, killing 15": the
    # blast's), or its target plainly civilian
    civilian_target = any(
        m.actor.inter == CIVILIANS and group[0].start <= m.start < until for m in facts.actors
    )
    # (or people counted wounded who are no fighters: "two demonstrators were injured when
    # soldiers attacked a gathering")
    victims = nearest_killed(facts, group) is not None or civilian_target or bool(
        _hurt(facts))
    if (_armed(actor1) and actor1.inter not in (STATE_FORCES, EXTERNAL) and not victims
            and not non_combatant_dead and _attacks_a_town(facts, group)):
        # "Taliban fighters attacked the city of X": insurgents assault a town its holders
        # defend, a battle (codebook §2), though the text names no defender (not "struck A
        # and B, shooting residents")
        return [ARMED_CLASH]
    if kills or (assault and victims):
        # protesters killed: the excessive force used on their protest (codebook §2)
        return [EXCESSIVE_FORCE if _protesters_hit(facts, actor2) or _fired_on_the_protest(
            facts, group) else "Attack"]
    return []


def _one_armed_side(facts: SentenceFacts) -> bool:
    """The sentence names one armed side only, its speakers aside."""
    spoken = speakers(facts)
    return len({m.actor.name for m in facts.actors if _armed(m.actor) and m not in spoken}) == 1


def _protesters_hit(facts: SentenceFacts, actor2: Actor | None) -> bool:
    """The side acted on are protesters, or every counted dead is one."""
    if actor2 is not None and actor2.inter == PROTESTERS:
        return True
    counted = [c for c in facts.killed if c.value > 0] or _hurt(facts)
    return bool(counted) and all(c.head and PROTESTER_HEADS.search(c.head) for c in counted)


def _fired_on_the_protest(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The sentence tells a protest, and the group's attack falls on its crowd: the object of
    its verb is a protest's crowd ("mourners chanted against the militias, and gunmen fired on
    the procession"), whoever fired (ACLED: lethal force on peaceful protesters)."""
    if not any(t.sub_event_type in PROTEST_SUBS and t not in group for t in facts.triggers):
        return False
    for t in group:
        if t.role not in ("kill", "generic"):
            continue
        token = facts.grammar.root(t.start, t.end)
        if token is None:
            continue
        if any(PROTEST_CROWDS.fullmatch(p.lower_) for p in trigger_roles(token).patients):
            return True
    return False


def _hurt(facts: SentenceFacts) -> list[Count]:
    """People the sentence counts wounded who are no fighters."""
    return [c for c in facts.counts
            if c.kind == "wounded" and c.value > 0 and not _combatants(facts, c)]


def _fighters_hit(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None, until: int
) -> bool:
    """The group's victims are combatants: every counted dead (or, with no dead counted, every
    wounded) is a soldier or a fighter, or (with none counted) an armed side is the object
    right after the trigger or the passive subject before it. The dead decide before the
    wounded: "killed a soldier and wounded two civilians" hit the state's forces."""
    counted = [c for c in facts.counts if c.kind == "killed" and c.value > 0] or [
        c for c in facts.counts if c.kind == "wounded" and c.value > 0]
    if counted:
        return all(_combatants(facts, c) for c in counted)
    text = facts.sentence.text
    ends = [t.end for t in group]
    for m in facts.actors:
        if actor1 is not None and m.actor.name == actor1.name:
            continue
        after = any(0 <= m.start - e <= OBJECT_GAP for e in ends) and m.start < until
        before = m.end <= group[0].start and PASSIVE.match(text[m.end :])
        if (after or before) and _armed(m.actor):
            return True
    return False


def _attacks_forces(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """An attack word of the group has the state's (or foreign) forces for object in the parse
    ("stormed a police station", "ambushed Kenyan troops", "attacked a convoy of peacekeepers",
    "opened fire on a police patrol"; not a government: "attacked wards of the local
    government")."""
    grammar = facts.grammar
    for trig in group:
        token = grammar.root(trig.start, trig.end) if trig.role in ("generic", "kill") else None
        if token is None:
            continue
        patients = trigger_roles(token).patients
        named = [_named(facts, p) for p in _with_whose(patients)]
        forces = [m is not None and _forces(m.actor) and m.role != "government" for m in named]
        aimed = [f for m, f in zip(named, forces, strict=True) if m is not None]
        if trig.role == "kill" and not all(aimed):
            # a killing or shooting word aims at the forces only where every side its objects
            # name is theirs (not "opened fire on police and civilians", "killed 14 people,
            # including soldiers")
            continue
        if any(forces):
            return True
    return False


def _forces(actor: Actor) -> bool:
    return actor.inter in (STATE_FORCES, EXTERNAL) and not never_perpetrator(actor)


def _named(facts: SentenceFacts, token: Token):
    """The mention, no speaker's, the token lies in, else None."""
    start, _ = facts.grammar.offsets(token)
    spoken = speakers(facts)
    return next((m for m in facts.actors if m.start <= start < m.end and m not in spoken), None)


def _attacks_a_town(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """An attack word of the group has for object a town of some size ("attacked the city of
    X", "stormed X"; not a village, a building or people in it)."""
    grammar = facts.grammar
    for trig in group:
        token = grammar.root(trig.start, trig.end) if trig.role == "generic" else None
        if token is None or not is_verb(token):
            continue
        for patient in _with_whose(trigger_roles(token).patients):
            start, end = grammar.offsets(patient)
            if any(p.start <= start < p.end and p.role == "town" and p.place is not None
                   and p.place.population >= NEIGHBOUR_MIN_POPULATION for p in facts.places):
                return True
    return False


def _with_whose(patients: list[Token]) -> list[Token]:
    """The patients, each with the noun its "of" names ("a convoy of peacekeepers")."""
    return [*patients, *(c for p in patients for prep in p.children
                         if prep.dep_ == "prep" and prep.lower_ in grammar_words()["naming_preps"]
                         for c in prep.children if c.dep_ == "pobj")]


def _unspecified(count: Count) -> bool:
    """The counted are named only as people, or by a bare number."""
    return not count.head or bool(UNSPECIFIED_HEADS.search(count.head.lower()))


def _titled(count: Count) -> bool:
    """ "the Colonel Ali Saleh": a rank before a name is one man's title (his killing an
    assassination), not the counted soldiers."""
    found = re.search(rf"\b{re.escape(count.head or '')}\b", count.surface, re.I)
    return bool(found and count.head and count.surface[found.start()].isupper()
                and re.match(r"\s+[A-Z]", count.surface[found.end():]))


def _combatants(facts: SentenceFacts, count: Count) -> bool:
    """The counted are soldiers or fighters: by their noun, as an armed side named right
    after them ("three government forces", "eleven members of the army"; not its office
    holders: "two government officials"), or as an armed side's own losses. A bare number
    or "others" after another count ("two soldiers, one in A and one in B", "killed one
    fighter and wounded two others") counts what that count counts."""
    if _held_once(facts, count):
        return False  # "a retired army officer": a civilian now
    if _civil_post(facts, count):
        return False  # "a municipal election officer": a civil servant
    if count.head and COMBATANT_HEADS.search(count.head) and not _titled(count) or (
            count.side in ARMED_VICTIMS):
        return True
    if count.head and not _titled(count) and _head_of_armed_side(facts, count):
        return True  # "an army captain", "a brigade commander": the head names an armed side
    text = facts.sentence.text
    if any(
        m.start >= count.end and _armed(m.actor)
        and (MEMBER_OF.match(text[count.end : m.start]) or not text[count.end : m.start].strip()
             and not CIVILIAN_TRADES.search(text[m.start : m.end]))
        for m in facts.actors
    ) or _member_within(facts, count):
        return True
    if PARTITIVE.match(text, count.end):
        # "pursued the attackers and killed four of them": some of the side named last
        # before them that is no verb's subject (not the killers: "gunmen fired on a crowd
        # and killed five of them")
        named = [m for m in facts.actors if m.end <= count.start
                 and not _a_subject(facts.grammar.root(m.start, m.end))]
        return bool(named) and _armed(named[-1].actor)
    at = facts.counts.index(count) if count in facts.counts else 0
    told_before = not count.head or ANAPHORIC_HEADS.fullmatch(count.head.lower())
    return bool(told_before) and at > 0 and _combatants(facts, facts.counts[at - 1])


def _a_subject(token: Token | None) -> bool:
    return token is not None and token.dep_ in grammar_words()["subject_labels"]


def _head_of_armed_side(facts: SentenceFacts, count: Count) -> bool:
    """The count's head noun is part of the name of a state's forces in the actor data ("an army
    captain", "a captain in the army", "an explosives expert"; not a government's: "a district
    official"; not a gang's: "suspected gang members" killed at home are no fighters)."""
    text = facts.sentence.text
    head = text.find(count.head, count.start, count.end) if count.head else -1
    return head >= 0 and any(m.start <= head < m.end and m.actor.inter in (STATE_FORCES, EXTERNAL)
                             and not never_perpetrator(m.actor) for m in facts.actors)


def _member_within(facts: SentenceFacts, count: Count) -> bool:
    """The count's own words name the armed side its head belongs to ("a member of the
    Peshmerga" counted as one)."""
    text = facts.sentence.text
    head = text.find(count.head, count.start, count.end) if count.head else -1
    if head < 0:
        return False
    after = head + len(count.head)
    return any(after <= m.start < count.end and _armed(m.actor)
               and MEMBER_OF.match(text[after : m.start]) for m in facts.actors)


def _before_head(facts: SentenceFacts, count: Count) -> str:
    """The words of a count up to its head noun ("a retired army " of "a retired army officer")."""
    text = facts.sentence.text
    head = text.find(count.head, count.start) if count.head else -1
    return text[count.start : head] if head >= 0 else ""


def _civil_post(facts: SentenceFacts, count: Count) -> bool:
    """The counted are named by a civil service before their noun ("an election officer")."""
    return CIVIL_OFFICES.search(_before_head(facts, count)) is not None


def _held_once(facts: SentenceFacts, count: Count) -> bool:
    """The counted are named as what they were ("three former soldiers", "a retired officer")."""
    return held_once(count.surface) or held_once(_before_head(facts, count))


def _armed(actor: Actor | None) -> bool:
    return actor is not None and actor.inter in ARMED_CLASSES


def _takes_people(facts: SentenceFacts, trig: Trigger) -> bool:
    """ "fighters were captured", "captured another 2", "seized a vehicle": people or things
    taken, not ground. What was taken (the verb's object or passive subject, the "of" of a
    noun: "the capture of a vehicle"; the subject of a verb of falling: "the town fell to X")
    holds no place, no word for ground and, after a verb of falling, no pronoun ("it fell")."""
    token = facts.grammar.root(trig.start, trig.end)
    if token is None:
        return False
    patients = list(trigger_roles(token).patients) or [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    ]
    if any(p.tag_ in ("WDT", "WP") for p in patients):
        return False  # "a town that troops recaptured": the relative stands for the town
    text = facts.sentence.text

    def ground(tokens: list) -> bool:
        # ("passengers seized on a highway in X": civilians the participle says were taken;
        # its own phrase is no part of what was taken)
        spans = [_without(facts.grammar.subtree_offsets(t), facts.grammar.subtree_offsets(token))
                 if token.head == t and token.dep_ == "acl" and _civilians(facts, t)
                 else _taken_where(facts, t) for t in tokens]
        return any(any(s <= p.start and p.end <= e for p in facts.places)
                   or GROUND_NOUNS.search(text[s:e]) for s, e in spans)

    if ENTRY_VERBS.match(token.lower_) and patients and all(_a_building(p) for p in patients):
        return True  # "gunmen entered the hotel": the way into an attack, no ground
    if token.lower_ in grammar_words()["ousting_verbs"]:
        return False  # "expelled the militants from the town": the ground is where from
    if token.lower_ in grammar_words()["falling_verbs"]:
        # "the town fell to the Taliban", "days after it fell": the ground is the subject
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return not (ground(subjects) or any(c.tag_ == "PRP" for c in subjects))
    return bool(patients) and not ground(patients)


def _hands_over_no_ground(facts: SentenceFacts, trig: Trigger) -> bool:
    """A transfer of territory told by a verb of handing over whose object is people or things
    ("a captured officer was handed over to a mediator"): no ground changed hands."""
    if trig.sub_event_type != TRANSFER:
        return False
    token = facts.grammar.root(trig.start, trig.end)
    return (token is not None and HANDING_VERBS.fullmatch(token.lower_) is not None
            and _takes_people(facts, trig))


def _taken_where(facts: SentenceFacts, taken: Token) -> tuple[int, int]:
    """The phrase of what was taken, without a place phrase on it when it names people
    ("captured a third one in the town of X": where he was taken, not ground taken)."""
    span = facts.grammar.subtree_offsets(taken)
    if not (TAKEN_PEOPLE.fullmatch(taken.lower_) or COMBATANT_HEADS.search(taken.lower_)):
        return span
    for c in taken.children:
        if c.dep_ == "prep" and c.lower_ in grammar_words()["circumstance_preps"] | grammar_words()[
                "locative_preps"]:
            span = _without(span, facts.grammar.subtree_offsets(c))
    return span


def _a_building(token: Token) -> bool:
    """The noun is a building's or a room's ("the hotel", "a nearby house")."""
    word = token.lower_
    return any(w in building_nouns() for w in (word, word[:-1], word[:-2])) or (
        ENTERED_ROOMS.match(word) is not None)


def _seizes_civilians(facts: SentenceFacts, trig: Trigger) -> bool:
    """A taking verb whose object is civilians ("seized 20 passengers"), by an armed side."""
    token = facts.grammar.root(trig.start, trig.end)
    if token is None or not _takes_people(facts, trig):
        return False
    return any(p.dep_ == "dobj" and _civilians(facts, p) for p in trigger_roles(token).patients)


def _civilians(facts: SentenceFacts, token: Token) -> bool:
    """The token heads words naming civilians ("passengers", "villagers")."""
    start, end = facts.grammar.offsets(token)
    return any(m.actor.inter == CIVILIANS and m.start <= start and end <= m.end
               for m in facts.actors)


def _without(span: tuple[int, int], inner: tuple[int, int]) -> tuple[int, int]:
    """The part of a phrase's span before a clause inside it."""
    return span[0], min(span[1], inner[0])


def _territory_sub(
    facts: SentenceFacts, actor1: Actor | None, taking: list[Trigger] | None = None
) -> str:
    """Who took the ground: the agent of the taking words in the parse ("after clashes with X,
    regime militias advanced to establish control"), else the group's actor1; the state and
    the militias fighting for it regain territory."""
    if DEAL_CONTEXT.search(facts.sentence.text):
        return TRANSFER
    agents = frame(facts, taking).agents if taking else []
    taker = agents[0].actor if agents else actor1
    if fights_for_the_state(taker):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def tells_a_killing(group: list[Trigger]) -> bool:
    """A kill trigger that tells a killing, not only who kills ("gunmen", "snipers")."""
    return any(t.role == "kill" and not KILLER_NOUNS.fullmatch(t.surface) for t in group)


def is_anaphoric(group: list[Trigger]) -> bool:
    """Only attack verbs and killings: "the strike hit homes, killing five" continues an event.
    A massacre, an execution or sniping is an event of its own."""
    return all(t.role in ("generic", "kill") for t in group) and not any(
        ATROCITY.search(t.surface) for t in group
    )


def _ordered(subs) -> list[str]:
    return sorted(s for s in subs if s)
