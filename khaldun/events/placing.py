"""How the places of one sentence relate: quarters listed together or held by the town after
them, reference points ("Tarmiyah, north of Baghdad"), and names that are no place."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from khaldun.events.triggers import alternation
from khaldun.places import Place, PlaceMention
from khaldun.places.districts import QUARTERED_CITY, district_word_after
from khaldun.places.geometry import distance_km
from khaldun.places.lexicon import (
    ReferenceCues,
    admin1_noun_after,
    cue_alternation,
    reference_cues,
    slot_alternation,
    unit_suffixes,
)
from khaldun.places.model import in_province
from khaldun.places.nearby import QUARTER_KM
from khaldun.places.transliteration import same_place_name

# "30 people in Town A, 12 in Town B and 9 more in Town C": list items share
# the first one's kind of place and its town.
_LIST_GAP = re.compile(
    r"^[\s,]*(?:and\s+)?(?:\d+\s+(?:more\s+|others?\s+)?)?(?:in\s+)?(?:the\s+)?$"
)

# "A and B areas of D": a plural part noun after the list's last name makes D hold every name
_PARTS_OF = re.compile(rf"\s+(?:{alternation('part_of_nouns')})s\s+of\b", re.IGNORECASE)


def siblings(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Unresolved names listed right after a neighbourhood are neighbourhoods of its town; the
    quarters listed before one with a town share it."""
    out: list[PlaceMention] = []
    for p in places:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.place is None
            and p.role == "town"
            and prev.role == "neighbourhood"
            and _LIST_GAP.match(text[prev.end : p.start])
        ):
            p = replace(p, role="neighbourhood", town=prev.town or None)
        out.append(p)
    # "the Jobar and Qaboun districts of Damascus": the town named after the list is the
    # town of each of its quarters
    for i in range(len(out) - 2, -1, -1):
        p, after = out[i], out[i + 1]
        # (a name the gazetteer lacks, read as a town, is one of them when a plural part noun
        # follows the list: "the A and B areas of D district")
        unknown_part = (p.role == "town" and p.place is None
                        and bool(_PARTS_OF.match(text, after.end)))
        if (
            (p.role == "neighbourhood" or unknown_part)
            and after.role == "neighbourhood"
            and p.town is None
            and after.town is not None
            and _LIST_GAP.match(text[p.end : after.start])
        ):
            out[i] = replace(p, role="neighbourhood", town=after.town,
                             town_surface=p.town_surface or after.town_surface, precision=max(
                p.precision, after.precision) if unknown_part else p.precision)
    return out


# Between the items of a list of places: "A, B and C", "A and B".
LIST_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def joined_by_and(gap: str) -> bool:
    """Two places joined by "and" alone, in any case: "A and B", "A AND THE B"."""
    return "," not in gap and bool(LIST_SEPARATOR.match(gap.lower()))


def _within_province(province: PlaceMention, town: PlaceMention) -> bool:
    """ "In X province, ... north of Y": a town of the province said before it places the
    event within the province; it is no reference point of the province itself."""
    if province.role != "admin1" or town.role != "town" or None in (province.place, town.place):
        return False
    return in_province(town.place, province.place)


def reference_points(
    text: str, places: list[PlaceMention], containers: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """Move reference points ("Tarmiyah, north of Baghdad", "X, 30 km from Y") from the event
    places to the context of the place they locate (cues: reference_cues.yaml)."""
    cues = reference_cues()
    kept: list[PlaceMention] = []
    for p in places:
        prev = kept[-1] if kept else None
        towns = prev is not None and {prev.role, p.role} <= {"town", "neighbourhood"}
        if towns and _route_ends(text, prev, p, cues):
            # "on the road between A and B", "the road from A to B": near A, B only says where
            near = {"precision": max(prev.precision, 2), "qualifier": prev.qualifier or "near"}
            kept[-1] = replace(prev, **near)
            containers.setdefault(prev.start, []).append(replace(p, reference=True))
            continue
        right_after = kept and cues.after_previous.match(text[kept[-1].end : p.start])
        if kept and not _within_province(kept[-1], p) and (
                right_after or cues.before.search(text[max(0, p.start - 40) : p.start])):
            for listed in _listed_before(text, kept):
                containers.setdefault(listed.start, []).append(replace(p, reference=True))
            continue
        kept.append(p)
    return kept


def _listed_before(text: str, kept: list[PlaceMention]) -> list[PlaceMention]:
    """The last place kept and the places listed with it ("A and B village near Y", "A, B and
    C, north of Y"): a reference point after a list locates each of its items."""
    listed = [kept[-1]]
    for prev in reversed(kept[:-1]):
        if {prev.role, listed[-1].role} - {"town", "neighbourhood"} or not LIST_SEPARATOR.match(
                _VILLAGE_WORD.sub("", text[prev.end : listed[-1].start]).lower()):
            break
        listed.append(prev)
    return listed


# "A village and B village": a place noun after an item of a list (reference_cues.yaml
# near_nouns)
_VILLAGE_WORD = re.compile(rf"^\s+(?:{cue_alternation('near_nouns')})\b", re.IGNORECASE)


def _route_ends(text: str, a: PlaceMention, b: PlaceMention, cues: ReferenceCues) -> bool:
    """A and B are the ends of a stretch: "between A and B", "the road from A to B"."""
    before, gap = text[max(0, a.start - 40) : a.start], text[a.end : b.start]
    if joined_by_and(gap) and cues.between.search(before):
        return True
    return bool(_route_to().match(gap)) and bool(cues.route_from.search(before))


@lru_cache(maxsize=1)
def _route_to() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{cue_alternation('route_to')})\s+(?:the\s+)?$", re.IGNORECASE)


