"""Every EventQuery filter, pagination and cross-article merging through the store."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.records import Actor, Claim
from khaldun.store import EventQuery


@pytest.fixture
def filled(store, make_article, make_event):
    """Four events in three countries with distinct types, dates, places and tolls."""
    homs = make_event(town="Homs", day=date(2012, 3, 4), killed=12, quote="Jets hit Baba Amr.")
    aleppo = make_event(
        town="Aleppo",
        day=date(2013, 5, 1),
        sub="Armed clash",
        etype="Battles",
        lat=36.2,
        lon=37.16,
        actor1="Islamic State",
        quote="Clashes raged in Aleppo.",
    )
    aleppo.actor2 = Actor("Opposition Rebels (Syria)", 2)
    mosul = make_event(
        town="Mosul",
        country="IQ",
        day=date(2016, 11, 2),
        killed=3,
        lat=36.34,
        lon=43.13,
        sub="Shelling/artillery/missile attack",
        quote="Mortars fell on Mosul.",
    )
    # Two sources, 3 against 10 dead: contested.
    mosul.claims.append(Claim("Iraqi army", "fatalities", 10, "Ten died, the army said."))
    sanaa = make_event(
        town="Sanaa",
        country="YE",
        day=date(2015, 4, 20),
        etype="Protests",
        sub="Peaceful protest",
        lat=15.35,
        lon=44.2,
        quote="Thousands marched in Sanaa.",
    )
    for i, ev in enumerate([homs, aleppo, mosul, sanaa]):
        store.add_article(make_article(f"article {i}", doc_id=f"d{i}"), [ev])
    return store


def towns(store, **filters) -> list[str]:
    page, total = store.query_events(EventQuery(**filters))
    assert total == len(page)
    return sorted(me.event.location.town for me in page)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["Aleppo", "Homs", "Mosul", "Sanaa"]),
        ({"date_from": date(2013, 5, 1)}, ["Aleppo", "Mosul", "Sanaa"]),
        ({"date_to": date(2013, 5, 1)}, ["Aleppo", "Homs"]),
        ({"date_from": date(2013, 1, 1), "date_to": date(2015, 12, 31)}, ["Aleppo", "Sanaa"]),
        ({"event_type": "Battles"}, ["Aleppo"]),
        ({"sub_event_type": "Shelling/artillery/missile attack"}, ["Mosul"]),
        ({"country": "sy"}, ["Aleppo", "Homs"]),
        ({"admin1": "mosul"}, ["Mosul"]),
        ({"town": "SANAA"}, ["Sanaa"]),
        ({"bbox": (36.0, 34.0, 38.0, 37.0)}, ["Aleppo", "Homs"]),
        ({"actor": "islamic"}, ["Aleppo"]),
        ({"actor": "opposition rebels"}, ["Aleppo"]),
        ({"status": "contested"}, ["Mosul"]),
        ({"min_fatalities": 11}, ["Homs"]),
        ({"min_fatalities": 10}, ["Homs", "Mosul"]),
        ({"text": "baba amr"}, ["Homs"]),
        ({"text": "marched"}, ["Sanaa"]),
        ({"text": "50%_off"}, []),
        ({"country": "SY", "event_type": "Battles", "min_fatalities": 1}, []),
    ],
)
def test_filters(filled, filters, expected):
    assert towns(filled, **filters) == expected


def test_pagination_total_and_order(filled):
    page, total = filled.query_events(EventQuery(limit=3))
    assert total == 4 and len(page) == 3
    dates = [me.event.date_start for me in page]
    assert dates == sorted(dates, reverse=True)
    rest, total = filled.query_events(EventQuery(limit=3, offset=3))
    assert total == 4 and [me.event.location.town for me in rest] == ["Homs"]
    assert len(list(filled.iter_events(EventQuery(), page=2))) == 4


def test_same_strike_in_three_articles_is_one_event(store, make_article, make_event):
    tolls = {"a": 12, "b": 20, "c": 15}
    for doc, killed in tolls.items():
        ev = make_event(killed=killed, source=f"source {doc}")
        store.add_article(make_article(f"report {doc}", doc_id=doc), [ev])
    page, total = store.query_events(EventQuery())
    assert total == 1
    me = page[0]
    assert sorted(r.report_id for r in me.reports) == ["a:0", "b:0", "c:0"]
    assert (me.event.fatalities.low, me.event.fatalities.high) == (12, 20)
    assert {c.value for c in me.event.claims if c.kind == "fatalities"} == {12, 15, 20}


def test_distant_reports_stay_apart(store, make_article, make_event):
    store.add_article(make_article("one", doc_id="a"), [make_event(day=date(2012, 3, 4))])
    store.add_article(make_article("two", doc_id="b"), [make_event(day=date(2012, 6, 4))])
    other = make_event(country="IQ", town="Mosul", lat=36.34, lon=43.13)
    store.add_article(make_article("three", doc_id="c"), [other])
    assert store.query_events(EventQuery())[1] == 3


def _clusters(store) -> set[frozenset[str]]:
    return {frozenset(r.report_id for r in me.reports) for me in store.iter_events(EventQuery())}


def test_ingest_order_does_not_change_result(target, make_article, make_event):
    from khaldun.store import open_store

    docs = {
        "a": [make_event(killed=12), make_event(town="Idlib", lat=35.93, lon=36.63)],
        "b": [make_event(killed=20, source="SANA")],
        "c": [make_event(town="Idlib", lat=35.93, lon=36.63, day=date(2012, 3, 5))],
        "d": [make_event(town="Daraa", lat=32.62, lon=36.1)],
    }
    results = []
    for order in (["a", "b", "c", "d"], ["d", "c", "b", "a"]):
        s = open_store(target)
        for doc in order:
            s.add_article(make_article(f"text {doc}", doc_id=doc), docs[doc])
        results.append(_clusters(s))
        from khaldun.store.schema import metadata

        with s.engine.begin() as conn:
            metadata.drop_all(conn)
        s.close()
    assert results[0] == results[1]
    assert frozenset({"a:0", "b:0"}) in results[0]


def test_outcome_names_updated_events(store, make_article, make_event):
    first = store.add_article(make_article("one", doc_id="a"), [make_event(killed=2)])
    second = store.add_article(make_article("two", doc_id="b"), [make_event(killed=9)])
    assert len(second.event_ids) == 1
    me = store.get_event(second.event_ids[0])
    assert {r.report_id for r in me.reports} == {"a:0", "b:0"}
    # The first article's merged event was replaced by the wider one.
    assert store.query_events(EventQuery())[1] == 1
    owners = store.event_ids_for_reports(["a:0", "b:0", "missing:0"])
    assert owners == {"a:0": second.event_ids[0], "b:0": second.event_ids[0]}
    replaced = store.get_event(first.event_ids[0]) is None
    assert replaced or first.event_ids == second.event_ids


def test_relayed_source_counted_once_after_reload(store, make_article, make_event):
    quote = "Jets killed 12 people in Homs, the Syrian Observatory for Human Rights said."
    for doc, wire in (("a", "AFP"), ("b", "Reuters")):
        ev = make_event(killed=12, source=wire, quote=quote)
        store.add_article(make_article(f"wire {doc}", doc_id=doc), [ev])
    (me,), _ = store.query_events(EventQuery())
    assert len(me.reports) == 2
    assert me.sources == ["Syrian Observatory for Human Rights"]
