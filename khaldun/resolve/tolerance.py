"""Linkage that tolerates one disagreeing pair inside a merged event.

Complete link (cluster.py) keeps two clusters apart when any cross pair does not link.
With three or more reports of one event, one outlet's slip (a namesake village far off,
the area instead of the village, a related sub-type, other actors) would split the event
although every other pair agrees; so one such pair is tolerated when it fails a single
check softly. Two named places, two quarters of a town, two event types or days further
apart are never tolerated: the town-level report that links to two quarters still joins
only one of them.
"""

from __future__ import annotations

from khaldun.records import Event, Location
from khaldun.resolve.compat import (
    CHAIN_EXTRA_DAYS,
    DATE_SLACK_DAYS,
    compatible_actors,
    compatible_subtypes,
    dates_overlap,
    hood_key,
    same_key,
    same_place,
    town_key,
)

# A merged event of at least this many reports may hold one pair that does not link.
TOLERANT_SIZE = 3


def one_soft_mismatch(a: Event, b: Event) -> str | None:
    """Which one check fails for two reports that may still be one event, else None.

    A merged event of three or more reports tolerates one such pair (cluster.py): one
    outlet misplacing the event at a namesake or naming only its area, coding a related
    sub-type, or other actors. Two named places, two quarters, two days or two event
    types are never tolerated."""
    checks = {
        "sub-types": compatible_subtypes(a, b) is not None,
        "dates": dates_overlap(a, b, DATE_SLACK_DAYS + CHAIN_EXTRA_DAYS, hold=True) is not None,
        "places": same_place(a.location, b.location) is not None,
        "actors": compatible_actors(a, b, loose=True) is not None,
    }
    failed = [name for name, ok in checks.items() if not ok]
    if len(failed) != 1:
        return None
    name = failed[0]
    if name == "sub-types":
        return name if a.event_type and a.event_type == b.event_type else None
    if name == "places":
        return name if _namesake_or_area(a.location, b.location) else None
    return name if name == "actors" else None  # two days apart: two events


def _namesake_or_area(a: Location, b: Location) -> bool:
    """One town name (not two quarters) placed far apart, or an area (a district, "near")
    and a place in one province."""
    if town_key(a) and town_key(a) == town_key(b):
        return not (hood_key(a) and hood_key(b))
    return max(a.geo_precision, b.geo_precision) >= 2 and same_key(a.admin1, b.admin1)


def tolerated(reports: list[Event], apart: list[tuple[int, int]], size: int) -> bool:
    """Whether a cluster of `size` reports may hold these unlinked pairs: one pair, failing
    one check softly (one_soft_mismatch), while every other pair links."""
    if len(apart) != 1 or size < TOLERANT_SIZE:
        return False
    x, y = apart[0]
    return one_soft_mismatch(reports[x], reports[y]) is not None
