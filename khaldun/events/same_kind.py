"""Whether two reports within one article are of one kind of event: the sub-types that
tell one event (a protest and the force used on it, a clash and the capture it ended in), on
overlapping days."""

from __future__ import annotations

from khaldun.actors.resolve import UNIDENTIFIED
from khaldun.dates import DateMention
from khaldun.events.assemble import (
    DEFINITE,
    DISRUPTED,
    PROTEST_SUBS,
    VIOLENT_DEMONSTRATION,
    Draft,
    last_words,
    trigger_prefix,
)
from khaldun.events.building import TERRITORY_SUBS, Building
from khaldun.events.clash_sides import fought_by_armed_sides
from khaldun.events.frames import roles_of
from khaldun.events.readings import definite
from khaldun.events.structure import dead_told_by
from khaldun.events.subtypes import (
    ABDUCTION,
    ATTACK,
    DESTRUCTION,
    GUNFIRE_KILLS,
    PARTITIVE,
    PROTESTER_HEADS,
    participle_of_people,
)
from khaldun.events.triggers import overrides, word_class
from khaldun.nlp.grammar_words import is_verb
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.records import (
    ARMED_CLASH,
    CIVILIANS,
    EVENT_TYPES,
    EXCESSIVE_FORCE,
    NON_STATE_ARMED,
    PROTESTERS,
    STATE_FORCES,
    SUB_TO_TYPE,
    VIOLENT_TYPES,
)

# Within one article, reports of one kind at one place this many days apart are one event.
MERGE_DAYS = 2

# The types an attack told with no weapon named is given (an attack on civilians, a clash).
PLAIN_ATTACK_TYPES = frozenset({"Violence against civilians", "Battles"})

PROTESTS = frozenset(EVENT_TYPES["Protests"])

RIOT_AND_FORCE = frozenset({VIOLENT_DEMONSTRATION, EXCESSIVE_FORCE})


def told_in_same_sentence(event: Building, draft: Draft) -> bool:
    """The event was told in the draft's own sentence."""
    start = draft.facts.sentence.start
    return event.first_offset == start or any(c.start == start for c in event.claims)


def _disrupted_here(event: Building, draft: Draft, undated: bool) -> bool:
    """ "fired a missile at Jizan, which air defences intercepted": the weapon use and its
    disruption told in one sentence are one event of disrupted weapons use; so is the weapon
    of a disruption just told named again, undated ("shot down a drone ... the drone was hit
    over X")."""
    disrupted = overrides().get(DISRUPTED, ())
    if event.sub_event_type == DISRUPTED and draft.sub_event_type in disrupted and undated:
        return bool(draft.triggers) and draft.triggers[0].role == "instrument" and (
            DEFINITE.search(trigger_prefix(draft)) is not None)
    if draft.sub_event_type != DISRUPTED or event.sub_event_type not in disrupted:
        return False
    # ("fired a missile at Jizan ... air defences intercepted the missile": the weapon told
    # before, named again with the definite article)
    text = draft.facts.sentence.text
    return told_in_same_sentence(event, draft) or any(
        t.role == "instrument" and DEFINITE.search(last_words(text, t.start))
        for t in draft.triggers)


def riot_dead(event: Building, draft: Draft) -> bool:
    """ "Police clashed with protesters, and two were killed": a killing told with no act of
    its own after a violent demonstration is its dead (the sides it guessed do not count)."""
    return event.sub_event_type == VIOLENT_DEMONSTRATION and draft.anaphoric and bool(
        draft.killed)


def force_on_protesters(report: Draft | Building) -> bool:
    """A killing that continues a protest: by state forces or no one named, of protesters,
    civilians or no one named ("the four were shot dead"), never of fighters or soldiers, nor
    by a bomb or a strike ("protested after a bomb killed two": the bomb is an act of its own,
    no force used on the crowd)."""
    if SUB_TO_TYPE.get(report.sub_event_type) == "Explosions/Remote violence":
        return False
    by = report.actor1.inter if report.actor1 else None
    on = report.actor2.inter if report.actor2 else None
    # (protesters: the sides carried from the march)
    return by in (None, STATE_FORCES, PROTESTERS) and on in (None, PROTESTERS, CIVILIANS)


