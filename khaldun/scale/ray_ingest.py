"""The Ray path (`khaldun ingest --ray`): many machines, the same results as one process.

Input files are shards read with Ray Data; an actor pool extracts them (each actor loads the
pipeline once); the results can go to Parquet shards and to the store; then cross-article
merging runs as Ray tasks, partition by partition (scale/partition.py). Every node needs
khaldun installed (`pip install khaldun[ray]`) and the gazetteer index built.
"""

from __future__ import annotations

import json
import logging
import pickle
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from khaldun.ingest.base import IngestError
from khaldun.ingest.batch import CHUNK
from khaldun.ingest.files import walk
from khaldun.records import ArticleResult, Event, MergedEvent
from khaldun.resolve.cluster import report_key
from khaldun.scale.partition import components, partition_links, partitions
from khaldun.store.sql import numbered_reports

log = logging.getLogger("khaldun.scale")

# Logical CPUs a reading task asks for: reading is light next to extraction, and each actor
# asks for the rest of its core, so reads always find room beside a full actor pool (with
# whole CPUs the actors take every core and the reads that feed them never start).
READ_CPUS = 0.1

# Reports per merge task: enough work to outweigh a task's overhead (~1 ms), small enough
# that a cluster's CPUs share the components evenly.
MERGE_TASK_REPORTS = 5_000


@dataclass
class RayRun:
    """What a Ray ingest did, with the seconds each phase took."""

    articles: int = 0
    failed: list[str] = field(default_factory=list)  # one line per input that gave no article
    reports: int = 0
    merged: list[MergedEvent] = field(default_factory=list)
    partitions: int = 0
    largest_partition: int = 0  # reports
    largest_component: int = 0  # reports linked, directly or not: the largest cluster task
    seconds: dict[str, float] = field(default_factory=dict)  # extract, store, links, cluster


def _read_shard(row: dict[str, Any], published: date | None) -> list[dict[str, Any]]:
    """One row per article (or error) of one input file, in file order."""
    from khaldun.ingest.files import read_paths

    items = read_paths([row["path"]], published=published)
    return [{"shard": row["shard"], "n": n, "item": pickle.dumps(i)} for n, i in enumerate(items)]


class _Extractor:
    """A Ray actor holding a loaded pipeline; extracts one batch of articles per call."""

    def __init__(self) -> None:
        from khaldun.ingest.workers import settle_worker

        settle_worker()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        from khaldun.ingest.batch import extract_safely

        items = [pickle.loads(b) for b in batch["item"]]
        out: dict[str, list] = {"doc_id": [], "codebook": [], "error": [], "result": []}
        for res in extract_safely(items, chunk=max(len(items), 1)):
            ok = isinstance(res, ArticleResult)
            out["doc_id"].append(res.article.doc_id if ok else None)
            out["codebook"].append(json.dumps(res.to_dict(), ensure_ascii=False) if ok else None)
            out["error"].append(None if ok else str(res))
            out["result"].append(pickle.dumps(res))
        return {"shard": list(batch["shard"]), "n": list(batch["n"]), **out}


def _links_task(reports: list[Event]) -> list[tuple[str, str]]:
    return partition_links(reports)


def _cluster_task(groups: list[list[Event]]) -> list[MergedEvent]:
    from khaldun.resolve import cluster

    return [m for group in groups for m in cluster(group)]


def _task_batches(groups: list[list[Event]]) -> Iterator[list[list[Event]]]:
    batch: list[list[Event]] = []
    size = 0
    for group in groups:
        batch.append(group)
        size += len(group)
        if size >= MERGE_TASK_REPORTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def merge_with_ray(reports: list[Event], run: RayRun) -> list[MergedEvent]:
    """`cluster(reports)`, as Ray tasks: links per partition, then clusters per component."""
    import ray

    started = time.perf_counter()
    parts = partitions(reports)
    run.partitions = len(parts)
    run.largest_partition = max((len(p) for p in parts.values()), default=0)
    links_remote = ray.remote(_links_task)
    found = ray.get([links_remote.remote(p) for p in parts.values()])
    links = [pair for pairs in found for pair in pairs]
    by_id = {report_key(r): r for r in reports}
    groups = [[by_id[i] for i in ids] for ids in components(list(by_id), links)]
    run.largest_component = max((len(g) for g in groups), default=0)
    run.seconds["links"] = time.perf_counter() - started
    started = time.perf_counter()
    cluster_remote = ray.remote(_cluster_task)
    done = ray.get([cluster_remote.remote(b) for b in _task_batches(groups)])
    run.seconds["cluster"] = time.perf_counter() - started
    return [m for batch in done for m in batch]


def write_merged_parquet(merged: list[MergedEvent], folder: Path) -> None:
    """Merged events as one Parquet file: id, codebook JSON, report ids, merge reasons."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table({
        "event_id": [m.event_id for m in merged],
        "country": [m.event.location.country for m in merged],
        "date_start": [m.event.date_start for m in merged],
        "event": [json.dumps(m.event.to_dict(), ensure_ascii=False) for m in merged],
        "report_ids": [[r.report_id for r in m.reports] for m in merged],
        "merge_reasons": [m.merge_reasons for m in merged],
    })
    pq.write_table(table, folder / "part-00000.parquet")


def ray_ingest(
    paths: Iterable[Path | str],
    published: date | None = None,
    out_dir: Path | None = None,
    store=None,
    actors: int | None = None,
) -> RayRun:
    """Extract, store and merge with Ray (ray.init must have been called)."""
    import ray
    import ray.data

    run = RayRun()
    shards = []
    for path in walk(Path(p) for p in paths):
        if isinstance(path, IngestError):
            run.failed.append(str(path))
        else:
            shards.append({"path": str(path), "shard": len(shards)})
    if not shards:
        return run
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # same order as one process: same store ids
    ctx.enable_progress_bars = False
    started = time.perf_counter()
    ds = ray.data.from_items(shards).flat_map(
        _read_shard, fn_kwargs={"published": published}, num_cpus=READ_CPUS
    )
    size = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
    ds = ds.map_batches(
        _Extractor, batch_size=CHUNK, concurrency=size, num_cpus=1 - READ_CPUS
    ).materialize()
    run.seconds["extract"] = time.perf_counter() - started
    if out_dir:
        ds.drop_columns(["result"]).write_parquet(str(out_dir / "articles"))
    started = time.perf_counter()
    reports: list[Event] = []
    pending: list[tuple] = []
    for row in ds.select_columns(["result"]).iter_rows():
        res = pickle.loads(row["result"])
        if isinstance(res, IngestError):
            run.failed.append(str(res))
            continue
        run.articles += 1
        reports.extend(numbered_reports(res.article, res.events))
        if store is not None:
            pending.append((res.article, res.events))
            if len(pending) >= CHUNK:
                _store(store, pending, run)
                pending = []
    if store is not None:
        _store(store, pending, run)
        run.seconds["store"] = time.perf_counter() - started
    run.reports = len(reports)
    run.merged = merge_with_ray(reports, run)
    if out_dir:
        write_merged_parquet(run.merged, out_dir / "events")
    return run


def _store(store, items: list[tuple], run: RayRun) -> None:
    """Store a chunk in one transaction; an article the store refuses is reported."""
    for (article, _), out in zip(items, store.add_articles(items), strict=True):
        if isinstance(out, Exception):
            run.failed.append(f"article {article.doc_id}: not stored: {out}")
