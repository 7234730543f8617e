"""Where an article's actors fight, on the map: which of same-named villages they are at.

"Turkish forces shelled the village of X" names no province; of three villages called X,
the one in the area where Turkish forces are reported fighting is meant. The shares per grid
cell are mined by scripts/mine_grounds.py from texts khaldun placed with confidence
(khaldun/data/places/actor_grounds.csv).
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from khaldun.places.model import Place

CELL_DEGREES = 0.25
# A neighbouring cell counts this much of its share (a village on a cell's edge).
NEIGHBOUR_WEIGHT = 0.5
# A country where an actor fights this share of the time or more is one of its theatres.
THEATRE_MIN_SHARE = 0.1


def cell_of(lat: float, lon: float) -> tuple[int, int]:
    """The grid cell a point lies in."""
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


@lru_cache(maxsize=1)
def actor_grounds() -> dict[str, dict[tuple[int, int], float]]:
    """Actor name -> cell -> share of the texts placing the actor there."""
    path = resources.files("khaldun").joinpath("data", "places", "actor_grounds.csv")
    weights: dict[str, dict[tuple[int, int], float]] = defaultdict(dict)
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    for number, row in enumerate(csv.DictReader(lines), 2):
        try:
            cell = (int(row["lat_cell"]), int(row["lon_cell"]))
            weights[row["actor"]][cell] = float(row["weight"])
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"khaldun/data/places/actor_grounds.csv: line {number}: expected "
                             "actor, lat_cell, lon_cell, weight") from None
    return {name: {c: w / sum(cells.values()) for c, w in cells.items()}
            for name, cells in weights.items()}


def _sum_shares(names: tuple[str, ...],
                known: dict[str, dict[tuple[int, int], float]]) -> dict[tuple[int, int], float]:
    shares: dict[tuple[int, int], float] = defaultdict(float)
    for name in names:
        for cell, share in known.get(name, {}).items():
            shares[cell] += share
    return shares


@lru_cache(maxsize=4096)
def _summed(names: tuple[str, ...]) -> dict[tuple[int, int], float]:
    """The mined grounds' shares of these actors summed per cell (a sentence's actors recur:
    summed once per list of names)."""
    return _sum_shares(names, actor_grounds())


class Grounds:
    """The cells where the named actors fight, each with the sum of their shares, and the
    countries they fight in (`theatres`: (country, share) pairs, khaldun/data/theatres.yaml)
    where no country is known for the text."""

    def __init__(self, actors: Iterable[str],
                 known: dict[str, dict[tuple[int, int], float]] | None = None,
                 theatres: Iterable[tuple[str, float]] = ()) -> None:
        self.countries = frozenset(c for c, share in theatres if share >= THEATRE_MIN_SHARE)
        names = tuple(dict.fromkeys(actors))
        # (read only: the shares of the mined grounds are summed once per list of names)
        self.shares: dict[tuple[int, int], float] = (
            _summed(names) if known is None else _sum_shares(names, known))

    def __bool__(self) -> bool:
        return bool(self.shares)

    def score(self, place: Place) -> float:
        """How much of the actors' fighting lies at the place's cell and around it."""
        if place.lat is None or place.lon is None or not self.shares:
            return 0.0
        i, j = cell_of(place.lat, place.lon)
        return sum(self.shares.get((i + di, j + dj), 0.0) * (
            1.0 if di == dj == 0 else NEIGHBOUR_WEIGHT) for di in (-1, 0, 1) for dj in (-1, 0, 1))
