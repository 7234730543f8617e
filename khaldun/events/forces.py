"""Sides named again by bare words: "Israeli troops shot a man ... clashes broke out between
youths and troops" are the same foreign troops, not the article country's own; "Boko Haram
militants attacked a village ... troops repelled the attackers" are Boko Haram."""

from __future__ import annotations

from dataclasses import replace

from khaldun.actors import ActorMention
from khaldun.actors.resolve import UNIDENTIFIED
from khaldun.events.building import FOLLOW_UP_PARAGRAPHS, ArticleState
from khaldun.events.facts import SentenceFacts
from khaldun.events.structure import is_perpetrator_reference
from khaldun.records import NON_STATE_ARMED

# The generic roles whose bare noun stands for the forces last named with their nationality.
RECALLED_ROLES = frozenset({"state"})
MILITARY = "Military Forces of "


def recall_forces(facts: SentenceFacts, state: ArticleState) -> None:
    """Remember a foreign state's forces named with their nationality under their noun
    ("Israeli troops": troops); give a later bare mention of that noun the forces it stands
    for. A noun the article also used for its own country's forces stays as it is."""
    actors = []
    for mention in facts.actors:
        noun = _noun(mention)
        if not mention.generic and mention.actor.name.startswith(MILITARY):
            own = mention.actor.country in (None, state.country)
            known = state.forces.get(noun, mention.actor)
            state.forces[noun] = None if own or known != mention.actor else mention.actor
        elif mention.generic and mention.role in RECALLED_ROLES:
            if (named := state.forces.get(noun)) is not None:
                mention = replace(mention, actor=named)
        actors.append(mention)
    facts.actors = actors


def _noun(mention: ActorMention) -> str:
    """The last word of a mention, lower case ("Israeli troops": troops)."""
    return mention.surface.split()[-1].lower()


def recall_perpetrators(facts: SentenceFacts, state: ArticleState) -> None:
    """Give the words that name the perpetrator of the act just told ("the attackers", "the
    gunmen": structure.yaml perpetrator_references), where they name no one, the armed group
    the article last named as the perpetrator of a recent event."""
    named = next((
        e.actor1 for e in reversed(state.events)
        if e.actor1 is not None and e.actor1.inter in NON_STATE_ARMED
        and not e.actor1.name.startswith(UNIDENTIFIED)
        and facts.sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS), None)
    if named is None:
        return
    text = facts.sentence.text
    facts.actors = [
        replace(m, actor=named) if m.actor.name.startswith(UNIDENTIFIED)
        and is_perpetrator_reference(_with_article(text, m)) else m
        for m in facts.actors
    ]


def _with_article(text: str, mention: ActorMention) -> str:
    """The mention's words with the word before them ("the" + "attackers")."""
    before = text[: mention.start].split()[-1:]
    return " ".join([*before, mention.surface])
