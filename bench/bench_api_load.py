"""API under mixed load: 8 clients reading event pages while 2 post articles (issue 10).

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_api_load.py [--reports 5000] [--seconds 20] [--json out.json]

Builds a DuckDB database in a temporary folder through the store's write path from synthetic
reports (about 3,700 merged events from 5,000 reports), serves it with uvicorn on 127.0.0.1,
then for --seconds runs 8 reader threads (GET /events, 100 a page, random filters) and 2
writer threads (POST /articles, short invented reports, each text new). Reports read and
write latency percentiles and how many POSTs the extraction queue turned away (503).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from khaldun.records import Article
from khaldun.resolve.synthetic import synthetic_reports
from khaldun.serve import create_app
from khaldun.store import open_store

TOKEN = "bench-token"
READERS, WRITERS = 8, 2
READ_QUERIES = ["", "country=SY", "event_type=Battles", "min_fatalities=10", "q=killed"]
TOWNS = ["Homs", "Aleppo", "Idlib", "Hama", "Daraa", "Raqqa", "Douma", "Rastan"]


def build(db: Path, reports: int) -> int:
    by_doc: dict[str, list] = {}
    for event, _ in synthetic_reports(reports, seed=3):
        by_doc.setdefault(event.doc_id, []).append(event)
    docs = [(Article(text=f"synthetic article {d}", doc_id=d), e) for d, e in by_doc.items()]
    store = open_store(db)
    for start in range(0, len(docs), 256):
        store.add_articles(docs[start : start + 256])
    events = store.counts()["events"]
    store.close()
    return events


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_load(base: str, seconds: float) -> dict:
    reads: list[float] = []
    writes: list[float] = []
    refused = [0]
    stop = time.monotonic() + seconds
    counter = iter(range(10**9))

    def reader(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=60) as c:
            while time.monotonic() < stop:
                start = time.perf_counter()
                c.get(f"/events?limit=100&{rng.choice(READ_QUERIES)}").raise_for_status()
                reads.append(time.perf_counter() - start)

    def writer(seed: int) -> None:
        rng = random.Random(seed)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=base, timeout=120) as c:
            while time.monotonic() < stop:
                n = next(counter)
                text = (f"Government jets struck {rng.choice(TOWNS)} on Sunday, killing "
                        f"{rng.randint(2, 40)} people, activists said. (report {n})")
                start = time.perf_counter()
                resp = c.post("/articles", json={"text": text, "published": "2012-03-05"},
                              headers=auth)
                if resp.status_code == 503:
                    refused[0] += 1
                    time.sleep(0.2)
                    continue
                resp.raise_for_status()
                writes.append(time.perf_counter() - start)

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(READERS)]
    threads += [threading.Thread(target=writer, args=(100 + i,)) for i in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {
        "reads": len(reads), "read_p50_ms": round(statistics.median(reads) * 1000, 1),
        "read_p99_ms": round(pct(reads, 0.99) * 1000, 1),
        "reads_per_s": round(len(reads) / seconds, 1),
        "posts": len(writes), "post_p50_ms": round(statistics.median(writes) * 1000, 1),
        "post_p99_ms": round(pct(writes, 0.99) * 1000, 1),
        "post_max_ms": round(max(writes) * 1000, 1), "posts_refused_503": refused[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--json", help="write the results to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp, "load.duckdb")
        events = build(db, args.reports)
        store = open_store(db)
        app = create_app(store, TOKEN)
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=120) as c:  # load the pipeline once
            c.post("/articles", json={"text": "Jets struck Homs on Monday, killing two people."},
                   headers={"Authorization": f"Bearer {TOKEN}"})
        result = {"events": events, **run_load(base, args.seconds)}
        server.should_exit = True
        thread.join(10)
        store.close()
    print(json.dumps(result, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