def victims_told_before(draft: Draft) -> bool:
    """The draft's killing falls on victims counted before ("the four were shot in X", "the
    victims were killed near Y"): its patient is a definite number or a told-victims noun."""
    grammar = draft.facts.grammar
    dets, nouns = word_class("told_victims_dets"), word_class("told_victims")
    for trigger in draft.triggers:
        token = grammar.root(trigger.start, trigger.end) if trigger.role == "kill" else None
        for victim in roles_of(draft.facts, token).patients if token is not None else ():
            told = victim.like_num or nouns.fullmatch(victim.lower_) or any(
                c.dep_ == "nummod" for c in victim.children)
            if told and any(c.dep_ == "det" and dets.fullmatch(c.lower_)
                            for c in victim.children):
                return True
    return False


def killing_at_protest(event: Building, draft: Draft, undated: bool = False) -> bool:
    """A protest and, at its place on the same day, people (not fighters) killed by state
    forces: the force used on that protest ("security forces killed 12 as demonstrations
    entered their second week"), one event of excessive force (codebook §2). A draft the text
    does not date (`undated`: "The police fired at people who were protesting", right after
    "Police killed three in X on Wednesday") is on the event's day."""
    subs = {event.sub_event_type, draft.sub_event_type}
    if "Attack" not in subs or not subs & PROTESTS:
        return False
    killing = event if event.sub_event_type == "Attack" else draft
    by_state = killing.actor1 is not None and killing.actor1.inter == STATE_FORCES
    return by_state and force_on_protesters(killing) and (
        undated or dates_overlap(event, draft, slack=0))


def same_kind(event: Building, draft: Draft, undated: bool = False) -> bool:
    if event.sub_event_type == draft.sub_event_type:
        return True
    pair = {event.sub_event_type, draft.sub_event_type}
    if pair <= TERRITORY_SUBS:
        return True  # "recaptured X" and "rebels withdrew from X": one change of control
    if pair <= PROTESTS:
        return True  # a protest and the force used on it ("police fired to disperse the crowd")
    if VIOLENT_DEMONSTRATION in pair and (pair <= PROTEST_SUBS | RIOT_AND_FORCE):
        # a protest that turned violent, and the force used on that riot: one violent
        # demonstration
        return True
    if riot_dead(event, draft) or _disrupted_here(event, draft, undated):
        return True
    if killing_at_protest(event, draft, undated) or arrests_at_protest(event, draft):
        return True
    if pair <= TERRITORY_SUBS | {ARMED_CLASH}:
        # "retook X after heavy fighting": the fight ended in the capture, the same day(s),
        # or the capture claimed right after the fight is told, undated
        return undated or dates_overlap(event, draft, slack=0)
    if draft.sub_event_type == DESTRUCTION and undated and SUB_TO_TYPE.get(
            event.sub_event_type) in VIOLENT_TYPES:
        # "gunmen stormed the town ... The attackers burned homes and looted the market":
        # the plunder of the attack just told, undated, is part of it
        return True
    if pair == {ATTACK, ABDUCTION}:
        # "gunmen abducted a village head" ... "his body was found": one event, that day
        return undated or dates_overlap(event, draft, slack=0)
    if weapon_of_attack(event, draft, undated) or act_of_the_dead(event, draft, undated):
        return True
    if undated and _act_told_again(draft) and SUB_TO_TYPE.get(event.sub_event_type) in (
            VIOLENT_TYPES):
        return True  # "a bomber blew himself up among pilgrims ... The attack struck a tent"
    explosive = SUB_TO_TYPE.get(draft.sub_event_type) == "Explosions/Remote violence"
    same_type = SUB_TO_TYPE.get(event.sub_event_type) == SUB_TO_TYPE.get(draft.sub_event_type)
    if explosive and same_type and undated and _weapon_told_again(draft):
        return True  # "a drone strike killed five ... The missiles hit a compound in X"
    return explosive and same_type and (draft.weak or event.weak)


