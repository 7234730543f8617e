"""Missed and spurious events, each with its evidence and why it found no partner."""

from __future__ import annotations

from dataclasses import dataclass

from khaldun.eval.matching import mismatch_reasons, place_key
from khaldun.places.geometry import distance_km
from khaldun.places.transliteration import same_place_name
from khaldun.records import Event, Location

# Distance bands (km) that sort place misses: a namesake far away, a neighbour, a near miss.
_DISTANCE_BANDS = ((30.0, "10-30 km"), (100.0, "30-100 km"))


@dataclass
class EventError:
    """A gold event the system missed, or a system event with no gold partner."""

    kind: str  # "missed" or "spurious"
    doc_id: str
    index: int  # position of the event in its article's gold or system list
    event_type: str
    sub_event_type: str
    place: str | None
    date_start: str | None
    date_end: str | None
    fatalities: str | None
    quote: str | None
    nearest: str | None  # the closest event on the other side and what kept them apart
    cause: str  # "type", "place", "date", "several", "no event", "paired elsewhere", "unpaired"
    detail: str | None = None  # for a type or place cause: how the two sides differ


def describe_place(event: Event) -> str | None:
    """Place as a reader would look for it: name, with its town when that differs."""
    loc = event.location
    key = place_key(loc)
    if loc.name and loc.town and loc.name != loc.town:
        return f"{loc.name} ({loc.town})"
    return key


def place_difference(gold: Location, system: Location, text: str | None) -> str:
    """How a system place differs from the gold one, in words that sort place misses."""
    if not system.town:
        gap = "system names no town"
    elif same_place_name(gold.town, system.neighbourhood) or same_place_name(
        gold.neighbourhood, system.town
    ):
        gap = "town and quarter swapped"
    else:
        side = "the system side" if system.lat is None else "gold side"
        gap = distance_band(gold, system) or "no coordinates on " + side
    return f"{gap}; gold town {_written(gold, text)}, system town {_written(system, text)}"


def distance_band(gold: Location, system: Location) -> str | None:
    """How far apart two places are, as a band ("30-100 km"); None without coordinates."""
    if None in (gold.lat, gold.lon, system.lat, system.lon):
        return None
    km = distance_km(gold.lat, gold.lon, system.lat, system.lon)
    return next((label for limit, label in _DISTANCE_BANDS if km <= limit), "over 100 km")


def _written(loc: Location, text: str | None) -> str:
    name = (place_key(loc) or "").lower()
    return "in the text" if text and name and name in text.lower() else "not written so"


def _detail(cause: str, gold: Event, system: Event, text: str | None) -> str | None:
    if cause == "type":
        return f"system {system.event_type} for gold {gold.event_type}"
    if cause == "place":
        return place_difference(gold.location, system.location, text)
    return None


def _error(
    kind: str,
    doc_id: str,
    index: int,
    event: Event,
    nearest: str | None,
    cause: str,
    detail: str | None = None,
) -> EventError:
    fat = event.fatalities
    return EventError(
        kind=kind,
        doc_id=doc_id,
        index=index,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        place=describe_place(event),
        date_start=event.date_start.isoformat() if event.date_start else None,
        date_end=event.date_end.isoformat() if event.date_end else None,
        fatalities=None if fat is None else f"{fat.low}-{fat.high}",
        quote=event.claims[0].quote if event.claims else None,
        nearest=nearest,
        cause=cause,
        detail=detail,
    )


def _closest(event: Event, others: list[Event], event_is_gold: bool) -> tuple[int, list[str]]:
    """Index of the other side's event failing the fewest parts of the rule, and those parts."""
    best: tuple[int, list[str]] = (-1, [])
    for i, other in enumerate(others):
        gold, system = (event, other) if event_is_gold else (other, event)
        reasons = mismatch_reasons(gold, system)
        if best[0] < 0 or len(reasons) < len(best[1]):
            best = (i, reasons)
    return best


def _cause(others: list[Event], closest: tuple[int, list[str]], taken: set[int]) -> str:
    """One word for why an event found no partner: the one failed part of the rule, or more."""
    i, reasons = closest
    if not others:
        return "no event"
    if not reasons:
        return "paired elsewhere" if i in taken else "unpaired"
    return reasons[0].split()[0] if len(reasons) == 1 else "several"


def _nearest(
    others: list[Event], closest: tuple[int, list[str]], taken: set[int], other_side: str
) -> str:
    """Describe the closest event on the other side and what kept them apart."""
    i, reasons = closest
    if not others:
        return f"no {other_side} events in this article"
    label = f"{other_side} #{i} {others[i].sub_event_type or others[i].event_type}"
    if not reasons:
        state = "paired with another event" if i in taken else "unpaired"
        return f"{label} matches the rule but was {state}"
    return f"{label}: " + "; ".join(reasons)


def explain_errors(
    doc_id: str,
    gold: list[Event],
    system: list[Event],
    pairs: list[tuple[int, int]],
    text: str | None = None,
) -> list[EventError]:
    """One error per unmatched gold event (missed) and unmatched system event (spurious)."""
    gold_taken = {gi for gi, _ in pairs}
    sys_taken = {si for _, si in pairs}
    errors = []
    for kind, events, others, taken, other_side in (
        ("missed", gold, system, sys_taken, "system"),
        ("spurious", system, gold, gold_taken, "gold"),
    ):
        own_taken = gold_taken if kind == "missed" else sys_taken
        for index, event in enumerate(events):
            if index in own_taken:
                continue
            closest = _closest(event, others, kind == "missed")
            nearest = _nearest(others, closest, taken, other_side)
            cause = _cause(others, closest, taken)
            detail = None
            if cause in ("type", "place"):
                other = others[closest[0]]
                pair = (event, other) if kind == "missed" else (other, event)
                detail = _detail(cause, *pair, text)
            errors.append(_error(kind, doc_id, index, event, nearest, cause, detail))
    return errors


def details(errors: list[EventError], kind: str) -> dict[str, int]:
    """How many errors of one kind differ from their nearest partner in each way (aggregate)."""
    counts: dict[str, int] = {}
    for error in errors:
        if error.kind == kind and error.detail:
            label = f"{error.cause}: {error.detail}"
            counts[label] = counts.get(label, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def causes(errors: list[EventError], kind: str) -> dict[str, int]:
    """How many errors of one kind fail each part of the matching rule (aggregate counts)."""
    counts: dict[str, int] = {}
    for error in errors:
        if error.kind == kind:
            counts[error.cause] = counts.get(error.cause, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: -item[1]))
