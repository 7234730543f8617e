"""ACLED notes of some countries whose events all lie over 10 km from ACLED's point: one
tab-separated line per missed note, with what the gazetteer holds for ACLED's location name,
and a guessed bucket, to count what kind of miss is commonest.

Run by hand from the repo root (needs ../shared/data; its output stays out of the repo):

    .venv/bin/python bench/place_misses.py ../shared/data/acled-me-2018/train.csv \
        --countries YE,IQ --out /tmp/misses.tsv [--limit 600 --sample-seed 1]

It ends with the share of scored notes placed within 10 km, per country.

Columns: doc_id, country, bucket, ACLED location [admin1/admin2] (point), our places
(name/admin2 (point) km off), the gazetteer's places for the location name
(name/kind/feature code/admin2 km off; nearest first), the note. Buckets: no-coordinates
(no event, or none with a point), district-level (the note says "district" and we are
within 50 km), no-candidate (the gazetteer has nothing for the name), candidates-all-far
(nothing within 10 km), right-name-wrong-namesake (we chose a far place of that name),
chose-other-place (the gazetteer holds the place, we chose another the note names).
"""

from __future__ import annotations

import argparse
import collections
import csv
from pathlib import Path

from khaldun.eval.acled import read_acled
from khaldun.eval.labelled import near_by_coordinates, sample_texts
from khaldun.eval.scorer import run_extractor
from khaldun.places.gazetteer import get_gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.model import Place
from khaldun.records import Event

NEAR_KM = 10.0
DISTRICT_KM = 50.0


def _km(lat: float | None, lon: float | None, lat2: float | None, lon2: float | None) -> float:
    if None in (lat, lon, lat2, lon2):
        return float("inf")
    return distance_km(lat, lon, lat2, lon2)


def _bucket(note: str, ours: list[tuple[float, Event]],
            known: list[tuple[float, Place]]) -> str:
    """A rough kind of miss, from what we chose and what the gazetteer holds."""
    if not ours or all(e.location.lat is None for _, e in ours):
        return "no-coordinates"
    best_ours = min(d for d, _ in ours)
    near = [p for d, p in known if d <= NEAR_KM]
    if "district" in note.lower() and best_ours <= DISTRICT_KM:
        return "district-level"
    if not known:
        return "no-candidate"
    if not near:
        return "candidates-all-far"
    chosen = {e.location.town or e.location.name for _, e in ours}
    if any(p.name in chosen for p in near):
        return "right-name-wrong-namesake"
    return "chose-other-place"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("acled", type=Path)
    parser.add_argument("--countries", default="YE,IQ")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, help="a sample of N of the countries' notes")
    parser.add_argument("--sample-seed", type=int, default=1)
    args = parser.parse_args()
    wanted = set(args.countries.split(","))
    gaz = get_gazetteer()
    texts = sample_texts([t for t in read_acled(args.acled) if t.rows[0].country in wanted],
                         args.limit, args.sample_seed)
    with args.acled.open(encoding="utf-8", newline="") as handle:
        admins = {r["notes"].strip(): f"{r['admin1']}/{r['admin2']}"
                  for r in csv.DictReader(handle)}
    system = run_extractor((t.article for t in texts), [])
    buckets: collections.Counter = collections.Counter()
    scored: collections.Counter = collections.Counter()
    with args.out.open("w", newline="") as handle:
        out = csv.writer(handle, delimiter="\t")
        for text in texts:
            events = system.get(text.article.doc_id, [])
            rows = [r for r in text.rows if r.lat is not None]
            if not rows:
                continue
            scored[rows[0].country] += 1
            if any(near_by_coordinates(r, e) for r in rows for e in events):
                continue
            row = rows[0]
            ours = [(min(_km(r.lat, r.lon, e.location.lat, e.location.lon) for r in rows), e)
                    for e in events]
            known = sorted(
                ((_km(row.lat, row.lon, p.lat, p.lon), p)
                 for p in {id(p): p for n in row.place_names for p in gaz.lookup(
                     n, country=row.country)}.values()), key=lambda x: x[0])
            bucket = _bucket(text.article.text, ours, known)
            buckets[(row.country, bucket)] += 1
            out.writerow([
                text.article.doc_id, row.country, bucket,
                f"{row.place_names[0]} [{admins.get(text.article.text)}]"
                f" ({row.lat:.3f},{row.lon:.3f})",
                "; ".join(f"{e.location.town or e.location.name}/{e.location.admin2}"
                          f" ({e.location.lat},{e.location.lon}) {d:.0f}km" for d, e in ours),
                "; ".join(f"{p.name}/{p.kind}/{p.feature_code}/{p.admin2} {d:.0f}km"
                          for d, p in known[:4]),
                text.article.text,
            ])
    for (country, bucket), n in sorted(buckets.items()):
        print(f"{country}\t{bucket}\t{n}")
    for country, n in sorted(scored.items()):
        missed = sum(m for (c, _), m in buckets.items() if c == country)
        print(f"{country}\tnear\t{(n - missed) / n:.3f} of {n}")


if __name__ == "__main__":
    main()
