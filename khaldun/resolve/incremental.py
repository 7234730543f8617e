"""Incremental merging: re-cluster only what a new article can affect.

`cluster` is exact per connected component of the link graph (links never cross
components, and the link order inside one depends only on its reports), so
re-clustering the whole component of the new reports gives the same merged events
as re-clustering the database: ingest order and batching do not change the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from khaldun.records import Event, MergedEvent
from khaldun.resolve.cluster import article_of, candidate_window, cluster, report_key
from khaldun.resolve.compat import link

# fetch(country, date_from, date_to): stored reports whose date range intersects the
# window and whose country is `country` or unknown (country None: every country).
Fetch = Callable[[str | None, date, date], list[Event]]


def link_component(seeds: list[Event], fetch: Fetch) -> list[Event]:
    """The seeds and every stored report linked to them, directly or through others."""
    have = {report_key(r): r for r in seeds}
    frontier = list(have.values())
    fetched: dict[tuple[str | None, date, date], list[Event]] = {}
    while frontier:
        found = []
        for report in frontier:
            window = candidate_window(report)
            if window[1] > window[2]:
                continue  # undated: links to nothing
            if window not in fetched:
                fetched[window] = fetch(*window)
            for other in fetched[window]:
                key = report_key(other)
                if key in have or article_of(other) == article_of(report):
                    continue
                if link(report, other) is not None:
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
