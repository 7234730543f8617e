"""Where missed gold events went: the system events quoting their sentences, in categories.

A gold event the matching rule leaves unpaired is often told by a system event all the same:
merged into another gold event's, or coded with another type, town or dates. The labels here
name categories only, never a name, number or quote, so a check set can report them.
"""

from __future__ import annotations

from khaldun.eval.errors import distance_band
from khaldun.eval.evidence import quotes_overlap
from khaldun.eval.matching import (
    mismatch_reasons,
    place_key,
    same_actor_classes,
    same_dates,
    same_fatalities,
    same_neighbourhood,
    same_town,
)
from khaldun.records import Actor, Event

NO_HOLDER = "no system event quotes it"


def missed_holders(
    gold: list[Event], system: list[Event], pairs: list[tuple[int, int]], text: str | None = None
) -> tuple[list[str], list[str]]:
    """Labels for the missed gold events of one article: how the system event quoting each
    (the one failing the fewest parts of the rule) differs from it; and, where that event
    matched another gold event and fits the missed one too, how the two gold events differ."""
    gold_of = {si: gi for gi, si in pairs}
    held, merged = [], []
    for gi, event in enumerate(gold):
        if gi in gold_of.values():
            continue
        holders = [si for si, s in enumerate(system) if _quotes(event, s, text)]
        if not holders:
            held.append(NO_HOLDER)
            continue
        si = min(holders, key=lambda i: (len(mismatch_reasons(event, system[i])), i not in gold_of))
        holder = system[si]
        fails = [reason.split()[0] for reason in mismatch_reasons(event, holder)]
        side = "matched to another gold event" if si in gold_of else "unmatched"
        kind = "same type" if holder.event_type == event.event_type else "type differs"
        parts = "+".join(fails) or "none"
        held.append(f"{side}; {kind}; {_place_band(event, holder)}; fails {parts}")
        if si in gold_of and not fails:
            merged.append(gold_pair_difference(event, gold[gold_of[si]], holder, text))
    return held, merged


def _quotes(gold: Event, system: Event, text: str | None) -> bool:
    return any(quotes_overlap(g, s, text) for g in gold.claims for s in system.claims)


def _place_band(gold: Event, system: Event) -> str:
    if not place_key(gold.location) or not place_key(system.location):
        return "no place"
    if same_town(gold.location, system.location):
        return "same town"
    band = distance_band(gold.location, system.location)
    return f"other town {band}" if band else "other town, no coordinates"


def gold_pair_difference(missed: Event, matched: Event, system: Event, text: str | None) -> str:
    """How a missed gold event differs from the gold event its system event matched."""
    diff = []
    if missed.sub_event_type != matched.sub_event_type:
        owners = {
            missed.sub_event_type: "the missed one's",
            matched.sub_event_type: "the matched one's",
        }
        diff.append(f"sub-type (system has {owners.get(system.sub_event_type, 'neither')})")
    if not same_neighbourhood(missed.location, matched.location):
        both = missed.location.neighbourhood and matched.location.neighbourhood
        diff.append("quarters" if both else "quarter vs none")
    if not same_dates(missed, matched):
        diff.append("dates")
    if _names(missed) != _names(matched):
        diff.append("actor names")
    if not same_actor_classes(missed, matched):
        diff.append("actor classes")
    if not same_fatalities(missed, matched):
        diff.append("tolls")
    shared = any(quotes_overlap(a, b, text) for a in missed.claims for b in matched.claims)
    return f"differ in {', '.join(diff) or 'nothing'}; {'a' if shared else 'no'} shared quote"


def _names(event: Event) -> tuple[str, str]:
    return _name(event.actor1), _name(event.actor2)


def _name(actor: Actor | None) -> str:
    return " ".join(actor.name.split()).casefold() if actor else ""
