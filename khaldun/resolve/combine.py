"""The combined record of a merged event, built from all its reports."""

from __future__ import annotations

from collections import Counter
from datetime import date

from khaldun.claims.status import event_status, fatality_range
from khaldun.records import SUB_TO_TYPE, Actor, Claim, Event, Fatalities, Location
from khaldun.resolve.sources import with_originator

GENERIC_PREFIX = "Unidentified"
# Codebook §5: time_precision 2 covers ranges up to a week, 3 anything vaguer.
WEEK_DAYS = 7


def precision_rank(event: Event) -> tuple:
    """Sort key putting the report with the most precise place (then date) first."""
    loc = event.location
    return (
        loc.geo_precision,
        loc.neighbourhood is None,
        loc.lat is None,
        event.time_precision,
        event.report_id or "",
    )


def _location(reports: list[Event]) -> Location:
    best = min(reports, key=precision_rank).location
    # Fill what the most precise report left blank from the others (a town-level
    # report may carry the admin1 or coordinates a neighbourhood-level one lacks).
    fields = dict(vars(best))
    for other in sorted(reports, key=precision_rank):
        for key in ("town", "admin1", "admin2", "country"):
            if fields[key] is None:
                fields[key] = getattr(other.location, key)
    return Location(**fields)


def _dates(reports: list[Event]) -> tuple[date | None, date | None, int]:
    """Union of the reports' date ranges: each report is a claim of when it happened."""
    starts = [r.date_start for r in reports if r.date_start]
    if not starts:
        return None, None, max(r.time_precision for r in reports)
    ends = [r.date_end or r.date_start for r in reports if r.date_start]
    start, end = min(starts), max(ends)
    span = (end - start).days
    by_span = 1 if span == 0 else 2 if span <= WEEK_DAYS else 3
    return start, end, max(by_span, min(r.time_precision for r in reports))


def _most_common(values: list, preferred: object) -> object:
    """The most frequent value; ties go to `preferred`, then the smallest repr."""
    counts = Counter(values)
    top = max(counts.values())
    tied = [v for v, n in counts.items() if n == top]
    return preferred if preferred in tied else min(tied, key=repr)


def _actor(actors: list[Actor | None], preferred: Actor | None) -> Actor | None:
    """The most reported actor with a known class; its most specific (longest) name wins ties."""
    known = [a for a in actors if a is not None and a.name]
    if not known:
        return None
    classed = [a for a in known if a.inter is not None] or known
    # ACLED's placeholder names ("Unidentified Armed Group (Syria)") yield to a named one.
    classed = [a for a in classed if not a.name.startswith(GENERIC_PREFIX)] or classed
    keys = [(a.inter, a.name) for a in classed]
    pref = (preferred.inter, preferred.name) if preferred else None
    counts = Counter(keys)
    top = max(counts.values())
    tied = sorted((k for k, n in counts.items() if n == top), key=lambda k: (-len(k[1]), k[1]))
    inter, name = pref if pref in tied else tied[0]
    return next(a for a in classed if (a.inter, a.name) == (inter, name))


def merged_claims(reports: list[Event]) -> list[Claim]:
    """Every claim of every report, tagged with its article and originator."""
    return [with_originator(c, r.doc_id) for r in reports for c in r.claims]


def _fatalities(reports: list[Event], claims: list[Claim]) -> Fatalities | None:
    found = fatality_range(claims)
    if found or not any(r.fatalities for r in reports):
        return found
    # Reports that carry a figure without a fatalities claim still bound the range.
    figures = [r.fatalities for r in reports if r.fatalities]
    return Fatalities(min(f.low for f in figures), max(f.high for f in figures))


def combine(reports: list[Event]) -> Event:
    """One event standing for all reports: precise place, widest dates, all claims."""
    best = min(reports, key=precision_rank)
    subs = [r.sub_event_type for r in reports if r.sub_event_type] or [best.sub_event_type]
    sub = _most_common(subs, best.sub_event_type)
    start, end, time_precision = _dates(reports)
    claims = merged_claims(reports)
    return Event(
        event_type=SUB_TO_TYPE.get(str(sub), best.event_type),
        sub_event_type=str(sub),
        date_start=start,
        date_end=end,
        time_precision=time_precision,
        location=_location(reports),
        actor1=_actor([r.actor1 for r in reports], best.actor1),
        actor2=_actor([r.actor2 for r in reports], best.actor2),
        fatalities=_fatalities(reports, claims),
        status=event_status(claims) if claims else "single",
        claims=claims,
    )
