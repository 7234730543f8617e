"""Group reports of one real-world event into merged events.

Algorithm: constrained complete-link agglomeration. Candidate pairs come from
blocking (never all pairs); `compat.link` scores each. Links are taken strongest
first, ties broken by report id, and two clusters join only when (a) they share no
article — one article's separate events are separate (a second pass over the links lets
an article that tells one event twice, twice.py, join what the first pass built) — and
(b) every cross pair is linked, or would be with one more day of date slack (complete
link, relaxed for chains of "yesterday"s: see compat.CHAIN_EXTRA_DAYS, and for one pair
that disagrees on a single check softly in an event of three or more reports: see
tolerance.py). Complete link rather than connected components: a town-level report
links to reports in two different neighbourhoods of that town, and single link would
chain them into one event; complete link lets the town-level report join the stronger
of the two and keeps the neighbourhoods apart. The link order depends only on the
reports' content and ids, so the result does not depend on input order; clusters only
grow along links (and an article's reports told twice share a component), so
re-clustering one link component (incremental.py) equals re-clustering everything.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import date, timedelta
from itertools import islice

from khaldun.records import Event, MergedEvent
from khaldun.resolve.blocking import candidate_pairs, report_days
from khaldun.resolve.combine import combine
from khaldun.resolve.compat import (
    CHAIN_EXTRA_DAYS,
    DATE_SLACK_DAYS,
    Link,
    link,
)
from khaldun.resolve.tolerance import tolerated
from khaldun.resolve.twice import twice_told_pairs

log = logging.getLogger("khaldun.resolve")


def report_key(event: Event) -> str:
    """The report's id; a content hash for reports stored without one."""
    if event.report_id:
        return event.report_id
    body = json.dumps(event.to_dict(), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    return f"{event.doc_id or 'unknown'}:{digest}"


def article_of(event: Event) -> str:
    """The article a report comes from (reports without one are their own article)."""
    if event.doc_id:
        return event.doc_id
    key = report_key(event)
    return key.rsplit(":", 1)[0] if event.report_id and ":" in key else key


def event_id_for(report_ids: list[str]) -> str:
    """Merged event id from its smallest report id.

    Stable while the cluster keeps its smallest member; when a new report with a smaller
    id joins (about 1 in n+1 joins, since doc ids are content hashes) the id changes, which
    the store handles by replacing every merged event an ingest touches.
    """
    smallest = min(report_ids)
    return "ev-" + hashlib.sha256(smallest.encode("utf-8")).hexdigest()[:16]


def candidate_window(event: Event) -> tuple[str | None, date, date]:
    """(country, date_from, date_to): the stored reports a new report may merge with.

    Fetch reports whose date range intersects [date_from, date_to] and whose country is
    `country` or unknown (country None: any). Then re-cluster those reports together with
    all members of the merged events they belong to. For a result provably equal to
    batch clustering, `khaldun.resolve.recluster(new, fetch)` follows links transitively
    through such windows. An undated or too vague report merges with nothing: its window
    is empty (date_from > date_to).
    """
    country = event.location.country.upper() if event.location.country else None
    days = report_days(event)
    if not days:
        return country, date.max, date.min
    slack = timedelta(days=DATE_SLACK_DAYS)
    return country, days[0] - slack, days[-1] + slack


def _unique(reports: list[Event]) -> list[Event]:
    """Reports sorted by id; a report given twice (re-ingest) counts once."""
    by_key: dict[str, Event] = {}
    for event in reports:
        key = report_key(event)
        prev = by_key.get(key)
        if prev is None or _body(event) < _body(prev):
            by_key[key] = event
    return [by_key[k] for k in sorted(by_key)]


def _body(event: Event) -> str:
    return json.dumps(event.to_dict(), sort_keys=True, ensure_ascii=False, default=str)


def _links(reports: list[Event], docs: list[str]) -> dict[tuple[int, int], Link]:
    """Every linked pair (i < j) among blocking candidates, ambiguous near links dropped."""
    found = {}
    for i, j in candidate_pairs(reports, docs):
        lk = link(reports[i], reports[j])
        if lk is not None:
            found[(i, j)] = lk
    # "Near Damascus" fits Daraya and Douma alike, "in Idlib province" any of its towns,
    # "this week" any of its days: a report whose vague links reach two reports not linked
    # to each other plainly (two events) cannot say which it is, so none of them count.
    partners: dict[int, list[int]] = {}
    for (i, j), lk in found.items():
        if lk.vague:
            partners.setdefault(i, []).append(j)
            partners.setdefault(j, []).append(i)
    ambiguous = {i for i, vague in partners.items() if _two_events(vague, found)}
    for i in sorted(ambiguous):
        log.debug("vague links of %s dropped: it fits two events", report_key(reports[i]))
    return {
        (i, j): lk
        for (i, j), lk in found.items()
        if not (lk.vague and (i in ambiguous or j in ambiguous))
    }


def _two_events(partners: list[int], found: dict[tuple[int, int], Link]) -> bool:
    """Whether two of these reports are not linked to each other, or only vaguely."""
    return any(
        getattr(found.get((min(x, y), max(x, y))), "vague", True)
        for n, x in enumerate(partners)
        for y in partners[n + 1 :]
    )


def _agglomerate(
    reports: list[Event],
    docs: list[str],
    links: dict[tuple[int, int], Link],
    twice: set[tuple[int, int]],
) -> tuple[list[list[int]], dict[int, list[tuple[int, int]]]]:
    """Clusters (lists of report indices) and, per cluster root, the links that built it."""
    n = len(reports)
    root = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    used: dict[int, list[tuple[int, int]]] = {i: [] for i in range(n)}
    order = sorted(links, key=lambda p: (-links[p].score[0], -links[p].score[1], p))
    # First one report per article; then, on what that built, an article's event told twice.
    for (i, j), allowed in [(p, set()) for p in order] + [(p, twice) for p in order]:
        ri, rj = root[i], root[j]
        if ri == rj or not _one_per_article(docs, allowed, members[ri], members[rj]):
            continue
        unlinked = (
            (x, y)
            for x in members[ri]
            for y in members[rj]
            if (min(x, y), max(x, y)) not in links
            and not link(reports[x], reports[y], CHAIN_EXTRA_DAYS)
        )
        apart = list(islice(unlinked, 2))  # more than one is never tolerated
        if apart:
            if not tolerated(reports, apart, len(members[ri]) + len(members[rj])):
                continue
            x, y = apart[0]
            log.debug("tolerated in one event: %s / %s", report_key(reports[x]),
                      report_key(reports[y]))
        keep, gone = min(ri, rj), max(ri, rj)
        for x in members[gone]:
            root[x] = keep
        members[keep] += members.pop(gone)
        used[keep] += used.pop(gone) + [(i, j)]
    return [sorted(m) for _, m in sorted(members.items())], used


def _one_per_article(
    docs: list[str], twice: set[tuple[int, int]], first: list[int], second: list[int]
) -> bool:
    """Whether two clusters may join: every article they share tells one event twice there."""
    return all(
        (min(x, y), max(x, y)) in twice for x in first for y in second if docs[x] == docs[y]
    )


def _reason(ids: list[str], pair: tuple[int, int], lk: Link) -> str:
    return f"{ids[pair[0]]} ~ {ids[pair[1]]}: " + ", ".join(lk.reasons)


def cluster(reports: list[Event]) -> list[MergedEvent]:
    """Merge reports (one Event per article mention) into real-world events."""
    unique = _unique(reports)
    ids = [report_key(r) for r in unique]
    docs = [article_of(r) for r in unique]
    twice = twice_told_pairs(unique, docs)
    links = _links(unique, docs)
    groups, used = _agglomerate(unique, docs, links, twice)
    merged = []
    for group in groups:
        members = [unique[i] for i in group]
        pairs = sorted(used[group[0]])
        merged.append(
            MergedEvent(
                event_id=event_id_for([ids[i] for i in group]),
                event=combine(members),
                reports=members,
                merge_reasons=[_reason(ids, p, links[p]) for p in pairs],
            )
        )
    return merged
