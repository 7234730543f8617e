"""ACLED's actor conventions (data/acled.yaml): the generic actor1, inter and interaction codes.

One definition for the exports (Python) and the store's inter filters (SQL).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from khaldun.records import Actor, Event


@lru_cache(maxsize=1)
def conventions() -> dict:
    with (resources.files("khaldun.data") / "acled.yaml").open(encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


def unknown_actor1(event_type: str, country_name: str) -> Actor:
    """ACLED's generic first actor for an event whose reports name none."""
    table = conventions()["unknown_actor1"]
    spec = table.get(event_type, table["default"])
    name = spec["name"].format(country=country_name or "International")
    return Actor(name=name, inter=spec["inter"])


def default_inter1(event_type: str) -> int:
    table = conventions()["unknown_actor1"]
    return table.get(event_type, table["default"])["inter"]


def inter_codes(event: Event) -> tuple[int, int]:
    """inter1 and inter2 as ACLED writes them: the generic actor1's class, 0 for no actor2."""
    inter1 = event.actor1.inter if event.actor1 and event.actor1.inter else None
    inter2 = event.actor2.inter if event.actor2 and event.actor2.inter else 0
    return inter1 or default_inter1(event.event_type), inter2


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: the two classes, lower first; inter1 * 10 when alone."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
