"""The codebook §7 matching rule: which system event is which gold event.

A system event matches a gold event when the event type agrees, the town agrees
(same name after normalising transliteration, or both within 10 km) and the date
ranges overlap within one day. Pairs are one-to-one, best pairs first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from khaldun.places.geometry import distance_km
from khaldun.places.transliteration import same_place_name
from khaldun.records import Actor, Event, Location

# Codebook §7: two places are the same town when they are at most this far apart.
MAX_DISTANCE_KM = 10.0
# Codebook §7: date ranges may miss each other by at most this many days.
DATE_SLACK_DAYS = 1


def place_key(loc: Location) -> str | None:
    """The name a location is matched on: its town, else its own name, else its province."""
    return loc.town or loc.name or loc.admin1


def within_km(a: Location, b: Location, limit: float = MAX_DISTANCE_KM) -> bool:
    """True when both locations have coordinates no more than `limit` km apart."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= limit


def same_town(gold: Location, system: Location) -> bool:
    """Town names agree after transliteration, or both points lie within 10 km."""
    return same_place_name(place_key(gold), place_key(system)) or within_km(gold, system)


def dates_overlap(
    start_a: date | None, end_a: date | None, start_b: date | None, end_b: date | None
) -> bool:
    """Date ranges overlap once each is widened by one day; unknown dates never match."""
    if start_a is None or start_b is None:
        return False
    end_a, end_b = end_a or start_a, end_b or start_b
    slack = timedelta(days=DATE_SLACK_DAYS)
    return start_b <= end_a + slack and start_a <= end_b + slack


def mismatch_reasons(gold: Event, system: Event) -> list[str]:
    """Which parts of the matching rule a pair fails (empty when it matches)."""
    reasons = []
    if gold.event_type != system.event_type:
        reasons.append(f"type {system.event_type!r} != {gold.event_type!r}")
    if not same_town(gold.location, system.location):
        reasons.append(f"place {place_key(system.location)!r} != {place_key(gold.location)!r}")
    if not dates_overlap(gold.date_start, gold.date_end, system.date_start, system.date_end):
        reasons.append(
            f"date {_span(system.date_start, system.date_end)} !~ "
            f"{_span(gold.date_start, gold.date_end)}"
        )
    return reasons


def is_match(gold: Event, system: Event) -> bool:
    """The codebook §7 matching rule for one pair."""
    return not mismatch_reasons(gold, system)


def _span(start: date | None, end: date | None) -> str:
    if start is None:
        return "?"
    return start.isoformat() if end in (None, start) else f"{start}..{end}"


def same_neighbourhood(gold: Location, system: Location) -> bool:
    """Neighbourhoods agree by name; both absent counts as agreement."""
    if not gold.neighbourhood and not system.neighbourhood:
        return True
    return same_place_name(gold.neighbourhood, system.neighbourhood)


def same_actor_classes(gold: Event, system: Event) -> bool:
    """actor1 and actor2 inter classes both agree (unknown equals unknown)."""
    return _inter(gold.actor1) == _inter(system.actor1) and _inter(gold.actor2) == _inter(
        system.actor2
    )


def _inter(actor: Actor | None) -> int | None:
    return actor.inter if actor else None


def same_fatalities(gold: Event, system: Event) -> bool:
    """Low and high fatalities both agree; no count on either side agrees only with none."""
    if gold.fatalities is None or system.fatalities is None:
        return gold.fatalities is None and system.fatalities is None
    return (gold.fatalities.low, gold.fatalities.high) == (
        system.fatalities.low,
        system.fatalities.high,
    )


def same_dates(gold: Event, system: Event) -> bool:
    """Start and end dates both exactly equal."""
    return (gold.date_start, gold.date_end) == (system.date_start, system.date_end)


@dataclass(frozen=True)
class FieldAgreement:
    """Which secondary fields of a matched pair agree."""

    sub_type: bool
    neighbourhood: bool
    dates: bool
    actors: bool
    fatalities: bool
    status: bool

    @property
    def count(self) -> int:
        return sum(
            (
                self.sub_type,
                self.neighbourhood,
                self.dates,
                self.actors,
                self.fatalities,
                self.status,
            )
        )


def agreement(gold: Event, system: Event) -> FieldAgreement:
    """Compare the secondary fields of a pair."""
    return FieldAgreement(
        sub_type=gold.sub_event_type == system.sub_event_type,
        neighbourhood=same_neighbourhood(gold.location, system.location),
        dates=same_dates(gold, system),
        actors=same_actor_classes(gold, system),
        fatalities=same_fatalities(gold, system),
        status=gold.status == system.status,
    )


def match_events(gold: list[Event], system: list[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs, greedily taking the best-agreeing first."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if is_match(g, s):
                # Ties keep document order, so results are stable run to run.
                candidates.append((-agreement(g, s).count, gi, si))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gi, si))
    return sorted(pairs)
