"""Time cross-article merging (khaldun.resolve.cluster) on a synthetic multi-outlet corpus.

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_merge.py [--reports 10000] [--repeat 3] [--json out.json]

The corpus comes from khaldun.resolve.synthetic: real-world events over ~reports/50
towns with neighbourhoods and 365 days, each reported by 1-4 roundup articles that may
date it a day late, stay at town level, or give a different toll. Besides the time, it
reports candidate pairs after blocking (vs all pairs) and pairwise merge precision and
recall against the known real-world event of each report.

With --acled ../shared/data/acled-me-2018/train.csv it also clusters the ACLED rows
of one country (default Syria) as reports, built from their labels (date, type,
place, coordinates, actor classes). ACLED rows are distinct events, so every row
merged into another is at worst a false merge: an upper bound on merge errors at
real-world event density. (The 2018 labels give no sub-type for remote violence,
which makes such rows easier to merge than extracted reports.)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import platform
import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass

from khaldun.eval.acled import map_acled_2018_type, parse_acled_date
from khaldun.records import Actor, Event, Location
from khaldun.resolve import cluster
from khaldun.resolve.blocking import candidate_pairs
from khaldun.resolve.cluster import article_of
from khaldun.resolve.synthetic import synthetic_reports


@dataclass
class MergeBench:
    """One benchmark run."""

    reports: int
    real_events: int
    merged_events: int
    seconds_best: float
    seconds_median: float
    reports_per_second: float
    candidate_pairs: int
    all_pairs: int
    merge_precision: float
    merge_recall: float
    python: str


def _pair_counts(groups: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in groups.values())


def _precision_recall(truth: dict[str, int], merged) -> tuple[float, float]:
    """Pairwise precision and recall of the merged events against the true events."""
    event_of = {r.report_id: i for i, m in enumerate(merged) for r in m.reports}
    both = Counter((event_of[rid], real) for rid, real in truth.items())
    tp = _pair_counts(both)
    system_pairs = _pair_counts(Counter(event_of.values()))
    true_pairs = _pair_counts(Counter(truth.values()))
    return tp / system_pairs if system_pairs else 1.0, tp / true_pairs if true_pairs else 1.0


def run(count: int, repeat: int, seed: int) -> MergeBench:
    """Build the corpus, time cluster() `repeat` times, and score the last result."""
    labelled = synthetic_reports(count, seed=seed)
    reports = [event for event, _ in labelled]
    times = []
    merged = []
    for _ in range(repeat):
        started = time.perf_counter()
        merged = cluster(reports)
        times.append(time.perf_counter() - started)
    docs = [article_of(r) for r in reports]
    precision, recall = _precision_recall({e.report_id: k for e, k in labelled}, merged)
    return MergeBench(
        reports=len(reports),
        real_events=len({k for _, k in labelled}),
        merged_events=len(merged),
        seconds_best=min(times),
        seconds_median=statistics.median(times),
        reports_per_second=len(reports) / min(times),
        candidate_pairs=sum(1 for _ in candidate_pairs(reports, docs)),
        all_pairs=len(reports) * (len(reports) - 1) // 2,
        merge_precision=precision,
        merge_recall=recall,
        python=platform.python_version(),
    )


def _acled_event(row: dict[str, str]) -> Event:
    types, sub = map_acled_2018_type(row["event_type"])
    day = parse_acled_date(row["event_date"])
    inter = [
        int(row[k]) if row[k].strip() in tuple("12345678") else None for k in ("inter1", "inter2")
    ]
    # Rows sharing one notes sentence come from one report: they must stay apart.
    doc = hashlib.sha256(row["notes"].encode("utf-8")).hexdigest()[:12]
    return Event(
        event_type=min(types),
        sub_event_type=sub or "",
        date_start=day,
        date_end=day,
        time_precision=int(row["time_precision"] or 1),
        location=Location(
            name=row["location"],
            town=row["location"],
            admin1=row["admin1"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            geo_precision=int(row["geo_precision"] or 1),
        ),
        actor1=Actor(row["actor1"], inter[0]) if row["actor1"] else None,
        actor2=Actor(row["actor2"], inter[1]) if row["actor2"] else None,
        doc_id=doc,
        report_id=f"{doc}:{row['data_id']}",
    )


def run_acled(path: str, country: str) -> dict[str, float]:
    """Cluster one country's ACLED rows; every merge is a possible false merge."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["country"] == country]
    reports = [_acled_event(r) for r in rows]
    started = time.perf_counter()
    merged = cluster(reports)
    seconds = time.perf_counter() - started
    return {
        "acled_rows": len(reports),
        "acled_merged_events": len(merged),
        "acled_rows_merged_into_another": len(reports) - len(merged),
        "acled_share_merged": (len(reports) - len(merged)) / len(reports),
        "acled_seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="also write the result to this JSON file")
    parser.add_argument("--acled", help="ACLED 2018 CSV: also cluster its rows (see above)")
    parser.add_argument("--country", default="Syria", help="ACLED country for --acled")
    args = parser.parse_args()
    result = asdict(run(args.reports, args.repeat, args.seed))
    if args.acled:
        result.update(run_acled(args.acled, args.country))
    for name, value in result.items():
        print(f"{name:32} {value:.4f}" if isinstance(value, float) else f"{name:32} {value}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=2)


if __name__ == "__main__":
    main()
