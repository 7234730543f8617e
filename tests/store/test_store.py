"""Contract tests every store backend passes: writes, idempotence, rollback, reads."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from khaldun.records import Claim
from khaldun.store import EventQuery, StoreError, engine_url, open_store
from khaldun.store.schema import SCHEMA_VERSION, schema_version


def test_add_and_get_article(store, make_article, make_event):
    art = make_article("Jets struck Homs on Sunday, killing 12.", doc_id="a1")
    art.published_from = "dateline"
    out = store.add_article(art, [make_event(killed=12)])
    assert out.created and out.doc_id == "a1" and len(out.event_ids) == 1
    got = store.get_article("a1")
    assert got.text == art.text and got.published == date(2012, 3, 5)
    assert got.published_from == "dateline" and got.title == "title a1"
    assert store.has_article(art.hash)
    assert store.get_article("nope") is None
    reports = store.article_reports("a1")
    assert [r.report_id for r in reports] == ["a1:0"]
    assert reports[0].claims[0].start == 0 and reports[0].claims[1].value == 12


def test_reingest_changes_nothing(store, make_article, make_event):
    text = "Jets struck Homs on Sunday, killing 12."
    store.add_article(make_article(text, doc_id="a1"), [make_event(killed=12)])
    before = store.counts()
    again = store.add_article(make_article("  " + text + "\n", doc_id="other"), [make_event()])
    assert not again.created and again.doc_id == "a1" and again.event_ids == []
    assert store.counts() == before


def test_same_doc_id_other_text_is_refused(store, make_article, make_event):
    store.add_article(make_article("First text.", doc_id="a1"), [])
    with pytest.raises(StoreError, match="a1"):
        store.add_article(make_article("Second text.", doc_id="a1"), [make_event()])
    assert store.counts()["reports"] == 0


def test_failure_mid_article_rolls_back(store, make_article, make_event):
    good = make_event(killed=3)
    bad = make_event(town="Idlib", killed=5)
    bad.claims[1].quote = None  # violates claims.quote NOT NULL at the claims insert
    with pytest.raises(sa.exc.IntegrityError):
        store.add_article(make_article("Shelling hit Idlib.", doc_id="bad"), [good, bad])
    assert store.get_article("bad") is None
    assert store.counts() == {"articles": 0, "reports": 0, "claims": 0, "events": 0}
    # The store stays usable after the failure.
    assert store.add_article(make_article("Shelling hit Idlib.", doc_id="bad"), [good]).created


def test_claim_values_round_trip(store, make_article, make_event):
    ev = make_event(killed=7)
    ev.claims.append(ev.claims[0].__class__("SANA", "territory", "army took the hill", "q"))
    ev.claims[0].originator = "Syrian Observatory for Human Rights"
    store.add_article(make_article("text", doc_id="d"), [ev])
    got = store.article_reports("d")[0].claims
    assert [c.value for c in got] == [None, 7, "army took the hill"]
    assert got[0].originator == "Syrian Observatory for Human Rights"
    assert all(c.doc_id == "d" for c in got)


def test_get_event_has_reports_and_claims(store, make_article, make_event):
    out = store.add_article(make_article("t1", doc_id="a"), [make_event(killed=4, source="SANA")])
    me = store.get_event(out.event_ids[0])
    assert me.event_id == out.event_ids[0]
    assert [r.report_id for r in me.reports] == ["a:0"]
    assert me.reports[0].doc_id == "a"
    assert me.event.fatalities.low == 4 and me.event.location.town == "Homs"
    assert (me.event.location.lat, me.event.location.lon) == (34.73, 36.71)  # doubles, not reals
    assert [c.source for c in me.event.claims] == ["SANA", "SANA"]
    assert store.get_event("missing") is None


def test_schema_version_and_reopen(target, make_article, make_event):
    s = open_store(target)
    s.add_article(make_article("kept", doc_id="k"), [make_event()])
    s.close()
    s = open_store(target)
    with s.engine.connect() as conn:
        assert conn.execute(sa.select(schema_version.c.version)).scalars().all() == [SCHEMA_VERSION]
    assert s.get_article("k").text == "kept"
    s.close()


def test_engine_urls(tmp_path):
    assert engine_url("postgresql://u:p@h:5/db") == "postgresql+psycopg://u:p@h:5/db"
    assert engine_url(tmp_path / "x.duckdb") == f"duckdb:///{tmp_path / 'x.duckdb'}"
    assert engine_url(None).endswith("/khaldun.duckdb")


def test_concurrent_writers_merge_consistently(target, make_article, make_event):
    """Two stores (two processes' worth of connections) adding reports of one event."""
    import threading

    stores = [open_store(target), open_store(target)]
    errors = []

    def add(i: int) -> None:
        try:
            for k in range(4):
                art = make_article(f"writer {i} article {k}", doc_id=f"w{i}-{k}")
                stores[i].add_article(art, [make_event(killed=10 + k)])
        except Exception as err:  # reported by the assert below
            errors.append(err)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    page, total = stores[0].query_events(EventQuery())
    assert store_counts_ok(stores[0]) and total >= 1
    member_ids = [r.report_id for me in page for r in me.reports]
    assert sorted(member_ids) == sorted(set(member_ids)) and len(member_ids) == 8
    for s in stores:
        s.close()


def store_counts_ok(store) -> bool:
    counts = store.counts()
    return counts["articles"] == 8 and counts["reports"] == 8


def test_migration_from_version_1(target):
    """A database left at version 1 gets the version 2 indexes when opened."""
    s = open_store(target)
    with s.engine.begin() as conn:
        conn.execute(sa.text("DROP INDEX ix_merged_fatalities"))
        conn.execute(schema_version.update().values(version=1))
    s.close()
    s = open_store(target)
    assert s.schema_version == SCHEMA_VERSION == 6
    with s.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="already exists"):
        conn.execute(sa.text("CREATE INDEX ix_merged_fatalities ON merged_events (status)"))
    s.close()


