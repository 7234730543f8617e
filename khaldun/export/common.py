"""What every exporter needs: place names, articles, figures, CSV writing."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from khaldun.records import Event, MergedEvent


def place_label(event: Event) -> str:
    """The place as ACLED writes it: "Town" or "Town - Neighbourhood"."""
    loc = event.location
    town = loc.town or loc.name or loc.admin1 or ""
    if loc.neighbourhood and loc.neighbourhood != town:
        return f"{town} - {loc.neighbourhood}" if town else loc.neighbourhood
    return town


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


def iso_date(value) -> str:
    return value.isoformat() if value else ""


# A text cell starting with one of these is a formula to a spreadsheet (=HYPERLINK(...) runs
# on open): it is written with a leading apostrophe, as OWASP advises. Numbers stay numbers.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: formula-like strings get a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    events: Iterable[MergedEvent],
    out: TextIO,
    columns: list[str],
    row: Callable[[MergedEvent], dict[str, Any]],
) -> int:
    """Write one CSV row per merged event under a header (every cell through safe_cell);
    returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for merged in events:
        writer.writerow({k: safe_cell(v) for k, v in row(merged).items()})
        n += 1
    return n
