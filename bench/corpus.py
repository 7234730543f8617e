"""The benchmarks' corpora, built at run time from ../shared/data and never written to the repo.

- `single_texts`: every dev-gold article, then ACLED 2018 notes and PITF descriptions taken
  alternately in file order (bench_pipeline, dump_events);
- `stories` and `pairs`: texts that join two distinct stories, the second drawn at random
  (seeded), so that texts are distinct and read like two-item briefs (bench_parallel,
  bench_end_to_end).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from khaldun.records import Article

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
ACLED = DATA / "acled-me-2018" / "train.csv"
PITF = DATA / "pitf" / "pitf-2013-2015.tsv"
DEV_GOLD = DATA / "dev-gold.jsonl"
SEED = 12  # of the random second stories (and of the dates of bench_end_to_end)


def single_texts(size: int) -> list[Article]:
    """Dev-gold articles, then ACLED notes and PITF descriptions alternately, up to `size`."""
    from khaldun.eval.acled import read_acled
    from khaldun.eval.pitf import read_pitf
    from khaldun.eval.scorer import read_events_jsonl

    corpus = [d.article for d in read_events_jsonl(DEV_GOLD)]
    acled = [t.article for t in read_acled(ACLED)]
    pitf = [t.article for t in read_pitf(PITF)]
    for a, p in zip(acled, pitf, strict=False):
        corpus += [a, p]
    if len(corpus) < size:
        sys.exit(f"only {len(corpus)} texts available in {DATA}, asked for {size}")
    return corpus[:size]


def stories(dev_gold: bool = False) -> list[tuple[str, date | None]]:
    """(text, publication date) of every distinct ACLED note and PITF description, in file
    order, then (`dev_gold`) the dev-gold articles."""
    from khaldun.eval.acled import read_acled
    from khaldun.eval.pitf import read_pitf

    out: dict[str, date | None] = {}
    for item in [*read_acled(ACLED), *read_pitf(PITF)]:
        out.setdefault(item.article.text.strip(), item.article.published)
    if dev_gold:
        with DEV_GOLD.open() as lines:
            for line in lines:
                row = json.loads(line)
                out.setdefault(row["text"].strip(), date.fromisoformat(row["published"][:10]))
    return list(out.items())


def pairs(stories_count: int, size: int) -> Iterator[tuple[int, int]]:
    """`size` (first, second) story indexes: text n tells story n mod `stories_count`, then
    another drawn at random (seeded); no story twice in a text, no pair twice."""
    rng = random.Random(SEED)
    seen: set[tuple[int, int]] = set()
    n = 0
    while n < size:
        i, j = n % stories_count, rng.randrange(stories_count)
        if i == j or (i, j) in seen:
            continue
        seen.add((i, j))
        n += 1
        yield i, j