def test_migration_to_version_3_adds_admin2(target, make_article, make_event):
    """A database made before districts were stored gains the admin2 columns."""
    s = open_store(target)
    if s.engine.dialect.name == "duckdb":
        s.close()
        pytest.skip("DuckDB cannot drop an indexed table's column to rebuild the old shape")
    with s.engine.begin() as conn:
        for table in ("reports", "merged_events"):
            conn.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN admin2"))
        conn.execute(schema_version.update().values(version=2))
    s.close()
    s = open_store(target)
    assert s.schema_version == SCHEMA_VERSION
    event = make_event(town="Idlib", killed=2)
    event.location.admin2 = "Idleb"
    s.add_article(make_article("Jets struck Idlib.", "d3"), [event])
    with s.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT admin2 FROM reports")).scalars().all() == ["Idleb"]
    s.close()


def test_migration_to_version_4_adds_the_watch_tables(target):
    s = open_store(target)
    with s.engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE watch_files"))
        conn.execute(sa.text("DROP TABLE watch_sources"))
        conn.execute(schema_version.update().values(version=3))
    s.close()
    s = open_store(target)
    assert s.schema_version == SCHEMA_VERSION == 6
    assert {"watch_files", "watch_sources"} <= set(sa.inspect(s.engine).get_table_names())
    s.close()


def test_newer_schema_is_refused(target):
    s = open_store(target)
    with s.engine.begin() as conn:
        conn.execute(schema_version.update().values(version=SCHEMA_VERSION + 1))
    s.close()
    with pytest.raises(RuntimeError, match="newer than this khaldun"):
        open_store(target)


def test_add_articles_batch_isolates_a_bad_article(store, make_article, make_event):
    bad = make_event(town="Idlib", killed=5)
    bad.claims[1].quote = None
    items = [
        (make_article("first", doc_id="a"), [make_event(killed=3)]),
        (make_article("second", doc_id="b"), [bad]),
        (make_article("third", doc_id="c"), [make_event(killed=4)]),
        (make_article("first", doc_id="a-again"), [make_event()]),  # same text as a
    ]
    out = store.add_articles(items)
    assert out[0].created and out[2].created and isinstance(out[1], sa.exc.IntegrityError)
    assert not out[3].created and out[3].doc_id == "a"
    assert store.get_article("b") is None and store.counts()["articles"] == 2
    assert out[0].event_ids == out[2].event_ids  # one strike, two articles


