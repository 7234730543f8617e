"""List and bucket the ACLED notes of one country whose events miss ACLED's point.

A note is a miss when no event it yields lies within 10 km of one of its rows' points
(`khaldun eval --acled`'s place by coordinates). For each miss: the note, ACLED's location,
admin1/admin2 and point, our places and points, the distance, and what the gazetteer holds
for ACLED's location name (its same-named places and how far each lies from the point).
Misses are bucketed by the likeliest cause. For studying errors only: nothing is written
into the project.

    python scripts/place_misses.py ACLED.csv run ALL /tmp/all.jsonl       # extract, dump
    python scripts/place_misses.py ACLED.csv report /tmp/all.jsonl SY [N]  # buckets, examples
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict

from khaldun.eval.acled import acled_place_names, read_acled
from khaldun.eval.labelled import score_text
from khaldun.eval.scorer import run_extractor
from khaldun.places import get_gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.transliteration import likeness, same_place_name

NEAR_KM = 10.0
_HILL_CAMP = re.compile(r"(?i)\b(?:hill|tal|tall|tel|tell|mount|mountain|jabal|jebel|camp|"
                        r"base|airport|airbase|checkpoint|dam|crossing|station|plant|field)s?\b")


def _rows(path: str) -> dict[str, list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        found: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in csv.DictReader(handle):
            found[(row.get("notes") or "").strip()].append(
                {k: row[k] for k in ("location", "admin1", "admin2", "latitude", "longitude",
                                     "geo_precision")})
        return found


def run(path: str, country: str, out: str) -> None:
    """Extract the country's notes and dump one line per note."""
    rows = _rows(path)
    texts = [t for t in read_acled(path)
             if country == "ALL" or any(r.country == country for r in t.rows)]
    system = run_extractor((t.article for t in texts), [])
    with open(out, "w", encoding="utf-8") as handle:
        for t in texts:
            events = system.get(t.article.doc_id, [])
            score = score_text(t, events)
            handle.write(json.dumps({
                "id": t.article.doc_id, "ok": score.place_by_coordinates, "country": score.country,
                "text": t.article.text, "gold": rows[t.article.text.strip()],
                "sys": [{"name": e.location.name, "town": e.location.town,
                         "nb": e.location.neighbourhood, "admin1": e.location.admin1,
                         "country": e.location.country, "lat": e.location.lat,
                         "lon": e.location.lon, "prec": e.location.geo_precision}
                        for e in events],
            }) + "\n")


def _gazetteer_view(gaz, gold: dict, country: str) -> list[tuple[str, str, float]]:
    """(name, admin1, km from ACLED's point) of the places named like ACLED's location."""
    lat, lon = float(gold["latitude"]), float(gold["longitude"])
    seen, view = set(), []
    for name in acled_place_names(gold["location"]):
        for p in gaz.lookup(name, country)[:12]:
            if id(p) in seen or p.lat is None or p.country != country:
                continue
            seen.add(id(p))
            view.append((p.name, p.admin1 or "", round(distance_km(lat, lon, p.lat, p.lon), 1)))
    return sorted(view, key=lambda v: v[2])


def _nearby_alike(gaz, gold: dict, country: str) -> tuple[str, float] | None:
    """The spelling within 10 km of ACLED's point that looks most like its location."""
    area = gaz.spellings_near(float(gold["latitude"]), float(gold["longitude"]), NEAR_KM,
                              country)
    best = max(((likeness(gold["location"], s), s) for s in area.spellings), default=None)
    return (best[1], round(best[0])) if best else None


def _bucket(x: dict, gaz, country: str) -> str:
    gold, events, text = x["gold"], x["sys"], x["text"]
    located = [e for e in events if e["lat"] is not None]
    if not events:
        return "no event"
    if not located:
        return "no coordinates"
    if not any(e["country"] == country for e in located):
        return "wrong country"
    view = {i: _gazetteer_view(gaz, g, country) for i, g in enumerate(gold)}
    held = [i for i, v in view.items() if v and v[0][2] <= NEAR_KM]
    names = [n for e in events for n in (e["town"], e["name"], e["nb"]) if n]
    same = any(same_place_name(p, n) for g in gold for p in acled_place_names(g["location"])
               for n in names)
    if held and same:
        return "wrong namesake"
    if all(e["prec"] == 3 or (e["name"] and "countryside" in text.lower()
                              and e["admin1"] and e["name"] in e["admin1"]) for e in located):
        return "province or countryside only"
    if any(" - " in g["location"] for g in gold):
        return "city quarter"
    written = any(re.search(re.escape(p.split()[-1]), text, re.I)
                  for g in gold for p in acled_place_names(g["location"]))
    if not held:
        return ("gap: hill/camp/site" if _HILL_CAMP.search(text) else "gap: no candidate") + (
            "" if written else " (name not in note)")
    if written:
        return "other place of the note chosen"
    return "name not in note"


def report(dump: str, country: str, examples: int) -> None:
    """Bucket the country's misses and print a few of each."""
    gaz = get_gazetteer()
    notes = [json.loads(line) for line in open(dump, encoding="utf-8")]
    scored = [x for x in notes if x["ok"] is not None and x["country"] == country]
    misses = [x for x in scored if not x["ok"]]
    buckets: dict[str, list[dict]] = defaultdict(list)
    for x in misses:
        buckets[_bucket(x, gaz, country)].append(x)
    print(f"{len(scored)} notes, {len(misses)} misses ({1 - len(misses) / len(scored):.3f} ok)")
    for name, count in Counter({k: len(v) for k, v in buckets.items()}).most_common():
        print(f"  {count:5d}  {name}")
    for name, items in buckets.items():
        random.Random(7).shuffle(items)
        print(f"\n#### {name}")
        for x in items[:examples]:
            print("-", x["text"][:300])
            for g in x["gold"][:3]:
                lat, lon = float(g["latitude"]), float(g["longitude"])
                print(f"   ACLED {g['location']} / {g['admin1']} / {g['admin2']} "
                      f"@{lat:.3f},{lon:.3f}  gaz: {_gazetteer_view(gaz, g, country)[:4]}"
                      f"  near: {_nearby_alike(gaz, g, country)}")
            for e in x["sys"][:4]:
                far = min((distance_km(float(g["latitude"]), float(g["longitude"]),
                                       e["lat"], e["lon"]) for g in x["gold"]),
                          default=None) if e["lat"] is not None else None
                print(f"   ours  {e['name']} / {e['town']} / {e['admin1']} p{e['prec']} "
                      f"@{e['lat']},{e['lon']}  {far and round(far, 1)} km")


if __name__ == "__main__":
    if sys.argv[2] == "run":
        run(sys.argv[1], sys.argv[3], sys.argv[4])
    else:
        report(sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 5)
