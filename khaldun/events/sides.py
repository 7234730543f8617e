"""The sides of a draft event (codebook §3): actor1 acts, actor2 is acted on.

The parse decides first (khaldun.events.frames: the trigger's agent and patient, speakers
never sides); word order is the fallback when it gives no relation."""

from __future__ import annotations

import re

from spacy.tokens import Token

from khaldun.actors import civilians, role_actor
from khaldun.actors.implied import never_perpetrator
from khaldun.events.assemble import (
    ARREST_REASON,
    CLAUSE_BREAK,
    PASSIVE,
    PROTEST_SUBS,
    VIOLENT_DEMONSTRATION,
)
from khaldun.events.facts import EVENT_ROLES, KINDRED, SentenceFacts
from khaldun.events.frames import frame, speakers
from khaldun.events.subtypes import UNSPECIFIED_HEADS
from khaldun.events.triggers import RUN_UP, Trigger, alternation, word_class
from khaldun.events.unharmed import harmed
from khaldun.nlp.grammar_words import words
from khaldun.records import (
    AGREEMENT,
    ARMED_CLASH,
    ARMED_CLASSES,
    CIVILIANS,
    EVENT_TYPES,
    EXTERNAL,
    NON_STATE_ARMED,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    Actor,
)

CIVILIAN_TARGET_SUBS = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Arrests"}
)
DEPENDENT = re.compile(
    rf"\b(?:{alternation('backing_verbs')})(?: up)? by\s+(?:the\s+)?$|"
    rf"\b(?:{alternation('backing_phrases')})\s+(?:the\s+)?$",
    re.I,
)
CIVILIAN_HEADS = word_class("civilian_heads")
# the labels of a verb heading the sentence's own clause ("a bomb hit X", "..., killing X")
MAIN_CLAUSE = frozenset({"ROOT", "advcl", "xcomp", "ccomp", "conj"})
# the labels that join a weapon's word to the verb it was used with ("with a roadside bomb")
MEANS_LINKS = frozenset({"pobj", "pcomp", "prep", "compound", "amod", "nmod"})
MAX_CARRIERS = 2  # "a truck carrying a bus carrying ...": how far carried things are followed
SUFFERING = word_class("suffering_verbs", whole=True)
OWNED_THINGS = re.compile(rf"(?:{alternation('owned_things')})s?", re.I)
# right before the side a place is yielded to: "handed it over to Y", "hands the government"
RECIPIENT = re.compile(r"\b(?:to|hands?|handed|handing)\s+(?:the\s+)?\Z", re.I)
YIELDS = re.compile(
    rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+)?"
    rf"(?:{alternation('yielding_verbs')})\b",
    re.I,
)
REMOTE_VIOLENCE = frozenset(EVENT_TYPES["Explosions/Remote violence"])
TERRITORY_SUBS = frozenset(
    {"Government regains territory", "Non-state actor overtakes territory",
     "Non-violent transfer of territory"}
)
# before a side that fights with the one named before it: "and allied militias", "supported
# by its loyal gunmen", "along with allied fighters"
BACKED = re.compile(
    rf"\b(?:(?:{alternation('backing_verbs')})(?: up)? by|{alternation('backing_phrases')})"
    rf"\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)
ALLY = re.compile(rf"\b(?:{alternation('ally_words')})\s+(?:[\w-]+\s+){{0,3}}?$", re.I)
BETWEEN = re.compile(r"\bbetween\b", re.I)
FIRST_SIDE = re.compile(rf"\b(?:{alternation('first_side_markers')})\b", re.I)
FRONTED = re.compile(rf"\s*({alternation('fronted_openers')})\b", re.I)
# ("a bomb, likely planted by X": a hedged agent set off by a comma)
BY = re.compile(r"^,?\s*(?:\w+\s+){0,2}?by\s+(?:the\s+|an?\s+)?$", re.I)
# between an actor and the trigger noun it modifies: a space or hyphen ("regime-shelling")
PREMODIFIES = re.compile(r"[\s-]+\Z")


def pick_actors(
    facts: SentenceFacts, group: list[Trigger], sub: str, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """actor1 acts, actor2 is acted on (codebook §3): the trigger's agent and patient in the
    parse, else by word order; a speaker is never a side."""
    text = facts.sentence.text
    spoken = speakers(facts)
    roles = _own_frame(facts, group, sub)
    actors = [
        m
        for m in facts.actors
        if (m.actor.inter not in (CIVILIANS,) or sub.startswith("Peaceful")) and m not in spoken
        and not _responded(facts, m)
    ]
    between = BETWEEN.search(text)
    if between and sub in (ARMED_CLASH, VIOLENT_DEMONSTRATION):
        # ("between regime troops and their allied militias against X": the allies are no side)
        after = [m for m in actors if m.start > between.end()]
        pair = after[:1] + [m for m in after[1:] if not _allied(text, m, actors)][:1]
        side = FIRST_SIDE.search(text, between.end())
        if side:  # "between A and B on one side, and C on the other": A and C
            pair = [m for m in pair[:1] if m.start < side.start()] + [
                m for m in actors if m.start > side.end()][:1]
        if len(pair) == 2 and pair[0].actor.name != pair[1].actor.name:
            return _as_riot(sub, pair[0].actor, pair[1].actor, actors, country)
    agent = next((m for m in roles.agents if m in actors), None)
    if agent is not None:
        actor1 = agent.actor
    else:
        actor1 = _agent_by_order(
            text, group,
            [m for m in actors if m not in roles.patients and not _earlier_clause(facts, group, m)
             and not _in_other_act(facts, group, m)
             and not _describes_patient(facts, m, roles.patients)
             and not _describes_the_hit(facts, group, m)
             and not _acted_on_or_at(facts, m) and not _suffered(facts, m)],
            _fronted_end(facts),
        )
    if actor1 is not None and _own_side_hit(actors, actor1, roles.patients):
        actor1 = None  # "guns pounded Saudi troops" in Saudi Arabia: not Saudi artillery
    if actor1 is None and sub in (ARMED_CLASH, VIOLENT_DEMONSTRATION):
        # "four fighters died in fighting with army troops": the side they fought (not
        # one another act was done to: "fighting raged as air strikes hit X's positions")
        hit = {m.actor.name for m in roles.patients}
        actor1 = next(
            (m.actor for m in actors if m not in roles.patients and m.actor.name not in hit
             and m.actor.inter in ARMED_CLASSES and not _backed_leader(facts, m)
             and not _describes_patient(facts, m, roles.patients)
             and not _describes_the_hit(facts, group, m)
             and not _acted_on_or_at(facts, m)),
            None,
        )
    if actor1 is None and sub == ARMED_CLASH:
        actor1 = _both_sides_lost(roles.patients, spoken)
    if sub in PROTEST_SUBS and (actor1 is None or actor1.inter not in (RIOTERS, PROTESTERS)):
        marchers = next((m.actor for m in facts.actors if m.actor.inter == PROTESTERS), None)
        actor1 = marchers or role_actor("protesters", country)
    if sub == "Arrests" and (actor1 is None or actor1.inter in (PROTESTERS, CIVILIANS)):
        actor1 = role_actor("police", country)  # arrests are made by the state's forces
    actor2 = _actor2(facts, group, actor1, sub, country)
    if sub in TERRITORY_SUBS and actor1 is not None and actor2 is not None:
        yielded = any(m.actor.name == actor1.name and YIELDS.match(text, m.end) for m in actors)
        received = any(
            m.actor.name == actor2.name and RECIPIENT.search(text, 0, m.start) for m in actors
        )
        if yielded and received and actor2.inter in ARMED_CLASSES:
            actor1, actor2 = actor2, actor1  # "X handed the town to Y": Y gained it, Y acted
    return _as_riot(sub, actor1, actor2, actors, country)


def _both_sides_lost(patients: list, spoken) -> Actor | None:
    """ "Three soldiers and six militants were killed in clashes": the dead of a clash name
    its two sides; the first named is actor1 (as ACLED lists them), the other the side acted
    on. None unless two distinct armed sides are among the patients."""
    armed = [m.actor for m in patients
             if m.actor.inter in ARMED_CLASSES and m not in spoken
             and not never_perpetrator(m.actor)]
    return armed[0] if len({a.name for a in armed}) > 1 else None


def _own_frame(facts: SentenceFacts, group: list[Trigger], sub: str):
    """The agent and patient of the group, unless its agent is that of a trigger of another
    event's sub-type ("police arrested men who planted a bomb": the arrests' police): then of
    the group's triggers of this sub-type, where they have an agent (a protest's sides are
    sorted by _as_riot)."""
    roles = frame(facts, group)
    if sub in PROTEST_SUBS or sub == VIOLENT_DEMONSTRATION:
        return roles
    acting = next((t for t in group if frame(facts, [t]).agents), None)
    if acting is None or acting.sub_event_type in (None, sub):
        return roles
    own = [t for t in group if t.sub_event_type == sub]
    mine = frame(facts, own) if own else None
    return mine if mine is not None and mine.agents else roles


def _backed_leader(facts: SentenceFacts, mention) -> bool:
    """ "fighting broke out between supporters and opponents of the governor": a government or its
    leader named only as whom a noun's people belong to; those people fought, not its forces."""
    token = facts.grammar.root(mention.start, mention.end)
    return (
        never_perpetrator(mention.actor)
        and token is not None
        and token.dep_ == "pobj"
        and token.head.lower_ in words()["membership_preps"]
    )


def _describes_patient(facts: SentenceFacts, mention, patients: list) -> bool:
    """ "is fighting militias loyal to the GNA": a name inside the words that describe the side
    acted on tells whose that side is; it did not act."""
    token = facts.grammar.root(mention.start, mention.end)
    # (up to the noun a patient modifies: "a truck owned by X")
    held = [_phrase_head(facts.grammar.root(p.start, p.end)) for p in patients]
    return token is not None and any(h is not None and h in token.ancestors for h in held)


def _describes_the_hit(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """ "The slain man was an army captain": a name said of a subject the act's own word is
    part of (what the one hit was, after a copula) tells who was hit; it did not act."""
    said = _phrase_head(facts.grammar.root(mention.start, mention.end))
    if said is None or said.dep_ != "attr":
        return False
    acts = {token.i for t in group if (token := facts.grammar.root(t.start, t.end)) is not None}
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and any(token.i in acts for token in child.subtree)
        for child in said.head.children)


def _phrase_head(root: Token | None) -> Token | None:
    """The noun a modifier's words are part of ("American military vehicles": vehicles; "a
    pair of army vehicles": pair), or the word itself."""
    while root is not None and root.head.i != root.i and (
            root.dep_ in ("compound", "amod", "nmod", "poss")
            or (root.dep_ == "pobj" and root.head.lower_ in words()["naming_preps"])):
        root = root.head.head if root.dep_ == "pobj" else root.head
    return root


def _acted_on_or_at(facts: SentenceFacts, mention) -> bool:
    """ "The car went off near the checkpoint", "a car rammed army vehicles", "a bomb attached
    to an army truck": a side named as where the act was, as the object of a verb, or as
    where a thing was put, is no agent."""
    root = _phrase_head(facts.grammar.root(mention.start, mention.end))
    if root is None:
        return False
    prep = root.head
    return root.dep_ == "dobj" or (root.dep_ == "pobj" and (
        prep.lower_ in words()["locative_preps"]
        or (prep.lower_ in words()["placement_preps"] and prep.head.dep_ in ("acl", "relcl"))))


def _responded(facts: SentenceFacts, mention) -> bool:
    """ "Security forces cordoned off the area after the attack", "troops were deployed to
    the village": the subject of a verb of the authorities' response (grammar.yaml
    response_words) did what followed the act, and is no agent of it."""
    token = facts.grammar.root(mention.start, mention.end)
    return (token is not None and token.dep_ in words()["subject_labels"]
            and token.head.lower_ in words()["response_words"])


def _suffered(facts: SentenceFacts, mention) -> bool:
    """ "Three soldiers died when a bomb went off": the subject of a verb of dying (event_words
    suffering_verbs) is a victim of the act, not its agent."""
    token = facts.grammar.root(mention.start, mention.end)
    return token is not None and token.dep_ == "nsubj" and bool(SUFFERING.match(token.head.text))


def _earlier_clause(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """ "A car bomb hit a checkpoint in A, and a roadside bomb hit a bus in B": the actor lies
    in an earlier clause, behind another act and a clause break, and is that act's; so is the
    force behind an arrest made over this act ("police arrested 11 in connection with the
    burning of four women")."""
    text, first = facts.sentence.text, group[0].start
    between = [
        t for t in facts.triggers
        if (t.role in EVENT_ROLES or t.role == KINDRED) and mention.end <= t.start < first
    ]
    return bool(between) and any(
        CLAUSE_BREAK.search(text, t.end, first)
        or (t.sub_event_type == "Arrests" and ARREST_REASON.search(text, t.end, first))
        for t in between if t not in group
    )


def _in_other_act(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """ "Fighting between the army and X raged, as air strikes hit Y": the side lies in the
    phrase of another act (the nearest act word above it in the parse is not this event's),
    and is that act's."""
    grammar = facts.grammar
    token = grammar.root(mention.start, mention.end)
    if token is None:
        return False
    acts = facts.frames.get("act_roots")
    if acts is None:  # asked for each side of each trigger group: read once a sentence
        acts = facts.frames["act_roots"] = {
            t.i: trig for trig in facts.event_triggers
            if (t := grammar.root(trig.start, trig.end)) is not None}
    above = next((t for t in token.ancestors if t.i in acts), None)
    return above is not None and acts[above.i] not in group


def _own_side_hit(actors: list, actor1: Actor, patients: list) -> bool:
    """actor1 came only from words read as the country's forces by context ("artillery",
    "warplanes"), while the words that name it ("Saudi soldiers") are, in the parse, the side
    acted on: the weapon is the other side's, whom the sentence does not name."""
    if actor1.inter != STATE_FORCES:
        return False
    same = [m for m in actors if m.actor.name == actor1.name]
    hit = [m for m in same if not m.generic and m in patients]
    return bool(hit) and all(m.generic or m in hit for m in same) and len(hit) < len(same)


def _as_riot(
    sub: str, actor1: Actor | None, actor2: Actor | None, actors: list, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """The sides of a violent demonstration: its demonstrators are rioters (codebook §3,
    inter 5), acting unless a force acted on them; the other side is the armed force named."""
    if sub != VIOLENT_DEMONSTRATION:
        return actor1, actor2
    rioters = role_actor("rioters", country)
    if actor1 is not None and actor1.inter in ARMED_CLASSES:
        marching = actor2 is None or actor2.inter in (PROTESTERS, RIOTERS, CIVILIANS)
        return actor1, rioters if marching else actor2
    if actor2 is None or actor2.inter not in ARMED_CLASSES:
        actor2 = next((m.actor for m in actors if m.actor.inter in ARMED_CLASSES), None)
    return rioters, actor2


def _agent_by_order(
    text: str, group: list[Trigger], actors: list, fronted: int | None = None
) -> Actor | None:
    """The fallback when the parse gives no agent: "by X" after a trigger, else an armed actor
    right before a later trigger of the group ("killed in regime shelling"), else the last
    actor before the first trigger that is not a passive subject, the head of "X accompanied
    by Y"."""
    first = group[0].start
    by = next((m for m in actors if m.start > first and _agent_after(text, group, m.start)), None)
    by = by or next((m for m in actors if m.start > first and _fires(text, group, m)), None)
    # "two policemen were killed when ...": a passive subject is acted on, not acting
    before = [m for m in actors if m.start <= first and not PASSIVE.match(text[m.end :])]
    # "regime forces accompanied by militias attacked": the head of the subject acts
    while len(before) > 1 and DEPENDENT.search(
        text[max(0, before[-1].start - 30) : before[-1].start]
    ):
        before.pop()
    if by is None and fronted is not None:
        # "Following clashes with X, Y and allied militias took the town": the actors of the
        # fronted phrase are the other side; the first actor after it heads the subject
        main = [m for m in actors if m.start >= fronted and not PASSIVE.match(text[m.end :])]
        if first >= fronted:
            main = [m for m in main if m.start <= first]
        by = main[0] if main else None
    return by.actor if by else (before[-1].actor if before else None)


def _fronted_end(facts: SentenceFacts) -> int | None:
    """Where the phrase a sentence opens with ends ("Following clashes with X, Y took the
    town"): the last comma between the phrase's trigger and the next trigger (the parse often
    joins the subject to the phrase's list), or None when there is no such phrase."""
    text = facts.sentence.text
    # (the phrase's trigger may be the run-up of the act the sentence tells)
    triggers = sorted(
        (t for t in facts.triggers if t.role in (*EVENT_ROLES, RUN_UP)), key=lambda t: t.start
    )
    if not FRONTED.match(text) or not triggers:
        return None
    later = [t for t in triggers if t.start >= triggers[0].end]
    comma = text.rfind(",", triggers[0].end, later[0].start) if later else -1
    return comma + 1 if comma >= 0 else None


def _fires(text: str, group: list[Trigger], mention) -> bool:
    """ "in regime shelling", "in a Houthi rocket attack", "in Russian airstrikes": an armed
    actor that modifies a later weapon of the group, or whose own words hold a trigger (not a
    bare "artillery" read as the country's army; a "suicide bomber" read as the country's
    insurgents is one), fires it (before the first trigger the order decides)."""
    named = not mention.generic or mention.actor.inter in NON_STATE_ARMED
    return mention.actor.inter in ARMED_CLASSES and any(
        t.start > group[0].start
        and (
            (t.role == "instrument" and PREMODIFIES.match(text, mention.end, t.start))
            or (named and mention.start <= t.start < t.end <= mention.end)
        )
        for t in group
    )


def _agent_after(text: str, group: list[Trigger], start: int) -> bool:
    """ "air strikes by the coalition killed ...": "by" right after a trigger names the agent."""
    ends = [t.end for t in group if t.end <= start]
    return bool(ends) and bool(BY.match(text[max(ends) : start]))


def _actor2(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None, sub: str, country: str | None
) -> Actor | None:
    side = _side_acted_on(facts, group, actor1, sub, country)
    if civilians_of_clash(sub, side):
        spoken = speakers(facts)
        armed = (
            m.actor
            for m in facts.actors
            if m.actor.inter in ARMED_CLASSES
            and m not in spoken
            and (actor1 is None or m.actor.name != actor1.name)
        )
        return next(armed, None)
    return side


def _forces_hit_before(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None, patient, spoken
) -> Actor | None:
    """ "A bomb went off near a police checkpoint, killing three people", "killed six people at
    an army checkpoint": victims named only as people (event_words unspecified_heads) say no
    side; the state's forces the act was aimed at, named after the trigger (not the side that
    acted, nor a government: its officials are civilians), are the side acted on."""
    if patient.actor.inter != CIVILIANS or not UNSPECIFIED_HEADS.search(patient.surface):
        return None
    return next(
        (m.actor for m in facts.actors
         if group[0].start <= m.start and m.start != patient.start and m not in spoken
         and m.actor.inter in (STATE_FORCES, EXTERNAL) and not never_perpetrator(m.actor)
         and (actor1 is None or m.actor.name != actor1.name) and _aimed_at(facts, group, m)),
        None,
    )


def _forces_listed(patients, actor1: Actor | None, patient) -> Actor | None:
    """ "killed three people, including two policemen", "killed eight children and a
    policeman": where the state's forces are among the victims, with people or civilians,
    they are the side acted on (ACLED: the forces actor2, the civilians associated with it)."""
    if patient.actor.inter != CIVILIANS:
        return None
    return next(
        (m.actor for m in patients
         if m.start > patient.start and m.actor.inter in (STATE_FORCES, EXTERNAL)
         and not never_perpetrator(m.actor) and (actor1 is None or m.actor.name != actor1.name)),
        None,
    )


def _aimed_at(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """The act's own object or place: the object of the main clause's verb ("hit a police
    checkpoint"), or after a preposition on the trigger, on such a verb, on a participle of
    the trigger or, of place, on the trigger's object ("exploded near a checkpoint", "a bomb
    attached to a police car", "killed people outside a police station"), or carried by such
    an object ("hit a bus carrying soldiers"); not words that describe another noun
    ("the funeral of a police official", "a cafe frequented by soldiers")."""
    grammar = facts.grammar
    token = grammar.root(mention.start, mention.end)
    # (up to the noun it modifies, "a police checkpoint"; not through "of": "the funeral of")
    while token is not None and token.dep_ in ("compound", "amod", "nmod"):
        token = token.head
    for _ in range(MAX_CARRIERS + 1):
        if token is None or token.dep_ not in ("dobj", "pobj"):
            return False
        head = token.head.head if token.dep_ == "pobj" else token.head
        if head.i == token.i:
            return False
        if _in_group(grammar, group, head):
            return True
        if head.dep_ == "dobj" and token.head.lower_ in words()["locative_preps"] and _in_group(
                grammar, group, head.head):
            return True  # "killed eleven people outside a police station": where they were hit
        if head.dep_ != "acl":
            return head.dep_ in MAIN_CLAUSE
        if _in_group(grammar, group, head.head):
            return True
        if head.lower_ not in words()["carrying_verbs"]:
            return False
        token = head.head  # "a bus carrying soldiers": whether the bus was aimed at
    return False


def _in_group(grammar, group: list[Trigger], token: Token) -> bool:
    start, end = grammar.offsets(token)
    return any(t.start <= start and end <= t.end for t in group)


def _protested(facts: SentenceFacts, mention) -> bool:
    """ "demonstrations against the president": who a protest the sentence tells is against,
    no side of the protest nor of the force used on it."""
    grammar = facts.grammar
    token = grammar.root(mention.start, mention.end)
    if token is None:
        return False
    marches = [t for trig in facts.triggers if trig.sub_event_type == "Peaceful protest"
               and (t := grammar.root(trig.start, trig.end)) is not None]
    return any(token.i != t.i and token in t.subtree for t in marches)


def _object_of_the_means(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """ "X wounded two soldiers with a roadside bomb": the object of a verb (here no trigger of
    its own) whose phrase holds the weapon the event is of is whom the weapon hit, though it
    is named before the weapon."""
    grammar = facts.grammar
    token = _phrase_head(grammar.root(mention.start, mention.end))
    if token is None or token.dep_ != "dobj":
        return False
    verb = token.head
    own = [t for trig in group if (t := grammar.root(trig.start, trig.end)) is not None]
    return any(_means_of(t, verb, token) for t in own)


def _means_of(trigger: Token, verb: Token, obj: Token) -> bool:
    """The trigger is named in a phrase of means on the verb or its object ("with a roadside
    bomb", "by the blast of an IED", a gerund's "after shelling their position"), not in a
    clause of its own ("and resumed shelling")."""
    token = trigger
    while token.dep_ in MEANS_LINKS and token.head.i != token.i:
        token = token.head
        if token.i in (verb.i, obj.i):
            return True
    return False


def _acts_elsewhere(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """ "struck the city since X fired missiles at the capital", "as residents fled": the active
    subject of another word than this event's triggers acts there; it is not the side this
    event acted on (but those who died of it are, civilians or fighters: _suffered; a side
    that withdrew is still the one a town was taken from)."""
    if _suffered(facts, mention):
        return False  # "a man wounded by a landmine later died", "soldiers died": the victims
    grammar = facts.grammar
    token = grammar.root(mention.start, mention.end)
    if token is None or token.dep_ != "nsubj":
        return False
    own = {t.i for trig in group if (t := grammar.root(trig.start, trig.end)) is not None}
    return token.head.i not in own


def _fires_too(facts: SentenceFacts, group: list[Trigger], mention) -> bool:
    """ "Russian jets struck while regime artillery shelled the town", "... while helicopters
    dropped barrel bombs": the active subject of one of the event's own words of fire from
    afar, or of the verb one of them completes, fired too; it is one of those who struck, not
    the side the strike hit (a one-sided act: ACLED leaves actor2 empty for an area hit)."""
    grammar = facts.grammar
    # (of the noun it is a modifier of: "regime" of "regime ground forces")
    token = _phrase_head(grammar.root(mention.start, mention.end))
    if token is None or token.dep_ != "nsubj":
        return False
    own = {t.i for trig in group if (t := grammar.root(trig.start, trig.end)) is not None}
    verb = token.head
    return verb.i in own or any(c.i in own and c.dep_ == "dobj" for c in verb.children)


def _allied(text: str, mention, mentions: list) -> bool:
    """ "regime forces and allied militias", "the army supported by its loyal gunmen": a side
    named as fighting with another (event_words ally_words, backing_verbs, backing_phrases) is
    on that side, not the one acted on (an ally word of another side's own words, "loyalist
    militias clashed with X", says nothing of X)."""
    start = max(0, mention.start - 60)
    window = text[start : mention.start]
    if BACKED.search(window):
        return True
    ally = ALLY.search(window)
    return ally is not None and not any(
        start + ally.start() < m.end and m.start < mention.start for m in mentions
        if m is not mention)


def _weapon_used(facts: SentenceFacts, mention) -> bool:
    """ "shelled the town with artillery", "fired artillery into", "carried out artillery
    strikes", "warplanes and helicopters struck": a weapon's bare name, read as a country's
    forces by context, that is itself the word of a weapon the sentence tells of is what the
    act was done with, not the side it was done to (a force named with it, "regime tanks",
    still is one)."""
    return mention.generic and any(
        t.role == "instrument" and t.start <= mention.start and mention.end <= t.end
        for t in facts.triggers
    )


def _property_only(facts: SentenceFacts, sub: str, mention) -> bool:
    """ "Warplanes struck a civilian house, causing damage", "a bomb under the car of a local
    imam": civilians named only as the owners of a thing (event_words owned_things) a remote
    attack hit, in a sentence that tells of no one hurt, are no side acted on (ACLED leaves
    actor2 empty for property hit alone; codebook §3)."""
    if sub not in REMOTE_VIOLENCE or mention.actor.inter != CIVILIANS:
        return False
    # (its last word: "a civilian" of "a civilian house" is two modifiers of the house)
    tokens = facts.grammar.tokens(mention.start, mention.end)
    token = tokens[-1] if tokens else None
    if token is None:
        return False
    owned = _phrase_head(token)
    if owned is None or owned.i == token.i or not OWNED_THINGS.fullmatch(owned.text):
        return False
    return not harmed([facts.sentence.text])


def civilians_of_clash(sub: str | None, side: Actor | None) -> bool:
    """The side is the civilians a clash killed: a clash is fought by two armed sides, and
    they are not one of them."""
    return sub == ARMED_CLASH and side is not None and side.inter == CIVILIANS


def _side_acted_on(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None, sub: str, country: str | None
) -> Actor | None:
    if sub in ("Peaceful protest",):
        return None
    if sub == "Arrests":
        # "arrested a senior Islamic State commander", "detained 40 army officers": the group or
        # force those held belong to
        held = [m.actor for m in frame(facts, group).patients
                if m.actor.inter in ARMED_CLASSES and not never_perpetrator(m.actor)]
        if held and (actor1 is None or held[0].name != actor1.name):
            return held[0]
    if sub == "Attack":
        # "gunmen attacked protesters": the marchers, as ACLED names them
        marchers = next((m.actor for m in frame(facts, group).patients
                         if m.actor.inter == PROTESTERS), None)
        if marchers is not None:
            return marchers
        # "troops pursued the insurgents and killed 12 of them": a state's forces fight the
        # armed side they kill
        armed = next((m.actor for m in frame(facts, group).patients
                      if m.actor.inter in ARMED_CLASSES and not never_perpetrator(m.actor)
                      and (actor1 is None or m.actor.name != actor1.name)), None)
        if armed is not None and (getattr(actor1, "inter", None) in (STATE_FORCES, EXTERNAL)
                                  or any(t.sub_event_type == ARMED_CLASH for t in group)):
            # ("gunmen ambushed an Islamic State patrol, killing three": a word of fighting
            # among the act's own words says the armed side was fought, whoever fought it)
            return armed
    if sub in CIVILIAN_TARGET_SUBS:
        return civilians(country)  # violence against civilians and arrests target civilians
    if sub == AGREEMENT:
        # "the army and the rebels signed a truce": the parties that made it together
        party = next((m.actor for m in frame(facts, group).agents
                      if actor1 is None or m.actor.name != actor1.name), None)
        if party is not None:
            return party
    spoken = speakers(facts)
    patient = next(
        (
            m
            for m in frame(facts, group).patients
            if (actor1 is None or m.actor.name != actor1.name) and not _protested(facts, m)
            and not _weapon_used(facts, m)
        ),
        None,
    )
    if patient is not None:
        if _property_only(facts, sub, patient):
            return None
        return (_forces_hit_before(facts, group, actor1, patient, spoken)
                or _forces_listed(frame(facts, group).patients, actor1, patient)
                or patient.actor)
    text = facts.sentence.text
    acted_on = [
        m
        for m in facts.actors
        if (m.start >= group[0].start or PASSIVE.match(text[m.end :]) or _suffered(facts, m)
            or _object_of_the_means(facts, group, m))
        and (actor1 is None or m.actor.name != actor1.name)
        and m not in spoken
        and not (sub not in TERRITORY_SUBS and _acts_elsewhere(facts, group, m))
        and not (sub in REMOTE_VIOLENCE and _fires_too(facts, group, m))
        and not _protested(facts, m)
        and not _weapon_used(facts, m)
        and not (actor1 is not None and _allied(text, m, facts.actors))
    ]
    if acted_on:
        return None if _property_only(facts, sub, acted_on[0]) else acted_on[0].actor
    fronted = _fronted_end(facts) if sub in TERRITORY_SUBS or sub == ARMED_CLASH else None
    if fronted is not None:
        # "Following clashes with X, Y took the town": the side the fronted phrase names
        # fought Y, and lost the town to it
        other = next((m.actor for m in facts.actors
                      if m.end <= fronted and m not in spoken and m.actor.inter in ARMED_CLASSES
                      and (actor1 is None or m.actor.name != actor1.name)), None)
        if other is not None:
            return other
    victims = [c for c in facts.counts if c.kind in ("killed", "wounded", "arrested")]
    if sub in PROTEST_SUBS:
        return None  # (the marchers held are the protest's own side)
    if any(c.head and CIVILIAN_HEADS.search(c.head) for c in victims) or sub == "Attack":
        return civilians(country)
    unnamed = [c for c in victims if c.value and not c.head and c.kind != "arrested"]
    if sub in REMOTE_VIOLENCE and unnamed:
        # "nine more were killed in the shelling": people a weapon fired from afar killed,
        # whom the text gives no side, are the residents it hit (codebook §3)
        return civilians(country)
    return None
