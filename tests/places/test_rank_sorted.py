"""`rank_sorted` orders places as a sort by `rank_key` does, the own likeness of a place's name
(the key's last field) asked only where the other fields tie (invented places)."""

from __future__ import annotations

import random

from khaldun.places.model import Place
from khaldun.places.ranking import rank_fields, rank_key, rank_sorted


def _place(name: str, country: str, kind: str, population: int) -> Place:
    return Place(geonameid=None, name=name, kind=kind, feature_code=None, country=country,
                 admin1=None, lat=None, lon=None, population=population)


def test_same_order_as_the_full_key():
    rng = random.Random(3)
    names = ["Qurnabat", "Kurnabat", "Qarnabit", "Tell Qurnabat", "Qurnabat al Fawqani"]
    for _ in range(200):
        items = [(_place(rng.choice(names), rng.choice(["SY", "IQ"]),
                         rng.choice(["town", "admin1", "neighbourhood"]),
                         rng.choice([0, 0, 300, 5000])),
                  rng.random() < 0.5, float(rng.choice([70, 83, 88, 100])))
                 for _ in range(rng.randint(0, 8))]
        own = {id(p): float(rng.choice([60, 75, 90, 100])) for p, _, _ in items}
        full = sorted(items, key=lambda r, own=own: rank_key(r[0], "SY", r[1], r[2],
                                                             own[id(r[0])]))
        lazy = rank_sorted(items, lambda r: rank_fields(r[0], "SY", r[1], r[2]),
                           lambda r, own=own: own[id(r[0])])
        assert [id(r) for r in lazy] == [id(r) for r in full]


def test_own_likeness_only_asked_where_the_rest_ties():
    town = _place("Qurnabat", "SY", "town", 5000)
    twins = [_place("Qurnabat", "SY", "town", 0), _place("Qarnabit", "SY", "town", 0)]
    asked: list[str] = []

    def own(p: Place) -> float:
        asked.append(p.name)
        return 100.0 if p.name == "Qarnabit" else 80.0

    ranked = rank_sorted([*twins, town], lambda p: rank_fields(p, "SY", False), own)
    assert ranked == [town, twins[1], twins[0]]
    assert sorted(asked) == ["Qarnabit", "Qurnabat"]  # the two villages of unknown size
