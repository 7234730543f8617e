"""Ingesting article by article, in any order, gives the batch result."""

from __future__ import annotations

import random
from datetime import date

from khaldun.records import Event, Fatalities, MergedEvent
from khaldun.resolve import cluster, recluster
from khaldun.resolve.synthetic import synthetic_reports
from khaldun.scale.partition import merge_partitioned


class ListStore:
    """The part of a store that merging needs: reports, merged events, a windowed fetch."""

    def __init__(self) -> None:
        self.reports: dict[str, Event] = {}
        self.events: dict[str, MergedEvent] = {}

    def fetch(self, country, date_from, date_to) -> list[Event]:
        return [
            r for r in self.reports.values()
            if r.date_start and (r.date_end or r.date_start) >= date_from
            and r.date_start <= date_to
            and (country is None or r.location.country in (None, country))
        ]

    def ingest(self, reports: list[Event]) -> None:
        for r in reports:
            self.reports[r.report_id] = r
        merged = recluster(reports, self.fetch)
        touched = {r.report_id for m in merged for r in m.reports}
        for event_id, event in list(self.events.items()):
            if any(r.report_id in touched for r in event.reports):
                del self.events[event_id]
        self.events.update((m.event_id, m) for m in merged)

    def snapshot(self):
        return sorted((m.event_id, tuple(r.report_id for r in m.reports),
                       tuple(m.merge_reasons)) for m in self.events.values())


def _by_article(reports: list[Event]) -> list[list[Event]]:
    articles: dict[str, list[Event]] = {}
    for r in reports:
        articles.setdefault(r.doc_id, []).append(r)
    return list(articles.values())


def _ingested_in_any_order(reports: list[Event]) -> list[list]:
    """The store's snapshot after ingesting the reports' articles in three shuffled orders."""
    articles, snapshots = _by_article(reports), []
    for seed in (1, 2, 3):
        random.Random(seed).shuffle(articles)
        store = ListStore()
        for article in articles:
            store.ingest(article)
        snapshots.append(store.snapshot())
    return snapshots


def test_incremental_ingest_in_any_order_equals_batch():
    reports = [e for e, _ in synthetic_reports(600, seed=11)]
    expected = sorted((m.event_id, tuple(r.report_id for r in m.reports),
                       tuple(m.merge_reasons)) for m in cluster(reports))
    articles = _by_article(reports)
    for seed in (1, 2):
        random.Random(seed).shuffle(articles)
        store = ListStore()
        for article in articles:
            store.ingest(article)
        assert store.snapshot() == expected
    assert len(expected) < len(reports)


def test_reingesting_an_article_changes_nothing():
    reports = [e for e, _ in synthetic_reports(300, seed=5)]
    store = ListStore()
    articles = _by_article(reports)
    for article in articles:
        store.ingest(article)
    before = store.snapshot()
    store.ingest(articles[0])
    assert store.snapshot() == before


def test_namesakes_runs_of_days_and_tolerated_pairs_ingest_as_in_batch(report):
    week = (date(2014, 5, 5), date(2014, 5, 9))
    qusayr = (34.51, 36.58)
    reports = [
        report("a", town="Rastan", point=(34.92, 36.73)),
        report("b", town="Rastan", admin1="Hama", point=(35.60, 36.70)),  # a namesake
        report("g", town="Rastan", point=(34.60, 37.30)),  # one town placed 60 km off
        report("c", day=week[0], end=week[1], town="Qusayr", point=qusayr),
        report("d", day=date(2014, 5, 7), town="Qusayr", point=qusayr),
        report("d", 1, town="Talbiseh", point=(34.84, 36.73), sub="Attack", inter=(2, 7)),
        report("e", town="Talbiseh", point=(34.84, 36.73), sub="Attack", inter=(3, 7)),
        report("f", town="Talbiseh", point=(34.84, 36.73), sub="Attack", inter=(1, 7)),
    ]
    reports[5].actor1.name = "Unidentified Armed Group (Syria)"
    expected = sorted((m.event_id, tuple(r.report_id for r in m.reports),
                       tuple(m.merge_reasons)) for m in cluster(reports))
    assert [len(e[1]) for e in expected].count(1) == 1  # only the namesake in Hama is alone
    assert _ingested_in_any_order(reports) == [expected] * 3


def test_an_area_of_a_province_and_an_article_telling_one_strike_twice_ingest_as_in_batch(report):
    def toll(event, n):
        event.fatalities = Fatalities(n, n)
        return event

    reports = [
        # "the countryside of Homs": the area named after the province, placed at its capital
        toll(report("a", town=None, precision=2, point=(34.73, 36.71)), 12),
        toll(report("b", town="Talbiseh", point=(34.84, 36.73)), 12),
        toll(report("c", town="Talbiseh", point=(34.84, 36.73)), 12),
        report("e", town="Rastan", point=(34.92, 36.73)),
        report("e", 1, town="Rastan", hood="Souk", point=(34.92, 36.73)),
        report("f", town="Rastan", hood="Souk", point=(34.92, 36.73)),
        report("g", town="Rastan", point=(34.92, 36.73), day=date(2014, 5, 10)),
    ]
    reports[0].location.name = "Homs"
    expected = sorted((m.event_id, tuple(r.report_id for r in m.reports),
                       tuple(m.merge_reasons)) for m in cluster(reports))
    assert sorted(len(e[1]) for e in expected) == [3, 4]
    assert _ingested_in_any_order(reports) == [expected] * 3


def test_a_roundup_report_that_could_be_two_events_ingests_as_in_batch(report):
    # The town-level report could be either quarter told twice; the quarter no other outlet
    # reports must be in the component for the incremental result to see that.
    reports = [
        report("roundup", 0),
        report("roundup", 1, hood="Khaldiyeh", point=(34.7475, 36.7225)),
        report("roundup", 2, hood="Bab Sbaa", point=(34.7256, 36.7208)),
        report("monitor", hood="Khaldiyeh", point=(34.7475, 36.7225)),
    ]
    expected = sorted((m.event_id, tuple(r.report_id for r in m.reports),
                       tuple(m.merge_reasons)) for m in cluster(reports))
    assert not any({"roundup:0", "roundup:1"} <= set(e[1]) for e in expected)
    assert _ingested_in_any_order(reports) == [expected] * 3
    partitioned = sorted((m.event_id, tuple(r.report_id for r in m.reports),
                          tuple(m.merge_reasons)) for m in merge_partitioned(reports))
    assert partitioned == expected
