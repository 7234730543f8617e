"""Turn `khaldun eval --json` and `bench_pipeline.py --json` outputs into markdown tables.

Used by hand when refreshing docs/accuracy.md and docs/benchmarks.md:

    .venv/bin/python bench/render_results.py accuracy DEV.json CHECK.json ACLED.json PITF.json
    .venv/bin/python bench/render_results.py bench BENCH.json
    .venv/bin/python bench/render_results.py corpus CORPUS.json
"""

from __future__ import annotations

import json
import sys


def _f(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def corpus(path: str) -> str:
    """Markdown for the cross-article merge scores (`khaldun eval --corpus --json`)."""
    data = json.load(open(path))
    lines = ["| metric | dev-gold corpus |", "|---|---|"]
    lines += [f"| {k} | {_f(v)} |" for k, v in data.items() if not isinstance(v, list | dict)]
    return "\n".join(lines)


def accuracy(dev_path: str, check_path: str, acled_path: str, pitf_path: str) -> str:
    """Markdown for the dev-gold / dev-gold-2 table (with the gap) and the ACLED/PITF table."""
    dev, check = json.load(open(dev_path)), json.load(open(check_path))
    lines = ["| metric | dev-gold | dev-gold-2 (check set) | gap |", "|---|---|---|---|"]
    for key in (
        "docs",
        "gold_events",
        "system_events",
        "true_positives",
        "false_positives",
        "false_negatives",
        "precision",
        "recall",
        "f1",
        "matched",
        "sub_type_accuracy",
        "neighbourhood_accuracy",
        "exact_dates",
        "actor_classes",
        "fatalities",
        "status",
        "gold_quotes",
        "claim_evidence_recall",
        "claim_source_recall",
    ):
        a, b = dev.get(key), check.get(key)
        gap = f"{a - b:+.3f}" if isinstance(a, float) and isinstance(b, float) else ""
        lines.append(f"| {key} | {_f(a)} | {_f(b)} | {gap} |")
    failures = [len(d.get("extraction_failures", [])) for d in (dev, check)]
    lines.append(f"| extraction failures | {failures[0]} | {failures[1]} | |")
    sets = [json.load(open(p)) for p in (acled_path, pitf_path)]
    lines += ["", "| metric | ACLED 2018 | PITF 2013–2015 |", "|---|---|---|"]
    for key in (
        "texts",
        "gold_rows",
        "texts_with_events",
        "system_events",
        "type_accuracy",
        "sub_type_accuracy",
        "sub_type_texts",
        "place_accuracy",
        "place_texts",
        "type_and_place_accuracy",
        "fatalities_exact",
        "fatalities_texts",
        "actor_class_accuracy",
        "actor_texts",
        "actor2_class_accuracy",
        "actor2_texts",
        "date_accuracy",
        "date_texts",
        "place_by_coordinates",
        "events_without_coordinates",
        "texts_in_wrong_country",
        "seconds",
        "cpu_seconds",
    ):
        lines.append(f"| {key} | " + " | ".join(_f(s.get(key)) for s in sets) + " |")
    failures = " | ".join(str(len(s.get("extraction_failures", []))) for s in sets)
    lines.append(f"| extraction failures | {failures} |")
    return "\n".join(lines)


def bench(path: str) -> str:
    """Markdown for the benchmark table."""
    data = json.load(open(path))
    lines = [
        f"Corpus: {data['texts']} texts, {data['tokens']} tokens. "
        "`output`: events extracted (khaldun), docs parsed (baseline).",
        "",
        "| pipeline | articles/s (wall) | tokens/s (wall) | CPU ms/article | CPU s | "
        "wall s | peak RSS MB | load s | output |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for p in data["phases"]:
        lines.append(
            f"| {p['name']} | {p['articles_per_second']:.1f} | {p['tokens_per_second']:.0f} | "
            f"{p['cpu_ms_per_article']:.2f} | {p['cpu_seconds']:.1f} | {p['wall_seconds']:.1f} | "
            f"{p['peak_rss_mb']:.0f} | {p['load_seconds']:.1f} | {p['outputs']} |"
        )
    if "ratio_per_cpu_second" in data:
        lines += [
            "",
            f"**khaldun / baseline throughput: {data['ratio_per_cpu_second']:.2f}× "
            f"per CPU-second** ({data['ratio_wall']:.2f}× wall-clock).",
        ]
    stages = next((p["stages"] for p in data["phases"] if p["name"] == "khaldun"), {})
    if stages:
        lines += [
            "",
            "Per-stage CPU time of khaldun (`khaldun.pipeline.STAGE_TIMES`):",
            "",
            "| stage | CPU s |",
            "|---|---|",
        ]
        lines += [f"| {k} | {v:.2f} |" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])]
    else:
        lines += [
            "",
            "Per-stage times: the extractor exposes no `STAGE_TIMES` table "
            "(checked `khaldun.pipeline` and `khaldun.events.extractor`), so only the "
            "total is reported.",
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    kind, *paths = sys.argv[1:]
    print({"accuracy": accuracy, "bench": bench, "corpus": corpus}[kind](*paths))
