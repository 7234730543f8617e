"""Incremental merging: re-cluster only what a new article can affect.

`cluster` is exact per connected component of the link graph (links never cross
components, and the link order inside one depends only on its reports), so
re-clustering the whole component of the new reports gives the same merged events
as re-clustering the database: ingest order and batching do not change the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from khaldun.records import Event, MergedEvent
from khaldun.resolve.cluster import article_of, candidate_window, cluster, report_key
from khaldun.resolve.compat import hood_key, link, province_area, town_key
from khaldun.resolve.twice import told_twice

# fetch(country, date_from, date_to): stored reports whose date range intersects the
# window and whose country is `country` or unknown (country None: every country).
Fetch = Callable[[str | None, date, date], list[Event]]


# Grid cell size (degrees) for blocking by coordinates; neighbouring cells cover NEAR_TOWN_KM.
CELL_DEG = 0.2


class _PlaceIndex:
    """The reports of one fetch window, blocked by town, neighbourhood and grid cell, so a
    report is compared only with those `same_place` could accept (never all pairs)."""

    def __init__(self, reports: list[Event]) -> None:
        self.by_town: dict[str, list[Event]] = defaultdict(list)
        self.by_hood: dict[str, list[Event]] = defaultdict(list)
        self.by_cell: dict[tuple[int, int], list[Event]] = defaultdict(list)
        self.regional: list[Event] = []
        for r in reports:
            town, hood, cell = town_key(r.location), hood_key(r.location), _cell(r)
            (self.by_town[town] if town else self.regional).append(r)
            if town and province_area(r.location):
                self.regional.append(r)  # an area of a province named after it
            if hood:
                self.by_hood[hood].append(r)
            if cell:
                self.by_cell[cell].append(r)

    def candidates(self, r: Event) -> list[Event]:
        town, hood, cell = town_key(r.location), hood_key(r.location), _cell(r)
        found = [*self.regional]
        if not town or province_area(r.location):
            found += [o for group in self.by_town.values() for o in group]
        found += self.by_town.get(town, []) + self.by_hood.get(town, [])
        if hood:
            found += self.by_town.get(hood, [])
        if cell:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    found += self.by_cell.get((cell[0] + dx, cell[1] + dy), [])
        return list({report_key(o): o for o in found}.values())


def _cell(r: Event) -> tuple[int, int] | None:
    loc = r.location
    if loc.lat is None or loc.lon is None:
        return None
    return int(loc.lat // CELL_DEG), int(loc.lon // CELL_DEG)


def link_component(seeds: list[Event], fetch: Fetch) -> list[Event]:
    """The seeds and every stored report linked to them, directly or through others (one
    article's reports that may tell one event twice count as linked)."""
    have = {report_key(r): r for r in seeds}
    frontier = list(have.values())
    fetched: dict[tuple[str | None, date, date], _PlaceIndex] = {}
    while frontier:
        found = []
        for report in frontier:
            window = candidate_window(report)
            if window[1] > window[2]:
                continue  # undated: links to nothing
            if window not in fetched:
                fetched[window] = _PlaceIndex(fetch(*window))
            for other in fetched[window].candidates(report):
                key = report_key(other)
                if key in have:
                    continue
                if article_of(other) == article_of(report):
                    linked = told_twice(report, other)  # decided with the article's others
                else:
                    linked = link(report, other) is not None
                if linked:
                    have[key] = other
                    found.append(other)
        frontier = found
    return [have[k] for k in sorted(have)]


def recluster(new_reports: list[Event], fetch: Fetch) -> list[MergedEvent]:
    """Merged events for the component of new_reports (which may already be stored).

    The store deletes every merged event holding any report returned here, then saves
    these; re-ingesting stored reports returns the events already stored.
    """
    return cluster(link_component(new_reports, fetch))
