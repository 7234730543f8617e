"""Codebook JSON Lines and GeoJSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from khaldun.export.common import article_ids
from khaldun.records import MergedEvent


def event_record(merged: MergedEvent) -> dict[str, Any]:
    """A merged event in codebook §7 form, with its id, reports, sources and merge reasons."""
    return {
        "event_id": merged.event_id,
        **merged.event.to_dict(),
        "n_reports": len(merged.reports),
        "n_sources": len(merged.sources),
        "sources": merged.sources,
        "doc_ids": article_ids(merged),
        "report_ids": [r.report_id for r in merged.reports],
        "merge_reasons": merged.merge_reasons,
    }


def write_jsonl(events: Iterable[MergedEvent], out: TextIO) -> int:
    """One merged event a line; returns the number of lines."""
    n = 0
    for merged in events:
        out.write(json.dumps(event_record(merged), ensure_ascii=False) + "\n")
        n += 1
    return n


def feature(merged: MergedEvent) -> dict[str, Any]:
    """A GeoJSON Feature: a point (or no geometry) and flat properties for map styling."""
    ev, loc = merged.event, merged.event.location
    geometry = None
    if loc.lat is not None and loc.lon is not None:
        geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
    props = {
        "event_id": merged.event_id,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "date_start": ev.date_start.isoformat() if ev.date_start else None,
        "date_end": ev.date_end.isoformat() if ev.date_end else None,
        "time_precision": ev.time_precision,
        "location": loc.name,
        "neighbourhood": loc.neighbourhood,
        "town": loc.town,
        "admin1": loc.admin1,
        "country": loc.country,
        "geo_precision": loc.geo_precision,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "fatalities_low": ev.fatalities.low if ev.fatalities else None,
        "fatalities_high": ev.fatalities.high if ev.fatalities else None,
        "status": ev.status,
        "n_reports": len(merged.reports),
        "n_sources": len(merged.sources),
        "sources": merged.sources,
    }
    return {"type": "Feature", "id": merged.event_id, "geometry": geometry, "properties": props}


def write_geojson(events: Iterable[MergedEvent], out: TextIO) -> int:
    """A FeatureCollection, written feature by feature; returns the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for merged in events:
        out.write(("," if n else "") + "\n" + json.dumps(feature(merged), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
