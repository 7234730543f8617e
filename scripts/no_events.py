"""List ACLED notes and PITF descriptions for which the extractor finds no event at all,
with the dataset's own type (and sub-type, where its label fixes one) for each.

    python scripts/no_events.py --acled ../shared/data/acled-me-2018/train.csv \
        --pitf ../shared/data/pitf/pitf-2013-2015.tsv > /tmp/no-events.tsv

Output: one tab-separated line per text: dataset, doc_id, gold types, gold sub-type, text.
For studying misses only; the texts stay out of the repository.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from khaldun.eval.acled import read_acled
from khaldun.eval.labelled import LabelledText
from khaldun.eval.pitf import read_pitf
from khaldun.pipeline import extract_articles


def gold_label(text: LabelledText) -> tuple[str, str]:
    """The gold rows' types and fixed sub-types, each joined by "|"."""
    types = sorted({t for row in text.rows for t in row.event_types})
    subs = sorted({row.sub_event_type for row in text.rows if row.sub_event_type})
    return "|".join(types), "|".join(subs)


def no_event_texts(name: str, texts: list[LabelledText]) -> Counter[str]:
    """Print the texts with no event; count them by gold type."""
    by_type: Counter[str] = Counter()
    for text, result in zip(texts, extract_articles(t.article for t in texts), strict=True):
        if result.events:
            continue
        types, subs = gold_label(text)
        by_type[types] += 1
        flat = " ".join(text.article.text.split())
        print(f"{name}\t{text.article.doc_id}\t{types}\t{subs}\t{flat}")
    return by_type


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", help="ACLED 2018 CSV export")
    parser.add_argument("--pitf", help="PITF atrocities TSV")
    parser.add_argument("--limit", type=int, help="only the first N texts of each set")
    args = parser.parse_args()
    sets = []
    if args.acled:
        sets.append(("acled", read_acled(args.acled)))
    if args.pitf:
        sets.append(("pitf", read_pitf(args.pitf)))
    for name, texts in sets:
        texts = texts[: args.limit] if args.limit else texts
        counts = no_event_texts(name, texts)
        total = sum(counts.values())
        print(f"{name}: {total} of {len(texts)} texts with no event", file=sys.stderr)
        for types, n in counts.most_common():
            print(f"  {n:5d}  {types}", file=sys.stderr)


if __name__ == "__main__":
    main()