def test_add_articles_equals_one_by_one(target, make_article, make_event):
    from datetime import timedelta

    items = [
        (
            make_article(f"text {i}", doc_id=f"d{i}"),
            [make_event(day=date(2012, 3, 1) + timedelta(days=i % 4), killed=i, source=f"s{i}")],
        )
        for i in range(12)
    ]
    s = open_store(target)
    s.add_articles(items[:7])
    s.add_articles(items[7:])
    batched = {frozenset(r.report_id for r in me.reports) for me in s.iter_events(EventQuery())}
    from khaldun.store.schema import metadata

    with s.engine.begin() as conn:
        metadata.drop_all(conn)
    s.close()
    s = open_store(target)
    for article, events in reversed(items):
        s.add_article(article, events)
    single = {frozenset(r.report_id for r in me.reports) for me in s.iter_events(EventQuery())}
    s.close()
    assert batched == single and len(single) < 12


def test_migration_to_version_5_keeps_the_side_of_each_toll(target, make_article, make_event):
    """A database made before tolls named their side gains the claims' victims column, and a
    source's tolls for two sides add up once read back (codebook §8.1)."""
    s = open_store(target)
    if s.engine.dialect.name == "duckdb":
        s.close()
        pytest.skip("DuckDB cannot drop an indexed table's column to rebuild the old shape")
    with s.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE claims DROP COLUMN victims"))
        conn.execute(schema_version.update().values(version=4))
    s.close()
    s = open_store(target)
    assert s.schema_version == SCHEMA_VERSION
    event = make_event(town="Idlib", killed=None)
    quote = event.claims[0].quote
    event.claims += [
        Claim("SOHR", "fatalities", 4, quote, victims="state forces"),
        Claim("SOHR", "fatalities", 6, quote, victims="fighters"),
    ]
    s.add_article(make_article("Jets struck Idlib.", "d5"), [event])
    (row,) = list(s.events())
    assert (row["fatalities_low"], row["fatalities_high"]) == (10, 10)
    assert s.get_event(row["event_id"]).event.fatalities.to_dict() == {"low": 10, "high": 10}
    s.close()


def _stored_reaction(s, make_article, make_event, doc_id: str):
    """Store a strike with a reaction that is no account of it; the merged event read back."""
    event = make_event(town="Idlib", killed=None)
    event.claims.append(
        Claim("United Nations", "occurred", None, "The UN said it was concerned.", account=False))
    s.add_article(make_article("Jets struck Idlib. The UN said it was concerned.", doc_id), [event])
    (row,) = list(s.events())
    return s.get_event(row["event_id"])


def test_migration_to_version_6_keeps_evidence_of_no_account_out_of_status(
    target, make_article, make_event
):
    """A database made before claims could be evidence of no account gains the column (every
    old claim an account), and a reaction read back still corroborates nothing."""
    s = open_store(target)
    if s.engine.dialect.name == "duckdb":
        s.close()
        pytest.skip("DuckDB cannot drop an indexed table's column to rebuild the old shape")
    with s.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE claims DROP COLUMN account"))
        conn.execute(schema_version.update().values(version=5))
    s.close()
    s = open_store(target)
    assert s.schema_version == SCHEMA_VERSION
    merged = _stored_reaction(s, make_article, make_event, "d6")
    assert [c.account for c in merged.event.claims] == [True, False]
    assert merged.event.status == "single"
    s.close()


def test_evidence_of_no_account_is_read_back_as_such(target, make_article, make_event):
    s = open_store(target)
    merged = _stored_reaction(s, make_article, make_event, "d7")
    assert [c.account for c in merged.event.claims] == [True, False]
    assert merged.event.status == "single"
    s.close()
