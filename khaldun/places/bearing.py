"""The side of a province or town a text puts a place on ("southern Idleb", "north of Hama").

Of two villages called Shafa in one province, the one "in eastern Deir ez-Zor" lies east of
its centre.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from khaldun.places import context
from khaldun.places.geometry import distance_km
from khaldun.places.model import Place
from khaldun.places.transliteration import name_key

# A town is "north of" the places this close to it; a province holds its own places.
NEAR_KM = 75.0
# A town named for its district ("northwest Afrin") speaks of the district around it: a
# place within this much (degrees, ~10 km) of the town's meridian or parallel is on either
# side of it.
TOWN_SIDE_MARGIN_DEGREES = 0.1
# The side error of a place that lies in or near none of the places the text gives a side of.
UNJUDGED = 180.0
# A compound side ("southwest") spans the quarter of the compass around its bearing: a place
# is not off it (`wrong_side`) when it strays onto the other side of one of its arms by less
# than this share of how far it lies along the other arm (tan 22.5 degrees: within 67.5
# degrees of the said bearing). Namesakes are still ranked by the strict side.
COMPOUND_SLACK = math.tan(math.radians(22.5))
# Bearings off the side a text says are compared in steps this wide (degrees): "east of X" is
# better met by a village 40 degrees off east than by one due north within TOWN_SIDE_MARGIN.
BEARING_STEP = 45.0
# A province's point (its label or its capital) is no centre of its sides: a village this far
# (degrees, ~11 km) onto the side said of a province ("southern Idleb") is deep in it; of
# same-named villages, one nearer the point is ranked as off that side by what it lacks.
PROVINCE_CORE_DEGREES = 0.1
_SINGLE_SIDES = frozenset({"north", "south", "east", "west"})


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


def sides_of_points(text: str, named: Iterable[tuple[int, int, Place]]
                    ) -> list[tuple[Place, str]]:
    """Places named in text (start, end, place) that the text puts another place on a side
    of ("north of Baghdad"; not "northern Homs", a part of a province), with that side."""
    out = []
    for start, _, place in named:
        found = context.SIDE_OF_BEFORE.search(text[max(0, start - 60):start])
        if found and place.lat is not None and place.lon is not None:
            out.append((place, found.group("d").lower().replace("-", "")))
    return out


def side_error(place: Place, directed: list[tuple[Place, str]], slack: float = 0.0,
               core: float = 0.0) -> float:
    """How far (degrees) the place lies on another side of a province or town than the text
    puts it ("southern Aleppo"), 0 when on that side or when the text gives no side, and
    UNJUDGED when it lies in or near none of the places the text gives a side of; `slack`:
    see COMPOUND_SLACK; `core`: how far onto the side of a province a place must lie (see
    PROVINCE_CORE_DEGREES)."""
    if place.lat is None or place.lon is None or not directed:
        return 0.0
    error, judged = 0.0, False
    for anchor, direction in directed:
        if anchor.lat is None or anchor.lon is None:
            continue
        holds = anchor.admin1 is not None and place.admin1 == anchor.admin1 and (
            anchor.kind == "admin1" or name_key(anchor.admin1) == name_key(anchor.name))
        if not holds and distance_km(place.lat, place.lon, anchor.lat, anchor.lon) > NEAR_KM:
            continue
        judged = True
        dlat, dlon = place.lat - anchor.lat, place.lon - anchor.lon
        # (a province holds its places up to its edges, a town's side has a margin; a
        # compound side, a quarter of the compass, asks no depth along either arm)
        deep = core if direction in _SINGLE_SIDES else 0.0
        error = max(error, _off_side(dlat, dlon, direction, slack, deep) + deep if holds
                    else _off_side(dlat, dlon, direction, slack) - TOWN_SIDE_MARGIN_DEGREES)
    return error if judged else UNJUDGED


def _off_side(dlat: float, dlon: float, direction: str, slack: float,
              floor: float = 0.0) -> float:
    """How far (degrees) a place this far from a point lies off the side said of it: for a
    compound side, beyond `slack` times how far it lies along the other arm; never less than
    -`floor` (how deep onto the side counts)."""
    north_south = -dlat if "north" in direction else dlat if "south" in direction else None
    east_west = -dlon if "east" in direction else dlon if "west" in direction else None
    if north_south is None or east_west is None:
        return max(-floor, *(o for o in (north_south, east_west) if o is not None))
    return max(north_south + slack * min(east_west, 0.0),
               east_west + slack * min(north_south, 0.0))


def wrong_side(place: Place, directed: list[tuple[Place, str]]) -> bool:
    """True when the text puts the place on one side of a province or town ("southern
    Aleppo") that holds it or lies near it, and the place lies on another (beyond a compound
    side's quarter of the compass)."""
    return 0.0 < side_error(place, directed, COMPOUND_SLACK) < UNJUDGED


def on_said_side(place: Place, directed: list[tuple[Place, str]], km: float) -> bool:
    """True when the place lies within km of a town the text puts places on a side of
    (`sides_of_points`), on that side ("X, north of Baghdad": reports so place villages
    50-120 km off)."""
    if place.lat is None or place.lon is None:
        return False
    for anchor, direction in directed:
        if anchor.kind != "town" or anchor.lat is None or anchor.lon is None or distance_km(
                place.lat, place.lon, anchor.lat, anchor.lon) > km:
            continue
        dlat, dlon = place.lat - anchor.lat, place.lon - anchor.lon
        if all(off > 0 for off in (
                dlat if "north" in direction else 1.0, -dlat if "south" in direction else 1.0,
                dlon if "east" in direction else 1.0, -dlon if "west" in direction else 1.0)):
            return True
    return False


def _said_bearing(direction: str) -> float:
    """The bearing (degrees clockwise from north) of a compass direction ("southwest": 225)."""
    north = ("north" in direction) - ("south" in direction)
    east = ("east" in direction) - ("west" in direction)
    return math.degrees(math.atan2(east, north)) % 360


def bearing_steps(place: Place, directed: list[tuple[Place, str]]) -> int:
    """How far the place's bearing from a town the text puts it on a side of (`directed` from
    `sides_of_points`: "X, east of Tikrit"; within NEAR_KM) strays from that side, in
    BEARING_STEPs (the most of such towns; 0 with none): of two villages `side_error` lets
    pass, the one more truly on that side."""
    if place.lat is None or place.lon is None:
        return 0
    steps = 0
    for anchor, direction in directed:
        if anchor.kind != "town" or anchor.lat is None or anchor.lon is None or distance_km(
                place.lat, place.lon, anchor.lat, anchor.lon) > NEAR_KM:
            continue
        north = place.lat - anchor.lat
        east = (place.lon - anchor.lon) * math.cos(math.radians(anchor.lat))
        if north == east == 0:
            continue
        bearing = math.degrees(math.atan2(east, north)) % 360
        off = abs(bearing - _said_bearing(direction)) % 360
        steps = max(steps, int(min(off, 360 - off) // BEARING_STEP))
    return steps


# A place lies off the side of its country a text names ("southern Somalia") when it lies this
# far (degrees) onto the other side of the middle of the country's provinces.
COUNTRY_SIDE_MARGIN_DEGREES = 0.5


def country_sides(text: str, named: Iterable[tuple[int, int, Place]]) -> list[tuple[str, str]]:
    """(country code, side) of the countries named in text (start, end, place) with a side
    ("in southern Somalia", "northwestern Syria")."""
    countries = [(s, e, p) for s, e, p in named if p.kind == "country" and p.country]
    return [(place.country, side) for place, side in directed_places(text, countries)]


def off_country_side(place: Place, sides: list[tuple[str, str]],
                     middle_of: Callable[[str], tuple[float, float] | None]) -> bool:
    """The place lies on another side of its country than the text names for it."""
    if place.lat is None or place.lon is None:
        return False
    for country, direction in sides:
        middle = middle_of(country) if place.country == country else None
        if middle is not None and _off_side(place.lat - middle[0], place.lon - middle[1],
                                            direction, COMPOUND_SLACK) > (
                COUNTRY_SIDE_MARGIN_DEGREES):
            return True
    return False