_POSSESSIVE = re.compile(r"^['’]s?\b")
_LOWER_NOUN = re.compile(rf"^(?!(?:{alternation('name_particles')})[-'’])[a-z]")


def clean_places(text: str, places: list[PlaceMention], country: str | None) -> list[PlaceMention]:
    """Drop "Washington's" (a government, not a place) and lower-case common nouns; a small
    foreign place in a known country's story is a homonym, so it is unresolved."""
    kept: list[PlaceMention] = []
    for p in places:
        foreign = bool(country and p.place and p.place.country and p.place.country != country)
        if foreign and _POSSESSIVE.match(text[p.end :]):
            continue
        if _LOWER_NOUN.match(p.surface):
            continue  # "the west coast of X": a common noun, not a name
        if foreign and p.role in ("town", "neighbourhood"):
            p = replace(p, place=None, town=None)
        kept.append(p)
    return kept


def overlaps(a: PlaceMention, b: PlaceMention) -> bool:
    """Two mentions share characters."""
    return a.start < b.end and b.start < a.end


# "the X toll gate in Y", "X community in Y": the words between a place and the town holding it
# ("A and in B", "A, then in B": a list of places, not B holding A)
_IN_GAP = re.compile(
    rf"^\s+(?:(?!(?:{slot_alternation('list_conjunctions')})\b)[a-z][\w'-]*\s+){{0,3}}in\s+$"
)
# How far a small town's place may lie from the town said to hold it (a city's quarter lies
# within places.nearby.QUARTER_KM).
HELD_KM = 40.0


def holds_the_one_before(text: str, inner: PlaceMention, town: PlaceMention) -> bool:
    """`town` is a bigger known town written right after the known town `inner`, "in"
    between, and names no district ("X community in Y district": the district is coded)."""
    known = all(
        p.role == "town" and p.place is not None and p.place.lat is not None
        for p in (inner, town)
    )
    return (
        known
        and bool(_IN_GAP.match(text[inner.end : town.start]))
        and not _unit_after(text, town.end)
        and inner.place.population < town.place.population
    )


def lies_in(inner: Place, town: Place, settlement: bool = False) -> bool:
    """The gazetteer's `inner` can be the place said to lie in `town`: near it (a big city's
    quarter nearer than a small town's surroundings; a `settlement`, one the text calls a
    village or town, is no quarter)."""
    quarter = town.population >= QUARTERED_CITY and not settlement
    limit = QUARTER_KM if quarter else HELD_KM
    return distance_km(inner.lat, inner.lon, town.lat, town.lon) <= limit


def quarters_of_the_next(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "the X prison in Y": where the gazetteer's X cannot lie in the city Y, that X is a
    namesake and the X meant is a quarter of Y."""
    out = list(places)
    for i in range(1, len(out)):
        inner, town = out[i - 1], out[i]
        if (
            holds_the_one_before(text, inner, town)
            and town.place.population >= QUARTERED_CITY
            and not same_place_name(town.place.name, town.place.admin1)  # "in Taiz": a province?
            and not lies_in(inner.place, town.place, settlement=inner.settlement)
        ):
            out[i - 1] = replace(inner, role="neighbourhood", place=None, town=town.place)
    return out


def _unit_after(text: str, end: int) -> bool:
    """The name at `end` is followed by an administrative unit's word ("district", "Kaduna
    State", "local government area")."""
    if district_word_after(text, end) or admin1_noun_after(text, end):
        return True
    after = " ".join(text[end : end + 40].lower().split())
    return any(after.startswith(u + " ") or after == u for u in unit_suffixes())


def outside_the_town(
    places: list[PlaceMention], containers: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """ "the X district of Baghlan province" in a report filed from Kabul: a name no gazetteer
    knows, said to lie in a province that does not hold the town it was taken to be a quarter
    of, is a place of that province (placed by it, not by the town)."""
    out = []
    for p in places:
        provinces = [
            o.place for o in containers.get(p.start, ())
            if o.role == "admin1" and o.place is not None
        ]
        if (
            p.place is None and p.role == "neighbourhood" and p.town is not None and provinces
            and not any(same_place_name(v.name, p.town.admin1) for v in provinces)
        ):
            p = replace(p, role="town", town=None, precision=max(p.precision, 2))
        out.append(p)
    return out
