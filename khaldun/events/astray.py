"""Villages found far from the place the text says holds them.

"X village in Y district", "the X area, south of Y", "X in Y province", "X near Y": a
gazetteer holds a dozen villages called X; the one found first may lie in another province.
A village (a place of unknown or tiny population) or a country-wide quarter that cannot lie
in its container is a namesake: the name is left unknown, to be looked for near the
container and else placed at the container's point (events/locate.py). A town no such
namesake that cannot lie in its container shows the container misread instead: a namesake of
the container that can hold it takes its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from khaldun.places import Place, PlaceMention
from khaldun.places.context import context_words
from khaldun.places.districts import QUARTERED_CITY
from khaldun.places.geometry import km_apart
from khaldun.places.lexicon import admin1_nouns, reference_cues, stated_km
from khaldun.places.model import DISTRICT_CODE, in_province
from khaldun.places.nearby import QUARTER_KM
from khaldun.places.scan import is_small
from khaldun.places.transliteration import name_key, same_place_name

# A village said to lie in, near or "south of" a town lies this close to its point at most
# (ACLED 2018 notes put "X, southeast of Y" up to about 75 km from Y); "in Y district":
# IN_DISTRICT_KM.
NEAR_KM = 100.0
# A province is wider, and the text's province and the gazetteer's may differ near a border:
# a village outside the province said to hold it is a namesake only this far from its point.
FAR_FROM_PROVINCE_KM = 150.0
# A village said to lie "near" a town or village (reference_cues.yaml, near) lies this close
# to it at most: ACLED 2018 notes of "X near Y" whose X the gazetteer found 19-65 km from Y
# were coded at Y (the X meant is a spot the gazetteer lacks), those 14 km off at X.
NEAR_CUE_KM = 15.0
# "Near" a city stretches farther: PITF reports put villages 20-45 km off "near" Beni,
# Maiduguri or Quetta. Only a town or village smaller than this bounds it to NEAR_CUE_KM.
NEAR_CUE_MAX_POPULATION = 100_000
# A village said to lie in a district ("X in Y district", "in Y local government area") lies
# this close to the point of the district's seat or centre at most.
IN_DISTRICT_KM = 60.0
# "X, about 110 km southwest of Y": a village farther than NEAR_KM from Y may still be the X
# meant when it lies about as far as the text says: within this share of that distance, or
# this many km, of it.
STATED_SHARE, STATED_MARGIN_KM = 0.25, 20.0
# "the Y neighbourhood", "the Y district of Damascus city": a quarter of a city, not a district
# of the province the city shares its name with
_CITY_QUARTER = re.compile(rf"\s+(?i:{context_words('city_quarter_words')})\b")


def _landmark(holder: PlaceMention, outer: Place) -> bool:
    """A container sure enough to judge by: a town of some size, a district, or a district's
    seat (a town named like the district it lies in: Hawija in Hawija district), whose
    population the gazetteer may not know."""
    return (not is_small(outer) or outer.feature_code == DISTRICT_CODE
            or holder.qualifier == "district"
            or bool(outer.admin2) and name_key(outer.admin2 or "") == name_key(outer.name))


def _in_container(place: Place, holder: PlaceMention, stated: float | None,
                  city_quarter: bool = False) -> bool | None:
    """Whether `place` can lie in the container (`stated`: the distance in km the text puts
    between them; `city_quarter`: the text calls the container a city's quarter); None when
    the container cannot tell."""
    outer = holder.place or holder.town
    if holder.role == "country" or outer is None or outer.lat is None or place.lat is None:
        return None
    if not _landmark(holder, outer):
        return None  # a village holding a village: either may be the namesake
    if place.country and outer.country and place.country != outer.country:
        return None  # a foreign namesake: events/locate.py drops it as one
    if place.kind == "admin1":
        # "X village in Y district": a province spelled like X holds Y, or X is no province
        return in_province(outer, place) if outer.kind == "town" and outer.admin1 else None
    if holder.role == "neighbourhood" and outer is holder.town and (
            outer.population >= QUARTERED_CITY) and stated is None and city_quarter:
        # "the X area in the Y district of Damascus": a spot of a city's quarter lies in the
        # city (whose name the province may share)
        return km_apart(place, outer) <= QUARTER_KM
    # "in southern Idleb": a town named like its province stands for the province
    province = outer.kind == "admin1" or bool(outer.admin1) and name_key(
        outer.admin1 or "") == name_key(outer.name)
    if province:
        if place.admin1 is None:
            return None
        inside = same_place_name(place.admin1, outer.admin1 or outer.name)
        return inside or km_apart(place, outer) <= FAR_FROM_PROVINCE_KM
    if outer.feature_code == DISTRICT_CODE and place.admin2 and outer.admin2 and (
            same_place_name(place.admin2, outer.admin2)):
        return True
    apart = km_apart(place, outer)
    if apart > NEAR_KM and stated is not None:
        return abs(apart - stated) <= max(STATED_MARGIN_KM, stated * STATED_SHARE)
    return apart <= (IN_DISTRICT_KM if holder.qualifier == "district" else NEAR_KM)


def _near_verdict(mention: PlaceMention, holder: PlaceMention, text: str) -> bool | None:
    """Whether the mention's place can be the X of "X near Y" (`holder` Y, a town or village
    of the same country, "near" right before it); None when the text does not say "near", or
    X is a district (wider than a point near Y), or Y cannot tell: a city (whose "near" reaches
    farther), or a village of another province than X (either may be the namesake)."""
    place, outer = mention.place, holder.place or holder.town
    if not text or not holder.reference or holder.role not in ("town", "neighbourhood") or (
            place is None or outer is None or outer.kind == "admin1" or place.kind != "town"
            or mention.qualifier == "district" or place.country != outer.country
            or outer.population >= NEAR_CUE_MAX_POPULATION):
        return None
    if not _landmark(holder, outer) and place.admin1 != outer.admin1:
        return None
    if not reference_cues().near.search(text, max(0, holder.start - 60), holder.start):
        return None
    return km_apart(place, outer) <= NEAR_CUE_KM


def _verdict(mention: PlaceMention, holder: PlaceMention, text: str) -> bool | None:
    near = _near_verdict(mention, holder, text)
    if near is not None:
        return near
    stated = stated_km(text[mention.end:holder.start]) if holder.start > mention.end else None
    city_quarter = bool(_CITY_QUARTER.match(text, holder.end)) if text else False
    return _in_container(mention.place, holder, stated, city_quarter)


def _doubtful(mention: PlaceMention) -> bool:
    """A village or a quarter found without its town: a name many places share; or a
    province said to lie in a town or a district (a village's name read as a province's)."""
    place = mention.place
    if place is not None and mention.role == "admin1":
        # ("Arbil Province": the text itself calls it a province)
        return place.kind == "admin1" and mention.surface.split()[-1].lower() not in (
            admin1_nouns())
    if place is None or mention.role not in ("town", "neighbourhood"):
        return False
    if mention.role == "neighbourhood" and mention.town is not None:
        return False  # placed in the town the text names: the town decided it
    return is_small(place) or place.kind == "neighbourhood"


def astray(places: list[PlaceMention], containers: dict[int, list[PlaceMention]],
           text: str = "", namesakes: Callable[[str], list[Place]] | None = None
           ) -> list[PlaceMention]:
    """The places, with a doubtful one that lies outside every container the text gives it
    made unknown (its name kept, its namesake dropped); `text`, the places' sentence, tells
    which containers it puts them "near"; `namesakes` gives the places a name may be: for a
    place no doubtful village, a container's namesake that can hold it shows the container
    was misread ("X in Baharak district": the Baharak of X's province) and takes its stead in
    `containers`."""
    out = []
    for p in places:
        holders = [c for c in containers.get(p.start, ())
                   if not (c.reference and p.role == "admin1")] if p.place is not None else []
        verdicts = [(c, _verdict(p, c, text)) for c in holders]
        judged = [c for c, v in verdicts if v is not None]
        if not judged or any(v for _, v in verdicts):
            out.append(p)
            continue
        if _doubtful(p):
            p = replace(p, place=None, town=None, role="town")
        elif namesakes:
            # a town no look-alike hamlet: the container is the one misread, if a namesake of
            # it can hold the town
            reread = {id(c): h for c in judged if (h := _namesake_holding(p, c, text, namesakes))}
            containers[p.start] = [reread.get(id(c), c) for c in containers[p.start]]
        out.append(p)
    return out


def _namesake_holding(mention: PlaceMention, holder: PlaceMention, text: str,
                      namesakes: Callable[[str], list[Place]]) -> PlaceMention | None:
    """The container read as another place of its name and kind that can hold the mention."""
    outer = holder.place or holder.town
    if outer is None or mention.place is None or holder.role not in ("town", "neighbourhood"):
        return None
    for q in namesakes(holder.surface):
        if q is not outer and q.kind == outer.kind and q.lat is not None and (
                q.country == outer.country):
            reread = replace(holder, place=q, town=None)
            if _verdict(mention, reread, text):
                return reread
    return None
