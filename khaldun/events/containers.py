"""Places that only locate the place before them: containers ("X village in the Y
countryside", "the Baghdad district of Sadr City"), the province a container names, and the
city that holds the quarters listed before it."""

from __future__ import annotations

import re
from dataclasses import replace

from khaldun.events.triggers import alternation
from khaldun.nlp.possessive import owns
from khaldun.places import PlaceMention
from khaldun.places.districts import AREA_MAX_KM, QUARTERED_CITY
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.lexicon import (
    admin1_nouns,
    alternatives,
    building_nouns,
    cue_alternation,
    district_nouns,
    reference_cues,
    site_nouns,
)
from khaldun.places.model import in_province
from khaldun.places.scan import is_small
from khaldun.places.transliteration import same_place_name

_DIRECTION = f"(?:{alternation('direction_words')})"
_SITES = "|".join(sorted(site_nouns()))  # "near the KM4 junction in Mogadishu"
# "X district headquarters in Y": a container or site noun, then a building's
_BUILDINGS = "|".join(sorted(building_nouns()))
_SURROUNDINGS = rf"(?:{_DIRECTION}\s+)?(?:{alternation('surroundings_nouns')})\s+of\s+"
# ("the Abu Shouk displacement camp on the outskirts of X": a word may qualify the noun)
_IN_CONTAINER = re.compile(
    rf"^\s*(?:(?:[\w-]+\s+)?(?:{alternation('container_nouns')}|{_SITES}))?"
    rf"(?:\s+(?:{_BUILDINGS})\b)?"
    r"\s*(?:,\s*(?:which|that)\s+(?:is|lies|was)\s+(?:located\s+)?)?"
    # "X, a small village near Y": the kind of X, said after a comma
    rf"(?:,\s*an?\s+(?:[\w-]+\s+)?(?:{alternation('container_nouns')})\s+)?"
    rf"(?:(?:{alternation('container_preps')})\s+(?:the\s+)?(?:{_SURROUNDINGS})?"
    # "X district in the eastern province of Y"
    rf"(?:(?:{_DIRECTION}\s+)?(?:{alternatives(sorted(admin1_nouns()))})\s+of\s+)?"
    rf"|,?\s*on\s+the\s+{_SURROUNDINGS}"
    # "near the state capital Y", "near the border town of Y": Y described before it is named
    rf"|near\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{cue_alternation('place_kinds')})\s+(?:of\s+)?)"
    rf"(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
# "the X mountains in Y province": a landform in the province that holds it
_LANDFORM_IN = re.compile(
    rf"^\s*(?:{alternation('landform_nouns')})\s+(?:{alternation('landform_preps')})\s+"
    rf"(?:the\s+)?(?:{_DIRECTION}\s+)?$", re.IGNORECASE)
_SITE_AFTER = re.compile(rf"^\s*(?:{_SITES})\b", re.IGNORECASE)
_PART_AFTER = re.compile(rf"^\s*(?:{alternation('frame_part_nouns')})\b", re.IGNORECASE)
_COMMA_CONTAINER = re.compile(
    rf"^\s*(?:{alternation('comma_container_nouns')})?\s*[,(]\s*(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
# "X village, in Y local government area": after a comma, only a unit said to be one holds X
# ("in X, in Y and in Z" lists places)
_COMMA_IN = re.compile(
    rf"^\s*(?:{alternation('comma_container_nouns')})?\s*,\s*"
    rf"(?:{alternation('container_preps')})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "X camp, in central Y": a side of a place, after a comma, is an area holding X, whatever Y is
# ("in A, in northern B and in eastern C" lists places)
_COMMA_IN_SIDE = re.compile(
    rf"^\s*(?:(?:[\w-]+\s+)?(?:{alternation('container_nouns')}|{_SITES}))?\s*,\s*"
    rf"(?:{alternation('container_preps')})\s+(?:the\s+)?{_DIRECTION}\s+$",
    re.IGNORECASE,
)
_IN_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)in\b", re.I)
# "the Idlib suburb of Kafaroweid": the name after "of" is the smaller place ...
_NOUN_OF = re.compile(rf"\b(?:{alternation('place_of_nouns')})\s+of\b", re.I)
# ... but "the Sadr City district of Baghdad": the name before it is.
_PART_OF = re.compile(rf"^(?:{alternation('part_of_nouns')})\s+of(?:\s+the)?$", re.I)
# "'s largely Sunni district of ": from a city's name to its quarter's
_CITY_PART = re.compile(
    rf"^(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation('part_of_nouns')})\s+of\s+(?:the\s+)?$",
    re.I,
)
_NEAR_WORD = re.compile(r"\bnear\b", re.I)
# "Khartoum's twin city of Omdurman", "Baghdad's neighbouring town of X": a town told by its
# tie to another
_KIN_TOWN = re.compile(
    rf"^['’]s?\s+(?:[\w'’-]+\s+){{1,2}}?(?:{cue_alternation('place_kinds')})\s+of\s+(?:the\s+)?$",
    re.I)
# "the city's al-Zuhur neighborhood", "the city's A and B districts": a quarter of the town
# the article speaks of (and so are the names listed with the first)
_LISTED_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
THE_CITYS = re.compile(
    rf"\bthe\s+(?:{cue_alternation('place_kinds')})['’]s\s+(?:{_LISTED_NAME}){{0,6}}"
    rf"(?:[\w-]+\s+)?$", re.I
)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?[A-Z]")
_REGION_AFTER = re.compile(rf"^\s*(?:{alternation('region_nouns')})\b", re.I)


def split_containers(
    text: str, places: list[PlaceMention]
) -> tuple[list[PlaceMention], dict[int, list[PlaceMention]]]:
    """Separate places that only locate the place before them ("X village in the Y
    countryside", "X area (Y district), southern Z"), innermost first."""
    kept: list[PlaceMention] = []
    containers: dict[int, list[PlaceMention]] = {}
    inner: PlaceMention | None = None
    listed: list[PlaceMention] = []  # the places the current chain of containers holds
    for p in places:
        if inner is not None and inner is kept[-1] and _city_holds(text, inner, p):
            # "the Baghdad district of Sadr City": the quarter is the place, in the city
            part = {"role": "neighbourhood", "town": inner.place, "town_surface": inner.surface}
            kept[-1] = replace(p, **part)
            containers.setdefault(p.start, []).append(inner)
            inner = kept[-1]
            continue
        if inner is not None and inner is kept[-1] and _KIN_TOWN.match(text[inner.end:p.start]):
            # "Khartoum's twin city of Omdurman": a town named by its tie to another, which
            # only points to where it lies
            kept[-1] = p
            containers.setdefault(p.start, []).append(replace(inner, reference=True))
            inner = p
            continue
        if inner is not None and inner is kept[-1] and _owner_of(text, inner, p):
            # "Aleppo's Jarablus": the province's town; the owner only locates it
            kept[-1] = p
            containers.setdefault(p.start, []).append(inner)
            inner = p
            continue
        if inner is not None and inner is not kept[-1] and _owner_of(text, inner, p):
            # "X village in Borno's Jere area": the container's own part holds X too
            containers.setdefault(kept[-1].start, []).append(p)
            inner = p
            continue
        if inner is not None and inner is kept[-1] and _side_of_city(text, inner, p):
            # "Ain Zara, in southern Tripoli": a place near the city said to lie in a side of
            # it is the city's quarter
            part = {"role": "neighbourhood", "place": None, "town": p.place,
                    "town_surface": p.surface}
            kept[-1] = replace(inner, **part)
            containers.setdefault(inner.start, []).append(p)
            inner = kept[-1]
            continue
        if kept and _others_of(text, kept[-1], p):
            # "X and other villages of Y": Y holds X and the rest, it is no event place (and
            # a place after Y, "... of Y in Z province", holds them too)
            listed = _listed_before(text, kept)
            for item in listed:
                containers.setdefault(item.start, []).append(p)
            inner = p
            continue
        if inner is not None and _contains(text, inner, p):
            # "X village near Y": Y places X, it does not hold it; "the villages of A, B and
            # C in Y": Y holds each of the list
            near = bool(_NEAR_WORD.search(text[inner.end : p.start]))
            if inner is kept[-1]:
                listed = _listed_before(text, kept)
            for item in listed:
                containers.setdefault(item.start, []).append(replace(p, reference=near))
            inner = p  # a chain: X in Y of Z
            continue
        kept.append(p)
        inner = p
    return _framing_city(text, _city_of_quarters(text, kept, containers), containers), containers


# "X and other villages of Y", "A, B, and several other areas in the Y district"
_OTHERS_OF = re.compile(
    rf"^\s*,?\s*and\s+(?:(?:{alternation('other_places_counts')})\s+)?(?:other|more)\s+"
    rf"(?:[\w-]+\s+)?(?:{alternation('other_places_nouns')})\s+(?:of|in|around)\s+"
    rf"(?:the\s+)?(?:{_DIRECTION}(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_LISTED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _others_of(text: str, item: PlaceMention, holder: PlaceMention) -> bool:
    """ "X and other villages of Y": Y, after the last of the places listed and others of its
    kind, holds them all."""
    return holder.role != "country" and bool(_OTHERS_OF.match(text[item.end : holder.start]))


def _listed_before(text: str, kept: list[PlaceMention]) -> list[PlaceMention]:
    """The list of places the last kept one ends: "A, B and C"."""
    items = [kept[-1]]
    for p in reversed(kept[:-1]):
        if not _LISTED.match(text[p.end : items[-1].start]):
            break
        items.append(p)
    return items


# "In Baghdad, thousands gathered in X Square": a city the sentence opens on, as its frame
_FRAME = re.compile(rf"^\W*(?:{cue_alternation('frame_preps')})\s+(?:the\s+)?$", re.IGNORECASE)


def _framing_city(
    text: str, places: list[PlaceMention], containers: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """ "In Baghdad, thousands gathered in X Square", "In Y district of Taiz, ... in X area": a
    spot no gazetteer knows, named by a site or part noun after a big city (or a quarter of
    one) the sentence opens on, is a part of that city (the frame is no event place of its
    own)."""
    frame = places[0] if places else None
    # the frame is the city, or one of its quarters ("In X district of Taiz, ...")
    quarter = frame is not None and frame.role == "neighbourhood"
    city = (frame.town if quarter else frame.place) if frame is not None else None
    if (frame is None or frame.role not in ("town", "neighbourhood") or city is None
            or city.population < QUARTERED_CITY or not _FRAME.match(text[: frame.start])
            or not text[_frame_end(text, frame) :].lstrip().startswith(",")):
        return places
    spots = [p for p in places[1:] if p.place is None and p.role == "town"
             and (_SITE_AFTER.match(text[p.end :]) or _PART_AFTER.match(text[p.end :]))]
    if not spots:
        return places
    town_surface = frame.town_surface if quarter else frame.surface
    part = {"role": "neighbourhood", "town": city, "town_surface": town_surface}
    for p in spots:
        containers.setdefault(p.start, []).append(frame)
    return [replace(p, **part) if p in spots else p for p in places if p is not frame]


def _frame_end(text: str, frame: PlaceMention) -> int:
    """Where the frame's phrase ends: after its name, or after the city a quarter is said to
    be of ("X district of Taiz")."""
    if frame.role != "neighbourhood" or not frame.town_surface:
        return frame.end
    of_city = re.compile(
        rf"\s*(?:{alternation('frame_part_nouns')})?\s*of\s+(?:the\s+(?:city\s+of\s+)?)?"
        rf"{re.escape(frame.town_surface)}\b", re.IGNORECASE)
    found = of_city.match(text, frame.end)
    return found.end() if found else frame.end


def _city_holds(text: str, city: PlaceMention, part: PlaceMention) -> bool:
    """ "the Baghdad district of Sadr City", "Mosul's largely Sunni district of Al-Zahra",
    "Homs's Baba Amr": a city, then a part noun and "of" or its possessive: the name after it
    is the city's quarter."""
    if city.place is None or city.place.kind != "town":
        return False  # ("the Baghdad district": a city the scanner read as a district's name)
    if city.place.population < QUARTERED_CITY:
        return False
    if part.role not in ("town", "neighbourhood"):
        return False
    if part.place is not None and part.place.population >= city.place.population:
        return False
    if owns(text, city.end, part.start):
        # "Homs's Baba Amr": a part of the city (further off, "Idlib's" is the province's)
        return part.place is None or distance_km(
            city.place.lat, city.place.lon, part.place.lat, part.place.lon) <= AREA_MAX_KM
    return bool(_CITY_PART.match(text[city.end : part.start]))


# "X, in southern Y", "X in the east of Y": a side of the city Y
_COMPASS = rf"(?:{cue_alternation('directions')})(?:ern)?"
_IN_SIDE = re.compile(
    rf",?\s*in\s+(?:the\s+)?{_COMPASS}\s+(?:(?:part\s+)?of\s+(?:the\s+)?)?", re.I)


def _side_of_city(text: str, part: PlaceMention, city: PlaceMention) -> bool:
    """ "Ain Zara, in southern Tripoli": a known place said to lie in a side of a bigger city,
    close to it, is a quarter of that city."""
    if part.role != "town" or part.place is None or part.settlement:
        return False
    if city.role != "town" or city.place is None or city.place.kind != "town":
        return False
    if city.place.population < QUARTERED_CITY or part.place.population >= city.place.population:
        return False
    if not _IN_SIDE.fullmatch(text, part.end, city.start):
        return False
    return distance_km(part.place.lat, part.place.lon,
                       city.place.lat, city.place.lon) <= AREA_MAX_KM


def _owner_of(text: str, owner: PlaceMention, place: PlaceMention) -> bool:
    """ "Aleppo's Jarablus": a place named with the possessive of a bigger one."""
    if owner.place is None or place.place is None or not owns(text, owner.end, place.start):
        return False
    return owner.place.population > place.place.population or owner.role in ("admin1",
                                                                            "country")


# "X near Y": Y is a point of reference (reference_cues.yaml, near), not a province.
_NEAR_BEFORE = re.compile(rf"\b(?:{cue_alternation('near')})\s+(?:the\s+)?$", re.IGNORECASE)


def province_containers(
    gaz: Gazetteer, text: str, containers: dict[int, list[PlaceMention]]
) -> dict[int, list[PlaceMention]]:
    """A container the scanner read as a hamlet but named like a province is the province
    ("X in Najran": Najran province, not a Yemeni hamlet so named)."""
    return {start: [*outer[:-1], _as_province(gaz, text, outer[-1])]
            for start, outer in containers.items() if outer}


def _as_province(gaz: Gazetteer, text: str, mention: PlaceMention) -> PlaceMention:
    """The outermost container as the province of its name, at home or next door; not a
    place "near" which something lies, nor a "district" so named."""
    hamlet = mention.place
    if mention.role != "town" or hamlet is None or not is_small(hamlet):
        return mention
    following = text[mention.end :].split(maxsplit=1)
    if _NEAR_BEFORE.search(text[: mention.start]) or (
            following and following[0].lower().strip(",.;") in district_nouns()):
        return mention
    home = {hamlet.country, *gaz.neighbours.get(hamlet.country or "", ())}
    provinces = [p for p in gaz.exact(mention.surface) if p.kind == "admin1" and p.country in home]
    if not provinces:
        return mention
    province = min(provinces, key=lambda p: p.country != hamlet.country)  # its own first
    return replace(mention, place=province, role="admin1", town=None)


def _city_of_quarters(
    text: str, places: list[PlaceMention], containers: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """ "the neighbourhoods of A and B, and the X Road, in the city of Y": the quarters named
    before Y without their town, and a site right before it, are parts of Y; Y is no event
    place of its own."""
    cue = reference_cues().city_of
    for i, city in enumerate(places):
        if city.role != "town" or city.place is None or not cue.search(text[: city.start]):
            continue
        held = [
            p for p in places[:i]
            if p.role == "neighbourhood" and p.town_surface is None
            and not THE_CITYS.search(text, 0, p.start)  # "the city's X": the article's city
        ]
        if held and places[i - 1] not in held and _SITE_AFTER.match(text[places[i - 1].end :]):
            held.append(places[i - 1])
        if not held:
            continue
        for p in held:
            containers.setdefault(p.start, []).append(city)
        # the quarters and the site are parts of the city
        part = {"role": "neighbourhood", "town": city.place, "town_surface": city.surface}
        return [replace(p, **part) if p in held else p for p in places if p is not city]
    return places


def _contains(text: str, inner: PlaceMention, outer: PlaceMention) -> bool:
    if _province_of(inner, outer):
        return False  # "the Y state county of X": a province holds its towns
    gap = text[inner.end : outer.start]
    if _PART_OF.match(gap.strip()):
        return True
    regional = outer.role == "admin1" or bool(_REGION_AFTER.match(text[outer.end :]))
    if _NOUN_OF.search(gap) and not regional and (
        (inner.place is not None and inner.role != "neighbourhood")
        or (outer.town is not None and same_place_name(outer.town.name, inner.surface))
    ):
        return False  # "the Idlib suburb of Kafaroweid": the later name is the smaller place
    if outer.role == "admin1" and _LANDFORM_IN.match(gap):
        return True
    if _IN_CONTAINER.match(gap) or (regional and _COMMA_IN.match(gap)):
        return True
    if _COMMA_IN_SIDE.match(gap) and not _IN_GOES_ON.match(text, outer.end):
        return True
    # "Saraqib, Idlib, on Monday": a town named as its province is, set after a town, the
    # province (one place, not two: codebook §8.3)
    provincial = (
        outer.role == "town" and outer.place is not None and inner.role == "town"
        and inner.place is not None
        and same_place_name(outer.place.name, outer.place.admin1 or "")
        and not _LIST_GOES_ON.match(text, outer.end)  # "A, Hama and B": a list of towns
    )
    return (regional or provincial) and bool(_COMMA_CONTAINER.match(gap))


def _province_of(inner: PlaceMention, outer: PlaceMention) -> bool:
    """The inner place is the province the outer town lies in."""
    return (inner.role == "admin1" and inner.place is not None and outer.place is not None
            and in_province(outer.place, inner.place))
