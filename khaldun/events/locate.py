"""Where an event happened: the location record of its places, or the article's fallback."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from khaldun.actors import country_name
from khaldun.events.assemble import Draft
from khaldun.events.building import FOLLOW_UP_PARAGRAPHS, ArticleState
from khaldun.events.draft_places import town_of
from khaldun.events.focus import town_pointers
from khaldun.events.placing import lies_in
from khaldun.events.triggers import alternation
from khaldun.nlp.grammar_words import is_verb
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.places import PlaceMention, find_places, to_location
from khaldun.places.context import TOWN_QUALIFIERS
from khaldun.places.district_index import DISTRICT_MIN_LIKENESS
from khaldun.places.districts import (
    DISTRICT_IS_ADMIN2,
    QUARTERED_CITY,
    district_of,
    named_district,
)
from khaldun.places.gazetteer import get_gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.lexicon import cue_alternation, reference_cues
from khaldun.places.model import AREA_CODES, DISTRICT_CODE, Place
from khaldun.places.scan import is_small
from khaldun.places.transliteration import name_key, spelling_form
from khaldun.places.unknown import entity_places
from khaldun.records import Location
from khaldun.timing import timed

# How far from the centre of a named area ("the Eastern Ghouta") its places may lie.
AREA_HOLDS_KM = 75.0
# Two spellings at least this similar (rapidfuzz ratio, 0–100) name the same place.
SAME_SPELLING = 85
# "the city of X", "X city": the text says X is a town (reference_cues.yaml place_kinds)
_CALLED_TOWN_BEFORE = re.compile(
    rf"\b(?:{cue_alternation('place_kinds')})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CALLED_TOWN_AFTER = re.compile(rf"\s+(?:{cue_alternation('place_kinds')})\b", re.IGNORECASE)


_POSSESSIVE_TOWN = re.compile(
    r"^(?P<town>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)(?:'s|’s|'|’)\s+(?=[A-Za-z])")


def resolved_earlier(place: PlaceMention, state: ArticleState, text: str) -> PlaceMention:
    """A name is the place the article made of it earlier ("the Khaldiyeh district of Homs" ...
    "in Khaldiyeh"): missed by the gazetteer here, or read here as a same-named town
    elsewhere, it is the quarter named before; but a town the text calls a city or town ("the
    city of Kharkiv" after "the Kharkiv region"; `text`, the place's sentence, says so) is no
    province named like it."""
    if place.place is not None and place.role != "town":
        return place
    called_town = place.place is not None and bool(
        _CALLED_TOWN_BEFORE.search(text, 0, place.start) or _CALLED_TOWN_AFTER.match(
            text, place.end))
    # Index the places named since the last call, so each look-up costs one dict access
    # rather than a scan of every place the article named (quadratic on long articles).
    for earlier in state.places[state.places_indexed :]:
        if earlier.place or earlier.town:
            state.resolved_names.setdefault(name_key(earlier.surface), []).append(earlier)
    state.places_indexed = len(state.places)
    spelling = spelling_form(place.surface)
    for earlier in state.resolved_names.get(name_key(place.surface), ()):
        if called_town and earlier.role == "admin1":
            continue
        if earlier.place is None and _near_reading(place, earlier.town):
            continue  # the gazetteer finds it here, by where the article put it before
        if fuzz.ratio(spelling_form(earlier.surface), spelling) >= SAME_SPELLING:
            told = replace(earlier, start=place.start, end=place.end, surface=place.surface)
            if place.qualifier:  # "on the outskirts of X" after X: still its outskirts
                told = replace(told, qualifier=place.qualifier,
                               precision=max(told.precision, place.precision))
            return told
    return place


def remember_placed(places: list[PlaceMention], location: Location, state: ArticleState) -> None:
    """A village no gazetteer knows, placed by what holds it ("the villages of A and B in
    Bassa area"), is that place when the article names it again alone ("a leader in A
    said"), not a namesake the gazetteer finds far away: its reading is kept under its name
    as an unknown town at the event's point (`resolved_earlier`)."""
    if location.lat is None:
        return
    for p in places:
        if p.role == "town" and p.place is None and p.town is None and p.surface == location.town:
            point = Place(None, p.surface, "town", country=location.country,
                          admin1=location.admin1, admin2=location.admin2,
                          lat=location.lat, lon=location.lon)
            state.resolved_names.setdefault(name_key(p.surface), []).append(
                replace(p, town=point, precision=location.geo_precision))


def _near_reading(place: PlaceMention, point: Place | None) -> bool:
    """The gazetteer's reading of a name lies near the point the article gave it before."""
    found = place.place
    return found is not None and point is not None and None not in (found.lat, point.lat) and (
        distance_km(found.lat, found.lon or 0.0, point.lat, point.lon or 0.0) <= AREA_HOLDS_KM)


def event_location(
    places: list[PlaceMention],
    context_town: str | None,
    containers: dict[int, list[PlaceMention]],
    country: str | None = None,
    province: Location | None = None,
    said: Location | None = None,
) -> Location:
    """The most precise place of a cluster; its name lists every place as written. A place the
    gazetteer does not know takes the coordinates of the place it is said to lie in, else of
    the town the text is about (`context_town`, in the article's `country`) unless that lies
    outside the province its sentence names (`said`: "in Bayda province ... in X area", then
    that province's, precision 3), else of the province it is about (`province`)."""
    rank = {"neighbourhood": 0, "town": 1, "admin1": 2, "country": 3}
    primary = min(places, key=lambda p: (rank.get(p.role, 4), p.start))
    outer = containers.get(primary.start, [])
    if _abroad_of(primary, outer):
        # "Wadi X in Najran": a namesake of X in another country is a homonym; X lies in
        # the province the text puts it in, so it is placed as a name the gazetteer lacks.
        primary = replace(primary, place=None, town=None, country=None)
    elif _away_from(primary, outer) or _outside_named(primary, outer):
        # "the X area in the Y quarter of Z": an X 80 km from Z is a namesake; the X meant
        # is a spot of Y the gazetteer lacks, placed by Y (if Y itself lies where the text
        # says)
        areas = _named_areas(outer)
        outer = [o for o in outer if o.place is None or not _outside(o.place, areas)]
        # (in the country of the place that holds it, not of a namesake its name recalls;
        # held by no town, no quarter of one either: "the X mountains in P")
        role = primary.role if any(o.role in ("town", "neighbourhood") for o in outer) else (
            "town")
        primary = replace(primary, place=None, town=None, country=None, role=role)
    location = to_location(primary)
    if primary.role == "neighbourhood":
        # "Homs' Jouret al-Shiyah neighbourhood": the quarter's name without its town
        location = replace(
            location,
            name=_POSSESSIVE_TOWN.sub("", location.name),
            neighbourhood=_POSSESSIVE_TOWN.sub("", location.neighbourhood or "") or None,
        )
    names = list(dict.fromkeys(p.surface for p in places))
    if len(names) > 1:
        location = replace(location, name=", ".join(names[:-1]) + " and " + names[-1])
    if location.town is None and primary.role == "neighbourhood":
        town = next((o for o in outer if o.role == "town"), None)
        context_town = (town.place.name if town and town.place else None) or _owner_town(
            primary.surface, country) or context_town
    if location.town is None and primary.role in ("neighbourhood", "town"):
        location = replace(location, town=town_of(primary, context_town))
    # a quarter the gazetteer lacks places what it holds by its town ("X in the Y quarter of Z")
    known = next((o for o in outer if (o.place or o.town) and (o.place or o.town).lat is not None),
                 None)
    unknown_here = location.lat is None and primary.place is None
    if unknown_here and known is not None and known.role == "town" and known.qualifier is None:
        # "near the KM4 junction in Mogadishu": a spot the gazetteer lacks, in a known town
        return _anchored_in(location, primary, known.place)
    if location.lat is None and known is not None:
        location = _placed(location, to_location(known), max(location.geo_precision, 2))
    if primary.place is None and primary.country and country and primary.country != country:
        return location  # "the Lebanese village of X" in a story about Gaza: not placed there
    if location.lat is None and primary.place is None and primary.role in ("neighbourhood", "town"):
        town = _known_town(context_town, country)
        if said is not None and (town is None or town.admin1 != said.admin1):
            return _placed(location, said, 3)
        location = _anchored(location, primary, context_town, country)
    if location.lat is None and province is not None and primary.role in ("neighbourhood", "town"):
        location = _placed(location, province, 3)
    return location


def sentence_province(places: list[PlaceMention], country: str | None) -> Location | None:
    """The one province of the article's country a sentence names, at its point, if any."""
    named = {id(p.place): p for p in places if p.role == "admin1" and p.place is not None
             and p.place.lat is not None and p.place.country in (None, country)}
    return to_location(next(iter(named.values()))) if len(named) == 1 else None


# "the capital", "the Iraqi capital", "Iraq's capital" (not "the provincial capital", "the
# capital of Anbar"): the country's capital spoken of by its role (event_words capital_nouns)
THE_CAPITAL = re.compile(
    rf"\b(?:the\s+(?:[A-Z][\w-]+\s+)?|[A-Z][\w-]+['’]s\s+)(?:{alternation('capital_nouns')})\b"
    r"(?!\s+(?:of|city)\b)")
# How far after a town's name "..., west of the capital" still locates that town.
SIDE_OF_REACH = 60


def placed_from_story_town(draft: Draft, state: ArticleState) -> bool:
    """The draft's town is one the text places by the story's own city ("X, west of Baghdad",
    "X, 30 km north of the capital" in a story from the capital, "X, on the eastern edge of
    the city"): a town outside that city,
    which stays the story's town for the quarters named after it (events/integrate.py)."""
    city = _known_town(state.town, state.country)
    if city is None:
        return False
    capital = get_gazetteer().capitals.get(state.country or "") == city.name
    text, cues = draft.facts.sentence.text, reference_cues()
    for p in draft.places:
        if p.role != "town" or p.place is None or p.place is city:
            continue
        for held in draft.facts.containers.get(p.start, []):
            if held.reference and held.place is not None and (
                    held.place is city or name_key(held.place.name) == name_key(city.name)):
                return True
        # "X, west of the capital" (the story's city the capital), "X, a district south of
        # the city" (focus.yaml town_nouns)
        said = [m.start() for m in THE_CAPITAL.finditer(text, p.end, p.end + SIDE_OF_REACH)
                ] if capital else []
        said += [at for at in town_pointers(text) if p.end < at < p.end + SIDE_OF_REACH]
        if any(cues.before.search(text, p.end, at) for at in said):
            return True
    return False


def follow_province(location: Location, state: ArticleState) -> None:
    """The town (or province) an event is placed in becomes the article's context for the
    places named after it; a province away from the dateline's town replaces that town."""
    if location.town and location.geo_precision == 3 and state.province is not None:
        return  # a village no gazetteer knows, placed in the province: still that province
    if location.town:
        town = _known_town(gazetteer_town(location), state.country)
        if not district_of(town, _known_town(state.town, state.country)):
            state.town, state.province = gazetteer_town(location), None
        return
    if not location.admin1 or location.lat is None:
        return
    town = _known_town(state.town, state.country)
    if town is None or town.admin1 != location.admin1:
        state.town, state.province = None, location


def _abroad_of(primary: PlaceMention, outer: list[PlaceMention]) -> bool:
    """The place the gazetteer found lies in another country than the town or province the
    text says holds it."""
    if primary.role not in ("neighbourhood", "town") or primary.place is None:
        return False
    held = next((o.place for o in outer if o.place and o.role in ("town", "admin1")), None)
    return held is not None and held.country is not None and (
        primary.place.country not in (None, held.country))


def _away_from(primary: PlaceMention, outer: list[PlaceMention]) -> bool:
    """The place the gazetteer found cannot lie in the town, quarter or area the text says
    holds it (`placing.lies_in`: a big city's quarters lie close; an area's places within
    AREA_HOLDS_KM of its centre). A town named like its province ("in southern Idleb")
    stands for the province and says nothing so close, unless the text calls it a town ("the
    city of Aleppo", "on the outskirts of Aleppo"); nor does a point the text places it
    by ("X, 30 km north of Y", "X village near Y")."""
    if primary.role not in ("neighbourhood", "town") or primary.place is None:
        return False
    holder = next((o for o in outer if o.role in ("town", "neighbourhood")
                   and not o.reference and (o.place or o.town) is not None), None)
    held = (holder.place or holder.town) if holder else None
    outskirts = holder is not None and holder.qualifier in TOWN_QUALIFIERS
    if held is None or None in (held.lat, primary.place.lat) or (
            (held.admin1 and name_key(held.admin1) == name_key(held.name)
             or _province_called(held, primary.place))
            and not (holder.settlement or outskirts)):
        return False
    if held.feature_code in AREA_CODES:
        return distance_km(primary.place.lat, primary.place.lon or 0.0, held.lat,
                           held.lon or 0.0) > AREA_HOLDS_KM
    if _in_district_named(primary.place, holder, held):
        return False
    # "X village in northern Mosul": a place the text calls a village or town is no quarter
    # of the city; it may lie in the city's surroundings, as near as a small town's, and so
    # may a place on its outskirts
    return not lies_in(primary.place, held, settlement=primary.settlement or outskirts)


def _province_called(town: Place, place: Place) -> bool:
    """The place lies in a province called like the town, not the town's own ("X in Sanaa":
    a village of Sanaa Governorate, outside the capital's own province): the town's name
    stands for that province."""
    if not town.country or place.admin1 is None or place.admin1 == town.admin1:
        return False
    gaz = get_gazetteer()
    return any(p.country == town.country and p.name == place.admin1
               and gaz.likeness(town.name, p, town.country)[0] >= DISTRICT_MIN_LIKENESS
               for p in gaz.lookup(town.name, town.country, kind="admin1"))


def _in_district_named(place: Place, holder: PlaceMention, held: Place) -> bool:
    """ "X in Y of P" where Y is a town and the administrative district named after it: a
    village X of that district lies in what the text names, however far from the town Y (in
    DISTRICT_IS_ADMIN2 countries a district is reported by its name alone, and its villages
    lie 20-60 km from its seat). A city with quarters is the town meant, unless the gazetteer
    puts the town in no district at all: then only the name tells, and a district so named
    holding X is what the text names ("X area, Y district" with Y a city of no known
    district)."""
    if not (place.admin2 and held.country in DISTRICT_IS_ADMIN2 and held.feature_code is None
            and (held.admin2 == place.admin2 and held.population < QUARTERED_CITY
                 or held.admin2 is None)):
        return False
    district = named_district(get_gazetteer(), holder.surface, held.country)
    return district is not None and district.admin2 == place.admin2


def _named_areas(outer: list[PlaceMention]) -> tuple[set[str], set[str]]:
    """The provinces and districts the places holding a place name, as such or by a town
    named like them ("of Taizz", "in Qaatabah"); none named only to point from ("X, north of
    Baghdad"). Districts only where they are administrative (DISTRICT_IS_ADMIN2), and not by
    a town named like its province ("of Ghazni Province" names no district)."""
    held = [o for o in outer if o.place is not None and not o.reference]
    provinces = {o.place.admin1 for o in held if o.place.admin1 and (
        o.role == "admin1" or name_key(o.place.admin1) == name_key(o.place.name))}
    districts = {o.place.admin2 for o in held if o.place.admin2 and o.role != "admin1"
                 and o.place.country in DISTRICT_IS_ADMIN2
                 and name_key(o.place.admin1 or "") != name_key(o.place.name) and (
                     o.place.feature_code == DISTRICT_CODE
                     or name_key(o.place.admin2) == name_key(o.place.name))}
    return provinces, districts


def _outside(place: Place, areas: tuple[set[str], set[str]]) -> bool:
    provinces, districts = areas
    return bool(provinces) and place.admin1 is not None and place.admin1 not in provinces or (
        bool(districts) and place.admin2 is not None and place.admin2 not in districts)


def _outside_named(primary: PlaceMention, outer: list[PlaceMention]) -> bool:
    """ "X in Y in D of P", "X in Y of P": the gazetteer's X lies in another district or
    province than the ones the text puts it in (`_named_areas`), so it is a namesake village;
    the X meant is a spot of Y the gazetteer lacks, placed by Y. Only a chain of holders says
    so: "X village in southern Hama" may lie across the border of the province. A town of
    known size, a district or its seat keeps its place ("the city of X in P" may err on P)."""
    place = primary.place
    if primary.role == "neighbourhood" and place is not None and place.admin1 and any(
            o.role == "admin1" for o in outer):
        # "the X mountains in P": a city's quarter the gazetteer reads X as lies in its city's
        # province; in another province than P it is a namesake
        return _outside(place, _named_areas(outer))
    if len(outer) < 2 or primary.role not in ("neighbourhood", "town") or place is None or (
            place.admin1 is None or place.feature_code is not None or not is_small(place)
            or name_key(place.name) == name_key(place.admin2 or "")):
        return False
    return _outside(place, _named_areas(outer))


def _anchored(
    location: Location, primary: PlaceMention, context_town: str | None, country: str | None
) -> Location:
    """A place no gazetteer knows lies in or near the town the text is about: a quarter of a
    big city (precision 1), else a village near that town (its coordinates, precision 2)."""
    town = _known_town(context_town, country)
    if town is None:
        return replace(location, country=location.country or country)
    return _anchored_in(location, primary, town)


def _anchored_in(location: Location, primary: PlaceMention, town: Place) -> Location:
    """An unknown place in `town`: one of its quarters if it is a big city (or the text says
    quarter), else a village near it, at its coordinates."""
    point = Location(name=town.name, admin1=town.admin1, admin2=town.admin2,
                     country=town.country, lat=town.lat, lon=town.lon)
    where = _placed(location, point, location.geo_precision)
    quarter = primary.role == "neighbourhood" or (
        town.population >= QUARTERED_CITY and location.geo_precision == 1 and not primary.settlement
    )
    if quarter:
        return replace(where, neighbourhood=location.neighbourhood or location.name, town=town.name)
    return replace(where, geo_precision=max(location.geo_precision, 2))


def _placed(location: Location, where: Location, precision: int) -> Location:
    """The location at the point of the place it lies in or near, with that place's areas
    where its own are unknown, in that place's country (not one a namesake of its name
    suggested)."""
    return replace(
        location,
        lat=where.lat,
        lon=where.lon,
        admin1=location.admin1 or where.admin1,
        admin2=location.admin2 or where.admin2,
        country=where.country or location.country,
        geo_precision=precision,
    )


def _owner_town(surface: str, country: str | None) -> str | None:
    """ "Mosul's al-Zanjili": the town a quarter's name is given with, if the gazetteer knows
    it."""
    owner = _POSSESSIVE_TOWN.match(surface)
    town = _known_town(owner.group("town"), country) if owner else None
    return town.name if town is not None else None


def _known_town(name: str | None, country: str | None) -> Place | None:
    """The gazetteer's town called `name` in `country`, if it has coordinates. With no country
    known, only a town spelled as written (or alike by transliteration) is that town: a village
    no gazetteer knows ("Ashlij") is no look-alike town of any country in the world."""
    if not name:
        return None
    gaz = get_gazetteer()
    if country:
        town = gaz.home_first(name, country, kind="town")
    else:
        spelled = {id(p) for p in gaz.exact(name)} | {id(p) for p in gaz.keyed(name, None)}
        town = next((p for p in gaz.lookup(name, None, kind="town") if id(p) in spelled), None)
    return None if town is None or town.lat is None else town


# A town the gazetteer lists within this distance of a location's point is its town.
TOWN_POINT_KM = 2.0


def gazetteer_town(location: Location) -> str | None:
    """The gazetteer's own name of the location's town, found at its point ("Rami" as written
    is "Ar Rami", not the "Ar Ramah" a name search ranks first), else the town as written."""
    if not location.town or location.lat is None or location.lon is None:
        return location.town
    gaz = get_gazetteer()
    town = gaz.town_at(location.town, location.country, location.lat, location.lon, TOWN_POINT_KM)
    if town is None and location.admin2:
        # placed at its district's point (a look-alike spelling of the district's seat): the
        # town so called in that district, not a look-alike elsewhere the bare name ranks first
        town = gaz.town_in_district(location.town, location.country, location.admin2)
    return town.name if town is not None else location.town


def aimed_abroad(draft: Draft, state: ArticleState) -> Location | None:
    """ "Hezbollah fired rockets at northern Israel" in a story from Lebanon: a sentence that
    names no town but another country as where its act went (a place phrase on the act or on
    its verb) is placed in that country, not at the story's town."""
    home = state.focus[1].country if state.focus else state.country
    abroad = [p for p in draft.facts.places if p.role == "country" and p.place is not None
              and p.place.country not in (None, home)]
    if not abroad:
        return None
    grammar = draft.facts.grammar
    acts = {t.i for trig in draft.triggers if (t := grammar.root(trig.start, trig.end))}
    acts |= {grammar.span.doc[i].head.i for i in acts}
    for p in abroad:
        token = grammar.root(p.start, p.end)
        while token is not None and token.dep_ in ("pobj", "prep") and token.i not in acts:
            token = token.head
        if token is not None and token.i in acts:
            name = country_name(p.place.country) or p.place.name
            return Location(name=name, country=p.place.country, geo_precision=3)
    return None


def fallback_location(draft: Draft, state: ArticleState) -> Location | None:
    """A sentence naming no place continues the article's focus: the place it named last, or
    the town of the paragraph's last event; one that tells its act "elsewhere" is not there:
    in the province that place lies in when it says "in the province", else nowhere."""
    found = _at_the_town_pointed(draft, state, _focus_location(draft, state))
    elsewhere = told_elsewhere(draft)
    if elsewhere is None or found is None:
        return found
    if not elsewhere or not found.admin1 or found.geo_precision >= 3:
        return None
    named = [p for p in find_places(f"in {found.admin1} province", found.country, None)
             if p.role == "admin1" and p.place is not None]
    return to_location(named[0]) if named else None


def _at_the_town_pointed(draft: Draft, state: ArticleState,
                         found: Location | None) -> Location | None:
    """The focus a sentence points at as "the city" or "the town" is that town, not the quarter
    of it told last (the town the event told there was placed in); "south of the city",
    "outside the town": near it (precision 2)."""
    if found is None:
        return found
    text = draft.facts.sentence.text
    pointers = town_pointers(text)
    if not pointers:
        return found
    told = next((e.location for e in reversed(state.events)
                 if draft.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS and e.location), None)
    if told is not None and told.town and name_key(found.name) in {
            name_key(told.name), name_key(told.neighbourhood or "")}:
        found = told
    if not found.town:
        return found
    near = any(reference_cues().before.search(text, 0, at) for at in pointers)
    return replace(found, name=found.town, neighbourhood=None,
                   geo_precision=2 if near else found.geo_precision)


def _focus_location(draft: Draft, state: ArticleState) -> Location | None:
    if state.focus is not None and draft.paragraph - state.focus[0] <= FOLLOW_UP_PARAGRAPHS:
        return state.focus[1]
    for event in reversed(state.events):
        if draft.paragraph - event.paragraph <= FOLLOW_UP_PARAGRAPHS and event.location:
            loc = event.location
            return replace(loc, name=loc.town or loc.name, neighbourhood=None) if loc.town else loc
    return None


def told_elsewhere(draft: Draft) -> bool | None:
    """None when no act of the draft is told "elsewhere"; else whether the text puts it in the
    province the story is in ("killed in fighting elsewhere in the province": True;
    "elsewhere in the country", "elsewhere": False)."""
    grammar = draft.facts.grammar
    for token, verb in _elsewhere(grammar):
        roots = [grammar.root(t.start, t.end) for t in draft.triggers]
        if any(r is not None and (r == verb or verb in r.ancestors) for r in roots):
            known = grammar_words()
            return any(
                c.dep_ == "prep" and any(
                    o.dep_ == "pobj" and o.lower_ in known["province_nouns"]
                    and any(d.dep_ == "det" for d in o.children) for o in c.children)
                for c in token.children)
    return None


def told_elsewhere_count(grammar, start: int, end: int) -> bool:
    """The count start..end is told in a clause of an act "elsewhere" ("..., killing 28, and
    shelling elsewhere in the region killed 10": the ten)."""
    verb = grammar.clause_verb(start, end)
    return verb is not None and any(v == verb for _, v in _elsewhere(grammar))


def _elsewhere(grammar) -> list:
    """Each "elsewhere" of the sentence with the verb of its clause (not a gerund named as an
    act: "killed in fighting elsewhere" is the clause of "killed")."""
    found = []
    for token in grammar.words:
        if token.lower_ not in grammar_words()["elsewhere_adverbs"]:
            continue
        verb = token.head
        while not (is_verb(verb) and verb.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass")):
            if verb.head.i == verb.i:
                break
            verb = verb.head
        found.append((token, verb))
    return found


def update_focus(
    places: list[PlaceMention],
    containers: dict[int, list[PlaceMention]],
    paragraph: int,
    state: ArticleState,
) -> None:
    """The last town or quarter a sentence names, known to the gazetteer, becomes the focus."""
    named = [p for p in places if p.role in ("town", "neighbourhood") and p.place is not None]
    if named:
        focus = event_location(named[-1:], state.town, containers, state.country)
        state.focus = (paragraph, focus)
        if state.town is None and focus.town and focus.country == state.country:
            state.town = gazetteer_town(focus)  # a background sentence still says which town


def _quiet_places(state: ArticleState, placed: set[str]) -> list[PlaceMention]:
    """The known towns, quarters and provinces of the article's country that its sentences
    naming no act name ("Fighters advanced on the village of X. Reports said they captured
    the village."): where an act told with no place of its own is, when no sentence that
    tells an act names a place (nor another event's place: `placed`, by name key)."""
    for text in state.quiet_sentences:
        found = [p for p in find_places(text, state.country, state.town)
                 if p.role in ("neighbourhood", "town", "admin1") and p.place is not None
                 and (state.country is None or p.place.country in (None, state.country))
                 and not placed & {name_key(p.surface), name_key(p.place.name)}]
        if found:
            return found
    return []


def document_location(state: ArticleState) -> Location:
    """Where an event the text never places happened: the article's most precise place that
    is not another event's (a village retaken hours later is not where the bombing was)."""
    rank = {"neighbourhood": 0, "town": 0, "admin1": 1, "country": 2}
    placed = {name_key(n) for e in state.events if e.location is not None
              and e.location.geo_precision < 3 for n in (e.location.name, e.location.town) if n}
    named = [
        p for p in state.story_places if p.role in rank and (p.place or p.role != "country")
        and not (p.role != "country" and placed & {
            name_key(p.surface), name_key(p.place.name if p.place else p.surface)})]
    if not named and state.events and state.events[0].claims:
        # Not even a country the gazetteer or a place slot knows: ask spaCy, on the first
        # event's sentence (only here: NER on every sentence would double the pipeline's cost).
        quote = state.events[0].claims[0].quote
        named = timed("nlp", entity_places, quote, state.country) or named
    if all(p.role == "country" for p in named):
        named = _quiet_places(state, placed) or named
    if named:
        best = min(named, key=lambda p: (rank[p.role], p.start))
        if best.surface.isupper() and len(best.surface) > 3:  # a dateline's "BASRA"
            best = replace(best, surface=best.surface.title())
        location = event_location([best], state.town, {}, state.country)
        return replace(location, geo_precision=max(best.precision, 2))
    if state.country:
        name = country_name(state.country) or state.country
        return Location(name=name, country=state.country, geo_precision=3)
    # No place at all: the event is still reported; its place is unknown (precision 3).
    return Location(name="", geo_precision=3)
