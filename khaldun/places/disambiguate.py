"""Choosing among same-named places by what else the article names.

A dense gazetteer holds a dozen villages called Safa or Hawa. The one an article means
lies in a province it names, or near the other places it names with confidence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from khaldun.places import context
from khaldun.places.bearing import (
    PROVINCE_CORE_DEGREES,
    UNJUDGED,
    bearing_steps,
    country_sides,
    directed_places,
    off_country_side,
    on_said_side,
    side_error,
    sides_of_points,
)
from khaldun.places.district_index import DISTRICT_MIN_LIKENESS
from khaldun.places.districts import (
    QUARTERED_CITY,
    district_seat,
    named_district,
    place_in_district,
)
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.grounds import Grounds
from khaldun.places.lexicon import admin1_noun_after, cue_alternation
from khaldun.places.model import DISTRICT_CODE, Place
from khaldun.places.nearby import in_districts, near_match
from khaldun.places.qualified import is_seat_name
from khaldun.places.ranking import LIKENESS_STEP, wide_region
from khaldun.places.scan import WORLD_MIN_POPULATION, Hit, is_small
from khaldun.places.transliteration import exact_form, name_key

logger = logging.getLogger("khaldun.places")

# A candidate this close to a confidently named place of the article is "near" it.
NEAR_KM = 75.0
# A town of fewer people than this gives way to a namesake in a province the text names.
NAMESAKE_MAX_POPULATION = 100_000
# Of same-named villages near a town the text names, one in a closer ring of this width comes
# first ("X village in northeast Afrin": the X 15 km off, not the one 60 km off).
CLOSE_KM = 25.0
# A village this far from the centre of the military operation a text names (its front) is
# not the one meant when a namesake lies nearer (khaldun/data/places/operation_areas.yaml).
FRONT_KM = 40.0
# A village found only by a look-alike spelling, this far from every confident place of
# the article and in no province it names, is not taken: the name is left unknown.
FAR_KM = 150.0
# A village the text puts on a side of a town ("X village, south of T") lies within this of
# it (ACLED 2018 notes so placing a village: 16 of 17 points within 60 km of the town).
SIDE_VILLAGE_KM = 75.0
# "X in D", "X hill in D of G", "X, D": the words between a village and the district that
# holds it (nouns such as "military camp"; a conjunction opens another clause: "X and five
# in D" is no village of D).
_HOLDING_GAP = re.compile(
    r"^\s*(?:(?:(?!(?:and|or|but|while)\b)[a-z]+\s+){0,2}(?:in|of)\s+(?:the\s+)?|,\s*)$")
# "X camp in the southern countryside of P", "X in P countryside", "X town in eastern P":
# the words between a place and the province the text puts it in.
_PROVINCE_GAP = re.compile(
    rf"^\s*(?:(?:{cue_alternation('near_nouns')})\s+)?in\s+(?:the\s+)?"
    rf"(?:(?:(?:{cue_alternation('directions')})ern|{cue_alternation('province_sides')})"
    rf"[\s-]+)?(?:(?:{cue_alternation('side_nouns')})\s+(?:of\s+)?(?:the\s+)?)?$", re.I)
# "X and Y in D", "X, Y and Z of D": the places of a list share the district after it.
_LIST_GAP = re.compile(r"^\s*(?:[a-z]+\s+){0,2},?\s*and\s+$")
# A district named like its seat holds the places named before it when the seat is a town
# no bigger than this (Al Mukha); "X in Taizz" names the city.
DISTRICT_SEAT_POPULATION = 50_000
# "X village in Y", "X, south of Y", "X near the town of Y": the words that tie a place to
# the one named right after it (its holder or reference point); "X in northern Y" and "X, 30 km
# south of Y" are left to the sides and distances said.
_TIED_GAP = re.compile(
    rf"^(?:\s+(?:{cue_alternation('near_nouns')}))?\s*,?\s*(?:(?:to\s+the\s+)?"
    rf"(?P<d>{cue_alternation('directions')})\s+of|(?:{cue_alternation('tie_words')}))"
    rf"\s+(?:the\s+)?(?:(?:{cue_alternation('place_kinds')})\s+of\s+)?$", re.I)
# A city this big, spelled as written, keeps its rank against a namesake by the place it is
# tied to unless the text calls it a village ("Daraa, south of Damascus" is the city).
TIED_CITY_POPULATION = 50_000
# Of same-named villages the text tells nothing more of, the one where the text's actors fight
# (khaldun/places/grounds.py) comes first, when its share is more by this much and this
# many times the first one's.
GROUND_STEP = 0.05
GROUND_RATIO = 2.0
# Namesakes closer than this lie in one area: the mined cells tell them apart only when the
# actors are not known to fight at the first one at all (a share this small).
GROUND_APART_KM = 40.0
GROUND_ABSENT = 0.01
# "in southern Idlib", "in southwest Idlib": a compass adjective (or a compound compass word)
# right before a name (within this many characters) makes it a side of the province so named,
# not its city
SIDE_REACH = 16
_SIDE_BEFORE = re.compile(rf"\b(?:(?:{cue_alternation('directions')})ern|"
                          rf"{cue_alternation('province_sides')})[\s-]+$", re.I)
_CITY_PART_BEFORE = re.compile(
    rf"\b(?:{cue_alternation('city_parts')})\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?:{cue_alternation('directions')})ern|{cue_alternation('province_sides')})[\s-]+$",
    re.I)


def _side_of_province(gaz: Gazetteer, text: str, hit: Hit) -> Place | None:
    """ "in southern Idlib": the province a compass side is of, where the name is its city's
    too ("southern Baghdad" is the capital's own side, and so is the side a city's quarter
    lies in)."""
    if not text or hit.places[0].kind != "town" or not _SIDE_BEFORE.search(
            text, max(0, hit.start - SIDE_REACH), hit.start):
        return None
    if any(gaz.capitals.get(p.country or "") == p.name for p in hit.places) or (
            _CITY_PART_BEFORE.search(text, max(0, hit.start - SIDE_REACH * 3), hit.start)):
        return None  # ("the X neighbourhood in eastern Aleppo": the city's side)
    return next((p for p in hit.places if p.kind == "admin1"), None)


def _confident(hit: Hit) -> bool:
    top = hit.places[0]
    return (top.kind in ("admin1", "country") or wide_region(top) or not is_small(top)
            or _named_seat(hit))


def _named_seat(hit: Hit) -> bool:
    """The hit's first place is the seat of a district spelled as the text writes it (Dhubab
    the village in Dhubab district): the name is the district's, no look-alike hamlet's."""
    top, key = hit.places[0], name_key(hit.surface)
    return top.kind == "town" and top.feature_code is None and top.admin2 is not None and any(
        p.feature_code == DISTRICT_CODE and p.country == top.country and p.admin2 == top.admin2
        and name_key(p.name) == key == name_key(top.name) for p in hit.places[1:])


def _doubtful(gaz: Gazetteer, text: str, hit: Hit, hits: list[Hit], named: set[str],
              anchors: list[Place], country: str | None = None) -> bool:
    """A town found only by a look-alike spelling, one under TIED_CITY_POPULATION the text
    puts in another province (`_held_province`), or one with a namesake in a province the
    text names (`_namesake_in`), outside every province the text names and
    far from its other places ("X town in southern Idleb" read as a city of another province
    spelled alike, or a town of a few thousand named like the village meant): its name is
    weighed like a village's."""
    top = hit.places[0]
    if top.kind == "town" and country is not None and top.country != country and any(
            p.country == country and p.admin1 in named for p in hit.places[1:]):
        return True  # "Riyadh, a town in Kirkuk province": no city abroad of that name
    if top.kind != "town" or not named or top.admin1 in named:
        return False
    # (a name written twice is one place: "between X and Sanah ... near Sanah in P")
    held = next((p for p in (_held_province(text, h, hits) for h in hits
                             if h.surface == hit.surface) if p), None)
    if any(p is top for p in gaz.exact(hit.surface)) and not _namesake_in(hit, named) and not (
            top.population < TIED_CITY_POPULATION and held) and not _own_name_in(hit, held):
        return False
    return not _near(top, [a for a in anchors if a is not top], NEAR_KM)


