"""Store benchmark: ingest synthetic multi-outlet reports, then time filtered event pages.

Run by hand:
  .venv/bin/python scripts/bench_store.py --reports 3000            # ingest path + queries
  .venv/bin/python scripts/bench_store.py --bulk-events 100000      # queries on a big database
  add --db postgresql://... for PostgreSQL (its tables are emptied first).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from khaldun.records import Article
from khaldun.resolve.synthetic import synthetic_reports
from khaldun.store import EventQuery, engine_url, open_store
from khaldun.store.schema import metadata

QUERIES = {
    "first page": EventQuery(),
    "country + type": EventQuery(country="SY", event_type="Battles"),
    "date range": EventQuery(date_from=date(2014, 3, 1), date_to=date(2014, 3, 7)),
    "bbox": EventQuery(bbox=(36.0, 33.0, 37.0, 34.0)),
    "min fatalities": EventQuery(min_fatalities=35),
    "actor": EventQuery(actor="side one", sub_event_type="Armed clash"),
    "text": EventQuery(text="killed"),
    "deep page": EventQuery(offset=5000),
}


def _articles(n: int) -> list[tuple[Article, list]]:
    by_doc: dict[str, list] = {}
    for event, _ in synthetic_reports(n, seed=3):
        by_doc.setdefault(event.doc_id, []).append(event)
    return [(Article(text=f"synthetic article {doc}", doc_id=doc), e) for doc, e in by_doc.items()]


def bulk_load(store, n: int) -> None:
    """n single-report merged events written straight to the tables (for query timing only)."""
    from khaldun.resolve import cluster
    from khaldun.store import rows
    from khaldun.store.schema import articles, claims, memberships, merged_events, reports
    from khaldun.store.sql import _insert

    docs = _articles(n)
    with store.engine.begin() as conn:
        for start in range(0, len(docs), 2000):
            part = docs[start : start + 2000]
            evs = [e for _, es in part for e in es]
            merged = [m for e in evs for m in cluster([e])]
            _insert(conn, articles, [rows.article_row(a) for a, _ in part])
            _insert(
                conn,
                reports,
                [
                    {"report_id": e.report_id, "doc_id": e.doc_id, "n": 0, **rows.event_columns(e)}
                    for e in evs
                ],
            )
            _insert(
                conn,
                claims,
                [
                    rows.claim_row(e.report_id, i, c, e.doc_id)
                    for e in evs
                    for i, c in enumerate(e.claims)
                ],
            )
            _insert(conn, merged_events, [rows.merged_row(m) for m in merged])
            _insert(
                conn,
                memberships,
                [
                    {"report_id": m.reports[0].report_id, "event_id": m.event_id, "n": 0}
                    for m in merged
                ],
            )


def ingest(store, n: int, chunk: int) -> None:
    """Ingest through add_articles (merging included), `chunk` articles at a time."""
    docs = _articles(n)
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(docs), chunk):
        store.add_articles(docs[i : i + chunk])
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"ingest (chunks of {chunk}): {len(docs)} articles ({n} reports) in {took:.1f}s wall, "
        f"{cpu:.1f}s CPU = {len(docs) / took:.0f} articles/s ({len(docs) / cpu:.0f} per CPU-s)"
    )


def time_queries(store, repeat: int) -> None:
    """Median and p95 of each query over `repeat` runs, after one warm-up run."""
    print(f"rows: {store.counts()}")
    for name, query in QUERIES.items():
        store.query_events(query)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            _, total = store.query_events(query)
            times.append((time.perf_counter() - t0) * 1000)
        p95 = statistics.quantiles(times, n=20)[-1]
        med = statistics.median(times)
        print(f"query {name:15s} total={total:7d}  median {med:6.1f} ms  p95 {p95:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=3000, help="reports to ingest")
    parser.add_argument("--bulk-events", type=int, default=0, help="write events directly")
    parser.add_argument("--db", default=None, help="DuckDB path or postgresql:// URL")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--chunk", type=int, default=64, help="articles per add_articles call")
    args = parser.parse_args()
    target = args.db or str(Path(tempfile.mkdtemp()) / "bench.duckdb")
    if target.startswith("postgres"):
        import sqlalchemy as sa

        engine = sa.create_engine(engine_url(target))
        with engine.begin() as conn:
            metadata.drop_all(conn)
        engine.dispose()
    store = open_store(target)
    print(f"backend: {engine_url(target).split(':')[0]}")
    if args.bulk_events:
        start = time.perf_counter()
        bulk_load(store, args.bulk_events)
        print(f"bulk load: {time.perf_counter() - start:.0f}s")
        if target.startswith("postgres"):
            import sqlalchemy as sa

            # What autovacuum does some time after a bulk load: planner statistics.
            with store.engine.begin() as conn:
                conn.execute(sa.text("ANALYZE"))
    else:
        ingest(store, args.reports, args.chunk)
    time_queries(store, args.repeat)
    store.close()


if __name__ == "__main__":
    main()
