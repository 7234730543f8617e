"""Every event khaldun extracts from the benchmark corpus, as sorted JSON Lines: the guard that
a speed change leaves the output as it was.

Run by hand from the repo root (needs ../shared/data; nothing from it is written into the repo):

    .venv/bin/python bench/dump_events.py --texts 5800 --out /tmp/events-before.jsonl
    ... change the code ...
    .venv/bin/python bench/dump_events.py --texts 5800 --out /tmp/events-after.jsonl
    cmp /tmp/events-before.jsonl /tmp/events-after.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpus import single_texts

from khaldun.pipeline import extract_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    args = parser.parse_args()
    corpus = single_texts(args.texts)
    with args.out.open("w") as out:
        for n, result in enumerate(extract_articles(corpus)):
            row = {"n": n, "events": [e.to_dict() for e in result.events],
                   "warnings": result.warnings}
            out.write(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