def _held_province(text: str, hit: Hit, hits: list[Hit]) -> str | None:
    """The province the text puts the hit in right after it ("X village in the southern
    countryside of P", "X in P countryside", "X town in eastern P"): the next place named, a
    province or the town named like it, after a holding phrase."""
    after = [h for h in hits if h.start >= hit.end and h.places and not h.demonym]
    if not text or not after:
        return None
    ref = min(after, key=lambda h: h.start)
    if not _PROVINCE_GAP.match(text[hit.end:ref.start]):
        return None
    held = next((p for p in ref.places if p.kind == "admin1"), None)
    top = ref.places[0]
    if held is None and top.kind == "town" and top.admin1 and name_key(top.admin1) == name_key(
            top.name):
        held = top
    return held.admin1 or held.name if held is not None else None


def _namesake_in(hit: Hit, named: set[str]) -> bool:
    """A town short of a city whose namesake (the same name, another town) lies in a province
    the text names ("the village of X in the Y region" where the best-known X is elsewhere)."""
    top = hit.places[0]
    return top.population < NAMESAKE_MAX_POPULATION and any(
        p is not top and p.kind == "town" and p.admin1 in named
        and name_key(p.name) == name_key(top.name) for p in hit.places[1:])


def _own_name_in(hit: Hit, province: str | None) -> bool:
    """"X in P" where a town of P bears X as its own name and the first place, a city of
    another province, only lists X among its other spellings ("Sanah in Ad Dali" is no
    Sanaa): a city of any size is then a namesake of the place meant."""
    top = hit.places[0]
    return province is not None and exact_form(top.name) != exact_form(hit.surface) and any(
        p is not top and p.kind == "town" and p.admin1 == province
        and exact_form(p.name) == exact_form(hit.surface) for p in hit.places[1:])


