"""ACLED-compatible CSV, with ACLED's public column names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from khaldun.export.common import (
    country,
    iso_date,
    notes,
    place_label,
    source_names,
    write_csv,
)
from khaldun.records import MergedEvent

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def interaction(inter1: int | None, inter2: int | None) -> int | str:
    """ACLED's two-digit interaction code: the two inter classes, lower first (10 when alone)."""
    codes = sorted(i for i in (inter1, inter2) if i)
    if not codes:
        return ""
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def acled_row(merged: MergedEvent) -> dict[str, object]:
    """One ACLED row for a merged event."""
    ev, loc = merged.event, merged.event.location
    info = country(loc.country)
    inter1 = ev.actor1.inter if ev.actor1 else None
    inter2 = ev.actor2.inter if ev.actor2 else None
    return {
        "event_id_cnty": f"{info.get('iso3', 'XXX')}-{merged.event_id}",
        "event_date": iso_date(ev.date_start),
        "year": ev.date_start.year if ev.date_start else "",
        "time_precision": ev.time_precision,
        "disorder_type": DISORDER.get(ev.event_type, ""),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1.name if ev.actor1 else "",
        "assoc_actor_1": "",
        "inter1": inter1 or "",
        "actor2": ev.actor2.name if ev.actor2 else "",
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": info.get("isonumeric", ""),
        "region": "",
        "country": info.get("name", loc.country or ""),
        "admin1": loc.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": place_label(ev),
        "latitude": "" if loc.lat is None else round(loc.lat, 5),
        "longitude": "" if loc.lon is None else round(loc.lon, 5),
        "geo_precision": loc.geo_precision,
        "source": "; ".join(source_names(merged)),
        "source_scale": "",
        "notes": notes(merged),
        # ACLED codes the most conservative reported figure, 0 when none is given.
        "fatalities": ev.fatalities.low if ev.fatalities else 0,
        "tags": f"status: {ev.status}; reports: {len(merged.reports)}",
        "timestamp": "",
    }


def write_acled(events: Iterable[MergedEvent], out: TextIO) -> int:
    """Write merged events as ACLED CSV; returns the number of rows."""
    return write_csv(events, out, ACLED_COLUMNS, acled_row)
