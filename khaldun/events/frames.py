"""What the parse attaches to each trigger group of a sentence: its agent and patient, and
which group governs a place, a date or a toll (design: "Frames: arguments by grammar").

Every answer is None or empty when the parse gives no relation; the callers then fall back
to proximity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from khaldun.actors import ActorMention
from khaldun.actors.implied import never_perpetrator
from khaldun.dates import DateMention
from khaldun.events.facts import SentenceFacts
from khaldun.events.triggers import Trigger
from khaldun.nlp.roles import Roles, antecedent, belongs_to, carried_by, held_by, trigger_roles
from khaldun.nlp.statements import speaker_meant
from khaldun.records import ARMED_CLASSES

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Frame:
    """The actors the grammar gives one trigger group, and the relation used."""

    agents: list[ActorMention]
    patients: list[ActorMention]
    how: str


def speakers(facts: SentenceFacts) -> list[ActorMention]:
    """Actors that speak in the sentence ("the army said", "according to the police"): they
    report the event, they are not its sides."""
    if "speakers" not in facts.frames:
        facts.frames["speakers"] = _speakers(facts)
    return facts.frames["speakers"]


def _speakers(facts: SentenceFacts) -> list[ActorMention]:
    grammar = facts.grammar
    acts = {
        token.i
        for t in facts.event_triggers
        if (token := grammar.root(t.start, t.end)) is not None
    }
    # (who reacts to the event, "the UN condemned the violence", is no side of it either)
    return [
        m for m in facts.actors
        if grammar.is_speaker(m.start, m.end, acts) or grammar.reacts(m.start, m.end)
    ]


def frame(facts: SentenceFacts, group: list[Trigger]) -> Frame:
    """Agent and patient actor mentions of a trigger group, from its first trigger that has
    any (speakers never count)."""
    key = ("frame", *((t.start, t.end) for t in group))
    if key not in facts.frames:
        facts.frames[key] = _frame(facts, group)
    return facts.frames[key]


def roles_of(facts: SentenceFacts, token: Token) -> Roles:
    """The agent and patient tokens of a trigger's root, read once per sentence (a trigger is
    in several groups: one of its own, its event's)."""
    roles = facts.frames.get(("roles", token.i))
    if roles is None:
        roles = facts.frames["roles", token.i] = trigger_roles(token)
    return roles


def _frame(facts: SentenceFacts, group: list[Trigger]) -> Frame:
    """The first trigger of the group with an agent ("ten were killed after a government plane
    shelled the area": the shelling's), else the first with a patient."""
    grammar = facts.grammar
    spoken = speakers(facts)
    candidates = [m for m in facts.actors if m not in spoken]
    found: list[Frame] = []
    for trig in group:
        token = grammar.root(trig.start, trig.end)
        if token is None:
            continue
        roles = roles_of(facts, token)
        agents = _mentions(facts, candidates, roles.agents)
        patients = [m for m in _mentions(facts, candidates, roles.patients) if m not in agents]
        if agents or patients:
            found.append(Frame(agents, patients, f"{trig.surface}: {roles.how or 'object'}"))
    acting = next((f for f in found if f.agents), None)
    if acting is None:
        return found[0] if found else Frame([], [], "")
    if not acting.patients and found[0] is not acting:
        return Frame(acting.agents, found[0].patients, acting.how)
    return acting


def _mentions(facts: SentenceFacts, mentions: list[ActorMention], tokens) -> list[ActorMention]:
    """The mentions each token heads: the one holding the token itself, else the first one
    in its phrase ("fighters of the Islamic State group")."""
    grammar = facts.grammar
    out: list[ActorMention] = []
    for token in tokens:
        start, end = grammar.offsets(token)
        holding = [m for m in mentions if m.start <= start and end <= m.end]
        covered = [m for m in mentions if grammar.covers(token, m.start, m.end)]
        found = holding or covered[:1]
        if found and all(m.generic for m in found):
            # "a Turkish army armoured vehicle": the armed side named before the generic words
            found = [m for m in covered if not m.generic and m.end <= start
                     and m.actor.inter in ARMED_CLASSES and not never_perpetrator(m.actor)
                     ][-1:] or found
        if (speaker := speaker_meant(token)) is not None:
            found = _mentions(facts, mentions, [speaker])  # "the army said it shelled"
        if (noun := antecedent(token)) is not None:
            # "rioters who torched a station": the mention the noun itself is part of (the
            # phrase it heads holds the clause, and the clause's objects)
            first, last = grammar.offsets(noun)
            found = [m for m in mentions if m.start <= first and last <= m.end]
        if found and all(m.generic for m in found):
            # "a checkpoint manned by militiamen": the holders, not the state's checkpoint
            found = _mentions(facts, mentions, held_by(token)) or found
        if found and all(m.generic and m.actor.inter not in ARMED_CLASSES for m in found):
            # "a bus carrying army recruits": those it carried, not the civilians' bus
            found = _mentions(facts, mentions, carried_by(token)) or found
        if holding and all(m.generic and m.actor.inter in ARMED_CLASSES for m in holding):
            # "soldiers of the Security Belt forces": the body named, not the bare role
            named = [m for m in _mentions(facts, mentions, belongs_to(token)) if not m.generic]
            found = named or found
        for m in found:
            if m not in out:
                out.append(m)
    return out


def governing_trigger(facts: SentenceFacts, start: int, end: int) -> tuple[Trigger, str] | None:
    """The event trigger that first heads the mention start..end in the parse, with the
    dependency path from the mention up to it."""
    grammar = facts.grammar
    anchors: dict[int, Trigger] = {}
    for trig in facts.event_triggers:
        token = grammar.root(trig.start, trig.end)
        if token is not None:
            anchors.setdefault(token.i, trig)
    return grammar.governor(start, end, anchors)


def own_date(facts: SentenceFacts, start: int, end: int) -> DateMention | None:
    """The event date written in the same clause as the mention start..end ("12 people had
    died there on Sunday"), if any; a statement's date ("confirmed on Monday the killing of")
    says nothing of the event's day."""
    grammar = facts.grammar
    verb = grammar.clause_verb(start, end)
    if verb is None:
        return None
    return next(
        (
            d
            for d in facts.dates
            if (v := grammar.clause_verb(d.start, d.end)) is not None and v.i == verb.i
        ),
        None,
    )


def governed_by(facts: SentenceFacts, group: list[Trigger], start: int, end: int) -> bool | None:
    """Whether the parse puts the mention under this group's triggers (None: under none)."""
    found = governing_trigger(facts, start, end)
    return None if found is None else found[0] in group
