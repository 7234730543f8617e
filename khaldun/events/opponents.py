"""A clash fought with two sides in turn: "X clashed with the army and, separately, with
tribesmen" is two clashes, one for each pair of sides (codebook §1)."""

from __future__ import annotations

from khaldun.actors.resolve import ActorMention
from khaldun.events.facts import SentenceFacts
from khaldun.events.triggers import Trigger
from khaldun.nlp.grammar_words import words
from khaldun.records import Actor


def second_opponent(
    facts: SentenceFacts, group: list[Trigger], actor1: Actor | None, actor2: Actor | None
) -> Actor | None:
    """The side of a second side-preposition under the clash verb ("... and with Y"), when
    the first names actor2 and the second another side than both."""
    if actor1 is None or actor2 is None:
        return None
    grammar = facts.grammar
    verbs = [grammar.root(t.start, t.end) for t in group if t.role == "act"]
    verb = next((v for v in verbs if v is not None and v.tag_.startswith("VB")), None)
    if verb is None:
        return None
    preps = words()["side_preps"] - {"between"}
    sides = []
    for token in verb.subtree:
        if token.lower_ not in preps or token.dep_ not in ("prep", "conj"):
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        named = [_mention(facts, o.idx - grammar.base) for o in objects]
        sides += [m.actor for m in named if m is not None]
    if len(sides) != 2 or sides[0].name != actor2.name:
        return None
    second = sides[1]
    return None if second.name in (actor1.name, actor2.name) else second


def _mention(facts: SentenceFacts, offset: int) -> ActorMention | None:
    return next((m for m in facts.actors if m.start <= offset < m.end), None)
