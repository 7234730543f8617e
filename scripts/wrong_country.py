"""List the ACLED notes that get an event in a country the note is not about (debug aid).

For each such note: its text, ACLED's country / admin1 / location, each of our events'
country and place, the article country we chose and the votes behind it (the actors' homes
and theatres, the top countries). Prints to stdout for study; writes nothing to the repo.

    python scripts/wrong_country.py ../shared/data/acled-me-2018/train.csv [LIMIT]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter

from khaldun.actors.resolve import home_countries
from khaldun.eval.acled import read_acled
from khaldun.eval.labelled import score_text
from khaldun.eval.scorer import run_extractor
from khaldun.places.location import country_votes


def _why(text: str, when) -> str:
    homes = home_countries(text, when)
    votes = country_votes(text, armed_groups=homes.armed_groups, states=homes.states,
                          theatres=homes.theatres)
    top = ", ".join(f"{c} {v:.2f}" for c, v in votes.most_common(4))
    theatres: Counter[str] = Counter()
    for country, share in homes.theatres:
        theatres[country] += round(share, 2)
    return (f"votes: {top} | armed: {list(homes.armed_groups)} states: {list(homes.states)}"
            f" theatres: {dict(theatres)}")


def main(path: str, limit: int | None) -> None:
    texts = read_acled(path)[:limit]
    with open(path, encoding="utf-8", newline="") as handle:
        rows = {r["data_id"]: r for r in csv.DictReader(handle)}
    system = run_extractor(t.article for t in texts)
    wrong = 0
    for text in texts:
        events = system.get(text.article.doc_id, [])
        if not score_text(text, events).wrong_country:
            continue
        wrong += 1
        print(f"== {text.article.doc_id} {text.article.published}")
        print(f"   note: {text.article.text}")
        for row in text.rows:
            raw = rows.get(row.row_id, {})
            print(f"   acled: {raw.get('country')} / {raw.get('admin1')} / {raw.get('location')}")
        for event in events:
            loc = event.location
            print(f"   ours: {loc.country} / {loc.admin1} / {loc.town or loc.name}"
                  f" ({event.event_type}; {event.actor1.name if event.actor1 else '-'})")
        print(f"   {_why(text.article.text, text.article.published)}")
    print(f"{wrong} of {len(texts)} notes in a wrong country ({wrong / len(texts):.4f})")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
