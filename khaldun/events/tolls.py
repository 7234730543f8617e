"""Which toll and which day each draft of a sentence takes: a place's own toll, a toll tied to
another place or day, a list's toll (codebook §8.3), and the day of what an event "came a
day after"."""

from __future__ import annotations

from datetime import timedelta

from khaldun.dates.sequel import Sequel
from khaldun.events.assemble import DISTRIBUTIVE, count_for_place
from khaldun.events.building import ArticleState
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import own_date
from khaldun.events.placing import LIST_SEPARATOR
from khaldun.numbers import Count
from khaldun.places import PlaceMention
from khaldun.places.transliteration import name_key


def sequel_date(
    facts: SentenceFacts, sequel: Sequel, state: ArticleState, picked: tuple
) -> tuple:
    """The date of what an event "came a day after": its own date where the clause gives one,
    else that many days before the date of the event the sentence's subject tells (the
    sentence's earlier date, else the latest event's)."""
    own = [d for d in facts.dates if d.start >= sequel.end and not d.background]
    if own or (sequel.days_before is None and sequel.vague_span is None):
        return picked
    before = [d for d in facts.dates if d.end <= sequel.end and not d.background]
    if before:
        anchor = before[0].date_start
    elif state.events and state.events[-1].dated:
        anchor = state.events[-1].date_start
    else:
        anchor = state.published
    if anchor is None:
        return picked
    if sequel.days_before is None:  # "days after": a range of that many days before
        least, most = sequel.vague_span
        return anchor - timedelta(days=most), anchor - timedelta(days=least), 2
    day = anchor - timedelta(days=sequel.days_before)
    return day, day, 1


def is_list(facts: SentenceFacts, clusters: list[list[PlaceMention]]) -> bool:
    """The clusters are the items of one coordinated list of places of one kind ("shelled
    A, B and C", or the items of a distributive tail), not a place and its surroundings
    ("Dresa, north-east of Jebel Marra")."""
    firsts = sorted((c[0] for c in clusters if c), key=lambda p: p.start)
    if len(firsts) < 2:
        return False
    text = facts.sentence.text
    tail = DISTRIBUTIVE.search(text)
    if tail is not None and all(tail.start() < p.start < tail.end() for p in firsts[1:]):
        return True  # "..., one near a school and the other at a market"
    roles = {p.role for p in firsts}
    if len(roles) > 1 and not roles <= {"town", "neighbourhood"}:
        return False  # (a city's quarters and a town listed together are still a list)
    gaps = [text[a.end : b.start] for a, b in zip(firsts, firsts[1:], strict=False)]
    # "A, B" without "and" is an apposition: B holds A ("Egbe, Yagba West council")
    return all(LIST_SEPARATOR.match(g) for g in gaps) and "and" in gaps[-1]


def tied_elsewhere(facts: SentenceFacts, count: Count, cluster: list[PlaceMention]) -> bool:
    """The toll is written against a place that is not one of the cluster's, nor the country
    or province holding them ("killed nine in Nigeria's Gwoza district")."""
    names = {name_key(p.surface) for p in cluster}
    return any(
        count_for_place(facts, p) is count and name_key(p.surface) not in names
        and not _holds(p, cluster)
        for p in facts.places
    )


def _holds(outer: PlaceMention, cluster: list[PlaceMention]) -> bool:
    """The country or province `outer` is the one the cluster's places lie in (or the cluster
    names no place: "15 were killed in bombings in Iraq")."""
    if outer.place is None or outer.role not in ("country", "admin1"):
        return False
    if not cluster:
        return True
    field = "country" if outer.role == "country" else "admin1"
    own = getattr(outer.place, field)
    return any(p.place is not None and getattr(p.place, field) == own for p in cluster)


def dated_elsewhere(facts: SentenceFacts, count: Count, start, end) -> bool:
    """The toll's own clause gives a day outside the event's ("..., adding that 12 had died on
    Sunday"); a day inside its range ("on the second day ..., raising the toll to 17 since
    Monday") is the event's."""
    own = own_date(facts, count.start, count.end)
    if own is None:
        return False
    if start is None or end is None:
        return True
    return own.date_end < start or own.date_start > end


def own_count(
    facts: SentenceFacts, cluster: list[PlaceMention], parts: bool = False
) -> Count | None:
    """A toll written against one of the cluster's places ("five civilians in Douma")."""
    return next(
        (c for p in cluster if (c := count_for_place(facts, p, parts)) is not None), None
    )
