"""find_places: place mentions in text with role, enclosing town and codebook precision."""

from __future__ import annotations

import re

from khaldun.places import context
from khaldun.places.areas import AreaSpan, find_areas
from khaldun.places.gazetteer import Gazetteer, distance_km, get_gazetteer
from khaldun.places.model import Place, PlaceMention
from khaldun.places.scan import Hit, accept, find_hits, similar

# A named district is taken to be a gazetteer place this close to its town;
# Damascus' and Aleppo's outer neighbourhoods lie 6-10 km from the centre.
AREA_MAX_KM = 15.0
# "the Daraa suburb of Herak": reporters call towns 20-30 km out suburbs.
SUBURB_MAX_KM = 40.0
CONTEXT_CHARS = 90
_BOUNDARY = re.compile(r"[.!?;]\s|\n")
_RURAL_BEFORE = re.compile(r"(?i:\b(rural|rif|reef)\s+)$")
_COUNTRYSIDE_AFTER = re.compile(r"^\s+(?i:countryside|suburbs)\b")
_CAPITAL_WORD = re.compile(r"(?i:\bthe\s+(?:[a-z]+\s+)?capital\b)")


def _before(text: str, start: int) -> str:
    chunk = text[max(0, start - CONTEXT_CHARS):start]
    cut = [m.end() for m in _BOUNDARY.finditer(chunk)]
    return chunk[cut[-1]:] if cut else chunk


def _after(text: str, end: int) -> str:
    chunk = text[end:end + CONTEXT_CHARS]
    m = _BOUNDARY.search(chunk)
    return chunk[:m.start()] if m else chunk


def _admin1_of(gaz: Gazetteer, hit: Hit, country: str | None) -> Place | None:
    """The governorate a name denotes: itself if an admin1, else its town's admin1."""
    for place in hit.places:
        if place.kind == "admin1":
            return place
    best = hit.places[0]
    if best.admin1:
        found = gaz.lookup(best.admin1, best.country, kind="admin1")
        if found:
            return found[0]
    found = gaz.lookup(hit.surface, country, kind="admin1")
    return found[0] if found and (country is None or found[0].country == country) else None


def _province_alias(gaz: Gazetteer, text: str, hit: Hit) -> PlaceMention | None:
    """'rural Damascus', 'Damascus countryside': names of a governorate of their own."""
    before, after = _before(text, hit.start), _after(text, hit.end)
    rural = _RURAL_BEFORE.search(before)
    if rural:
        start = hit.start - len(rural.group())
        surface = text[start:hit.end]
        end = hit.end
    else:
        tail = _COUNTRYSIDE_AFTER.match(after)
        if not tail:
            return None
        start, end = hit.start, hit.end + tail.end()
        surface = text[start:end]
    exact, _ = gaz.candidates(surface)
    admin = [p for p in exact if p.kind == "admin1"]
    if not admin:
        return None
    return PlaceMention(start, end, surface, admin[0], "admin1", precision=3)


def _from_hit(gaz: Gazetteer, text: str, hit: Hit, country: str | None) -> PlaceMention:
    """Role and precision of a gazetteer name from the words around it."""
    alias = _province_alias(gaz, text, hit)
    if alias is not None:
        return alias
    best = hit.places[0]
    before, after = _before(text, hit.start), _after(text, hit.end)
    mention = PlaceMention(hit.start, hit.end, hit.surface, best, "town")
    if best.kind == "country":
        mention.role, mention.precision = "country", 3
        return mention
    qualifier = context.QUALIFIER_BEFORE.search(before)
    countryside = context.COUNTRYSIDE_AFTER.match(after)
    town_cue = context.TOWN_BEFORE.search(before) or context.TOWN_AFTER.match(after)
    admin_cue = context.ADMIN_BEFORE.search(before) or context.ADMIN_AFTER.match(after)
    if qualifier:
        mention.qualifier = context.qualifier_name(qualifier.group("q"))
    elif countryside:
        mention.qualifier = "countryside"
    elif context.NEAR_AFTER.match(after):
        mention.qualifier = context.qualifier_name(after.split()[0])
    if (admin_cue or mention.qualifier == "countryside") and not town_cue:
        admin = _admin1_of(gaz, hit, country)
        if admin is not None:
            mention.place, mention.role = admin, "admin1"
            mention.precision = 2 if mention.qualifier else 3
            return mention
    if best.kind == "admin1":
        mention.role, mention.precision = "admin1", 2 if mention.qualifier else 3
    elif best.kind == "neighbourhood":
        mention.role = "neighbourhood"
        mention.town = _town_named(gaz, best.town, best.country)
    mention.precision = max(mention.precision, 2 if mention.qualifier else 1)
    return mention


def _town_named(gaz: Gazetteer, name: str | None, country: str | None) -> Place | None:
    if not name:
        return None
    places = [p for p in accept(gaz, name, country, False) if p.kind == "town"]
    return places[0] if places else None


def _near(place: Place, town: Place) -> float:
    if None in (place.lat, place.lon, town.lat, town.lon):
        return float("inf")
    return distance_km(place.lat or 0.0, place.lon or 0.0, town.lat or 0.0, town.lon or 0.0)