def _act_told_again(draft: Draft) -> bool:
    """The draft names its act by generic words alone, one with a definite article ("the
    attack struck a tent"): the act just told, whatever its kind."""
    return bool(draft.triggers) and all(t.role == "generic" for t in draft.triggers) and any(
        definite(draft.facts.grammar, t) for t in draft.triggers)


def _weapon_told_again(draft: Draft) -> bool:
    """The draft names a weapon with the definite article and no side of its own ("the
    missiles"): the weapon of a remote attack just told."""
    if draft.actor1 is not None or not draft.triggers or draft.triggers[0].role != "instrument":
        return False
    return DEFINITE.search(trigger_prefix(draft)) is not None


def weapon_of_attack(event: Building, draft: Draft, undated: bool = False) -> bool:
    """An attack told with no weapon ("twenty were killed in an attack on a market"), then, the
    same day or undated, the weapon that carried it out ("two bombers blew themselves up among
    shoppers"): one event."""
    named = any(word_class("weapon_nouns", whole=True).match(t.surface) for t in draft.triggers)
    if not event.generic or (draft.anaphoric and not named) or (
            draft.facts.sentence.start <= event.first_offset):
        return False  # (within one sentence the parse groups a weapon with its act)
    if _fired_by_another(event, draft):
        return False  # "rebels attacked army positions ... warplanes then pounded the town"
    if event.sentence is not None and GUNFIRE_KILLS.search(event.sentence.text):
        return False  # "gunmen shot dead two elders": its weapon told, the mortars another's
    told_plainly = SUB_TO_TYPE.get(event.sub_event_type) in PLAIN_ATTACK_TYPES
    weapon = SUB_TO_TYPE.get(draft.sub_event_type) == "Explosions/Remote violence"
    return told_plainly and weapon and (undated or dates_overlap(event, draft, slack=0))


def _fired_by_another(event: Building, draft: Draft) -> bool:
    """The draft's weapon is fired by the other camp than the one that carried out the attack
    (a state's or foreign forces against a non-state group named, or the reverse): the other
    side's act, not the attack's weapon."""
    sides = (event.actor1, draft.actor1)
    if not all(a is not None and not a.name.startswith(UNIDENTIFIED) for a in sides):
        return False
    return (event.actor1.inter in NON_STATE_ARMED) != (draft.actor1.inter in NON_STATE_ARMED)


def only_dead(draft: Draft) -> bool:
    """The draft tells deaths only, no act of its own ("nine were killed in X")."""
    return bool(draft.triggers) and all(t.role == "kill" for t in draft.triggers)


def told_by_its_dead(draft: Draft) -> bool:
    """The draft's sentence tells deaths only ("nine were killed in X"): no weapon, no act,
    not even gunfire ("shot dead" tells how)."""
    return only_dead(draft) and all(
        t.role in ("kill", "hint") and not GUNFIRE_KILLS.search(t.surface)
        for t in draft.facts.triggers)


def act_of_the_dead(event: Building, draft: Draft, undated: bool = False) -> bool:
    """An event told by its dead alone, no side that killed them named ("four people were
    killed in X on Monday"), then, the same day or undated, an act that kills (structure.yaml
    `dead_told_by`: "clashes erupted between rival militias"): the act that killed them, one
    event."""
    if not event.by_its_dead or event.actor1 is not None or draft.anaphoric:
        return False
    if draft.facts.sentence.start <= event.first_offset:
        return False  # (within one sentence the parse groups an act with its dead)
    clashes = [t for t in draft.triggers if t.sub_event_type == ARMED_CLASH]
    if draft.sub_event_type == ARMED_CLASH and not fought_by_armed_sides(draft.facts, clashes):
        return False  # a fight is told by the armed sides that fought it
    return draft.sub_event_type in dead_told_by() and (
        undated or dates_overlap(event, draft, slack=0))


def dates_overlap(event: Building, draft: Draft | DateMention, slack: int = MERGE_DAYS) -> bool:
    """Ranges overlap, allowing MERGE_DAYS of slack ("yesterday" in one sentence, a weekday in
    another, a process over several days); `draft` may be a date mention too. (A draft the text
    does not date, near the event, is not asked: its date is the publication's, which says
    nothing.)"""
    if not (event.date_start and draft.date_start and event.date_end and draft.date_end):
        return True
    gap = max((draft.date_start - event.date_end).days, (event.date_start - draft.date_end).days)
    return gap <= slack


