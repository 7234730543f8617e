"""The side of a province or town a text puts a place on ("southern Idleb", "north of Hama").

Of two villages called Shafa in one province, the one "in eastern Deir ez-Zor" lies east of
its centre.
"""

from __future__ import annotations

from collections.abc import Iterable

from khaldun.places import context
from khaldun.places.gazetteer import distance_km
from khaldun.places.model import Place
from khaldun.places.transliteration import name_key

# A town is "north of" the places this close to it; a province holds its own places.
NEAR_KM = 75.0


def directed_places(text: str, named: Iterable[tuple[int, int, Place]]
                    ) -> list[tuple[Place, str]]:
    """Places named in text (start, end, place) that the text gives a side of ("southern
    Idleb"), with that side."""
    out = []
    for start, end, place in named:
        direction = context.direction_of(text[max(0, start - 60):start], text[end:end + 40])
        if direction and place.lat is not None and place.lon is not None:
            out.append((place, direction))
    return out


def wrong_side(place: Place, directed: list[tuple[Place, str]]) -> bool:
    """True when the text puts the place on one side of a province or town ("southern
    Aleppo") that holds it or lies near it, and the place lies on another."""
    if place.lat is None or place.lon is None:
        return False
    for anchor, direction in directed:
        if anchor.lat is None or anchor.lon is None:
            continue
        holds = anchor.admin1 is not None and place.admin1 == anchor.admin1 and (
            anchor.kind == "admin1" or name_key(anchor.admin1) == name_key(anchor.name))
        if not holds and distance_km(place.lat, place.lon, anchor.lat, anchor.lon) > NEAR_KM:
            continue
        dlat, dlon = place.lat - anchor.lat, place.lon - anchor.lon
        if ("north" in direction and dlat < 0) or ("south" in direction and dlat > 0) or (
                "east" in direction and dlon < 0) or ("west" in direction and dlon > 0):
            return True
    return False
