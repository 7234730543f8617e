"""Settle an event's sides once its place and date are known (codebook §3).

The sentence finders name who acted where the words say so; this fills in what the event as a
whole implies: the actor of the same kind of event earlier in the article, else the default for
the sub-type ("Unidentified Armed Group (<country>)" for an unclaimed violent event); state
forces outside their own country are external forces (inter 8); one side is never both.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

from khaldun.actors.resolve import EXTERNAL, STATE, default_actor
from khaldun.records import Actor

log = logging.getLogger("khaldun.actors")


@dataclass(frozen=True)
class Sides:
    """The two sides of one event and what decides them beyond its sentence."""

    sub_event_type: str
    actor1: Actor | None
    actor2: Actor | None
    country: str | None  # where the event happened
    when: date | None


def settle(sides: Sides, earlier: dict[str, Actor]) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of an event: implied perpetrator, external forces, distinct sides.

    `earlier` maps a sub-event type to the named actor1 of the article's last event of that
    type; it is updated with this event's actor when the text named one.
    """
    actor1, actor2 = sides.actor1, sides.actor2
    if actor1 is not None and not actor1.name.startswith("Unidentified"):
        earlier[sides.sub_event_type] = actor1
    if actor1 is None:
        actor1 = earlier.get(sides.sub_event_type)
        if actor1 is None:
            actor1 = default_actor(sides.sub_event_type, sides.country, sides.when)
        if actor1 is not None:
            log.debug("implied actor1 %s for %s", actor1.name, sides.sub_event_type)
    actor1, actor2 = abroad(actor1, sides.country), abroad(actor2, sides.country)
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None  # one side named twice is not both sides
    return actor1, actor2


def abroad(actor: Actor | None, country: str | None) -> Actor | None:
    """State forces acting outside their own country are external forces, and at home state
    forces again (the sentence may have judged by another country it named)."""
    if actor is None or country is None or actor.country is None:
        return actor
    if actor.inter == STATE and actor.country != country:
        return replace(actor, inter=EXTERNAL)
    if actor.inter == EXTERNAL and actor.country == country:
        return replace(actor, inter=STATE)
    return actor
