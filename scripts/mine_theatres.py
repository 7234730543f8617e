"""Mine where actors fight from an ACLED export: khaldun/data/theatres.yaml.

The actor resolver reads each distinct note; for each actor it finds in at least MIN_NOTES
notes, the share of those notes about each country (ACLED's country column); likewise for
each generic descriptor word listed in the file ("regime forces"). Mining what the resolver
finds, not ACLED's actor columns, gives the theatre of the words ("Saudi troops" shell
villages in Saudi Arabia as the Saudi-led coalition strikes Yemen).
Only actors at home in the region the export covers are kept: the export cannot tell where
an outside power or a world-wide movement fights elsewhere. Given a world-wide export too (the
PITF atrocities data), a world-wide movement (Islamic State) is mined from the notes of both:
the region's export tells its share there, the world-wide one its share everywhere else.
Writes counts, never texts.

    python scripts/mine_theatres.py ../shared/data/acled-me-2018/train.csv \
        [../shared/data/pitf/pitf-2013-2015.tsv]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

import yaml

from khaldun.actors.dictionary import ActorEntry, load
from khaldun.actors.resolve import EXTERNAL, find_actors
from khaldun.actors.theatres import names_aircraft, phrase_key, theatres
from khaldun.countries import resolve as iso2
from khaldun.eval.pitf import read_pitf

OUT = Path(__file__).resolve().parents[1] / "khaldun" / "data" / "theatres.yaml"
MIN_NOTES = 25
MIN_SHARE = 0.02  # a rarer theatre is noise
MIN_DIFFERENCE = 0.2  # an actor's words are listed apart only when they tell this much more
# An actor's theatre in the notes that name aircraft is listed apart when this many notes
# show it and it differs by MIN_DIFFERENCE (the PKK is bombed in its mountain bases abroad).
MIN_AIR_NOTES = 8


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {c: round(n / total, 2) for c, n in counts.most_common() if n / total >= MIN_SHARE}


def _differs(shares: dict[str, float], other: dict[str, float]) -> bool:
    """True when a phrase's theatre differs from its actor's by MIN_DIFFERENCE somewhere."""
    return any(abs(shares.get(c, 0.0) - other.get(c, 0.0)) >= MIN_DIFFERENCE
               for c in {*shares, *other})


def _date(value: str) -> date | None:
    try:
        return datetime.strptime(value, "%d-%b-%y").date()
    except ValueError:
        return None


def _home(entry: ActorEntry) -> tuple[str | None, ...]:
    """Where an actor is at home: its country; for an outside force (a coalition), the
    countries it is sent to; none for a movement that spans the world (Islamic State)."""
    if entry.country:
        return (entry.country,)
    return entry.countries if entry.inter == EXTERNAL else (None,)


def _world_notes(world: str | None) -> dict[str, tuple[str, date | None]]:
    """The world-wide export's descriptions with their country and date."""
    if world is None:
        return {}
    return {t.article.text: (t.rows[0].country, t.article.published)
            for t in read_pitf(world) if t.rows[0].country}


def main(source: str, world: str | None = None) -> None:
    d = load()
    known = theatres()
    header = yaml.safe_load(OUT.read_text(encoding="utf-8"))
    actors: dict[str, Counter[str]] = defaultdict(Counter)
    phrases: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    descriptors: dict[str, Counter[str]] = defaultdict(Counter)
    region: set[str] = set()
    notes: dict[str, tuple[str, date | None]] = {}
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            country = iso2(row["country"])
            if country:
                region.add(country)
                notes.setdefault(row["notes"], (country, _date(row["event_date"])))
    worldwide: dict[str, Counter[str]] = defaultdict(Counter)
    airborne: dict[str, Counter[str]] = defaultdict(Counter)
    for note, (country, when) in [*notes.items(), *_world_notes(world).items()]:
        worldwide_note = note not in notes
        named: set[str] = set()
        said: set[tuple[str, str]] = set()
        words: set[str] = set()
        for m in find_actors(note, None, when, adjectives=True):
            if not m.generic:
                named.add(m.actor.name)
                said.add((m.actor.name, phrase_key(m.surface)))
            elif (word := known.descriptor(m.surface)) is not None:
                words.add(word)
        for name in named:
            worldwide[name][country] += 1
            if worldwide_note:
                continue
            actors[name][country] += 1
            if names_aircraft(note):
                airborne[name][country] += 1
        if worldwide_note:
            continue
        for word in words:
            descriptors[word][country] += 1
        for name_phrase in said:
            phrases[name_phrase][country] += 1
    kept = {name: _shares(counts) for name, counts in sorted(actors.items())
            if sum(counts.values()) >= MIN_NOTES and name in d.actors
            and set(_home(d.actors[name])) <= region}
    # A world-wide movement the region's export names often enough: its theatre from both
    # exports. Its words are not mined apart: one region's reporters' habits of naming it
    # say nothing of where it fights.
    movements = {name: _shares(counts) for name, counts in sorted(worldwide.items())
                 if world and sum(actors[name].values()) >= MIN_NOTES and name in d.actors
                 and _home(d.actors[name]) == (None,)}
    header["actors"] = dict(sorted({**kept, **movements}.items()))
    header["phrases"] = {words: _shares(counts) for (name, words), counts in sorted(
        phrases.items(), key=lambda item: item[0][1])
        if name in kept and sum(counts.values()) >= MIN_NOTES
        and _differs(_shares(counts), kept[name])}
    header["airborne"] = {name: _shares(counts) for name, counts in sorted(airborne.items())
                          if name in kept and sum(counts.values()) >= MIN_AIR_NOTES
                          and _differs(_shares(counts), kept[name])}
    header["descriptors"] = {w: _shares(descriptors[w]) for w in header["descriptors"]
                             if descriptors[w]}
    comment = OUT.read_text(encoding="utf-8").split("\ndescriptors:")[0]
    body = yaml.safe_dump({"descriptors": header["descriptors"], "actors": header["actors"],
                           "phrases": header["phrases"], "airborne": header["airborne"]},
                          sort_keys=False, allow_unicode=True, width=100)
    OUT.write_text(comment + "\n" + body, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