def _no_city(gaz: Gazetteer, text: str, hit: Hit) -> Callable[[Place], bool]:
    """A test of the hit's places: True for a city the text calls a village ("Tarbeh village"
    is no city spelled Tarab) found only by a look-alike spelling of its name."""
    called = bool(context.VILLAGE_AFTER.match(text[hit.end:]) or context.VILLAGE_BEFORE.search(
        text[max(0, hit.start - 30):hit.start]))
    exact = {id(p) for p in gaz.exact(hit.surface)} if called else set()
    return lambda p: called and p.population >= QUARTERED_CITY and id(p) not in exact


def _strayed(place: Place, pointed: list[tuple[Place, str]], text: str, hit: Hit) -> bool:
    """ "X village, west of T": a place the text calls a village and puts on a side of towns,
    lying farther than SIDE_VILLAGE_KM from all of them, is a namesake, not the X meant (a
    town so placed may lie farther: "the town of X north of Baghdad", 80 km off)."""
    towns = [a for a, _ in pointed if a.kind == "town"]
    return bool(towns) and place.kind == "town" and place.feature_code is None and bool(
        context.VILLAGE_AFTER.match(text[hit.end:]) or context.VILLAGE_BEFORE.search(
            text[max(0, hit.start - 30):hit.start])) and not _near(place, towns, SIDE_VILLAGE_KM)


def named_provinces(anchors: list[Place]) -> set[str]:
    """Provinces the text names as such, or by a town named like them ("in southern Idleb")."""
    return {p.admin1 or p.name for p in anchors if p.kind == "admin1"} | {
        p.admin1 for p in anchors if p.admin1 and name_key(p.admin1) == name_key(p.name)}


def _quarter_lookalike(gaz: Gazetteer, text: str, hit: Hit,
                       country: str | None) -> Callable[[Place], bool]:
    """For a name the text calls a town, city or village: whether a candidate is a quarter
    spelled less like it than a town so named is ("the town of Mayadeen": Al Mayadin, not
    Maydan of the dateline city)."""
    if not context.called_settlement(text, hit.start, hit.end):
        return lambda place: False
    towns = [gaz.likeness(hit.surface, p, country)[0] for p in hit.places if p.kind == "town"]
    best = max(towns, default=0.0)
    return lambda place: place.kind == "neighbourhood" and (
        gaz.likeness(hit.surface, place, country)[0] + LIKENESS_STEP <= best)


