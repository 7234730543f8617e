"""Time cross-article merging (khaldun.resolve.cluster) on a synthetic multi-outlet corpus.

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_merge.py [--reports 10000] [--repeat 3] [--json out.json]

The corpus comes from khaldun.resolve.synthetic: real-world events over ~reports/50
towns with neighbourhoods and 365 days, each reported by 1-4 roundup articles that may
date it a day late, stay at town level, or give a different toll. Besides the time, it
reports candidate pairs after blocking (vs all pairs) and pairwise merge precision and
recall against the known real-world event of each report.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="also write the result to this JSON file")
    args = parser.parse_args()
    result = run(args.reports, args.repeat, args.seed)
    for name, value in asdict(result).items():
        print(f"{name:20} {value:.4f}" if isinstance(value, float) else f"{name:20} {value}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(asdict(result), handle, indent=2)


if __name__ == "__main__":
    main()
