"""Non-JSON renderings of a page of events: GeoJSON, JSON Lines, a flat CSV, ACLED and UCDP CSV."""

from __future__ import annotations

import io

from fastapi.responses import Response

from khaldun.export.common import write_csv
from khaldun.records import MergedEvent
from khaldun.store.tables import EVENT_COLUMNS

FORMATS = ("json", "geojson", "csv", "acled", "ucdp", "jsonl")

# The flat table of `khaldun events -f csv|parquet` and store.events(), column for column.
FLAT_COLUMNS = tuple(EVENT_COLUMNS)


def flat_row(me: MergedEvent) -> dict:
    """One merged event as a row of the flat table (as store.tables.events_select reads it)."""
    ev, loc = me.event, me.event.location
    said = {c.originator or c.source for r in me.reports for c in r.claims}
    stored = [a.ingested_at for a in me.articles if a.ingested_at]
    return {
        "event_id": me.event_id, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "date_start": ev.date_start, "date_end": ev.date_end, "time_precision": ev.time_precision,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "inter1": ev.actor1.inter if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "inter2": ev.actor2.inter if ev.actor2 else None,
        "location": loc.name, "neighbourhood": loc.neighbourhood, "town": loc.town,
        "admin1": loc.admin1, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
        "geo_precision": loc.geo_precision,
        "fatalities_low": ev.fatalities.low if ev.fatalities else None,
        "fatalities_high": ev.fatalities.high if ev.fatalities else None,
        "status": ev.status, "n_reports": len(me.reports), "n_sources": len(me.sources),
        "sources": "; ".join(sorted(filter(None, said))),
        "updated_at": max(stored) if stored else None,
    }


def render(fmt: str, events: list[MergedEvent], total: int) -> Response:
    """The page in the requested format, with the total match count in X-Total-Count."""
    from khaldun.export import EXPORTERS, MEDIA_TYPES

    out = io.StringIO()
    if fmt == "csv":
        write_csv(events, out, FLAT_COLUMNS, flat_row)
        media = "text/csv"
    else:
        EXPORTERS[fmt](events, out)
        media = MEDIA_TYPES[fmt]
    headers = {"X-Total-Count": str(total)}
    if media == "text/csv":
        media += "; charset=utf-8"
        headers["Content-Disposition"] = f'inline; filename="events-{fmt}.csv"'
    return Response(out.getvalue(), media_type=media, headers=headers)
