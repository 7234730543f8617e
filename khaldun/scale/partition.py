"""Cross-article merging split into independent partitions by country and time window.

Two reports can link only if their countries agree (or one is unknown) and they share a
blocking key on a day within DATE_SLACK_DAYS of both (resolve/blocking.py). So each report
goes to the partition of its country for every window its date range, widened by that slack,
touches: neighbouring windows overlap by the slack, every linkable pair meets in at least one
partition, and a report of unknown country joins every country's partition of its windows.

Partitions yield links; links give connected components; `cluster` on each component gives
exactly what `cluster` on everything gives (it is exact per component, see
resolve/incremental.py). Each step can run anywhere: here in one process, or as Ray tasks.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from khaldun.records import Event, MergedEvent
from khaldun.resolve.blocking import candidate_pairs, report_days
from khaldun.resolve.cluster import article_of, cluster, report_key
from khaldun.resolve.compat import DATE_SLACK_DAYS, link
from khaldun.resolve.twice import article_pairs, told_twice

# Days per time window. Larger windows copy fewer reports across seams, smaller ones make
# smaller partitions; a week keeps copies under a third (spans are at most MAX_SPAN_DAYS).
WINDOW_DAYS = 7
_EPOCH = date(1970, 1, 1)

PartitionKey = tuple[str | None, int]  # (country or None, window number)


def _windows(event: Event) -> list[int]:
    days = report_days(event)
    if not days:
        return []  # undated or too vague: links to nothing
    slack = timedelta(days=DATE_SLACK_DAYS)
    first = (days[0] - slack - _EPOCH).days // WINDOW_DAYS
    last = (days[-1] + slack - _EPOCH).days // WINDOW_DAYS
    return list(range(first, last + 1))


def _country(event: Event) -> str | None:
    return event.location.country.upper() if event.location.country else None


def partitions(reports: list[Event]) -> dict[PartitionKey, list[Event]]:
    """Reports by (country, window), copied to every partition where they may link."""
    out: dict[PartitionKey, list[Event]] = defaultdict(list)
    unknown: dict[int, list[Event]] = defaultdict(list)
    for report in reports:
        country = _country(report)
        for window in _windows(report):
            out[(country, window)].append(report)
            if country is None:
                unknown[window].append(report)
    for (country, window), members in out.items():
        if country is not None:
            members.extend(unknown.get(window, []))
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])))


def partition_links(reports: list[Event]) -> list[tuple[str, str]]:
    """Report-id pairs that link within one partition (the blocking of `cluster`), and
    one article's reports that may tell one event twice (whether they do depends on the
    article's other such reports, so they share a component)."""
    docs = [article_of(r) for r in reports]
    linked = [
        (i, j) for i, j in candidate_pairs(reports, docs)
        if link(reports[i], reports[j]) is not None
    ]
    linked += article_pairs(reports, docs, told_twice)
    return [(report_key(reports[i]), report_key(reports[j])) for i, j in linked]


def components(ids: list[str], links: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components of the link graph over `ids`, each sorted, in order of their
    smallest id (so the result does not depend on the order links arrive in)."""
    parent = {i: i for i in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in sorted(ids):
        groups[root(i)].append(i)
    return sorted(groups.values())


def merge_partitioned(reports: list[Event]) -> list[MergedEvent]:
    """`cluster(reports)`, computed partition by partition then component by component."""
    by_id = {report_key(r): r for r in reports}
    links = [pair for part in partitions(reports).values() for pair in partition_links(part)]
    merged = []
    for group in components(list(by_id), links):
        merged.extend(cluster([by_id[i] for i in group]))
    return merged
