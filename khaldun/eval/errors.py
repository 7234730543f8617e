"""Missed and spurious events, each with its evidence and why it found no partner."""

from __future__ import annotations

from dataclasses import dataclass

from khaldun.eval.matching import mismatch_reasons, place_key
from khaldun.records import Event


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


def describe_place(event: Event) -> str | None:
    """Place as a reader would look for it: name, with its town when that differs."""
    loc = event.location
    key = place_key(loc)
    if loc.name and loc.town and loc.name != loc.town:
        return f"{loc.name} ({loc.town})"
    return key


def _error(kind: str, doc_id: str, index: int, event: Event, nearest: str | None) -> EventError:
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
    )


def _nearest(
    event: Event, others: list[Event], taken: set[int], other_side: str, event_is_gold: bool
) -> str | None:
    """Describe the closest event on the other side: fewest failed parts of the rule."""
    best: tuple[int, int, list[str]] | None = None
    for i, other in enumerate(others):
        gold, system = (event, other) if event_is_gold else (other, event)
        reasons = mismatch_reasons(gold, system)
        if best is None or len(reasons) < best[0]:
            best = (len(reasons), i, reasons)
    if best is None:
        return f"no {other_side} events in this article"
    _, i, reasons = best
    label = f"{other_side} #{i} {others[i].sub_event_type or others[i].event_type}"
    if not reasons:
        state = "paired with another event" if i in taken else "unpaired"
        return f"{label} matches the rule but was {state}"
    return f"{label}: " + "; ".join(reasons)


def explain_errors(
    doc_id: str, gold: list[Event], system: list[Event], pairs: list[tuple[int, int]]
) -> list[EventError]:
    """One error per unmatched gold event (missed) and unmatched system event (spurious)."""
    gold_taken = {gi for gi, _ in pairs}
    sys_taken = {si for _, si in pairs}
    errors = [
        _error("missed", doc_id, gi, g, _nearest(g, system, sys_taken, "system", True))
        for gi, g in enumerate(gold)
        if gi not in gold_taken
    ]
    errors += [
        _error("spurious", doc_id, si, s, _nearest(s, gold, gold_taken, "gold", False))
        for si, s in enumerate(system)
        if si not in sys_taken
    ]
    return errors
