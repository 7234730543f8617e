"""Parallel extraction, ingest + merge, and the Ray path, on one corpus in one run.

Run by hand from the repo root (not in CI; needs ../shared/data, and ray for --ray):

    .venv/bin/python bench/bench_parallel.py [--texts 20000] [--ray] [--json out.json]

The corpus is built at run time in a temporary folder and deleted afterwards: each text
joins an ACLED 2018 note or PITF description with another one drawn at random (seeded,
`corpus.pairs`), so texts are distinct and read like two-item briefs. Each phase runs in its
own process, so every one starts cold (loading included) and its peak RSS is its own:

- extract, 1 worker and 2 workers: `extract_parallel` over the corpus JSONL;
- ingest, 2 workers: `ingest_items` into a new DuckDB file over the first --ingest-texts
  texts, with the time spent storing and merging (`add_articles`) and merging alone
  (`_merge`) measured inside the parent (the store re-merges the linked component of every
  chunk, which on a corpus this dense grows faster than linearly: hence a subset);
- ray (with --ray): `ray_ingest` on a local Ray with 2 CPUs over 8 JSONL shards.

Peak RSS and CPU are polled (psutil, every 0.5 s) per process; forked workers share the
parent's pages until they write them, so their RSS counts some memory twice.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from corpus import pairs, stories

# Polling costs the parent CPU (psutil reads /proc for every process): at 50 ms it was ~10
# CPU-s over a 20,000-text run, more than the parent's own work; caches grow slowly.
RSS_POLL_SECONDS = 0.5
SHARDS = 8


def cpu_seconds() -> dict[str, float]:
    """CPU time (user + system) of this process and of its finished child processes."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_parent_s": me.ru_utime + me.ru_stime,
        "cpu_workers_s": kids.ru_utime + kids.ru_stime,
    }


