"""Where a named military operation was fought: an anchor for the villages a text names.

"troops of Operation Olive Branch seized X village": with no province named, X is a village of
the operation's area, not a namesake at the other end of the country.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.lexicon import _read
from khaldun.places.model import Place
from khaldun.places.scan import is_small


@lru_cache(maxsize=1)
def _operations() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    raw = yaml.load(_read("operation_areas.yaml"), Loader=yaml.CSafeLoader)
    return tuple(
        (re.compile(r"\b" + r"\s+".join(map(re.escape, op["cue"].split())) + r"\b", re.I),
         op["country"], op["town"])
        for op in raw["operations"]
    )


def operation_anchors(gaz: Gazetteer, text: str, country: str | None) -> list[Place]:
    """The towns at the centre of the operations text names (in the article's country)."""
    out = []
    for cue, where, town in _operations():
        if (country is None or country == where) and cue.search(text):
            found = gaz.lookup(town, where, "town")
            if found:
                out.append(found[0])
    return out


def operation_context(gaz: Gazetteer, text: str, country: str | None,
                      named: list[Place]) -> list[Place]:
    """The operations' anchors when the places text names (`named`) hold no province or
    town the gazetteer knows well (only villages, or nothing): those name the area."""
    if any(p.kind == "admin1" or (p.kind != "country" and not is_small(p)) for p in named):
        return []
    return operation_anchors(gaz, text, country)
