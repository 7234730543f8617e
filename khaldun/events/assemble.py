"""Turn the facts of one sentence into draft events: the draft record and its trigger groups
(their places: khaldun.events.draft_places; dates: draft_dates; tolls: tolls; sub-types:
subtypes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from khaldun.dates.sequel import Sequel
from khaldun.events.clash_sides import between_armed_sides
from khaldun.events.facts import SentenceFacts
from khaldun.events.triggers import Trigger, alternation, word_class
from khaldun.nlp.grammar_words import is_marked, is_reporting, is_verb
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.numbers import Count
from khaldun.places import PlaceMention
from khaldun.records import AIR_STRIKE, ARMED_CLASH, ARMED_CLASSES, SUB_TO_TYPE, Actor

PROTEST_SUBS = frozenset({"Peaceful protest", "Protest with intervention"})
DISRUPTED = "Disrupted weapons use"
VIOLENT_DEMONSTRATION = "Violent demonstration"
# Phrase patterns around word classes of khaldun/data/event_words.yaml.
PASSIVE = re.compile(
    rf"^[^.;]{{0,25}}?\b(?:{alternation('passive_auxiliaries')})\s+(?:\w+ly\s+)?"
    rf"(?:{alternation('passive_victim_verbs')})\b",
    re.I,
)
# "..., killing six people, while warplanes struck ...": a new clause, a new event
CLAUSE_BREAK = re.compile(
    rf";|,\s*(?:{alternation('clause_break_conjunctions')})\b"
    rf"|\b(?:{alternation('clause_break_adverbs')})\b",
    re.I,
)
# "police held 20 men over the killing of six farmers": the act arrested for is another
ARREST_REASON = re.compile(rf"\b(?:{alternation('arrest_reasons')})\b", re.I)
# "two bombs went off, one near a school and the other at a market": a distributive tail
DISTRIBUTIVE = re.compile(
    rf",\s*(?:{alternation('distributive_firsts')})\b[^;]*?"
    rf"\b(?:{alternation('distributive_others')})\b[^;]*",
    re.I,
)


@dataclass
class Draft:
    """One candidate event from one sentence, before merging within the article."""

    sub_event_type: str
    places: list[PlaceMention]
    facts: SentenceFacts
    actor1: Actor | None
    actor2: Actor | None
    date_start: date | None
    date_end: date | None
    time_precision: int
    killed: Count | None = None
    weak: bool = False  # from an explosion word only: merges into a specific explosion event
    merge_only: bool = False  # no place, date or count of its own: only adds claims
    unplaced: bool = False  # merge_only only for naming no place: may start an event at the focus
    anaphoric: bool = False  # only attack verbs or killings: may continue an earlier event
    sequel: bool = False  # told as what an event "came a day after": joins none of other days
    # "clashes erupted after a man was shot dead": the events the sentence's later acts joined,
    # which this act, told as what came before them, is not
    apart_from: tuple = ()
    precursor: bool = False  # told as what came before another act of its sentence
    told_by: date | None = None  # undated, but told on this day ("police said on Monday")
    own_day: bool = False  # the sentence or its paragraph gives a date (maybe the publication's)
    context_town: str | None = None  # town for neighbourhoods that name none
    triggers: list[Trigger] = field(default_factory=list)
    second_pair: bool = False  # a clash's second side told with its first: joins none told
    # one of a list of places each with its own toll ("eight in A, five in B"): a part, not
    # the province-wide lead told again
    listed_part: bool = False
    # one of a list of places the sentence's act is told at ("struck A, B and C")
    one_of_list: bool = False

    @property
    def paragraph(self) -> int:
        return self.facts.sentence.paragraph


# "the strike", "this attack": an act named as one already told
DEFINITE = re.compile(rf"\b(?:{alternation('definite_determiners')})\s+(?:\w+\s+)?$", re.I)
# "that attack", "this bombing": the act told last (event_words.yaml demonstrative_determiners)
DEMONSTRATIVE = re.compile(
    rf"\b(?:{alternation('demonstrative_determiners')})\s+(?:\w+\s+)?$", re.I)


def trigger_prefix(draft: Draft) -> str:
    """The three words before the draft's first trigger ("the first ", "a second car ",
    "The militants ")."""
    start = draft.triggers[0].start if draft.triggers else 0
    return last_words(draft.facts.sentence.text, start)


_LAST_WORDS = re.compile(r"(?:[^\s]+\s+){0,3}\Z")
_WORD = re.compile(r"[^\s]+")
# Characters before a trigger searched first for its last words: a search from the sentence's
# start tries every position before it.
PREFIX_REACH = 120


@lru_cache(maxsize=256)
def last_words(text: str, end: int) -> str:
    """Up to three words, each with the spaces after it, that end at `end`. The search runs
    over the last PREFIX_REACH characters, and again from the text's start when three words
    were not found there away from its edge (then a word may begin before it). Remembered: a
    trigger's words are asked for more than once."""
    low = max(0, end - PREFIX_REACH)
    found = _LAST_WORDS.search(text, low, end)
    if low and (found.start() == low or len(_WORD.findall(found.group(0))) < 3):
        found = _LAST_WORDS.search(text, 0, end)
    return found.group(0)


