"""UCDP GED CSV: GED's 49 columns, in GED's order, filled where the data allows.

GED holds only events with at least one death: events without a reported death are left
out unless asked for, and then flagged with code_status "Check deaths".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TextIO

from khaldun.countries import country
from khaldun.export.common import best_fatalities, iso_date, write_csv
from khaldun.export.outlets import outlet
from khaldun.records import (
    CIVILIANS,
    EXTERNAL,
    REPORTER,
    STATE_FORCES,
    VIOLENT_TYPES,
    Actor,
    Event,
    MergedEvent,
)

UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name",
    "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
)
# codebook geo_precision -> UCDP where_prec (1 exact place, 2 within 25 km, 4 first-order admin).
WHERE_PREC = {1: 1, 2: 2, 3: 4}
# ACLED's period suffix on actor names: "Military Forces of Syria (2000-)".
_PERIOD = re.compile(r"\s*\(\d{4}-(\d{4})?\)$")


def priogrid_gid(lat: float | None, lon: float | None) -> int | str:
    """The PRIO-GRID cell (0.5 degrees, numbered row by row from -90, -180) of a point."""
    if lat is None or lon is None:
        return ""
    row = min(int(math.floor((lat + 90) / 0.5)), 359)
    col = min(int(math.floor((lon + 180) / 0.5)), 719)
    return row * 720 + col + 1


def _ordered(ev: Event) -> tuple[Actor | None, Actor | None]:
    """Side a and side b: UCDP puts the state on side a."""
    a, b = ev.actor1, ev.actor2
    if b is not None and b.inter == STATE_FORCES and (a is None or a.inter != STATE_FORCES):
        a, b = b, a
    return a, b


def side_name(actor: Actor | None, event_country: str | None) -> str:
    """A side as GED names it: "Government of Syria" for state forces, "Civilians"."""
    if actor is None:
        return ""
    if actor.inter == STATE_FORCES:
        info = country(actor.country or event_country)
        if info:
            return f"Government of {info.name}"
    if actor.inter == CIVILIANS:
        return "Civilians"
    return _PERIOD.sub("", actor.name)


def violence_type(ev: Event) -> int | str:
    """UCDP type of violence: 1 state-based, 2 non-state, 3 one-sided (against civilians)."""
    if ev.event_type not in VIOLENT_TYPES:
        return ""
    a, b = _ordered(ev)
    if (b is not None and b.inter == CIVILIANS) or ev.event_type == "Violence against civilians":
        return 3
    return 1 if a is not None and a.inter == STATE_FORCES else 2


def date_prec(ev: Event) -> int:
    """UCDP date precision: 1 a day, 2 two to six days, 3 a week, 4 a month, 5 longer."""
    if ev.date_start and ev.date_end:
        days = (ev.date_end - ev.date_start).days + 1
        if days == 1:
            return 1
        return 2 if days <= 6 else 3 if days <= 8 else 4 if days <= 31 else 5
    return {1: 1, 2: 2}.get(ev.time_precision, 4)


def _deaths(merged: MergedEvent, best: int | None) -> dict[str, object]:
    if best is None:
        return {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 0}
    one_sided = violence_type(merged.event) == 3
    return {
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": best if one_sided else 0,
        "deaths_unknown": 0 if one_sided else best,
    }


def _gwno(actor: Actor | None, event_country: str | None) -> int | str:
    """The Gleditsch–Ward number of a state side (its own country, else the event's)."""
    if actor is None or actor.inter not in (STATE_FORCES, EXTERNAL):
        return ""
    info = country(actor.country or (event_country if actor.inter == STATE_FORCES else None))
    return info.gwno if info and info.gwno is not None else ""


def _sources(merged: MergedEvent) -> dict[str, object]:
    """The source columns: one entry per article ("; "-joined), the originators quoted."""
    offices, dates, headlines, articles = [], [], [], []
    for art in merged.articles:
        office = (outlet(art) or ("", ""))[0]
        day = iso_date(art.published)
        offices.append(office)
        dates.append(day)
        headlines.append(" ".join((art.title or "").split()))
        quoted = f'"{headlines[-1]}"' if headlines[-1] else ""
        articles.append(" ".join(p for p in (office, quoted, day) if p))
    originals = [s for s in merged.sources if s and s != REPORTER]
    return {
        "number_of_sources": len(merged.articles) or len(merged.sources),
        "source_article": "; ".join(filter(None, articles)),
        "source_office": "; ".join(dict.fromkeys(filter(None, offices))),
        "source_date": "; ".join(dict.fromkeys(filter(None, dates))),
        "source_headline": "; ".join(filter(None, headlines)),
        "source_original": "; ".join(originals),
    }


def ucdp_row(merged: MergedEvent) -> dict[str, object]:
    """One GED row for a merged event."""
    ev, loc = merged.event, merged.event.location
    a, b = _ordered(ev)
    side_a, side_b = side_name(a, loc.country), side_name(b, loc.country)
    kind = violence_type(ev)
    best = best_fatalities(merged)
    info = country(loc.country)
    has_point = loc.lat is not None and loc.lon is not None
    # A dyad needs both sides; an unnamed perpetrator leaves it (and the conflict) blank.
    dyad = f"{side_a} - {side_b}" if side_a and side_b else ""
    conflict = f"{info.name}: Government" if kind == 1 and info else dyad
    start = ev.date_start or min((x.published for x in merged.articles if x.published),
                                 default=None)
    return {
        "id": merged.event_id,
        "relid": merged.event_id,
        "year": start.year if start else "",
        "active_year": "",
        "code_status": "Clear" if best else "Check deaths",
        "type_of_violence": kind,
        "conflict_dset_id": "", "conflict_new_id": "", "conflict_name": conflict,
        "dyad_dset_id": "", "dyad_new_id": "", "dyad_name": dyad,
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": side_a,
        "side_b_dset_id": "", "side_b_new_id": "", "side_b": side_b,
        **_sources(merged),
        "where_prec": WHERE_PREC.get(loc.geo_precision, 4),
        "where_coordinates": loc.neighbourhood or loc.town or loc.name or loc.admin1 or "",
        "where_description": loc.name or "",
        "adm_1": loc.admin1 or "",
        "adm_2": getattr(loc, "admin2", None) or "",
        "latitude": round(loc.lat, 5) if has_point else "",
        "longitude": round(loc.lon, 5) if has_point else "",
        "geom_wkt": f"POINT ({loc.lon} {loc.lat})" if has_point else "",
        "priogrid_gid": priogrid_gid(loc.lat, loc.lon),
        "country": info.name if info else (loc.country or ""),
        "country_id": info.gwno if info and info.gwno is not None else "",
        "region": info.ucdp_region if info else "",
        "event_clarity": 2 if ev.status == "contested" else 1,
        "date_prec": date_prec(ev),
        "date_start": iso_date(start),
        "date_end": iso_date(ev.date_end or start),
        **_deaths(merged, best),
        "best": best or 0,
        "high": ev.fatalities.high if ev.fatalities else 0,
        "low": ev.fatalities.low if ev.fatalities else 0,
        "gwnoa": _gwno(a, loc.country),
        "gwnob": _gwno(b, loc.country),
    }


def write_ucdp(events: Iterable[MergedEvent], out: TextIO, nonlethal: bool = False) -> int:
    """Write merged events as GED CSV; events without a death only when `nonlethal`."""
    kept = (me for me in events if nonlethal or best_fatalities(me))
    return write_csv(kept, out, UCDP_COLUMNS, ucdp_row)
