"""UCDP GED-style CSV: date and place precision codes, best/low/high deaths, sources."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from khaldun.export.common import article_ids, best_fatalities, country, iso_date, write_csv
from khaldun.records import Event, MergedEvent

UCDP_COLUMNS = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_name",
    "dyad_name",
    "side_a",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
)
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# codebook geo_precision -> UCDP where_prec (1 exact place, 2 within 25 km, 4 first-order admin).
WHERE_PREC = {1: 1, 2: 2, 3: 4}


def _sides(ev: Event) -> tuple[str, str, int | None, int | None]:
    """side_a, side_b and their inter classes; UCDP puts the state on side a."""
    a, b = ev.actor1, ev.actor2
    if b is not None and b.inter == 1 and (a is None or a.inter != 1):
        a, b = b, a
    return (
        a.name if a else "",
        b.name if b else "",
        a.inter if a else None,
        b.inter if b else None,
    )


def violence_type(ev: Event) -> int | str:
    """UCDP type of violence: 1 state-based, 2 non-state, 3 one-sided (against civilians)."""
    if ev.event_type not in VIOLENT:
        return ""
    _, _, inter_a, inter_b = _sides(ev)
    if inter_b == 7 or ev.event_type == "Violence against civilians":
        return 3
    return 1 if inter_a == 1 else 2


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
        return {"deaths_a": "", "deaths_b": "", "deaths_civilians": "", "deaths_unknown": ""}
    one_sided = violence_type(merged.event) == 3
    return {
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": best if one_sided else 0,
        "deaths_unknown": 0 if one_sided else best,
    }


def ucdp_row(merged: MergedEvent) -> dict[str, object]:
    """One GED-style row for a merged event."""
    ev, loc = merged.event, merged.event.location
    side_a, side_b, _, _ = _sides(ev)
    best = best_fatalities(merged)
    has_point = loc.lat is not None and loc.lon is not None
    return {
        "id": merged.event_id,
        "relid": merged.event_id,
        "year": ev.date_start.year if ev.date_start else "",
        "active_year": "",
        "code_status": "Clear",
        "type_of_violence": violence_type(ev),
        "conflict_name": "",
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else side_a or side_b,
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": len(merged.sources),
        "source_article": "; ".join(article_ids(merged)),
        "source_office": "; ".join(dict.fromkeys(c.source for c in ev.claims if c.source)),
        "source_date": "",
        "source_headline": "",
        "source_original": "; ".join(merged.sources),
        "where_prec": WHERE_PREC.get(loc.geo_precision, 4),
        "where_coordinates": loc.neighbourhood or loc.town or loc.name or loc.admin1 or "",
        "where_description": loc.name or "",
        "adm_1": loc.admin1 or "",
        "adm_2": "",
        "latitude": round(loc.lat, 5) if has_point else "",
        "longitude": round(loc.lon, 5) if has_point else "",
        "geom_wkt": f"POINT ({loc.lon} {loc.lat})" if has_point else "",
        "country": country(loc.country).get("name", loc.country or ""),
        "region": "",
        "event_clarity": 2 if ev.status == "contested" else 1,
        "date_prec": date_prec(ev),
        "date_start": iso_date(ev.date_start),
        "date_end": iso_date(ev.date_end or ev.date_start),
        **_deaths(merged, best),
        "best": "" if best is None else best,
        "high": ev.fatalities.high if ev.fatalities else "",
        "low": ev.fatalities.low if ev.fatalities else "",
    }


def write_ucdp(events: Iterable[MergedEvent], out: TextIO) -> int:
    """Write merged events as UCDP GED-style CSV; returns the number of rows."""
    return write_csv(events, out, UCDP_COLUMNS, ucdp_row)