def _protest_told(draft: Draft) -> bool:
    """The draft tells a protest going on by a clause so marked ("as protesters marched"),
    not by a noun ("with protests expected") nor as an act of its own ("students detained in
    last month's protests staged a sit-in")."""
    marks = grammar_words()["meanwhile_marks"]
    verbs = [draft.facts.grammar.root(t.start, t.end) for t in draft.triggers
             if t.sub_event_type in PROTESTS]
    return any(
        v is not None and v.tag_ == "VBD" and v.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children)
        for v in verbs
    )


# a clause told as part of another's scene ("..., where 28 were arrested", "... as police
# broke up the rally", "marched ..., and police detained nine")
SCENE_CLAUSES = ("relcl", "advcl", "conj")
# the words a clause hangs from that make it a trait of someone, not a scene ("families of
# those who were detained rallied")
TRAIT_LINKS = ("nsubj", "nsubjpass", "poss", "agent")


def _one_scene(draft: Draft, protests: list, arrests: list) -> bool:
    """An arrest and a protest told as one scene in the draft's sentence: the clause of one
    hangs, as a clause of place, time or sequence, from the other's, with no other verb between
    them and not from a word that names who acted ("families of those who were detained")."""
    grammar = draft.facts.grammar
    protest_verbs = [grammar.clause_verb(t.start, t.end) for t in protests
                     if t.sub_event_type in PROTESTS and t.role == "act"]
    arrest_verbs = [grammar.root(t.start, t.end) for t in arrests
                    if t.sub_event_type == "Arrests" and t.role == "act"]
    return any(a is not None and p is not None and a.i != p.i and not participle_of_people(a)
               and (_hangs_from(a, p) or _hangs_from(p, a))
               for a in arrest_verbs for p in protest_verbs)


def _hangs_from(clause, head) -> bool:
    """The clause whose verb is `clause` hangs from `head`'s clause, through no other verb."""
    if clause.dep_ not in SCENE_CLAUSES:
        return False
    token = clause.head
    while token.i != head.i:
        if is_verb(token) or token.dep_ in TRAIT_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return True


def arrests_at_protest(event: Building, draft: Draft) -> bool:
    """Protesters arrested at a protest told before ("several protesters were detained"): the
    intervention in that protest, not an event of its own; so are arrests told with a protest
    in one sentence ("police arrested 25 as protesters marched on the palace")."""
    if event.sub_event_type == "Arrests" and draft.sub_event_type in PROTESTS:
        return (event.first_offset == draft.facts.sentence.start and (
            _protest_told(draft) or _one_scene(draft, draft.triggers, draft.facts.triggers))
            and dates_overlap(event, draft, slack=0))
    if draft.sub_event_type != "Arrests" or event.sub_event_type not in PROTESTS:
        return False
    if event.first_offset == draft.facts.sentence.start and _one_scene(
            draft, draft.facts.triggers, draft.triggers) and dates_overlap(event, draft, slack=0):
        return True  # "protests were held in X, where 28 were arrested"
    if any(t.sub_event_type in PROTESTS for t in draft.triggers):
        return True  # "protesters were detained"
    held = [c for c in draft.facts.counts if c.kind == "arrested" and c.head]
    if any(PROTESTER_HEADS.search(c.head) for c in held):
        return True
    # "Teachers rallied in X. Police arrested 12 of them.": some of the marchers the sentence
    # just before named
    text = draft.facts.sentence.text
    return _told_just_before(event, draft) and any(
        c.kind == "arrested" and c.head is None and PARTITIVE.match(text, c.end)
        for c in draft.facts.counts)


def _told_just_before(event: Building, draft: Draft) -> bool:
    """The event was told in the sentence right before the draft's (a few characters between)."""
    ends = [c.end for c in event.claims if c.end <= draft.facts.sentence.start]
    return bool(ends) and draft.facts.sentence.start - max(ends) <= 3
