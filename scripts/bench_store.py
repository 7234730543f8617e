"""Store benchmark: ingest synthetic multi-outlet reports, then time filtered event pages.

Run by hand: .venv/bin/python scripts/bench_store.py [--reports N] [--db TARGET]
(TARGET: a DuckDB path, default a temporary file, or a postgresql:// URL — emptied first.)
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
    "date range": EventQuery(date_from=date(2013, 1, 1), date_to=date(2013, 1, 31)),
    "bbox": EventQuery(bbox=(36.0, 33.0, 37.0, 34.0)),
    "min fatalities": EventQuery(min_fatalities=20),
    "text": EventQuery(text="killed"),
    "deep page": EventQuery(offset=5000),
}


def _articles(n: int) -> list[tuple[Article, list]]:
    by_doc: dict[str, list] = {}
    for event, _ in synthetic_reports(n, seed=3):
        by_doc.setdefault(event.doc_id, []).append(event)
    return [(Article(text=f"synthetic article {doc}", doc_id=doc), e) for doc, e in by_doc.items()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    target = args.db or str(Path(tempfile.mkdtemp()) / "bench.duckdb")
    if target.startswith("postgres"):
        import sqlalchemy as sa

        engine = sa.create_engine(engine_url(target))
        with engine.begin() as conn:
            metadata.drop_all(conn)
        engine.dispose()
    store = open_store(target)
    docs = _articles(args.reports)
    start, cpu = time.perf_counter(), time.process_time()
    for article, events in docs:
        store.add_article(article, events)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    counts = store.counts()
    print(f"backend {engine_url(target).split(':')[0]}: {counts}")
    print(
        f"ingest: {len(docs)} articles ({args.reports} reports) in {took:.1f}s wall, "
        f"{cpu:.1f}s CPU = {len(docs) / took:.0f} articles/s ({len(docs) / cpu:.0f} per CPU-s)"
    )
    for name, query in QUERIES.items():
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            _, total = store.query_events(query)
            times.append((time.perf_counter() - t0) * 1000)
        p95 = statistics.quantiles(times, n=20)[-1]
        med = statistics.median(times)
        print(f"query {name:15s} total={total:6d}  median {med:6.1f} ms  p95 {p95:6.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
