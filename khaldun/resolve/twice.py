"""One article telling one event twice: a lead and a body sentence its extraction kept apart.

Codebook §1: an event is one sub-type, by one actor pair, at one place, over one date
range. Two reports of one article that agree on all of these, and do not give two
different tolls, are that one event told twice (the lead names the town, the body the
quarter), so a merged event may hold both. Two tolls, two days, two sub-types, two
quarters or two places merely near each other are two events, as the article says.
"""

from __future__ import annotations

from khaldun.records import Event
from khaldun.resolve.compat import NAMED_PLACE_SCORE, compatible_actors, same_place


def told_twice(a: Event, b: Event) -> bool:
    """Whether two reports of one article are one event told twice."""
    if not a.sub_event_type or a.sub_event_type != b.sub_event_type:
        return False
    if a.date_start is None or (a.date_start, a.date_end) != (b.date_start, b.date_end):
        return False
    if a.fatalities and b.fatalities and a.fatalities != b.fatalities:
        return False
    where = same_place(a.location, b.location)
    if where is None or where[0] < NAMED_PLACE_SCORE:
        return False
    return compatible_actors(a, b, unnamed_agrees=True) is not None