def trigger_groups(facts: SentenceFacts, sequel: Sequel | None) -> list[list[Trigger]]:
    """Event triggers grouped: a new group starts after a place mention or a clause break,
    except for a participle of killing that modifies the group's verb ("a bomb exploded in
    the market on Monday, killing six"): the outcome of that act, not an act of its own;
    `sequel` (dates.sequel.find_sequel): "came a day after" always starts a group."""
    groups: list[list[Trigger]] = []
    for trig in facts.event_triggers:
        if groups and attends_clash(facts, trig, groups[-1]):
            continue  # "clashes ..., amid mutual shelling": the clash's own fire
        if groups and _describes_patient(facts, trig, groups[-1]):
            continue  # "shot dead a journalist who was detained": who he was, not an act told
        if groups and _joins(facts, trig, groups[-1], sequel):
            groups[-1].append(trig)
        else:
            groups.append([trig])
    return groups


def _describes_patient(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is the verb of a relative clause or a participle on the object of one of the
    group's triggers ("killed a man who had been abducted", "killed two men kidnapped last
    year"): it says who was acted on."""
    grammar = facts.grammar
    token = grammar.root(trig.start, trig.end)
    if token is not None and token.dep_ == "dobj" and token.head.dep_ == "relcl" and (
            trig.role != "kill") and not _arrest_of_doers(group) and not any(
            c.dep_ == "nsubj" and c.lower_ in grammar_words()["outcome_relatives"]
            for c in token.head.children):
        # "shot dead an activist who had led protests": the act his relative clause's verb
        # takes as its object says who he was, as its verb would (not "... a position in X
        # which caused an explosion": the act's outcome; nor "detained two men who planted a
        # bomb": what those arrested did is an act told)
        token = token.head
    # ("killed two journalists kidnapped last year": a participle on the object says who they
    # were, as a relative clause does; a killing so told is the act's outcome)
    described = token is not None and (token.dep_ == "relcl" or (
        token.dep_ == "acl" and token.tag_ == "VBN" and trig.role != "kill"))
    if not described or token.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    if trig.role == "kill" and _where_clause(token):
        return False  # "hit a minibus in which six were killed": what the act did, not who
    heads = {grammar.root(t.start, t.end) for t in group}
    if trig.role == "kill" and _relative_outcome(token, list(heads)):
        return False  # "shelled the village which killed one child": the shelling's outcome
    return token.head.head in heads


def _arrest_of_doers(group: list[Trigger]) -> bool:
    """The group tells an arrest: a relative clause on those arrested tells what they did."""
    return any(t.sub_event_type == "Arrests" for t in group)


def attends_clash(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """A weapon in an "amid" phrase right after a clash: the fire of that fighting."""
    if trig.role != "instrument" or not any(t.sub_event_type == ARMED_CLASH for t in group):
        return False
    gap = facts.sentence.text[group[-1].end : trig.start]
    return _attendant().search(gap) is not None


@lru_cache(maxsize=1)
def _attendant() -> re.Pattern[str]:
    markers = "|".join(re.escape(w) for w in sorted(grammar_words()["attendant_markers"]))
    return re.compile(rf"\b(?:{markers})\b[^,;.]*$", re.I)


def _joins(facts: SentenceFacts, trig: Trigger, group: list[Trigger], sequel: Sequel | None
           ) -> bool:
    last = group[-1].end
    if sequel is not None and last <= sequel.end <= trig.start:
        return False  # "the blast came a day after a car bomb ...": two events
    if (_outcome_of(facts, trig, group) or _cause_of(facts, trig, group)
            or _since_its_onset(facts, trig, group)
            or _aircraft_of(facts, trig, group) or _done_by(facts, trig, group)
            or _means_of(facts, trig, group)):
        return True
    if in_distributive_tail(facts.sentence.text, group, trig):
        return True
    if act_before_it(facts, trig, group):
        return False  # "police arrested 12 after a bomb killed two": the bombing is its own
    if _arrests_of_the_killers(facts, trig, group):
        return True
    gap = facts.sentence.text[last : trig.start]
    if group[-1].sub_event_type == "Arrests" and ARREST_REASON.search(gap):
        return False  # "arrested 23 in connection with the killing of seven": two events
    return not CLAUSE_BREAK.search(gap) and not _said_apart(facts, group[-1], trig) and not any(
        last <= p.start < trig.start for p in facts.places
    ) and not _conjoined_clause_apart(facts, group[-1], trig)


def _conjoined_clause_apart(facts: SentenceFacts, before: Trigger, trig: Trigger) -> bool:
    """ "said the army was targeting positions and that insurgents had fired mortars": a clause
    joined to the earlier trigger's, with a subject of its own, tells another act when one of
    the two clauses' verbs names no act of its own (a generic "targeting") or the clause opens
    as a statement of its own ("and that ...")."""
    grammar = facts.grammar
    first = grammar.clause_verb(before.start, before.end)
    second = grammar.clause_verb(trig.start, trig.end)
    if first is None or second is None or second.dep_ != "conj" or second.head != first:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return False
    # (a generic verb with a subject names sides; a noun, "in a bomb and gun attack", none)
    verbs = {before: first, trig: second}
    return any(t.role == "generic" and grammar.root(t.start, t.end) == verbs[t]
               for t in (before, trig)) or any(c.dep_ == "mark" for c in second.children)


def act_before_it(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is in a clause of its own subject that tells what came before the group's
    act (grammar.yaml sequence_markers: "arrested 12 suspects after a bomb killed two",
    "protested after gunmen shot a teacher"), and the group kills no one: that act is another
    event (a killing's own "after" clause may tell its cause: _cause_of)."""
    if any(t.role == "kill" for t in group):
        return False
    grammar = facts.grammar
    token = grammar.root(trig.start, trig.end)
    roots = [r for t in group if (r := grammar.root(t.start, t.end)) is not None]
    clause = token if token is not None and is_verb(token) else (
        token.head if token is not None else None)
    while clause is not None and clause.dep_ not in ("advcl", "ROOT"):
        clause = clause.head
    if clause is None or clause.dep_ != "advcl" or any(r in clause.subtree for r in roots):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return subject and bool(marks) and marks <= grammar_words()["sequence_markers"]


def _arrests_of_the_killers(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """An arrest verb joined to a killing verb of the group, sharing its subject ("police killed
    two people in X and arrested ten others"), its clause naming no place of its own: the same
    side's act at the same place, one event (ACLED codes the deadlier act)."""
    if trig.sub_event_type != "Arrests":
        return False
    token = facts.grammar.root(trig.start, trig.end)
    kills = {facts.grammar.root(t.start, t.end) for t in group if t.role == "kill"}
    if token is None or token.dep_ != "conj" or token.head not in kills or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False  # (not "troops killed three, and police arrested dozens": two sides)
    start = facts.grammar.offsets(token)[0]
    end = facts.grammar.subtree_offsets(token)[1]
    return not any(start <= p.start < end for p in facts.places)


def _said_apart(facts: SentenceFacts, before: Trigger, trig: Trigger) -> bool:
    """ "32 were killed, the sources said, adding that jets struck rebel positions": a verb of
    saying between two triggers that holds the later one and not the earlier tells another
    act."""
    grammar = facts.grammar
    first, second = grammar.root(before.start, before.end), grammar.root(trig.start, trig.end)
    if first is None or second is None:
        return False
    for token in second.ancestors:
        if is_reporting(token) and before.end <= grammar.offsets(token)[0] < trig.start:
            return first not in token.subtree
    return False


def in_distributive_tail(text: str, group: list[Trigger], trig: Trigger) -> bool:
    """A trigger with no act of its own ("targeting", "killing") in a distributive tail after
    the group ("..., one targeting a patrol and the other near a market, killing seven"):
    each item of the tail is the group's act at another place."""
    if trig.role != "kill" and trig.sub_event_type is not None:
        return False
    tail = DISTRIBUTIVE.search(text, group[0].end)
    return tail is not None and tail.start() < trig.start < tail.end()


def _aircraft_of(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is the aircraft the group's verb was done with, though a place comes
    between ("struck the city of X overnight with drones"): an air strike. (Ground weapons so
    given may type a battle: ACLED codes "attacked X with heavy weapons" as an armed clash;
    they join only a verb that tells no act of its own.)"""
    bare = all(t.role == "generic" for t in group) and not _aimed_at_armed(facts, group)
    if trig.role != "instrument" or not (trig.sub_event_type == AIR_STRIKE or bare):
        # a verb with no act of its own ("targeted homes in X with rocket shells") is typed
        # by any weapon it was done with: the verb's toll is the weapon's
        return False
    token = facts.grammar.root(trig.start, trig.end)
    while bare and token is not None and token.dep_ == "compound":
        token = token.head  # "with rocket shells": the noun the weapon word names
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in grammar_words()[
            "instrument_preps"]:
        return False
    verbs = {facts.grammar.root(t.start, t.end) for t in group}
    held = token.head.head
    # "targeted neighbourhoods of X with rockets": the parse may hang the means on the object
    return held in verbs or (bare and held.dep_ == "dobj" and held.head in verbs)


def _aimed_at_armed(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The object of the group's verb names an armed side ("targeted army positions"): the
    verb tells a fight of its own (ACLED codes such attacks as armed clashes)."""
    for t in group:
        verb = facts.grammar.root(t.start, t.end)
        for obj in (c for c in verb.children if c.dep_ == "dobj") if verb is not None else ():
            start, end = facts.grammar.subtree_offsets(obj)
            if any(start <= m.start and m.end <= end and m.actor.inter in ARMED_CLASSES
                   for m in facts.actors):
                return True
    return False


def _done_by(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is a verb whose subject is the group's weapon ("warplanes meanwhile bombed
    X"): an adverb between them breaks no clause."""
    token = facts.grammar.root(trig.start, trig.end)
    if token is None:
        return False
    roots = {facts.grammar.root(t.start, t.end) for t in group}
    return any(c.dep_ == "nsubj" and c in roots for c in token.children)


GUN_WEAPONS = word_class("gun_weapons")
_FIGHT_ARMS = ("Grenade",)


def _arms_list(facts: SentenceFacts, trig: Trigger) -> Token | None:
    """The object of a preposition that lists the grenade trigger among guns ("with machine
    guns and rocket-propelled grenades"), else None."""
    if trig.role != "instrument" or trig.sub_event_type not in _FIGHT_ARMS:
        return None
    token = facts.grammar.root(trig.start, trig.end)
    while token is not None and token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token is None or token.dep_ != "pobj":
        return None
    start, end = facts.grammar.subtree_offsets(token)
    return token if GUN_WEAPONS.search(facts.sentence.text[start:end]) else None


def beside_guns(facts: SentenceFacts, trig: Trigger) -> bool:
    """A grenade listed with guns as one act's arms: the arms of a gunfight, no attack of
    their own."""
    return _arms_list(facts, trig) is not None


def _means_of(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is a grenade listed with guns that the group's verb was done with
    ("attacked a post near the village of X with machine guns and rocket-propelled
    grenades"): a place between them breaks no clause."""
    listed = _arms_list(facts, trig)
    if listed is None:
        return False
    prep = listed.head
    roots = {r.i for t in group if (r := facts.grammar.root(t.start, t.end)) is not None}
    return prep.lower_ in grammar_words()["instrument_preps"] and prep.head.i in roots


def _cause_markers() -> frozenset[str]:
    return grammar_words()["cause_markers"]


# Types of the acts a killing told with them is part of ("killed in X during clashes")
KILLING_ACTS = frozenset({"Protests", "Riots", "Battles", "Explosions/Remote violence"})
CROWD_TYPES = frozenset({"Protests", "Riots"})


def _cause_of(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is a weapon, an attack, a clash or a protest under the group's killing verb,
    in a "when" or "after" clause ("three were killed in Mosul when a device exploded", "two
    were shot dead when police opened fire on protesters"), a "during" phrase ("killed in X
    during clashes between ...") or a "by" phrase ("killed in X by shelling"): what did the
    killing, or the act it was part of."""
    act = trig.role == "act" and SUB_TO_TYPE.get(trig.sub_event_type or "") in KILLING_ACTS
    if act and trig.sub_event_type == ARMED_CLASH and not (
            between_armed_sides(facts, trig) or _crowd_told(facts)):
        return False  # people dead in a clash with police, or between neighbours
    if (trig.role not in ("instrument", "generic", "kill") and not act) or not any(
            t.role == "kill" for t in group):
        return False
    kills = {facts.grammar.root(t.start, t.end) for t in group if t.role == "kill"}
    # "killed and 40 injured in X during clashes": the phrases the parse hangs on the
    # participle that shares the killing's auxiliary are the killing's own
    kills |= {c for k in kills if k is not None for c in k.children
              if c.dep_ == "conj" and c.tag_ == "VBN" and not any(
                  g.dep_ in ("aux", "auxpass") for g in c.children)}
    token = facts.grammar.root(trig.start, trig.end)
    while token is not None and token.dep_ == "compound":
        token = token.head  # "in a rocket attack": the noun the weapon names
    if (token is not None and token.dep_ == "pobj" and token.head.lower_ == "of"
            and token.head.head.lower_ in grammar_words()["stretch_nouns"]):
        token = token.head.head  # "during a day of clashes": the stretch the act filled
    verb = facts.grammar.clause_verb(trig.start, trig.end)
    markers = _cause_markers()
    # "killed in X by mortar fire", "by regime shelling", "during clashes", "killed nine after
    # detonating a car bomb": the object of such a preposition on the killing verb
    preps = grammar_words()["circumstance_preps"] | markers | (
        frozenset() if act else grammar_words()["killing_means_preps"])
    if any(held is not None and held.dep_ in ("pobj", "pcomp") and held.head.lower_ in preps
           and held.head.head in kills for held in (token, verb)):
        return True
    # (the parser may hang the "when" clause on the day told before it: "shot dead on
    # Wednesday when police opened fire")
    if verb is None or verb.dep_ not in ("advcl", "relcl"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "mark")} & markers
    if not marks:
        return False
    if marks <= grammar_words()["sequence_markers"] and any(
            c.dep_ == "agent" for k in kills if k is not None for c in k.children):
        return False  # "killed by army fire after soldiers were wounded by a bomb": what led to it
    if verb.dep_ == "advcl":
        return verb.head in kills
    day = verb.head  # a "when" clause on the object of the killing verb's own preposition
    return day.dep_ == "pobj" and day.head.dep_ == "prep" and day.head.head in kills


def _since_its_onset(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is the weapon or act whose start a "since" clause on the group's killing
    verb tells ("twelve have been killed in X since air strikes began on Saturday"): what
    killed them over that stretch."""
    if trig.role not in ("instrument", "generic") or not any(t.role == "kill" for t in group):
        return False
    kills = {facts.grammar.root(t.start, t.end) for t in group if t.role == "kill"}
    verb = facts.grammar.clause_verb(trig.start, trig.end)
    if verb is None or verb.dep_ != "advcl" or verb.head not in kills:
        return False
    if verb.lower_ not in grammar_words()["onset_clause_verbs"]:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "mark")}
    return bool(marks & grammar_words()["onset_clause_markers"])


def _crowd_told(facts: SentenceFacts) -> bool:
    """The sentence tells of a protest or a riot ("killed during clashes with police, the
    protest's organisers said"): a clash there is the crowd's with the forces, and whoever
    died in it died in that clash, not in an attack of their own."""
    return any(SUB_TO_TYPE.get(t.sub_event_type or "") in CROWD_TYPES
               for t in facts.event_triggers)


def _bare_participle(verb: Token) -> bool:
    """A participle with no subject of its own ("marchers camped in the square"): it describes
    something of the clause it hangs on, it tells no act the killing could be the outcome of."""
    return verb.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _relative_outcome(token: Token, roots: list[Token | None]) -> bool:
    """The killing verb heads a "which" clause on a noun under one of the group's verbs
    ("shelled the village of X which killed one child", "dropped bombs on the area between A
    and B which killed a man"): what the act did, whatever noun the parse hangs it on."""
    if token.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in grammar_words()["outcome_relatives"]
            for c in token.children):
        return False
    return any(r is not None and (r == token.head or r in token.head.ancestors) for r in roots)


def _where_clause(token: Token) -> bool:
    """A relative clause that tells where or in what something happened ("in which", "where",
    "during which"), not who someone was ("a man who had killed")."""
    first = token.left_edge
    return first.lower_ == "where" or (
        first.dep_ == "prep" and any(c.lower_ == "which" for c in first.children))


def _outcome_of(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is a killing participle whose clause modifies the group's verb, or a killing
    verb whose subject is the group's weapon or act."""
    if trig.role != "kill":
        return False
    token = facts.grammar.root(trig.start, trig.end)
    if token is None:
        return False
    roots = [facts.grammar.root(t.start, t.end) for t in group]
    if any(c.dep_ == "nsubj" and any(r in c.subtree for r in roots) for c in token.children):
        return True  # "a series of bombings across Baghdad killed 25": the bombings killed
    if _relative_outcome(token, roots):
        return True
    if token.dep_ == "relcl" and _where_clause(token) and any(
            r is not None and token.head in r.subtree for r in roots):
        return True  # "a bomb hit a minibus near X in which six women were killed"
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    verb = token.head
    while verb.dep_ in ("advcl", "acl") and (is_marked(verb) or _bare_participle(verb)):
        # "exploded as worshippers were leaving, killing 27", "opened fire on marchers camped
        # in the square, killing nine" (the camping a clause or the marchers' own participle):
        # the main verb
        up = next((a for a in verb.ancestors if is_verb(a)), None) if verb.dep_ == "acl" \
            else verb.head
        if up is None or up.i == verb.i:
            break
        verb = up
    for t in group:
        root = facts.grammar.root(t.start, t.end)
        # the verb itself ("exploded, killing"), or the verb whose object or subject the
        # trigger is ("fired rocket shells ..., killing", "warplanes struck ..., killing")
        if root is not None and verb in (root, root.head):
            return True
    return False


