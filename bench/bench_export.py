"""Time exporting merged events to Parquet and loading them into pandas.

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_export.py [--events 100000] [--json out.json]

Builds a DuckDB file of synthetic merged events (1-3 reports each, two claims a report,
ten events an article) by bulk insert into khaldun's own schema, then times, best of
three: `store.events()` (SQL to Arrow, with the sources and updated_at joins), the Parquet
export as `khaldun events -f parquet` runs it (fetch + write), `.to_pandas()` of the
result, and the baseline: DuckDB's own `COPY merged_events TO ... (FORMAT parquet)`.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from khaldun.store import open_store
from khaldun.store.schema import articles, claims, memberships, merged_events, reports
from khaldun.store.tables import EVENT_SCHEMA, events_select, fetch_table

TYPES = (("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"))


def _event_fields(rng: random.Random, day: date) -> dict:
    etype, sub = rng.choice(TYPES)
    low = rng.randint(0, 20)
    return {
        "event_type": etype, "sub_event_type": sub, "date_start": day, "date_end": day,
        "time_precision": 1, "actor1": "Military Forces of Syria", "inter1": 1,
        "actor2": "Civilians (Syria)", "inter2": 7, "location_name": f"Town {rng.randint(1, 500)}",
        "neighbourhood": None, "town": "Homs", "admin1": "Homs", "country": "SY",
        "lat": 34 + rng.random(), "lon": 36 + rng.random(), "geo_precision": 1,
        "fatalities_low": low, "fatalities_high": low + rng.randint(0, 5), "status": "single",
    }


def build(path: Path, n_events: int, seed: int = 7) -> None:
    """A store of n_events synthetic merged events, inserted in bulk."""
    rng = random.Random(seed)
    store = open_store(path)
    tables: dict[str, list[dict]] = {t.name: [] for t in (articles, reports, claims,
                                                          merged_events, memberships)}
    now = datetime(2024, 1, 1)
    for e in range(n_events):
        day = date(2014, 1, 1) + timedelta(days=rng.randint(0, 3000))
        fields = _event_fields(rng, day)
        n_reports = rng.randint(1, 3)
        tables["merged_events"].append({
            "event_id": f"ev-{e}", **fields, "n_reports": n_reports, "n_sources": 2,
            "actors": "military forces of syria", "search_text": "homs", "merge_reasons": "[]",
        })
        for r in range(n_reports):
            doc = f"doc-{(e * 3 + r) // 10}"
            report_id = f"{doc}:{e}-{r}"
            tables["reports"].append({"report_id": report_id, "doc_id": doc, "n": r, **fields})
            tables["memberships"].append({"report_id": report_id, "event_id": f"ev-{e}", "n": r})
            for c, source in enumerate(("Syrian Observatory for Human Rights", "SANA")):
                tables["claims"].append({
                    "report_id": report_id, "n": c, "doc_id": doc, "source": source,
                    "originator": None, "kind": "fatalities", "value_text": None,
                    "value_num": fields["fatalities_low"], "quote": "Jets struck Homs.",
                    "start_char": 0, "end_char": 17,
                })
    for d in range(n_events * 3 // 10 + 1):
        tables["articles"].append({
            "doc_id": f"doc-{d}", "content_hash": f"h{d}", "url": f"https://x.org/{d}",
            "title": "t", "published": date(2014, 1, 2), "published_from": "metadata",
            "text": "Jets struck Homs.", "origin": "bench", "ingested_at": now,
        })
    raw = store.engine.raw_connection()
    try:
        duck = raw.driver_connection
        for name, rows in tables.items():
            frame = pa.Table.from_pylist(rows)  # noqa: F841  (read by DuckDB by name)
            cols = ", ".join(f'"{c}"' for c in rows[0])
            duck.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM frame")
        raw.commit()
    finally:
        raw.close()
        store.close()


def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "bench.duckdb", Path(tmp) / "events.parquet"
        started = time.perf_counter()
        build(db, args.events)
        build_s = time.perf_counter() - started
        store = open_store(db)
        try:
            select = events_select(_all())
            fetch_s, table = best_of(lambda: fetch_table(store.engine, select, EVENT_SCHEMA))

            def export():
                pq.write_table(fetch_table(store.engine, select, EVENT_SCHEMA), out)

            export_s, _ = best_of(export)
            pandas_s, frame = best_of(table.to_pandas)

            def baseline():
                with store.engine.connect() as conn:
                    conn.exec_driver_sql(
                        f"COPY merged_events TO '{Path(tmp) / 'base.parquet'}' (FORMAT parquet)"
                    )

            baseline_s, _ = best_of(baseline)
        finally:
            store.close()
    result = {
        "events": args.events, "rows": table.num_rows, "build_s": round(build_s, 2),
        "fetch_arrow_s": round(fetch_s, 3), "parquet_export_s": round(export_s, 3),
        "to_pandas_s": round(pandas_s, 3), "baseline_copy_s": round(baseline_s, 3),
        "export_vs_baseline": round(export_s / baseline_s, 2), "frame_rows": len(frame),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


def _all():
    from khaldun.store.filters import event_query

    return event_query(limit=None)


if __name__ == "__main__":
    main()
