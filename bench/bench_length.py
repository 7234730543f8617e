"""Extraction time against article length, 1 KB to 2 MB: linear means seconds per KB stays flat.

Run by hand from the repo root (not in CI):

    .venv/bin/python bench/bench_length.py [--max-kb 2048] [--json out.json]

Two shapes of text, written here (no data is read): "prose", short report sentences in
paragraphs, and "run-on", one unpunctuated sentence of clauses (the worst case for any
per-sentence pairing of triggers, places and actors). Each size is timed once after a
warm-up; the ratio is CPU seconds per KB against 16 KB of the same shape, measured in the
same run (1.0 = linear; the issue asks for within a factor of 2). CPU time, not wall time:
the machine is shared, and CPU time is what other jobs do not inflate.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date

from khaldun.pipeline import extract_article, warm_up
from khaldun.records import Article

PROSE = (
    "Government jets struck the town of Rastan in Homs province on Sunday, killing 12 people, "
    "activists said. Rebels attacked an army checkpoint near Idlib overnight. ",
    "The observatory said shelling of the Khaldiyeh district went on into the night. ",
    "State media said troops had killed several gunmen near Hama on Saturday.\n\n",
)
CLAUSE = (
    "government jets struck Rastan and the Khaldiyeh district of Homs, killing 5 people, "
    "while rebels attacked army posts near Idlib and Hama, "
)


def text_of(shape: str, size: int) -> str:
    """An article of about `size` characters in the given shape."""
    unit = "".join(PROSE) if shape == "prose" else CLAUSE
    body = unit * (size // len(unit) + 1)
    head = "BEIRUT, March 5 (Reuters) - "
    return head + body[: size - len(head)].rsplit(" ", 1)[0] + "."


def measure(shape: str, sizes: list[int]) -> list[dict]:
    rows = []
    for size in sizes:
        article = Article(text=text_of(shape, size), published=date(2012, 3, 5))
        start, cpu = time.perf_counter(), time.process_time()
        result = extract_article(article)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        rows.append({"shape": shape, "kb": size // 1024, "seconds": round(seconds, 3),
                     "cpu": round(cpu, 3), "events": len(result.events)})
        print(f"{shape:7} {size // 1024:5} KB {seconds:8.2f} s {cpu:8.2f} cpu-s", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=2048)
    parser.add_argument("--json", help="write the rows to this file")
    args = parser.parse_args()
    sizes, kb = [], 16
    while kb <= args.max_kb:
        sizes.append(kb * 1024)
        kb *= 4 if kb < args.max_kb // 4 else 2
    sizes = [1024, 4096, *sizes]
    warm_up()
    for shape in ("prose", "run-on"):  # first calls load caches (language model, lexicons)
        extract_article(Article(text=text_of(shape, 8192), published=date(2012, 3, 5)))
    rows = [row for shape in ("prose", "run-on") for row in measure(shape, sizes)]
    # Ratios against 16 KB: at 1-4 KB fixed per-article costs dominate seconds per KB.
    for shape in ("prose", "run-on"):
        mine = [r for r in rows if r["shape"] == shape]
        base = next(r for r in mine if r["kb"] == 16)
        for row in mine:
            row["ratio"] = round((row["cpu"] / row["kb"]) / (base["cpu"] / base["kb"]), 2)
    print("| shape | KB | wall s | CPU s | events | CPU s/KB vs 16 KB |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['shape']} | {r['kb']} | {r['seconds']} | {r['cpu']} | {r['events']} "
              f"| {r['ratio']} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(rows, out, indent=1)


if __name__ == "__main__":
    main()
