"""Who a clash is fought between, by the parse: a battle needs two armed, organised sides
(codebook §2); people clashing with soldiers or police, or a crowd met with riot-control
weapons, is a riot."""

from __future__ import annotations

import re

from spacy.tokens import Token

from khaldun.actors import ActorMention
from khaldun.actors.dictionary import load
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import speakers
from khaldun.events.triggers import Trigger, word_class
from khaldun.nlp.grammar_words import is_verb, words
from khaldun.numbers.words import parse_number
from khaldun.records import ARMED_CLASSES, CIVILIANS, EXTERNAL, PROTESTERS, RIOTERS, STATE_FORCES

CROWD_CONTROL = word_class("crowd_control")
PARTICIPANTS = word_class("clash_participants", whole=True)
PERSONS = word_class("clash_persons", whole=True)
OPENERS = word_class("people_openers", whole=True)
AGES = word_class("person_ages", whole=True)
UNARMED = (CIVILIANS, PROTESTERS, RIOTERS)
# the armed side a crowd riots against: the state's forces (at home or abroad)
FORCES = (STATE_FORCES, EXTERNAL)


def fought_by_the_unarmed(facts: SentenceFacts, clashes: list[Trigger]) -> bool:
    """The state's forces are the one armed side named (speakers aside) and the parse gives
    the clash unarmed people for a side ("residents clashed with police"), or no other armed
    side is named and a crowd was met with tear gas or rubber bullets."""
    told_by = {(m.start, m.end) for m in speakers(facts)}
    named = [m for m in facts.actors if (m.start, m.end) not in told_by]
    armed = {m.actor.name: m.actor.inter for m in named if m.actor.inter in ARMED_CLASSES}
    if not clashes or len(armed) > 1 or any(inter not in FORCES for inter in armed.values()):
        return False
    if CROWD_CONTROL.search(facts.sentence.text):
        return True
    if len(armed) == 1 and any(_took_part(m, facts.country) for m in named):
        return True
    spans = [span for t in clashes for span in _side_spans(facts, t)]
    hurt = [span for t in clashes for span in _side_spans(facts, t, hurt_during=True)]
    if len(armed) == 1 and any(
            _one_of_the_country(facts.sentence.text[s:e], facts.country) for s, e in hurt):
        return True
    return len(armed) == 1 and any(
        s <= m.start and m.end <= e and m.actor.inter in UNARMED for m in named for s, e in spans)


def _one_of_the_country(phrase: str, country: str | None) -> bool:
    """A side's phrase names one person by the country's demonym ("a Palestinian young man",
    "a 16-year-old Palestinian", "a Palestinian"): one of the crowd that clashed."""
    state = load().countries.get(country or "")
    if state is None:
        return False
    words = [w for w in phrase.split() if not OPENERS.fullmatch(w)
             and parse_number(w) is None and not _AGE.fullmatch(w) and not AGES.fullmatch(w)]
    demonyms = {d.lower() for d in state.demonyms}
    if not words or words[0].lower() not in demonyms:
        return False
    return len(words) == 1 or PERSONS.fullmatch(" ".join(words[1:])) is not None


def _took_part(mention: ActorMention, country: str | None) -> bool:
    """The mention names people who fought the forces themselves: event_words.yaml
    clash_participants, or a plural demonym of the country ("Palestinians")."""
    if mention.actor.inter != CIVILIANS:
        return False
    words = mention.surface.split()
    while words and (OPENERS.fullmatch(words[0]) or parse_number(words[0]) is not None):
        words = words[1:]  # "a", "the", "16", "sixteen"
    head = " ".join(words)
    # ("a Palestinian teenager", "young men": the words that name them, after any adjective)
    if any(PARTICIPANTS.fullmatch(" ".join(words[i:])) for i in range(len(words))):
        return True
    state = load().countries.get(country or "")
    return state is not None and any(head.lower() == f"{d}s".lower() for d in state.demonyms)


_AGE = re.compile(r"[\w-]+-years?-old", re.I)


def fought_by_armed_sides(facts: SentenceFacts, clashes: list[Trigger]) -> bool:
    """The parse names the sides of the clash words ("clashes erupted between rival
    militias"), and each side named is armed."""
    spans = [span for t in clashes for span in _side_spans(facts, t)]
    named = [m for m in facts.actors if any(s <= m.start and m.end <= e for s, e in spans)]
    return bool(named) and all(m.actor.inter in ARMED_CLASSES for m in named)


def between_armed_sides(facts: SentenceFacts, trig: Trigger) -> bool:
    """The clash's own phrase names two armed sides and no unarmed one ("clashes between the
    army and rebels", "as separatists fought government forces"): a battle, whoever died in
    it ("a violent clash with police", "residents clashed with herders" are not)."""
    token = facts.grammar.root(trig.start, trig.end)
    if token is None:
        return False
    start, end = facts.grammar.subtree_offsets(token)
    named = [m.actor for m in facts.actors if start <= m.start and m.end <= end]
    armed = {a.name for a in named if a.inter in ARMED_CLASSES}
    return len(armed) > 1 and not any(a.inter in UNARMED for a in named)


def _side_spans(facts: SentenceFacts, trig: Trigger, hurt_during: bool = False
                ) -> list[tuple[int, int]]:
    """The phrases that name the sides of one clash word: its subject and the objects of
    "between", "with", "against", on the word, on a clause that tells of it ("clashes
    that erupted with X") or on the verb it is the subject of ("clashes broke out
    between")."""
    grammar = facts.grammar
    token = grammar.root(trig.start, trig.end)
    if token is None:
        return []
    heads = [token, *(c for c in token.children if c.dep_ in ("relcl", "acl"))]
    if token.dep_ in words()["subject_labels"]:
        heads.append(token.head)
    sides = [side for head in heads for side in _sides(head)]
    preps = words()["clash_hurt_preps"] if hurt_during else ("in",)
    if token.dep_ == "pobj" and token.head.lower_ in preps and is_verb(token.head.head):
        # "dozens were injured in clashes with troops": those hurt in the clash fought it (with
        # `hurt_during`, also "during" and "amid" ones: for people named as the country's)
        sides += _subjects(token.head.head)
    return [grammar.subtree_offsets(side) for side in sides]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, and those of each verb it is joined to by a conjunction ("a
    Palestinian was shot and wounded during clashes", "one was killed and dozens wounded in
    clashes"): the clash the last verb is told in is where the first one's people were hurt."""
    found = []
    while True:
        found += [c for c in verb.children if c.dep_ in words()["subject_labels"]]
        if verb.dep_ != "conj" or not is_verb(verb.head):
            return found
        verb = verb.head


def _sides(head: Token) -> list[Token]:
    found = [c for c in head.children if c.dep_ in words()["subject_labels"]]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in words()["side_preps"]:
            found.extend(g for g in prep.children if g.dep_ == "pobj")
    return found