def _area_place(gaz: Gazetteer, name: str, town: Place | None,
                country: str | None, max_km: float = AREA_MAX_KM) -> Place | None:
    """The gazetteer entry for a named district: a neighbourhood or suburb near its town."""
    exact, keyed = gaz.candidates(name)
    found = exact + [p for p in keyed if similar(name, p.name)]
    found = [p for p in found if p.kind in ("neighbourhood", "town")
             and (country is None or p.country == country) and p is not town]
    if town is not None:
        found = [p for p in found if _near(p, town) <= max_km]
        found.sort(key=lambda p: (p.kind != "neighbourhood", _near(p, town)))
        return found[0] if found else None
    hoods = [p for p in found if p.kind == "neighbourhood"]
    return hoods[0] if len(hoods) == 1 else None


def _resolve_town(gaz: Gazetteer, area: AreaSpan, country: str | None) -> Place | None:
    if area.capital:
        return gaz.capital(country)
    return _town_named(gaz, area.town_surface, country)


def _swap(area: AreaSpan) -> None:
    area.start, area.town_start = area.town_start or 0, area.start
    area.end, area.town_end = area.town_end or 0, area.end
    area.surface, area.town_surface = area.town_surface or "", area.surface


def _orient(gaz: Gazetteer, area: AreaSpan, country: str | None) -> None:
    """Put the district first in 'the Damascus district of Jobar' / 'the Daraa suburb of Herak'."""
    if not area.reversible or area.town_surface is None:
        return
    if area.kw == "suburb":  # "the <town> suburb of <suburb>" is the usual order
        _swap(area)
    named = _town_named(gaz, area.surface, country)
    town = _town_named(gaz, area.town_surface, country)
    if named is not None and (town is None or named.population > 10 * max(town.population, 1)):
        _swap(area)


def _from_area(gaz: Gazetteer, text: str, area: AreaSpan, country: str | None,
               town: Place | None) -> PlaceMention:
    """A district mention; known or not, it keeps its town."""
    radius = SUBURB_MAX_KM if area.kw == "suburb" else AREA_MAX_KM
    place = _area_place(gaz, area.surface, town, country, radius)
    mention = PlaceMention(area.start, area.end, area.surface, place, "neighbourhood", town)
    if town is not None and area.town_surface and not area.capital:
        mention.town_surface = area.town_surface
    if area.kw == "area":
        mention.qualifier, mention.precision = "area", 2
    if place is not None and place.kind == "town" and (
        area.kw == "suburb" or (town is None and area.kw in ("district", "area"))
    ):
        # A suburb with its own gazetteer entry is a town in its own right ("Herak").
        mention.role, mention.town, mention.town_surface = "town", None, None
        mention.qualifier = area.kw if area.kw != "suburb" else "suburb"
        mention.precision = 1 if area.kw == "suburb" else 2
    elif town is None and area.kw == "area":
        mention.role = "town"
    elif place is not None and place.kind == "neighbourhood" and town is None:
        mention.town = _town_named(gaz, place.town, place.country)
    return mention


def _sentence_has_capital(text: str, start: int) -> bool:
    return bool(_CAPITAL_WORD.search(_before(text, start) + text[start:start + 200].split(".")[0]))


def _context_town(gaz: Gazetteer, text: str, area: AreaSpan, country: str | None,
                  town_arg: Place | None, previous: Place | None) -> Place | None:
    """Town of a district without an explicit one: argument, 'the capital', last town named."""
    if town_arg is not None:
        return town_arg
    if _sentence_has_capital(text, area.start):
        return gaz.capital(country)
    return previous


def find_places(text: str, country: str | None = None, town: str | None = None,
                gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Place mentions in text order, with roles, enclosing towns and precision."""
    from khaldun.places.location import document_country

    gaz = gazetteer or get_gazetteer()
    country = country or document_country(text, gaz)
    town_arg = _town_named(gaz, town, country) if town else None
    areas = find_areas(text)
    claimed = [(a.start, a.end) for a in areas]
    claimed += [(a.town_start, a.town_end or 0) for a in areas if a.town_start is not None]
    items: list[tuple[int, object]] = [(a.start, a) for a in areas]
    items += [(h.start, h) for h in find_hits(gaz, text, country, claimed) if not h.demonym]
    out: list[PlaceMention] = []
    previous: Place | None = None
    for _, item in sorted(items, key=lambda pair: pair[0]):
        if isinstance(item, AreaSpan):
            _orient(gaz, item, country)
            explicit = _resolve_town(gaz, item, country)
            area_town = explicit or _context_town(gaz, text, item, country, town_arg, previous)
            mention = _from_area(gaz, text, item, country, area_town)
        else:
            mention = _from_hit(gaz, text, item, country)  # type: ignore[arg-type]
        if mention.role == "town" and mention.place is not None:
            previous = mention.place
        elif mention.role == "neighbourhood" and mention.town is not None:
            previous = mention.town
        out.append(mention)
    out.sort(key=lambda m: m.start)
    return out
