"""How a matched pair's dates, actors, fatalities, neighbourhood and status disagree, in a few
words each: aggregate counts of these tell which convention a system misses without reading an
article."""

from __future__ import annotations

from khaldun.eval.matching import same_neighbourhood
from khaldun.records import Actor, Event


def disagreements(gold: Event, system: Event) -> list[str]:
    """One short label per disagreeing field of a matched pair ("dates: a day late")."""
    labels = [f"dates: {kind}" for kind in [_dates(gold, system)] if kind]
    labels += [f"{side}: {kind}" for side, g, s in (
        ("actor1", gold.actor1, system.actor1), ("actor2", gold.actor2, system.actor2))
        if (kind := _actor(g, s))]
    labels += [f"fatalities: {kind}" for kind in [_fatalities(gold, system)] if kind]
    labels += [f"neighbourhood: {kind}" for kind in [_neighbourhood(gold, system)] if kind]
    if gold.status != system.status:
        labels.append(f"status: {system.status} for {gold.status}")
    return labels


def _dates(gold: Event, system: Event) -> str | None:
    if (gold.date_start, gold.date_end) == (system.date_start, system.date_end):
        return None
    if None in (gold.date_start, gold.date_end, system.date_start, system.date_end):
        return "missing"
    gold_day, system_day = gold.date_start == gold.date_end, system.date_start == system.date_end
    if system_day and not gold_day:
        return "one day for a range"
    if gold_day and not system_day:
        return "a range for one day"
    if not gold_day:
        return "another range"
    days = (system.date_start - gold.date_start).days
    return f"{'a day' if abs(days) == 1 else 'days'} {'late' if days > 0 else 'early'}"


# Span lengths in days that sort date misses: a day, two (the rule's slack), a week, a month.
_SPAN_BANDS = ((1, "1 day"), (2, "2 days"), (7, "3-7 days"), (31, "8-31 days"))


def date_span_miss(gold: Event, system: Event) -> str | None:
    """For a matched pair whose dates differ: both span lengths and where the system's starts."""
    if (gold.date_start, gold.date_end) == (system.date_start, system.date_end):
        return None
    days = (system.date_start - gold.date_start).days
    start = "the same day" if not days else "earlier" if days < 0 else "later"
    return f"gold {_span(gold)}, system {_span(system)}; system starts {start}"


def _span(event: Event) -> str:
    days = ((event.date_end or event.date_start) - event.date_start).days + 1
    return next((label for limit, label in _SPAN_BANDS if days <= limit), "over a month")


def _actor(gold: Actor | None, system: Actor | None) -> str | None:
    g, s = (gold.inter if gold else None), (system.inter if system else None)
    if g == s:
        return None
    if s is None:
        return f"none for class {g}"
    if g is None:
        return f"class {s} for none"
    return f"class {s} for {g}"


def _fatalities(gold: Event, system: Event) -> str | None:
    g, s = gold.fatalities, system.fatalities
    if g is None and s is None:
        return None
    if s is None:
        return "none for a count"
    if g is None:
        return "a count for none"
    if (g.low, g.high) == (s.low, s.high):
        return None
    if s.high < g.low:
        return "lower"
    if s.low > g.high:
        return "higher"
    return "another range"


def _neighbourhood(gold: Event, system: Event) -> str | None:
    if same_neighbourhood(gold.location, system.location):
        return None
    if not system.location.neighbourhood:
        return "none for one"
    if not gold.location.neighbourhood:
        return "one for none"
    return "another"