def _near(place: Place, anchors: list[Place], km: float) -> bool:
    if place.lat is None or place.lon is None:
        return False
    return any(a.lat is not None and a.lon is not None
               and distance_km(place.lat, place.lon, a.lat, a.lon) <= km for a in anchors)


def _closeness(place: Place, towns: list[Place]) -> int:
    """How far the place lies from the nearest town the text names, in steps of CLOSE_KM (0
    with no town to measure from)."""
    if place.lat is None or place.lon is None:
        return 0
    found = [distance_km(place.lat, place.lon, t.lat, t.lon) for t in towns
             if t.lat is not None and t.lon is not None]
    return int(min(found) // CLOSE_KM) if found else 0


def _side_rank(place: Place, directed: list[tuple[Place, str]]) -> tuple[int, float]:
    """(0 on the side of a place the text says ("southern Idleb"; deep in a province's side:
    PROVINCE_CORE_DEGREES), 1 on another, 2 in or near none of the places the text gives a
    side of; how far off that side, in tenths of a degree: of two villages off the side said,
    the one less off)."""
    error = side_error(place, directed, core=PROVINCE_CORE_DEGREES)
    if error >= UNJUDGED:
        return 2, 0.0
    return int(error > 0), round(error, 1)


def _holding_district(gaz: Gazetteer, text: str, hit: Hit, hits: list[Hit],
                      country: str | None, district_spans: list[tuple[int, int, str]]
                      ) -> tuple[Place | None, Place | None]:
    """The administrative district the text puts the hit in ("X in Nihm", "X valley of Nihm
    district", "X in Y in Nati of Al Bayda", "X and Y in Nihm": through a chain or a list of
    places), if any: a name of a district that is no province and no city (its seat is a
    village or a town, or the gazetteer's first answer is the district); with the first
    place of the chain between them that holds the hit ("Y" of "X in Y in Nati"), if any.
    `district_spans`: "D district" phrases."""
    following = sorted([(h.start, h.end, h) for h in hits if h.start >= hit.end and h.places]
                       + [(s, e, name) for s, e, name in district_spans if s >= hit.end],
                       key=lambda item: item[0])
    end, via, held = hit.end, None, True  # held: no list has come between the hit and here
    for start, stop, item in following:
        gap = text[end:start]
        listed = bool(_LIST_GAP.match(gap))
        if not text or not (listed or _HOLDING_GAP.match(gap)):
            return None, None
        if isinstance(item, str):
            return (None, None) if listed else (named_district(gaz, item, country), via)
        top = item.places[0]
        if item.demonym:
            return None, None
        held = held and not listed
        if not listed and top.kind == "town" and (
                top.feature_code == DISTRICT_CODE or top.population < DISTRICT_SEAT_POPULATION):
            district = named_district(gaz, item.surface, country)
            if district is not None and not _province_named(gaz, item.surface, country):
                return district, via
        if via is None and held and top.kind == "town" and top.feature_code is None:
            via = top
        end = stop
    return None, None


def _province_named(gaz: Gazetteer, name: str, country: str | None) -> bool:
    """A province is called so (its spellings look alike: As Sawadiyah is no Saada)."""
    return any(gaz.likeness(name, p, country)[0] >= DISTRICT_MIN_LIKENESS
               for p in gaz.lookup(name, country, kind="admin1"))


def _in_district(place: Place, district: Place) -> bool:
    return place.admin2 == district.admin2


def _held_by(gaz: Gazetteer, hit: Hit, district: Place, via: Place | None = None) -> None:
    """A village the text puts in a district: the same-named one in it, else a look-alike of
    its own (`place_in_district`: by key, or `district_lookalike`: spelled more loosely),
    else the village of the district the text puts it in on the way (`via`: "X in Y in D",
    at Y), else the district: at its seat
    when that is a town, else at its point (as ACLED codes a village it cannot place); never
    a namesake outside it (in Yemen the neighbouring district's namesake is another
    village)."""
    hit.places.sort(key=lambda p: not _in_district(p, district))
    if _in_district(hit.places[0], district):
        return
    local = near_match(gaz, hit.surface, [district])
    if local is None or not _in_district(local, district):
        # (one of the district's villages sharing the name's key and looking alike, as "X
        # area of D" finds it, not a look-alike next door; else a looser look-alike)
        local = place_in_district(gaz, hit.surface, district, None)
    if local is not None:
        hit.places = [local]
        return
    if via is not None and _in_district(via, district):
        hit.places = [via]
        hit.district_point = True
        return
    seat = district_seat(gaz, district.name, district)
    hit.places = [seat if seat is not None and not is_small(seat) else district]
    hit.district_point = True


def _held_elsewhere(gaz: Gazetteer, hit: Hit, district: Place) -> bool:
    """The hit's first place is a town of another district than the one the text puts it in,
    spelled otherwise than written (a look-alike), no city (a town under
    DISTRICT_SEAT_POPULATION), and no district or province itself."""
    top = hit.places[0]
    return (top.kind == "town" and top.feature_code is None and district not in hit.places
            and top.admin2 not in (None, district.admin2)
            and top.population < DISTRICT_SEAT_POPULATION
            and not any(p is top for p in gaz.exact(hit.surface)))


def _tied_to(text: str, hit: Hit, hits: list[Hit]) -> tuple[Hit, str] | None:
    """The hit named right after this one that the text ties it to: its holder ("X village in
    Y") or reference point ("X, south of Y", "X near Y"; no distance given), a town not named
    like its province; with the side of it said ("" if none)."""
    after = [h for h in hits if h.start >= hit.end and h.places and not h.demonym]
    if not text or not after:
        return None
    ref = min(after, key=lambda h: h.start)
    top = ref.places[0]
    tie = _TIED_GAP.match(text[hit.end:ref.start])
    if top.kind != "town" or wide_region(top) or top.lat is None or (
            top.admin1 and name_key(top.admin1) == name_key(top.name)) or not tie:
        return None  # (a town named like its province stands for it: sorted by_text)
    side = (tie.group("d") or "").lower()
    return ref, side.replace("-", "").replace(" ", "")


def _by_reference(place: Place, ref: Place) -> bool:
    """The place lies within CLOSE_KM of the reference point, or in its area: the district it
    is or it is named like."""
    if place.country != ref.country:
        return False
    if ref.admin2 and (ref.feature_code == DISTRICT_CODE or name_key(ref.admin2) == name_key(
            ref.name)) and place.admin2 == ref.admin2:
        return True
    return _near(place, [ref], CLOSE_KM)


def _tie(gaz: Gazetteer, text: str, hit: Hit, ref: Place, side: str) -> bool:
    """Of the hit's namesakes, the one by the place the text ties it to (`_tied_to`) comes
    first when the first one lies neither near it nor in its area (a bigger or foreign
    namesake); a city spelled as written keeps its rank unless called a village, and so does
    a district's seat named like it. With a side
    said, the top on that side within NEAR_KM keeps its rank, and a namesake by the place
    comes first only if on about that side. True when the order changed."""
    top = hit.places[0]
    said = [(ref, side)] if side else []
    if top is ref or top.kind not in ("town", "neighbourhood") or _by_reference(top, ref) or (
            said and on_said_side(top, said, NEAR_KM)):
        return False
    exact = any(p is top for p in gaz.exact(hit.surface))
    if exact and top.population >= TIED_CITY_POPULATION and not context.VILLAGE_AFTER.match(
            text[hit.end:]):
        return False
    if exact and top.admin2 and name_key(top.admin2) == name_key(top.name):
        return False  # (the seat of a district named as written: the text misplaces it)
    by = [p for p in hit.places[1:] if p.kind in ("town", "neighbourhood") and p is not ref
          and p.lat is not None and _by_reference(p, ref)]
    if not by and not _near(top, [ref], NEAR_KM):
        # (the namesakes kept were of another country the text seemed to be of: "X village
        # in Y" with Y across the border looks X up in Y's country)
        by = [p for p in gaz.lookup(hit.surface, ref.country) if p.kind in (
            "town", "neighbourhood") and p is not ref and p.lat is not None
            and _by_reference(p, ref)]
    by = [p for p in by if bearing_steps(p, said) <= 1]
    if not by:
        return False
    best = min(by, key=lambda p: (bearing_steps(p, said),
                                  distance_km(p.lat, p.lon, ref.lat, ref.lon)))
    logger.debug("place %r: %s by %s, not %s", hit.surface, best.name, ref.name, top.name)
    hit.places = [best, *(p for p in hit.places if p is not best)]
    return True


def _pair_namesakes(hit: Hit, ref: Hit, side: str, country: str | None) -> bool:
    """A village tied to a place with namesakes of its own ("X, north of Y", neither name
    sure, no district holding it): of the hit's namesakes and those of the place it is tied
    to (`_tied_to`), the two lying by each other (`_by_reference`; on about the side said)
    come first in each, unless the first two already do; only when one namesake of the hit
    alone lies by one of the place's (in a land of many namesakes a pair by chance is no
    evidence); a town of known size keeps its rank. True when the hit's order changed."""
    top, ref_top = hit.places[0], ref.places[0]
    if not is_small(top) or _by_reference(top, ref_top):
        return False
    pairs = [(distance_km(p.lat, p.lon, r.lat, r.lon), p, r)
             for p in hit.places if p.kind in ("town", "neighbourhood") and p.lat is not None
             and (country is None or p.country == country)
             for r in ref.places if r.kind == "town" and r is not p and r.lat is not None
             and _by_reference(p, r) and (not side or bearing_steps(p, [(r, side)]) <= 1)]
    if not pairs or len({id(p) for _, p, _ in pairs}) > 1:
        return False
    _, best, best_ref = min(pairs, key=lambda t: t[0])
    logger.debug("place %r: %s by %s, not %s", hit.surface, best.name, best_ref.name, top.name)
    hit.places = [best, *(p for p in hit.places if p is not best)]
    ref.places = [best_ref, *(p for p in ref.places if p is not best_ref)]
    return best is not top


def _plain_village(place: Place) -> bool:
    """A village of unknown size, no area, not named like its district or as a seat
    ("Nahiyat X"): one GeoNames lists is no likelier the one meant than a namesake only Who's
    On First has."""
    return is_small(place) and place.feature_code is None and not (
        place.admin2 and name_key(place.admin2) == name_key(place.name)
        or is_seat_name(place.name))


def _where_fought(gaz: Gazetteer, hit: Hit, by_text: Callable[[Place], tuple],
                  grounds: Grounds) -> None:
    """Of the villages spelled about as well as the first one (within LIKENESS_STEP) and alike
    in all the text tells (`by_text`), the one where the text's actors fight most (GROUND_RATIO
    times and GROUND_STEP more) comes first, if far from the first or the actors are not known
    to fight at the first at all: a district or a town of known size keeps its rank."""
    top = hit.places[0]
    if not _plain_village(top) or top.admin2 and name_key(top.admin2) == name_key(hit.surface):
        return  # a village of the district the text names (Suq X, the seat of X) keeps its rank
    told = by_text(top)
    floor = gaz.likeness(hit.surface, top, top.country)[0] - LIKENESS_STEP
    alike = [p for p in hit.places if _plain_village(p) and p.country == top.country
             and by_text(p) == told and gaz.likeness(hit.surface, p, p.country)[0] >= floor]
    best = max(alike, key=grounds.score)
    if grounds.score(best) >= max(grounds.score(top) * GROUND_RATIO,
                                  grounds.score(top) + GROUND_STEP) and (
            grounds.score(top) <= GROUND_ABSENT or not _near(best, [top], GROUND_APART_KM)):
        hit.places.remove(best)
        hit.places.insert(0, best)


def _in_theatre(hit: Hit, countries: frozenset[str]) -> bool:
    """With no country known for the text, of namesakes in several countries the ones where
    its actors fight come first ("IS militants attacked X": X in Iraq or Syria, not a town so
    named in China); a name with none there is no place of the text (False), unless it is a
    country, a province or a city known the world over, which keep their rank."""
    top = hit.places[0]
    if top.kind in ("country", "admin1") or top.population >= WORLD_MIN_POPULATION:
        return True
    hit.places.sort(key=lambda p: p.country not in countries)
    return hit.places[0].country in countries


def disambiguate(gaz: Gazetteer, hits: list[Hit], country: str | None,
                 context: list[Place] | None = None, text: str = "",
                 district_spans: list[tuple[int, int, str]] | None = None,
                 front: list[Place] | None = None, grounds: Grounds | None = None,
                 parts: tuple[tuple[str, str], ...] = ()) -> list[Hit]:
    """Hits with same-named candidates reordered by context (the confident places among
    the hits, the side of them the text names, `context`: places the article has named
    before, `front`: the centres of the operations it names, in the provinces it names, and
    last `grounds`: where its actors fight); far look-alikes dropped."""
    if country is None and grounds is not None and grounds.countries:
        hits = [h for h in hits if h.demonym or not h.places
                or _in_theatre(h, grounds.countries)]
    found = [h for h in hits if not h.demonym and h.places]
    confident = [h for h in found if _confident(h) and h.places[0].kind != "country"]
    # (a region over several provinces places nothing near its centre)
    anchors = [h.places[0] for h in confident if not wide_region(h.places[0])] + (context or [])
    named = named_provinces(anchors)
    doubtful = {id(h) for h in confident
                if _doubtful(gaz, text, h, hits, named, anchors, country)}
    # "the village of X" read as a city spelled alike is weighed like the village it is
    hamlets = {id(h) for h in confident if _no_city(gaz, text, h)(h.places[0])}
    confident = [h for h in confident if id(h) not in hamlets]
    confident = [h for h in confident if id(h) not in doubtful]
    anchors = [h.places[0] for h in confident if not wide_region(h.places[0])]
    directed = directed_places(text, [(h.start, h.end, h.places[0]) for h in confident])
    pointed = sides_of_points(text, [(h.start, h.end, h.places[0]) for h in confident])
    # "X in southern Somalia": of namesakes, one in that part of the country
    parts = [*parts, *country_sides(text, [(h.start, h.end, h.places[0]) for h in found
                                           if h.places[0].kind == "country"])]
    anchors += context or []
    provinces = {p.admin1 for p in anchors if p.admin1}
    # Districts the text names ("in Nihm district", "X in Khabb wa ash Shaaf of Al Jawf"):
    # of same-named villages, the one in them is meant.
    districts = {p.admin2 for p in anchors if p.feature_code == DISTRICT_CODE and p.admin2}
    # Provinces the text names as such ("in southern Idleb"): a village outside them is
    # another village of the same name.
    named = named_provinces(anchors)
    front = [f for f in front or () if not named or f.admin1 in named]
    # towns the text names for themselves, not for their province ("southern Idleb")
    towns = [p for p in anchors if p.kind == "town" and not (
        p.admin1 and name_key(p.admin1) == name_key(p.name))]
    # "X in Taiz": a town named like its province holds the province's villages, however far
    # from the town itself
    held = {p.admin1 for p in anchors if p.kind == "town" and p not in towns}
    kept: list[Hit] = []
    for hit in hits:
        if hit.demonym or not hit.places:
            kept.append(hit)
            continue
        side = _side_of_province(gaz, text, hit)
        if side is not None:
            hit.places = [side]
            kept.append(hit)
            continue
        holder, via = _holding_district(gaz, text, hit, hits, country, district_spans or [])
        if holder is not None and _held_elsewhere(gaz, hit, holder):
            # "X in D of P": a town of another district spelled like X (a district's seat
            # the spelling favoured) is not the X of D
            _held_by(gaz, hit, holder, via)
            kept.append(hit)
            continue
        tied = _tied_to(text, hit, hits)
        if tied is not None and (_confident(tied[0]) and id(tied[0]) not in doubtful) and _tie(
                gaz, text, hit, tied[0].places[0], tied[1]):
            kept.append(hit)
            continue
        if holder is None and tied is not None and not _confident(tied[0]) and (
                _pair_namesakes(hit, tied[0], tied[1], country)):
            kept.append(hit)
            continue
        if _confident(hit) and id(hit) not in doubtful and id(hit) not in hamlets:
            kept.append(hit)
            continue
        provinces_named = [p for p in hit.places if p.kind == "admin1"]
        if provinces_named and text and admin1_noun_after(text, hit.end):
            # "in Sudan's El Gezira state": the province, wherever the article's other places
            hit.places = provinces_named[:1]
            kept.append(hit)
            continue
        if holder is not None and holder not in hit.places and (
                hit.places[0].feature_code is None):  # a village, not a region
            _held_by(gaz, hit, holder, via)
            kept.append(hit)
            continue
        order = {id(p): n for n, p in enumerate(hit.places)}
        no_city = _no_city(gaz, text, hit)
        lookalike = _quarter_lookalike(gaz, text, hit, country)

        def by_text(p: Place, no_city: Callable[[Place], bool] = no_city,
                    lookalike: Callable[[Place], bool] = lookalike) -> tuple:
            return (
                country is not None and p.country != country,
                no_city(p),
                # "the town of X": a town, not a quarter spelled alike near the dateline
                lookalike(p),
                gaz.province_of(p) not in provinces,
                bool(districts) and p.admin2 not in districts,
                # on the side the text says, then on another; one in or near none of the
                # places given a side of after those
                _side_rank(p, directed),
                bool(parts) and off_country_side(p, parts, gaz.middle_of),
                bool(front) and not _near(p, front, FRONT_KM),
                not (_near(p, anchors, NEAR_KM) or p.admin1 in held),
                _closeness(p, towns),
                # of those, the one whose bearing fits best the side of a town said ("X,
                # east of Tikrit"; not "eastern Idleb", a part of a province)
                bearing_steps(p, pointed),
            )

        hit.places.sort(key=lambda p: (by_text(p), order[id(p)]))
        if grounds:
            _where_fought(gaz, hit, by_text, grounds)
        top = hit.places[0]
        # "X, north of Baghdad": a village on that side of the town is where the text puts it
        onside = on_said_side(top, pointed, FAR_KM)
        # A place of the article's country is not far from, nor outside, places abroad (a
        # dateline "BEIRUT" over a story of Syria's villages): those offer no look-alike.
        home = [a for a in anchors if a.country == top.country] if (
            country is not None and top.country == country) else anchors
        home_named = named_provinces(home) if home is not anchors else named
        outside = bool(home_named) and gaz.province_of(top) not in home_named and not _near(
            top, home, NEAR_KM) and not onside
        far = gaz.province_of(top) not in provinces and not _near(top, home, FAR_KM) or (
            _strayed(top, pointed, text, hit))
        off_district = bool(districts) and top.admin2 not in districts
        if front and not (outside or far or off_district) and not _near(top, front, FRONT_KM):
            # "X village in northern Aleppo" in a report of an operation fought around a town
            # of Aleppo: a look-alike near that town is the X meant, not a namesake far off
            local = near_match(gaz, hit.surface, front, directed)
            if local is not None and (not named or local.admin1 in named) and not (
                    lookalike(local)):
                hit.places = [local]
        # (a city spelled as written but for its article or accents is so spelled too)
        spelled = any(p is top for p in gaz.exact(hit.surface)) or gaz.spells_city(
            hit.surface, top, country)
        if home and (outside or far or off_district):
            # Only off the named district, a look-alike is looked for in the district alone.
            local = near_match(gaz, hit.surface, home, directed) if outside or far else (
                in_districts(gaz, hit.surface, anchors, directed))
            if local is not None and lookalike(local):
                local = None  # "the town of X": no quarter of a town the text names
            if local is not None:
                logger.debug("place %r: %s near the article's places, not %s", hit.surface,
                             local.name, top.name)
                hit.places = [local]
            elif id(hit) in doubtful and not (far and not spelled):
                pass  # a town with no local look-alike stays: dropping it loses the name
            elif outside or (far and not spelled):
                # (a town found only by a look-alike spelling, far from every place the text
                # names and in no province it names, is no better than the province named)
                logger.debug("place %r: %s is outside the places the text names, dropped",
                             hit.surface, top.name)
                continue
        kept.append(hit)
    return kept
