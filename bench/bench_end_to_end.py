"""End-to-end: extract, store, merge across articles and export a large corpus, phase by phase.

Run by hand from the repo root (not in CI; needs ../shared/data):

    .venv/bin/python bench/bench_end_to_end.py [--articles 100000] [--workers 2] [--json out.json]

The corpus is built at run time in a temporary folder and deleted afterwards; no text is
written anywhere else. Its stories are the ACLED 2018 notes (distinct ones), the PITF
descriptions and the dev-gold articles. Article n retells story n mod S (S stories) followed
by another drawn at random (seeded, `corpus.pairs`), so every story is told by about two
articles a round;
round r = n div S is published r x ROUND_DAYS days later (each round is a fresh stretch of
news with the density of the first), and each article's publication date moves 0-2 days
(outlets report a day or two apart). Merging therefore links the reports of one story
within a round and nothing across rounds, as in a feed that runs for months.

Phases, timed in this process (wall-clock, and CPU of this process and of its workers):

- extract: `extract_parallel` with --workers processes over the corpus JSONL, streaming;
- store: as the results arrive, the parent numbers each article's reports and writes the
  articles' codebook JSON to Parquet shards (the `ingest --ray --parquet` layout); its
  seconds are part of the extract phase's wall-clock (they overlap the workers) and are
  reported on their own;
- merge: `cluster` computed as `khaldun.scale.partition` does for Ray, in this process:
  partitions by country and week, links per partition, components, clusters per component
  (sizes and the slowest partition and component are reported, for projections);
- export: the merged events to Parquet (`write_merged_parquet`), and a JSON Lines file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from corpus import SEED, pairs, stories

ROUND_DAYS = 63  # the ACLED notes span two months: rounds follow one another
SHARD_ARTICLES = 5_000


def cpu() -> float:
    """CPU seconds of this process and of its finished child processes."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def parent_cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def peak_rss_mb() -> dict[str, float]:
    """Peak RSS of this process and of the largest finished child (ru_maxrss, KB on Linux)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"parent_peak_rss_mb": me, "worker_peak_rss_mb": kids}


def build_corpus(size: int, path: Path) -> dict:
    """Write `size` articles as JSON Lines; return how the corpus is made."""
    pool = stories(dev_gold=True)
    rng = random.Random(SEED)
    fallback = date(2018, 1, 15)
    with path.open("w") as out:
        for n, (i, j) in enumerate(pairs(len(pool), size)):
            (first, day), (second, _) = pool[i], pool[j]
            day = (day or fallback) + timedelta(days=n // len(pool) * ROUND_DAYS + rng.randrange(3))
            text = f"{first}\n\n{second}"
            out.write(json.dumps({"doc_id": f"e{n}", "text": text, "published": str(day)}))
            out.write("\n")
    return {"stories": len(pool), "rounds": -(-size // len(pool)), "bytes": path.stat().st_size}


class ShardWriter:
    """Articles' codebook JSON to Parquet shards, SHARD_ARTICLES a file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rows: dict[str, list] = {"doc_id": [], "codebook": []}
        self.shards = 0
        folder.mkdir(parents=True)

    def add(self, result) -> None:
        self.rows["doc_id"].append(result.article.doc_id)
        self.rows["codebook"].append(json.dumps(result.to_dict(), ensure_ascii=False))
        if len(self.rows["doc_id"]) >= SHARD_ARTICLES:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.rows["doc_id"]:
            name = self.folder / f"part-{self.shards:05d}.parquet"
            pq.write_table(pa.table(self.rows), name)
            self.shards += 1
            self.rows = {"doc_id": [], "codebook": []}


