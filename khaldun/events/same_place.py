"""Whether two reports' places are one place: the same town in two spellings, a quarter
and its town, a place given by a point of reference and a place around it."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from khaldun.places.bearing import NEAR_KM, on_said_side, sides_of_points
from khaldun.places.context import SIDE_OF_BEFORE
from khaldun.places.districts import mapped_at
from khaldun.places.gazetteer import get_gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.lexicon import cue_alternation
from khaldun.places.model import Place
from khaldun.places.transliteration import same_place_name, spelling_form
from khaldun.records import Location

# Looser, for two names that already share a transliteration key (Deir Ezzor ~ Dayr az Zawr).
SIMILAR_SPELLING = 50

# "Near X", "outside X": places up to this far from X may be the place meant (any wider and a
# village placed at its district town merges with the next town along).
REFERENCE_KM = 12.0

# The dead of a bombardment "around" or "east of" a town may be counted in a place this far
# from it (a big city's suburbs and countryside).
AROUND_KM = 20.0
# An act told again lies on the side of the point its first telling gave ("south of Baghdad")
# this far along it: wire leads place a town 100 km off by the capital.
SIDE_TOLD_AGAIN_KM = 150.0

# Differently named places closer than this are one place (a district the gazetteer lists as
# a town of its own); neighbouring towns are further apart.
SAME_PLACE_KM = 1.0

# A place looked up again is the one a location names when their points are this close.
SAME_POINT_DEGREES = 0.01
# A circle around a point holding the square of SAME_POINT_DEGREES around it (its corners lie
# under 1.6 km away): only the places so close are looked up.
SAME_POINT_KM = 2.0

# "a village east of", "a town some 40 km north of": a place of a kind, left unnamed, on a
# side of the point of reference named next
_KIND = rf"(?P<kind>{cue_alternation('place_kinds')})"
_UNNAMED_ON_SIDE = re.compile(
    rf"(?i:\b(?:{cue_alternation('unnamed_determiners')})\s+(?:[\w-]+\s+)?{_KIND}\s+"
    rf"(?:(?:[a-z]+\s+)?[\d.]+\s*(?:{cue_alternation('units')})\s+)?)"
    rf"(?:{SIDE_OF_BEFORE.pattern})")
# "the village of X", "X village": the text names a place of a kind
_NAMED_KIND_BEFORE = re.compile(rf"(?i:\bthe\s+(?:[\w-]+\s+)?{_KIND}\s+of\s+)$")
_NAMED_KIND_AFTER = re.compile(rf"(?i:\s+{_KIND}\b)")


def nearby(there: Location | None, here: Location | None) -> bool:
    """No place, the same place, or points within AROUND_KM (a spot in or by the town)."""
    if there is None or here is None or same_place(there, here):
        return True
    if None in (there.lat, there.lon, here.lat, here.lon):
        return False
    return distance_km(there.lat, there.lon, here.lat, here.lon) <= AROUND_KM


def _same_name(a: str | None, b: str | None) -> bool:
    """One place name in two spellings: the same transliteration key, and spellings not too far
    apart (the key alone is coarse: Saqeira and Sakhour share it)."""
    if not same_place_name(a, b):
        return False
    return fuzz.ratio(spelling_form(a or ""), spelling_form(b or "")) >= SIMILAR_SPELLING


def same_place(a: Location, b: Location) -> bool:
    """Same town (or a region holding it), and no two different neighbourhoods; a is the
    earlier report's place, b the later one's."""
    if a.neighbourhood and b.neighbourhood and not _same_name(a.neighbourhood, b.neighbourhood):
        return False
    if vague_near(a, b) or (vague_near(b, a) and is_reference(b)):
        return True
    if a.town and b.town:
        # "Jobar" on its own names the same place as "Jobar, Damascus"
        crossed = _same_name(a.town, b.neighbourhood) or _same_name(a.neighbourhood, b.town)
        return _same_name(a.town, b.town) or crossed or _near(a, b)
    if a.town or b.town:
        region, town = (b, a) if a.town else (a, b)
        return not region.admin1 or not town.admin1 or _same_name(region.admin1, town.admin1)
    return _same_name(a.admin1, b.admin1) or _same_name(a.name, b.name)


def vague_near(
    vague: Location, other: Location, km: float = REFERENCE_KM, precise: tuple[int, ...] = (1,)
) -> bool:
    """ "A town close to Damascus" and, later, the town itself: a place given only by a point
    of reference matches a named place around that point (of a `precise` precision)."""
    if vague.geo_precision != 2 or other.geo_precision not in precise:
        return False
    if None in (vague.lat, vague.lon, other.lat, other.lon):
        return False
    return distance_km(vague.lat, vague.lon, other.lat, other.lon) <= km


def on_side_told(told: str, vague: Location, other: Location, km: float = NEAR_KM,
                 precise: tuple[int, ...] = (1,)) -> bool:
    """ "A car bomb killed 12 south of Kabul" (`told`, the sentence of the vague place), then
    the blast told again at a town: a place given only by a side of a point of reference
    matches a named town on that side, within bearing.NEAR_KM."""
    if other.geo_precision not in precise:
        return False
    found = _sides_told(told, vague, other)
    return found is not None and bool(found[0]) and on_said_side(found[1], found[0], km)


def off_the_side_told(told: str, vague: Location, other: Location) -> bool:
    """ "A car bomb killed 12 north of Kabul" (`told`, the sentence of the vague place), then a
    town the text says the act happened in that lies on no side told (south of Kabul), or
    beyond SIDE_TOLD_AGAIN_KM along it: no place of that act."""
    found = _sides_told(told, vague, other)
    return found is not None and bool(found[0]) and not on_said_side(
        found[1], found[0], SIDE_TOLD_AGAIN_KM)


def _sides_told(told: str, vague: Location, other: Location) -> tuple[list, Place] | None:
    """The sides of its point of reference that `told` gives a place located only by a side
    (precision 2), and the other place as a town to test against them; None when either has
    no coordinates."""
    if vague.geo_precision != 2 or not vague.name:
        return None
    if None in (vague.lat, vague.lon, other.lat, other.lon):
        return None
    point = Place(None, vague.town or vague.name, "town", lat=vague.lat, lon=vague.lon)
    named = [(m.start(), m.end(), point) for m in re.finditer(re.escape(vague.name), told)]
    here = Place(None, other.town or other.name, "town", lat=other.lat, lon=other.lon)
    return sides_of_points(told, named), here


def names_the_unnamed(told: str, vague: Location, said: str, other: Location) -> bool:
    """ "Gunmen killed 30 in an attack on a village east of Y" (`told`, the sentence of the
    vague place), then "they stormed the village of X" (`said`, the sentence of `other`): the
    place of a kind the lead left unnamed, on a side of its point of reference, is the place of
    that kind the text names later, on that side up to SIDE_TOLD_AGAIN_KM along it (a wire
    lead places a village by the nearest big town, however far)."""
    if vague.geo_precision != 2 or other.geo_precision != 1 or not vague.name:
        return False
    if None in (vague.lat, vague.lon, other.lat, other.lon):
        return False
    unnamed = {
        found.group("kind").lower()
        for at in re.finditer(re.escape(vague.name), told)
        if (found := _UNNAMED_ON_SIDE.search(told[max(0, at.start() - 80):at.start()]))
    }
    if not unnamed:
        return False
    named = set()
    for surface in {other.name, other.town} - {None}:
        for at in re.finditer(re.escape(surface), said):
            before = _NAMED_KIND_BEFORE.search(said[max(0, at.start() - 40):at.start()])
            after = _NAMED_KIND_AFTER.match(said, at.end())
            named |= {m.group("kind").lower() for m in (before, after) if m}
    return bool(unnamed & named) and on_side_told(told, vague, other, SIDE_TOLD_AGAIN_KM)


def is_reference(loc: Location) -> bool:
    """A "near X" place whose point is X's own (not a village the gazetteer lacks, placed at
    its district town): only such a place may take in a named place around it."""
    gaz = get_gazetteer()
    known = next(iter(gaz.lookup(loc.name, loc.country)), None)
    point = mapped_at(gaz, known) if known is not None else None  # a district's: its seat's
    return point is not None and point.lat == loc.lat and point.lon == loc.lon


def _near(a: Location, b: Location) -> bool:
    """Two named places at one point; a point borrowed from a district town (precision 2)
    does not make two villages one."""
    if None in (a.lat, a.lon, b.lat, b.lon) or 2 in (a.geo_precision, b.geo_precision):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def in_district(district: Location, place: Location) -> bool:
    """The place lies in the district an event was placed at ("a drone strike in North
    Waziristan ... the missiles hit a compound in X"): the gazetteer's district of the place
    is the event's place, and the two lie in one province (a loose transliteration key makes
    Baghdad's Karkh the Kirkuk of another province)."""
    if district.geo_precision != 2 or not district.name or place.lat is None:
        return False
    if district.admin1 and place.admin1 and not _same_name(district.admin1, place.admin1):
        return False
    return any(same_place_name(admin2, district.name) for admin2 in _districts_at(place))


def _districts_at(place: Location) -> tuple[str, ...]:
    """The gazetteer's districts of the places so named at the place's point (remembered in
    the gazetteer's memo: an article asks again for each draft it absorbs)."""
    gaz = get_gazetteer()
    key = ("districts_at", place.town or place.name, place.country, place.lat, place.lon)
    found = gaz.memo.get(key)
    if found is None:
        found = gaz.memo[key] = tuple(
            p.admin2 for p in gaz.places_at(place.town or place.name, place.country,
                                            place.lat, place.lon, SAME_POINT_KM)
            if p.admin2 and p.lat is not None
            and abs(p.lat - place.lat) < SAME_POINT_DEGREES
            and abs(p.lon - place.lon) < SAME_POINT_DEGREES
        )
    return found
