"""Mine where each actor fights on the map: khaldun/data/places/actor_grounds.csv.

For every text of the given sets (ACLED notes, PITF descriptions), khaldun's own readers find
the actors and the places; the places placed with confidence (a town of known size, or a
village inside a province the text names) are counted in grid cells for each actor of the
text. Only khaldun's own readings are used: no dataset's location, admin or coordinate
column is read. Writes counts per cell, never texts.

    python scripts/mine_grounds.py ../shared/data/acled-me-2018/train.csv \
        ../shared/data/pitf/pitf-2013-2015.tsv
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from khaldun.actors.resolve import find_actors
from khaldun.eval.acled import read_acled
from khaldun.eval.pitf import read_pitf
from khaldun.places import document_country, find_places, get_gazetteer
from khaldun.places.grounds import CELL_DEGREES, cell_of
from khaldun.places.scan import is_small

OUT = Path(__file__).resolve().parents[1] / "khaldun" / "data" / "places" / "actor_grounds.csv"
MIN_TEXTS = 20  # an actor placed in fewer texts tells little
MIN_WEIGHT = 1.0  # a cell with less weight than one text is noise


def _confident_cells(text: str, country: str, gaz) -> set[tuple[int, int]]:
    mentions = find_places(text, country=country, gazetteer=gaz)
    provinces = {m.place.admin1 or m.place.name for m in mentions
                 if m.role == "admin1" and m.place is not None}
    cells = set()
    for m in mentions:
        place = m.place or m.town
        if m.role not in ("town", "neighbourhood") or place is None or place.lat is None:
            continue
        if place.country == country and (not is_small(place) or place.admin1 in provinces):
            cells.add(cell_of(place.lat, place.lon))
    return cells


def main(paths: list[str]) -> None:
    gaz = get_gazetteer()
    weights: dict[str, Counter[tuple[int, int]]] = defaultdict(Counter)
    texts_of: Counter[str] = Counter()
    for path in paths:
        texts = read_acled(path) if path.endswith(".csv") else read_pitf(path)
        for labelled in texts:
            article = labelled.article
            country = document_country(article.text, gaz)
            if country is None:
                continue
            cells = _confident_cells(article.text, country, gaz)
            if not cells:
                continue
            actors = {m.actor.name for m in find_actors(article.text, country, article.published)
                      if m.actor is not None}
            for name in actors:
                texts_of[name] += 1
                for cell in cells:
                    weights[name][cell] += 1 / len(cells)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        handle.write(f"# Where actors fight: texts placing each actor in a {CELL_DEGREES}-degree"
                     " cell (scripts/mine_grounds.py).\n")
        out.writerow(["actor", "lat_cell", "lon_cell", "weight"])
        for name in sorted(texts_of):
            if texts_of[name] < MIN_TEXTS:
                continue
            for (i, j), weight in sorted(weights[name].items()):
                if weight >= MIN_WEIGHT:
                    out.writerow([name, i, j, round(weight, 1)])


if __name__ == "__main__":
    main(sys.argv[1:])