def phase_extract_store(corpus: Path, workers: int, folder: Path) -> tuple[dict, list]:
    from khaldun.ingest import read_paths
    from khaldun.ingest.base import IngestError
    from khaldun.ingest.batch import CHUNK
    from khaldun.ingest.workers import extract_parallel
    from khaldun.store.sql import numbered_reports

    writer = ShardWriter(folder / "articles")
    reports: list = []
    articles = failed = 0
    store_s = 0.0
    wall, cpu0 = time.perf_counter(), cpu()
    for res in extract_parallel(read_paths([corpus]), workers, CHUNK):
        if isinstance(res, IngestError):
            failed += 1
            continue
        started = time.perf_counter()
        articles += 1
        reports.extend(numbered_reports(res.article, res.events))
        writer.add(res)
        store_s += time.perf_counter() - started
    started = time.perf_counter()
    writer.flush()
    store_s += time.perf_counter() - started
    out = {
        "articles": articles,
        "failed": failed,
        "reports": len(reports),
        "wall_s": time.perf_counter() - wall,
        "cpu_s": cpu() - cpu0,
        "parent_cpu_s": parent_cpu(),
        "store_s": store_s,
        "shards": writer.shards,
    }
    return out, reports


def phase_merge(reports: list) -> tuple[dict, list]:
    from khaldun.resolve import cluster
    from khaldun.resolve.cluster import report_key
    from khaldun.scale.partition import components, partition_links, partitions

    wall, cpu0 = time.perf_counter(), cpu()
    parts = partitions(reports)
    sizes = sorted((len(p) for p in parts.values()), reverse=True)
    links, slowest_links = [], 0.0
    for part in parts.values():
        started = time.perf_counter()
        links += partition_links(part)
        slowest_links = max(slowest_links, time.perf_counter() - started)
    links_s = time.perf_counter() - wall
    by_id = {report_key(r): r for r in reports}
    groups = components(list(by_id), links)
    merged, slowest_cluster = [], 0.0
    started_all = time.perf_counter()
    for group in groups:
        started = time.perf_counter()
        merged += cluster([by_id[i] for i in group])
        slowest_cluster = max(slowest_cluster, time.perf_counter() - started)
    comp_sizes = sorted((len(g) for g in groups), reverse=True)
    out = {
        "merged_events": len(merged),
        "wall_s": time.perf_counter() - wall,
        "cpu_s": cpu() - cpu0,
        "partitions": len(parts),
        "partition_reports_total": sum(sizes),  # reports copied across seams count twice
        "largest_partitions": sizes[:5],
        "median_partition": sizes[len(sizes) // 2] if sizes else 0,
        "links": len(links),
        "links_s": links_s,
        "slowest_partition_links_s": slowest_links,
        "components": len(groups),
        "largest_components": comp_sizes[:5],
        "cluster_s": time.perf_counter() - started_all,
        "slowest_component_cluster_s": slowest_cluster,
    }
    return out, merged


def phase_export(merged: list, folder: Path) -> dict:
    from khaldun.scale.ray_ingest import write_merged_parquet

    wall, cpu0 = time.perf_counter(), cpu()
    write_merged_parquet(merged, folder / "events")
    parquet_s = time.perf_counter() - wall
    with (folder / "events.jsonl").open("w") as out:
        for m in merged:
            out.write(json.dumps(m.event.to_dict(), ensure_ascii=False) + "\n")
    return {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": cpu() - cpu0,
        "parquet_s": parquet_s,
        "parquet_mb": (folder / "events" / "part-00000.parquet").stat().st_size / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    results: dict = {"articles": args.articles, "workers": args.workers}
    with tempfile.TemporaryDirectory(prefix="khaldun-e2e-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        results["corpus"] = build_corpus(args.articles, folder / "corpus.jsonl")
        results["corpus"]["build_s"] = time.perf_counter() - started
        print("corpus:", results["corpus"], flush=True)
        load = os.getloadavg()[0]
        results["extract_store"], reports = phase_extract_store(
            folder / "corpus.jsonl", args.workers, folder
        )
        results["extract_store"]["load_before"] = load
        print("extract + store:", results["extract_store"], flush=True)
        results["merge"], merged = phase_merge(reports)
        print("merge:", results["merge"], flush=True)
        results["export"] = phase_export(merged, folder)
        print("export:", results["export"], flush=True)
    results.update(peak_rss_mb())
    results["load_after"] = os.getloadavg()[0]
    total = sum(results[k]["wall_s"] for k in ("extract_store", "merge", "export"))
    results["total_wall_s"] = total
    print(f"{args.articles} articles: {total:.0f} s wall; peak RSS "
          f"{results['parent_peak_rss_mb']:.0f} MB (parent), "
          f"{results['worker_peak_rss_mb']:.0f} MB (largest worker)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