class TreeRss:
    """Peak RSS and CPU seconds of this process and of each of its child processes (polled in
    a thread; a child's CPU is its last sample, up to RSS_POLL_SECONDS before it ended)."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _sample(self) -> None:
        for proc in [self.me, *self.me.children(recursive=True)]:
            try:
                rss = proc.memory_info().rss
                times = proc.cpu_times()
            except psutil.Error:
                continue
            self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
            self.cpu[proc.pid] = times.user + times.system

    def _poll(self) -> None:
        while not self._stop.wait(RSS_POLL_SECONDS):
            self._sample()

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, float]:
        parent = self.peaks.get(self.me.pid, 0) / 2**20
        children = [v / 2**20 for pid, v in self.peaks.items() if pid != self.me.pid]
        return {
            "parent_mb": parent,
            "worker_max_mb": max(children, default=0.0),
            "worker_mb": children,
            "worker_cpu_s": [v for pid, v in self.cpu.items() if pid != self.me.pid],
        }


def build_corpus(size: int, folder: Path) -> Path:
    """Write `size` distinct two-story texts as JSON Lines (and as shards); return the file."""
    pool = stories()
    lines = []
    for n, (i, j) in enumerate(pairs(len(pool), size)):
        (first, published), (second, _) = pool[i], pool[j]
        day = published.isoformat() if published else None
        lines.append(json.dumps({"doc_id": f"b{n}", "text": f"{first}\n\n{second}",
                                 "published": day}))
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    shards = folder / "shards"
    shards.mkdir()
    for k in range(SHARDS):
        (shards / f"part-{k:02d}.jsonl").write_text("\n".join(lines[k::SHARDS]) + "\n")
    return corpus


def phase_extract(corpus: Path, workers: int) -> dict:
    from khaldun.ingest import read_paths
    from khaldun.ingest.batch import CHUNK
    from khaldun.ingest.workers import extract_parallel

    with TreeRss() as rss:
        wall = time.perf_counter()
        articles = events = 0
        for res in extract_parallel(read_paths([corpus]), workers, CHUNK):
            articles += 1
            events += len(getattr(res, "events", []))
        wall = time.perf_counter() - wall
    cpu = cpu_seconds()  # the pool has shut down: its workers' time is counted
    return {"articles": articles, "events": events, "wall_s": wall, **cpu, **rss.summary()}


def phase_ingest(corpus: Path, workers: int, db: Path) -> dict:
    from khaldun.ingest import read_paths
    from khaldun.ingest.batch import ingest_items
    from khaldun.store import open_store

    store = open_store(db)
    spent = {"store_and_merge_s": 0.0, "merge_s": 0.0}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started

        return wrapper

    store.add_articles = timed("store_and_merge_s", store.add_articles)
    store._merge = timed("merge_s", store._merge)
    with TreeRss() as rss:
        wall = time.perf_counter()
        statuses = [o.status for o in ingest_items(read_paths([corpus]), store, workers=workers)]
        wall = time.perf_counter() - wall
    counts = store.counts()
    store.close()
    return {
        "articles": statuses.count("new"),
        "reports": counts["reports"],
        "merged_events": counts["events"],
        "wall_s": wall,
        **spent,
        **cpu_seconds(),
        **rss.summary(),
    }


def phase_ray(shards: Path) -> dict:
    import ray

    from khaldun.scale.ray_ingest import ray_ingest

    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    boot = time.perf_counter() - started
    with TreeRss() as rss:
        wall = time.perf_counter()
        run = ray_ingest([shards])
        wall = time.perf_counter() - wall
    ray.shutdown()  # its processes are reaped: their CPU time is counted
    return {
        "articles": run.articles,
        "reports": run.reports,
        "merged_events": len(run.merged),
        "partitions": run.partitions,
        "largest_partition": run.largest_partition,
        "largest_component": run.largest_component,
        "ray_start_s": boot,
        "wall_s": wall,
        **{f"{k}_s": v for k, v in run.seconds.items()},
        **cpu_seconds(),
        **rss.summary(),
    }


def run_phase(args: list[str]) -> dict:
    """Run one phase in a fresh process; its result is the last line of its output, with the
    load averages (1 minute) before and after, to tell how busy the machine was."""
    before = os.getloadavg()[0]
    out = subprocess.run(
        [sys.executable, __file__, "--phase", *args], check=True, capture_output=True, text=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {**result, "load_before": before, "load_after": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=20_000)
    parser.add_argument(
        "--ingest-texts", type=int, default=2_000, help="texts of the corpus the store ingests"
    )
    parser.add_argument("--ray", action="store_true", help="also time the Ray path")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest phase")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        kind, *rest = args.phase
        if kind == "extract":
            result = phase_extract(Path(rest[0]), int(rest[1]))
        elif kind == "ingest":
            result = phase_ingest(Path(rest[0]), int(rest[1]), Path(rest[2]))
        else:
            result = phase_ray(Path(rest[0]))
        print(json.dumps(result))
        return
    results: dict = {"texts": args.texts}
    with tempfile.TemporaryDirectory(prefix="khaldun-bench-") as tmp:
        corpus = build_corpus(args.texts, Path(tmp))
        for workers in (1, 2):
            results[f"extract_{workers}"] = run_phase(["extract", str(corpus), str(workers)])
            print(f"extract, {workers} worker(s):", results[f"extract_{workers}"], flush=True)
        if not args.no_ingest:
            db = Path(tmp) / "bench.duckdb"
            head = Path(tmp) / "head.jsonl"
            with corpus.open() as lines, head.open("w") as out:
                out.writelines(
                    line for _, line in zip(range(args.ingest_texts), lines, strict=False)
                )
            results["ingest_2"] = run_phase(["ingest", str(head), "2", str(db)])
            print("ingest + merge, 2 workers:", results["ingest_2"], flush=True)
        if args.ray:
            results["ray"] = run_phase(["ray", str(Path(tmp) / "shards")])
            print("ray, 2 CPUs:", results["ray"], flush=True)
    one, two = results["extract_1"], results["extract_2"]
    results["scaling_2_workers"] = one["wall_s"] / two["wall_s"]
    print(f"articles/s: 1 worker {args.texts / one['wall_s']:.1f}, "
          f"2 workers {args.texts / two['wall_s']:.1f}; "
          f"scaling {results['scaling_2_workers']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
