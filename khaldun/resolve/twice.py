"""One article telling one event twice: a lead and a body sentence its extraction kept apart.

Codebook §1: an event is one sub-type, by one actor pair, at one place, over one date
range. Two reports of one article that agree on all of these, and do not give two
different tolls, are that one event told twice (the lead names the town, the body the
quarter), so a merged event may hold both. Two tolls, two days, two sub-types, two
quarters or two places merely near each other are two events, as the article says; so is
a town-level report beside two quarters of that town, which could be either of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from khaldun.records import Event
from khaldun.resolve.compat import NAMED_PLACE_SCORE, compatible_actors, same_place


def told_twice(a: Event, b: Event) -> bool:
    """Whether two reports of one article can be one event told twice."""
    if not a.sub_event_type or a.sub_event_type != b.sub_event_type:
        return False
    if a.date_start is None or (a.date_start, a.date_end) != (b.date_start, b.date_end):
        return False
    if a.fatalities and b.fatalities and a.fatalities != b.fatalities:
        return False
    where = same_place(a.location, b.location)
    if where is None or where[0] < NAMED_PLACE_SCORE:
        return False
    return compatible_actors(a, b, unnamed_agrees=True) is not None


def article_pairs(
    reports: list[Event], docs: list[str], test: Callable[[Event, Event], bool]
) -> list[tuple[int, int]]:
    """Index pairs (i < j) of reports of one article (docs[i]) that pass `test`."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        by_doc[doc].append(i)
    return [
        (x, y)
        for members in by_doc.values()
        for n, x in enumerate(members)
        for y in members[n + 1 :]
        if test(reports[x], reports[y])
    ]


def twice_told_pairs(reports: list[Event], docs: list[str]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of one article's reports that are one event told twice, leaving
    out every pair of a report that could be either of two events of its article."""
    found = set(article_pairs(reports, docs, told_twice))
    partners: dict[int, list[int]] = defaultdict(list)
    for x, y in found:
        partners[x].append(y)
        partners[y].append(x)
    ambiguous = {
        x
        for x, others in partners.items()
        if any(
            (min(p, q), max(p, q)) not in found
            for k, p in enumerate(others)
            for q in others[k + 1 :]
        )
    }
    return {(x, y) for x, y in found if x not in ambiguous and y not in ambiguous}
