"""Export merged events: codebook JSONL, ACLED CSV, UCDP GED-style CSV, GeoJSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from khaldun.export.acled import ACLED_COLUMNS, acled_row, write_acled
from khaldun.export.jsonlines import event_record, feature, write_geojson, write_jsonl
from khaldun.export.ucdp import UCDP_COLUMNS, ucdp_row, write_ucdp
from khaldun.records import MergedEvent

Exporter = Callable[[Iterable[MergedEvent], TextIO], int]
EXPORTERS: dict[str, Exporter] = {
    "jsonl": write_jsonl,
    "acled": write_acled,
    "ucdp": write_ucdp,
    "geojson": write_geojson,
}
# The names khaldun.serve calls them by.
write_acled_csv = write_acled
write_ucdp_csv = write_ucdp
# Media types for serving each format over HTTP.
MEDIA_TYPES = {
    "jsonl": "application/x-ndjson",
    "acled": "text/csv",
    "ucdp": "text/csv",
    "geojson": "application/geo+json",
}

__all__ = [
    "ACLED_COLUMNS",
    "EXPORTERS",
    "MEDIA_TYPES",
    "UCDP_COLUMNS",
    "acled_row",
    "event_record",
    "feature",
    "ucdp_row",
    "write_acled",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
    "write_ucdp",
    "write_ucdp_csv",
]
