"""Forces named again by their bare noun: "Israeli troops shot a man ... clashes broke out
between youths and troops" are the same foreign troops, not the article country's own."""

from __future__ import annotations

from dataclasses import replace

from khaldun.actors import ActorMention
from khaldun.events.building import ArticleState
from khaldun.events.facts import SentenceFacts

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
