"""Mine where actors fight from an ACLED export: khaldun/data/theatres.yaml.

For each actor of the dictionary (matched by its name or ACLED spellings) that ACLED codes in
at least MIN_EVENTS rows, the share of its rows in each country; for each generic descriptor
word listed in the file, the share of the distinct notes using it that are about each country.
Only actors at home in the region the export covers are kept: the export cannot tell where
an outside power or a world-wide movement fights elsewhere. Writes counts, never texts.

    python scripts/mine_theatres.py ../shared/data/acled-me-2018/train.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from khaldun.actors.dictionary import ActorEntry, load
from khaldun.actors.resolve import EXTERNAL
from khaldun.countries import resolve as iso2

OUT = Path(__file__).resolve().parents[1] / "khaldun" / "data" / "theatres.yaml"
MIN_EVENTS = 25
MIN_SHARE = 0.02  # a rarer theatre is noise
ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {c: round(n / total, 2) for c, n in counts.most_common() if n / total >= MIN_SHARE}


def _home(entry: ActorEntry) -> tuple[str | None, ...]:
    """Where an actor is at home: its country; for an outside force (a coalition), the
    countries it is sent to; none for a movement that spans the world (Islamic State)."""
    if entry.country:
        return (entry.country,)
    return entry.countries if entry.inter == EXTERNAL else (None,)


def main(source: str) -> None:
    d = load()
    by_spelling = {a.lower(): e for e in d.actors.values() for a in e.aliases}
    header = yaml.safe_load(OUT.read_text(encoding="utf-8"))
    words = list(header["descriptors"])
    actors: dict[str, Counter[str]] = defaultdict(Counter)
    descriptors: dict[str, Counter[str]] = defaultdict(Counter)
    notes: set[str] = set()
    region: set[str] = set()
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            country = iso2(row["country"])
            if not country:
                continue
            region.add(country)
            named = {by_spelling[n.strip().lower()].name
                     for col in ACTOR_COLUMNS for n in (row[col] or "").split(";")
                     if n.strip().lower() in by_spelling}
            for name in named:
                actors[name][country] += 1
            if row["notes"] not in notes:
                notes.add(row["notes"])
                for word in words:
                    if re.search(rf"\b{re.escape(word)}", row["notes"], re.I):
                        descriptors[word][country] += 1
    kept = {name: _shares(counts) for name, counts in sorted(actors.items())
            if sum(counts.values()) >= MIN_EVENTS and set(_home(d.actors[name])) <= region}
    header["actors"] = kept
    header["descriptors"] = {w: _shares(descriptors[w]) for w in words if descriptors[w]}
    comment = OUT.read_text(encoding="utf-8").split("\ndescriptors:")[0]
    body = yaml.safe_dump({"descriptors": header["descriptors"], "actors": header["actors"]},
                          sort_keys=False, allow_unicode=True, width=100)
    OUT.write_text(comment + "\n" + body, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
