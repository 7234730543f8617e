"""Blocking: which pairs of reports are worth comparing, without comparing all pairs.

Every pair that `compat.link` could accept shares at least one block: the same
town (or a town one source calls a neighbourhood), the same province for
province-level reports or for an area of a province and its towns, or neighbouring
grid cells for reports with coordinates, on a day within DATE_SLACK_DAYS of both date
ranges. (Pairs linked only by the
near-town rule above latitude 50 can be missed; the result stays deterministic.)
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from khaldun.places.transliteration import name_key
from khaldun.records import Event
from khaldun.resolve.compat import (
    DATE_SLACK_DAYS,
    HOLDING_SPAN_DAYS,
    MAX_SPAN_DAYS,
    hood_key,
    province_area,
    town_key,
)

# Grid cell size in degrees; a cell and its 8 neighbours cover every point within
# compat.NEAR_TOWN_KM up to latitude 50 (0.15 degree of longitude is 10.7 km there),
# and within compat.NEAR_KM up to latitude 78.
CELL_DEGREES = 0.15


def report_days(event: Event) -> list[date]:
    """Every day of a report's date range, or [] when it cannot be merged by date."""
    if event.date_start is None:
        return []
    end = event.date_end or event.date_start
    span = (end - event.date_start).days
    if span < 0 or span > max(MAX_SPAN_DAYS, HOLDING_SPAN_DAYS):
        return []
    return [event.date_start + timedelta(days=i) for i in range(span + 1)]


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


def place_blocks(event: Event) -> tuple[list[tuple], list[tuple]]:
    """(keys a report is filed under, keys it looks up) for its place."""
    loc = event.location
    filed: list[tuple] = []
    probed: list[tuple] = []
    for key in {town_key(loc), hood_key(loc)} - {""}:
        filed.append(("town", key))
    if not town_key(loc) and loc.geo_precision >= 3 and loc.admin1:
        filed.append(("province", name_key(loc.admin1)))
    probed.extend(filed)
    # A report giving only an area of a province looks up the towns of that province.
    if loc.admin1 and loc.town:
        filed.append(("area", name_key(loc.admin1)))
    elif province_area(loc):
        probed.append(("area", name_key(loc.admin1)))
    if loc.lat is not None and loc.lon is not None:
        y, x = _cell(loc.lat, loc.lon)
        filed.append(("cell", y, x))
        probed.extend(("cell", y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    return filed, probed


def candidate_pairs(reports: list[Event], docs: list[str]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of reports from different articles (docs[i]) that share a block."""
    index: dict[tuple, list[int]] = defaultdict(list)
    probes: list[list[tuple]] = []
    for i, event in enumerate(reports):
        days = report_days(event)
        filed, probed = place_blocks(event)
        for key in filed:
            for day in days:
                index[(*key, day)].append(i)
        slack = timedelta(days=DATE_SLACK_DAYS)
        wide = [days[0] - slack, *days, days[-1] + slack] if days else []
        probes.append([(*key, day) for key in probed for day in wide])
    seen: set[tuple[int, int]] = set()
    for j, keys in enumerate(probes):
        for key in keys:
            for i in index.get(key, ()):
                if docs[i] != docs[j]:
                    seen.add((min(i, j), max(i, j)))
    yield from sorted(seen)
