"""Districts, neighbourhoods and suburbs found by phrase: their town, place and role."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.places import context
from khaldun.places.areas import AreaSpan
from khaldun.places.district_index import DISTRICT_MIN_LIKENESS
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import km_apart
from khaldun.places.lexicon import admin1_noun_after, admin1_nouns, district_nouns
from khaldun.places.model import AREA_CODES, DISTRICT_CODE, Place, PlaceMention, in_province
from khaldun.places.nearby import country_match, district_lookalike, near_match
from khaldun.places.scan import accept, is_small
from khaldun.places.text import after, before
from khaldun.places.transliteration import (
    exact_form,
    first_of_joined,
    last_of_joined,
    likeness,
    name_key,
    similar,
)

# A named district is taken to be a gazetteer place this close to its town;
# Damascus' and Aleppo's outer neighbourhoods lie 6-10 km from the centre.
AREA_MAX_KM = 15.0
# "the Daraa suburb of Herak": reporters call towns 20-30 km out suburbs.
SUBURB_MAX_KM = 40.0
# "X area in Rural Damascus": an area the text puts in a town named like its province that has
# no quarter so named is a settlement of the countryside this close (a plain or a district so
# named is left to hold the town's villages).
COUNTRYSIDE_AREA_KM = 40.0
# Farther off, a settlement so named anywhere in that province ("the X area of Y", a
# village 45 km from the city Y) within this much of the town.
PROVINCE_AREA_KM = 200.0
# A town named like an administrative district and this close to its centre point is its
# seat (Yemen's districts span 20-50 km).
IN_DISTRICT_MAX_KM = 30.0
# A town this far from the district named like it is a namesake, not its seat (a city and
# the district around it lie closer: Marib 66 km, Mukalla 34 km apart in Yemen).
DISTRICT_NAMESAKE_KM = 100.0
# A town the gazetteer lists in no district, spelled as a district is, this close to the
# district's point is its seat (Iraq's desert districts span 100 km and more).
UNLISTED_SEAT_MAX_KM = 60.0
# A city at least this populous has quarters that reports name without saying so: before
# "district of X" it is the city X lies in; an unknown name in an article about it is one of
# its quarters (events/locate.py), and so is "the X district" named like a district or town
# further away than FAR_NAMESAKE_KM.
QUARTERED_CITY = 150_000
# A city's quarters lie this close to its point ("Sadr City", which the gazetteer lists as a
# town, is a district of Baghdad).
QUARTERS_RADIUS_KM = 12.0
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
FAR_NAMESAKE_KM = 50.0
# "the X area" is often a stretch of countryside a story about a city reaches out to: only a
# namesake this far off (beyond the provinces around the city) is no place of its story.
AREA_NAMESAKE_KM = 150.0
# An administrative district spelled as the text writes it this close to a big city is
# that district, not an unknown quarter of the city (districts of the neighbouring provinces
# lie 50-120 km from their capital).
NEIGHBOUR_DISTRICT_KM = 120.0
# "the southern neighbourhoods of Damascus": a list item this big is the town itself.
BIG_TOWN_POPULATION = 50_000
# "the Damascus district of Jobar": the first name is the town when it is this many
# times bigger than the second.
TOWN_SIZE_RATIO = 10
# Countries whose "X district" in the news is an administrative district (admin2),
# not a city quarter, unless the text puts it in a town ("Karrada district of Baghdad").
DISTRICT_IS_ADMIN2 = frozenset({"YE", "AF", "IQ", "SO", "NG", "SA", "PK", "IR", "TR", "EG"})
# Of districts sharing a name's consonants, the one this much more alike (`likeness`) is meant.
DISTRICT_LEAD = 10
# A district found by its consonants alone must look at least this alike to be taken for a
# hamlet's name ("Thahban" shares its consonants with Dhi Bin, likeness 40).
HAMLET_DISTRICT_LIKENESS = 60
# `likeness` of a spelling that differs from the text's by its article and accents only.
EXACT_LIKENESS = 100.0
# A district found by its loose skeleton alone must look at least this alike.
LOOSE_DISTRICT_LIKENESS = 60
_CAPITAL_WORD = re.compile(r"(?i:\bthe\s+(?:[a-z]+\s+)?capital\b)")


def town_named(gaz: Gazetteer, name: str | None, country: str | None,
               home: bool = False) -> Place | None:
    """The most plausible town called name in an article about country (only there if home)."""
    if not name:
        return None
    found = accept(gaz, name, country, False)
    if found and found[0].kind in ("country", "admin1") and found[0].population > max(
            (p.population for p in found if p.kind == "town"), default=0):
        return None  # "neighbourhoods of Damascus in Syria": a country is no town
    places = [p for p in found if p.kind == "town"
              and (not home or country is None or p.country == country)]
    return places[0] if places else None


def named_district(gaz: Gazetteer, name: str | None, country: str | None,
                   loosely: bool = False) -> Place | None:
    """The administrative district (admin2) of country called name: spelled so, looking as
    alike as DISTRICT_MIN_LIKENESS ("Shaar" is no Ash Sharyah), or the one district with its
    consonants ("Razeh" is Razih), or of several so the one looking DISTRICT_LEAD more alike
    than the rest ("Suhar" is Sahar, not Ash Shihr). A district whose own name it is comes
    before one that merely lists it among its spellings (Kaga is no other district's alias).
    `loosely` (the text calls the name a district) also compares loose skeletons
    (`_districts_alike`)."""
    if not name or country is None:
        return None
    exact = {id(p) for p in gaz.exact(name)}
    found = [p for p in accept(gaz, name, country, False)
             if p.feature_code == DISTRICT_CODE and p.country == country and (
                 id(p) in exact or gaz.likeness(name, p, country)[0] >= DISTRICT_MIN_LIKENESS)]
    if found:
        form = exact_form(name)
        return min(found, key=lambda p: exact_form(p.name) != form)
    candidates = (_districts_alike(gaz, name, country) if loosely
                  else gaz.districts_alike(name, country))
    alike = sorted(((gaz.likeness(name, p, country)[0], p) for p in candidates),
                   key=lambda item: -item[0])
    if len(alike) > 1 and alike[0][0] - alike[1][0] < DISTRICT_LEAD:
        return None
    if not alike and loosely:
        # "Boqea district": the district named for Kitaf and Al Boqe'e, by its second place
        return gaz.district_of_second_place(name, country)
    return alike[0][1] if alike else None


def _districts_alike(gaz: Gazetteer, name: str, country: str) -> list[Place]:
    """The districts with the consonants of name; of several, those that also share its loose
    skeleton if any do ("Dhahir" is Al Dhaher, not At Tahrir); of none, those sharing its
    loose skeleton and looking LOOSE_DISTRICT_LIKENESS alike ("Ka'aidana" is Kuaydinah,
    "Karsh" no Al Quraishyah)."""
    alike, loose = gaz.districts_alike(name, country), gaz.districts_loosely_alike(name, country)
    if len(alike) == 1:
        return alike
    return [p for p in alike if any(p is q for q in loose)] or alike or [
        p for p in loose if gaz.likeness(name, p, country)[0] >= LOOSE_DISTRICT_LIKENESS]


def _district_abroad(gaz: Gazetteer, name: str, country: str | None) -> Place | None:
    """The district so named in the one neighbouring country that has one, when the text's
    country has none ("Razih district" in a text about Saudi shelling across the border is
    Yemen's; Baghdad's Rashid district, which the gazetteer lacks, is no district of Egypt)."""
    found = gaz.district_countries(name)
    if country in found or gaz.districts_alike(name, country) or len(found) != 1:
        return None
    other = next(iter(found))
    if country is not None and other not in gaz.neighbours.get(country, frozenset()):
        return None
    return named_district(gaz, name, other)


def district_seat(gaz: Gazetteer, name: str, district: Place) -> Place | None:
    """The town called name, or called as the district is (or its first part), that lies in
    the district (its seat: Midi in Midi district; An Nazir, also called Razih, in "Razeh
    district"; Kitaf in Kitaf wa Al Boqe'e), within IN_DISTRICT_MAX_KM of its point: one
    the gazetteer lists in the district (or in none), then by spelling; of those in it the
    gazetteer's first, of those in none the closest (one listed in another district is never
    its seat: None, the district itself is meant). A name of a
    joined district's second place is that place: its `district_lookalike` (Al Buq' of Kitaf
    wa Al Boqe'e for "Boqea"), if the district holds one."""
    second = last_of_joined(district.name)
    if second and likeness(name, second) >= DISTRICT_MIN_LIKENESS:
        # "Boqea district": the second place of Kitaf wa Al Boqe'e district, not its seat
        return district_lookalike(gaz, name, district)
    joined = first_of_joined(district.name)  # "Kitaf" of Kitaf wa Al Boqe'e district
    ranked: dict[int, tuple[bool, int, float, Place]] = {}
    for n, spelling in enumerate(dict.fromkeys(s for s in (name, district.name, joined) if s)):
        for rank, p in enumerate(accept(gaz, spelling, district.country, False)):
            # a town the gazetteer lists with no district (a GeoNames city) may be in it
            inside = p.admin2 in (district.admin2, None)
            # (one the gazetteer lists in another district is that district's: a look-alike
            # next door, a village of a neighbouring district spelled like the district, is no
            # seat of it)
            if p.feature_code is None and p.kind == "town" and id(p) not in ranked and (
                    p.admin2 == district.admin2
                    or inside and km_apart(p, district) <= IN_DISTRICT_MAX_KM
                    or _unlisted_seat(p, district)):
                ranked[id(p)] = (not inside, n, rank if inside else km_apart(p, district), p)
    return min(ranked.values(), key=lambda r: r[:3])[3] if ranked else None


def listed_seat(gaz: Gazetteer, district: Place) -> Place:
    """The district's seat when no town is named like it: the one town of GeoNames' city list
    (which holds every seat) in the district, within IN_DISTRICT_MAX_KM of its point; else
    the district itself."""
    listed = gaz.listed_towns(district)
    if len(listed) != 1 or km_apart(listed[0], district) > IN_DISTRICT_MAX_KM:
        return district  # of several towns on the list, the point says not which is the seat
    return listed[0]


def mapped_at(gaz: Gazetteer, place: Place) -> Place:
    """The place whose point a place is mapped at: a district's `listed_seat`, else itself."""
    return listed_seat(gaz, place) if place.feature_code == DISTRICT_CODE else place


def _unlisted_seat(town: Place, district: Place) -> bool:
    """A town listed in no district, spelled as the district is, in its province (or in
    none) and within UNLISTED_SEAT_MAX_KM of its point."""
    return town.admin2 is None and town.admin1 in (district.admin1, None) and (
        name_key(town.name) == name_key(district.name)
        and km_apart(town, district) <= UNLISTED_SEAT_MAX_KM)


def district_word_after(text: str, end: int) -> bool:
    """True when a district noun follows, or one lower-case word and then one ("Razih
    district", "Nihm directorate", "Razeh border district")."""
    words = [w.strip(",.") for w in after(text, end).split(maxsplit=2)[:2]]
    nouns = district_nouns()
    return bool(words) and (words[0].lower() in nouns or (
        len(words) == 2 and words[0].islower() and words[1].lower() in nouns))


def area_place(gaz: Gazetteer, name: str, town: Place | None, country: str | None,
               max_km: float = AREA_MAX_KM, settled: bool = False,
               province: Place | None = None) -> Place | None:
    """The gazetteer entry for a named district: a neighbourhood or suburb near its town
    (`settled`: a settlement, no region or district; `province`: one lying in it)."""
    # The key's places of the country only: the world's would be thousands for short keys.
    exact, keyed = gaz.exact(name), gaz.keyed(name, country) if country else gaz.candidates(
        name)[1]
    found = exact + [p for p in keyed if p not in exact and similar(name, p.name)]
    found = [p for p in found if p.kind in ("neighbourhood", "town")
             and (country is None or p.country == country) and p is not town
             and not (settled and p.feature_code in AREA_CODES)
             and (province is None or in_province(p, province))]
    if town is not None:
        found = [p for p in found if km_apart(p, town) <= max_km]
        found.sort(key=lambda p: (p.kind != "neighbourhood", km_apart(p, town)))
        return found[0] if found else None
    hoods = [p for p in found if p.kind == "neighbourhood"]
    return hoods[0] if len(hoods) == 1 else None


def _swap(area: AreaSpan) -> None:
    area.start, area.town_start = area.town_start or 0, area.start
    area.end, area.town_end = area.town_end or 0, area.end
    area.surface, area.town_surface = area.town_surface or "", area.surface


def orient(gaz: Gazetteer, area: AreaSpan, country: str | None, text: str = "") -> None:
    """Put the district first in 'the Damascus district of Jobar' / 'the Daraa suburb of Herak'
    (not in 'the Yatmah area of Khabb district': a district holds the area)."""
    if not area.reversible or area.town_surface is None or district_word_after(
            text, area.town_end or 0):
        return
    if area.kw == "suburb":  # "the <town> suburb of <suburb>" is the usual order
        _swap(area)
    named = town_named(gaz, area.surface, country, home=True)
    town = town_named(gaz, area.town_surface, country)
    if named is None:
        return
    if town is None:
        # "Marja District in Helmand": a province is no district of a town.
        known = accept(gaz, area.town_surface, country, False)
        if not known or known[0].kind not in ("admin1", "country"):
            _swap(area)
    elif named.population > TOWN_SIZE_RATIO * max(town.population, 1):
        _swap(area)


def capital_named(gaz: Gazetteer, text: str, country: str | None) -> Place | None:
    """The country's capital when the text speaks of "the capital"."""
    return gaz.capital(country) if _CAPITAL_WORD.search(text) else None


def _context_town(gaz: Gazetteer, text: str, area: AreaSpan, country: str | None,
                  town_arg: Place | None, previous: Place | None) -> Place | None:
    """Town of a district without an explicit one: 'the capital', last town named, argument."""
    sentence = before(text, area.start) + after(text, area.start)
    if _CAPITAL_WORD.search(sentence):
        return gaz.capital(country)
    # A town named earlier in this text is closer context than the caller's town.
    return previous or town_arg


def _quarter_named(gaz: Gazetteer, text: str, area: AreaSpan,
                   country: str | None) -> Place | None:
    """ "X area in D district of C": a quarter of a city of the article's country, the
    gazetteer's first answer for D spelled as written, that the text calls a district or a
    quarter holds the area (not a town spelled like D elsewhere)."""
    if not area.town_surface or area.capital or not district_word_after(
            text, area.town_end or 0):
        return None
    found = accept(gaz, area.town_surface, country, False)
    top = found[0] if found else None
    if top is None or top.kind != "neighbourhood" or (country and top.country != country) or (
            not any(p is top for p in gaz.exact(area.town_surface))):
        return None
    return top


def _explicit_town(gaz: Gazetteer, text: str, area: AreaSpan,
                   country: str | None) -> tuple[Place | None, Place | None]:
    """The town the phrase names, and the administrative district it names: the district,
    at its seat, when the phrase calls it one ("X area of Razih district") or no town of that
    name is more than a hamlet (a hamlet holds no areas)."""
    if area.capital:
        return gaz.capital(country), None
    if admin1_noun_after(text, area.town_end or 0):
        return None, None  # "of Kaduna State": a province holds the district, no town does
    quarter = _quarter_named(gaz, text, area, country)
    if quarter is not None:
        return quarter, None
    town = town_named(gaz, area.town_surface, country)
    called = district_word_after(text, area.town_end or 0)
    if town is None or is_small(town) or called or country in DISTRICT_IS_ADMIN2:
        district = named_district(gaz, area.town_surface, country, called)
        if district is not None and (town is None or is_small(town) or called
                                     or _namesake_far(town, district)):
            return district_seat(gaz, area.town_surface, district) or district, district
    return town, None


def _namesake_far(town: Place, district: Place) -> bool:
    """The town a name finds is a namesake of the country's district so named: abroad, or in
    another province, farther than DISTRICT_NAMESAKE_KM from it ("X area of D" where a town
    spelled D lies in another province or across the border: the district holds X; a city of
    the district's own province is no namesake, however far the district's point)."""
    return town.country != district.country or (
        town.admin1 is not None and district.admin1 is not None
        and town.admin1 != district.admin1 and km_apart(town, district) > DISTRICT_NAMESAKE_KM)


def place_in_district(gaz: Gazetteer, name: str, district: Place,
                      seat: Place | None) -> Place | None:
    """The village called name (exactly, by key and alike, or looking alike) that the
    gazetteer lists in the district ("X area of Kitaf district" lies anywhere in it, not only
    near its seat); of several, the spelling found first (exact, then by key), then the
    one nearest the seat; else the district's looser `district_lookalike`."""
    exact, keyed = gaz.exact(name), gaz.keyed(name, district.country)
    found = [exact, [p for p in keyed if p not in exact and similar(name, p.name)],
             [near_match(gaz, name, [district])]]
    for places in found:
        inside = [p for p in places if p is not None and p.kind == "town"
                  and p.feature_code is None and p.admin2 == district.admin2]
        if inside:
            return min(inside, key=lambda p: km_apart(p, seat) if seat is not None else 0.0)
    return district_lookalike(gaz, name, district)


def _administrative(itself: Place | None, town: Place | None, explicit: Place | None,
                    country: str | None) -> bool:
    """The area a text calls a district is an administrative one, not a quarter of `town`: the
    gazetteer's place so named (`itself`) is a district or a sizeable town away from the town,
    or, with none such, no town is named (`explicit`) where districts are administrative."""
    if itself is not None and (itself.feature_code == DISTRICT_CODE or not is_small(itself)):
        return town is None or km_apart(itself, town) > AREA_MAX_KM
    # A hamlet far away that shares the name is no district seat: the name is a quarter.
    return explicit is None and country in DISTRICT_IS_ADMIN2


def _mentions(text: str, name: str) -> bool:
    """The text names the place (up to three capitalised words, any transliteration), a
    province also without its noun ("Sanaa" for "Sanaa Governorate")."""
    parts = name.split()
    bare = " ".join(parts[:-1]) if len(parts) > 1 and parts[-1].lower() in admin1_nouns() else ""
    keys, words = {name_key(name), name_key(bare)} - {""}, _CAPITALISED.findall(text)
    return any(name_key(" ".join(words[i:i + n])) in keys
               for n in (1, 2, 3) for i in range(len(words)))


def _far_from(text: str, place: Place, city: Place, km: float = FAR_NAMESAKE_KM) -> bool:
    """The place lies farther than km from the city, in a province neither the city's nor
    named in the sentence: a namesake, not a place of the city's."""
    return km_apart(place, city) > km and place.admin1 != city.admin1 and not (
        place.admin1 and _mentions(text, place.admin1))


def _area_of_city(gaz: Gazetteer, text: str, area: AreaSpan, city: Place,
                  country: str | None) -> bool:
    """"the X area" in a story about a big city, no other town named before it: one of the
    city's quarters when the gazetteer's towns so named, and the country's look-alike that
    would otherwise be taken for it, are all villages or small towns (under
    BIG_TOWN_POPULATION) lying far from it (`_far_from`, AREA_NAMESAKE_KM), and none looks
    like it around the city (`near_match`); a name with no namesake at all is
    left to the city's context as it is."""
    if city.population < QUARTERED_CITY or near_match(gaz, area.surface, [city]) is not None:
        return False  # (a look-alike around the city is the place meant)
    named = [p for p in accept(gaz, area.surface, country, False) if p.kind == "town"]
    alike = country_match(gaz, area.surface, country)
    if alike is not None and alike.kind == "town" and not any(p is alike for p in named):
        named.append(alike)
    return bool(named) and all(
        p.feature_code is None and p.population < BIG_TOWN_POPULATION
        and _far_from(text, p, city, AREA_NAMESAKE_KM) for p in named)


def _quarter_of_city(gaz: Gazetteer, text: str, area: AreaSpan, city: Place,
                     country: str | None) -> bool:
    """"the Al-Rawdah district" in a story about a big city: one of its quarters, when every
    district or town so named (if the gazetteer knows any) lies far from it, in a province
    neither the city's nor named in the sentence (an administrative district of the city's
    province stays one)."""
    if area.kw not in ("district", "neighbourhood", "quarter") or city.population < QUARTERED_CITY:
        return False
    district = named_district(gaz, area.surface, country)
    if district is not None and _spelled_so(gaz, area.surface, district) and (
            km_apart(district, city) <= NEIGHBOUR_DISTRICT_KM):
        # "the Khalis district" in a Baghdad story: the administrative district of the next
        # province, spelled as the text writes it, not an unknown quarter of the city
        return False
    named = [p for p in (district, town_named(gaz, area.surface, country, home=True))
             if p is not None]
    return all(_far_from(text, p, city) for p in named)


def _spelled_so(gaz: Gazetteer, name: str, district: Place) -> bool:
    """The gazetteer spells the district as the text does (accents and article aside), not
    merely alike."""
    return any(p is district for p in gaz.exact(name)) or (
        exact_form(name) == exact_form(district.name))


def _district_of_province(gaz: Gazetteer, area: AreaSpan, city: Place | None,
                          country: str | None) -> Place | None:
    """"X district of Sadah", "the Y area of Taiz": where the city the phrase names
    also names its province and districts are administrative (DISTRICT_IS_ADMIN2), an
    administrative district of that province lying beyond the city's quarters
    (QUARTERS_RADIUS_KM) is meant, not a quarter of the city."""
    if city is None or country not in DISTRICT_IS_ADMIN2 or area.kw not in ("district", "area") \
            or not any(p.kind == "admin1" and p.admin1 == city.admin1
                       for p in accept(gaz, area.town_surface or "", country, False)):
        return None
    district = named_district(gaz, area.surface, country, area.kw == "district")
    if district is None or district.admin1 != city.admin1 or (
            km_apart(district, city) <= QUARTERS_RADIUS_KM):
        return None
    return district


def _called_city(text: str, area: AreaSpan) -> bool:
    """The text calls the area's town a city or town ("the X area of Taiz city"): its own
    surroundings, not its province's."""
    return area.town_end is not None and bool(context.TOWN_AFTER.match(
        text[area.town_end:]) or context.TOWN_BEFORE.search(text[:area.town_start or 0]))


def _province_named(gaz: Gazetteer, name: str | None, country: str | None) -> Place | None:
    """The province the name is, or a town's named like its province is ("Idleb", "Rural
    Damascus"): its countryside holds the areas put in it (a district or a town of no province
    so named holds its own: "the X area of Peshawar" is coded at Peshawar)."""
    return next((p for p in accept(gaz, name, country, False) if p.kind == "admin1"),
                None) if name else None


@lru_cache(maxsize=1)
def _province_of_pattern() -> re.Pattern[str]:
    """ "... (district) in the (eastern) province of Y" right after a district's name: Y the
    province (the unit's own noun, if written, is a lower-case word)."""
    nouns = "|".join(sorted(admin1_nouns(), key=len, reverse=True))
    return re.compile(
        rf"(?:\s+[a-z-]+)?\s+in\s+the\s+(?:[a-z-]+\s+)?(?:{nouns})\s+of\s+"
        r"(?P<province>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    )


def _of_named_province(gaz: Gazetteer, text: str, area: AreaSpan,
                       country: str | None) -> Place | None:
    """"X district of Taiz province", "the X area of Jawf governorate": in countries whose
    districts are administrative (DISTRICT_IS_ADMIN2) the phrase puts X in a province it
    calls one, so X is that province's administrative district so named (at
    its seat), else its town so named (of several, the spelling ranked first), not a place
    so named in another province; None when the province holds neither, when the first place
    so named already lies in it ("the X area of Lagos State", a quarter of Lagos), or when a
    district so named lies in another province (the city of Sanaa is a province of its own)."""
    if country not in DISTRICT_IS_ADMIN2 or area.kw not in ("district", "area"):
        return None
    if area.town_surface and admin1_noun_after(text, area.town_end or 0):
        said = area.town_surface
    elif (m := _province_of_pattern().match(text, area.end)) is not None:
        said = m.group("province")  # "X district in the eastern province of Y"
    else:
        return None  # elsewhere the province's first town so spelled is no better a guess
    province = next((p for p in accept(gaz, said, country, False)
                     if p.kind == "admin1"), None)
    named = [p for p in accept(gaz, area.surface, country, False) if p.kind != "admin1"]
    if province is not None and province.admin1 and area.kw == "district":
        # "X district in the province of Y": Y's district of that name (by any of its
        # spellings), not a district so named in another province
        own = next((p for p in named if p.feature_code == DISTRICT_CODE
                    and p.admin1 == province.admin1), None)
        first = named_district(gaz, area.surface, province.country, True)
        if own is not None and first is not None and first.admin1 != province.admin1:
            return district_seat(gaz, area.surface, own) or own
    if province is None or province.admin1 is None or not named or (
            named[0].admin1 == province.admin1):
        return None  # the first place so named lies in the province: no namesake to pass over
    district = named_district(gaz, area.surface, province.country, area.kw == "district")
    if district is not None and district.admin1 != province.admin1:
        return None  # "an X district of Sanaa": the capital's, named for its province
    seat = district_seat(gaz, area.surface, district) if district is not None else None
    if seat is not None and seat.admin1 == province.admin1:
        return seat
    # of a district with no seat in the province so named, a town of known size in the
    # province or a village in the district ("X district" where X is a city: the city)
    return next((p for p in named if p.kind == "town" and p.feature_code is None
                 and p.admin1 == province.admin1 and (
                     district is None or p.admin2 == district.admin2 or not is_small(p))),
                district)


def from_area(gaz: Gazetteer, text: str, area: AreaSpan, country: str | None,
              town_arg: Place | None, previous: Place | None,
              village: bool = False) -> PlaceMention:
    """A district mention; known to the gazetteer or not, it keeps its town. `village`: the
    text calls the previous town a village, whose namesake city's quarters are not meant
    ("the village of X, east of D district": D is no quarter of a city spelled like X)."""
    orient(gaz, area, country, text)
    named = accept(gaz, area.surface, country, False)
    if named and named[0].kind == "country":  # "neighbourhoods in Syria"
        return PlaceMention(area.start, area.end, area.surface, named[0], "country",
                            precision=3)
    explicit, district = _explicit_town(gaz, text, area, country)
    outer = _district_of_province(gaz, area, explicit, country)
    if outer is not None:
        return PlaceMention(area.start, area.end, area.surface,
                            district_seat(gaz, area.surface, outer) or outer, "town",
                            precision=2, qualifier="area" if area.kw == "area" else "district")
    held = _of_named_province(gaz, text, area, country)
    if held is not None:
        return PlaceMention(area.start, area.end, area.surface, held, "town", precision=2,
                            qualifier=area.kw)
    town = explicit or _context_town(gaz, text, area, country, town_arg, previous)
    inside = place_in_district(gaz, area.surface, district, explicit) if district else None
    if inside is not None and area.kw == "area":
        return PlaceMention(area.start, area.end, area.surface, inside, "town", precision=2,
                            qualifier="area")
    radius = SUBURB_MAX_KM if area.kw == "suburb" else AREA_MAX_KM
    place = area_place(gaz, area.surface, town, country, radius)
    province = _province_named(gaz, area.town_surface, country) if (
        place is None and area.kw == "area" and explicit is not None) else None
    if province is not None:
        village = area_place(gaz, area.surface, explicit, country, COUNTRYSIDE_AREA_KM, True)
        if village is None and not _called_city(text, area):
            village = area_place(gaz, area.surface, explicit, country, PROVINCE_AREA_KM, True,
                                 province)
        if village is not None and village.kind == "town":
            return PlaceMention(area.start, area.end, area.surface, village, "town",
                                precision=2, qualifier="area")
    # A quarter of the town in context so named ("the Dora district" in a Baghdad story)
    # is the place meant, not a district or town of that name elsewhere in the country.
    quarter = explicit is None and town is not None and (
        (place is not None and place.kind == "neighbourhood")
        or (place is None and not (village and town is previous)
            and _quarter_of_city(gaz, text, area, town, country))
        or (place is None and area.kw == "area" and previous is None and town is town_arg
            and _area_of_city(gaz, text, area, town, country)))
    itself = town_named(gaz, area.surface, country, home=True)
    if (explicit is None and not quarter and itself is not None
            and itself.population >= BIG_TOWN_POPULATION):
        return PlaceMention(area.start, area.end, area.surface, itself, "town")
    if (area.kw == "district" or district_word_after(text, area.end)) and (
            explicit is None and not quarter):
        # "in X district", "areas of Y district": the administrative district, not a
        # hamlet or quarter so named elsewhere; at its seat when a town of its name lies in it
        # (as ACLED codes it)
        district = named_district(gaz, area.surface, country, True) or _district_abroad(
            gaz, area.surface, country)
        if district is not None:
            return PlaceMention(area.start, area.end, area.surface,
                                district_seat(gaz, area.surface, district) or district,
                                "town", precision=2, qualifier="district")
    mention = PlaceMention(area.start, area.end, area.surface, place, "neighbourhood", town)
    if explicit is not None and area.town_surface and not area.capital:
        mention.town_surface = area.town_surface
    if explicit is not None and explicit.kind == "neighbourhood":
        # "X area in D district of C": the quarter D of the city C, at D when X is unknown
        mention.place = place or explicit
        mention.town = town_named(gaz, explicit.town, explicit.country) or explicit
        mention.precision = 1 if place is not None else 2
        return mention
    if place is not None and place.kind == "neighbourhood" and (area.kw != "area" or town):
        mention.town = mention.town or town_named(gaz, place.town, place.country)
    elif area.kw == "suburb":
        # Suburbs are towns of their own ("Moadamiya"). One the gazetteer lacks gets the
        # coordinates of the town named with it, up to 40 km off: precision 2, "near".
        mention.role, mention.qualifier = "town", "suburb"
        if place is None:
            mention.precision = 2
    elif area.kw == "area" and explicit is None and not quarter:
        # "the Kashma area": a village or tract, not a part of a known town; a lone quarter so
        # named in a town the text does not name is one of its namesakes (khaldun.places.
        # mentions._settle_areas chooses among them by the text's other places).
        mention.place = place or itself
        mention.role, mention.town, mention.town_surface = "town", None, None
    elif area.kw == "district" and not quarter and _administrative(
            itself, town, explicit, country):
        # An administrative district named after its seat ("Suqaylabiyah district of
        # Hama", Yemen's "Nihm district"): an area around a town, not a part of one.
        mention.place = itself
        mention.role, mention.town, mention.town_surface = "town", None, None
        mention.qualifier = "district"
    if area.kw == "area" and not quarter:
        mention.qualifier, mention.precision = "area", 2
    elif mention.qualifier == "district":
        mention.precision = 2
    return mention


def district_of(town: Place | None, city: Place | None) -> bool:
    """The town is a district of the bigger city, one the gazetteer lists as a town of its own
    ("Sadr City" of Baghdad): it lies within QUARTERS_RADIUS_KM of it."""
    return (
        town is not None and city is not None and city.population > town.population
        and km_apart(town, city) <= QUARTERS_RADIUS_KM
    )


def _seat_spelled(gaz: Gazetteer, name: str, seat: Place | None, district: Place) -> bool:
    """The district's seat, listed in it, is spelled as written but for its article and
    accents (Al Hawijah for "Hawijah"): as exact as a hamlet so spelled elsewhere."""
    return seat is not None and seat.admin2 == district.admin2 and gaz.likeness(
        name, seat, district.country)[0] >= EXACT_LIKENESS


def district_before_hamlets(gaz: Gazetteer, text: str, hits: list, country: str | None) -> None:
    """A name the scan read as a hamlet of unknown size that is also spelled like an
    administrative district of the article's country ("in Nehm", "in Al-Sab'ein") names the
    district, at its seat when a town of its name lies in it: in countries whose news places
    events by district (DISTRICT_IS_ADMIN2), a district is reported far more often than one
    of the hamlets spelled like it, which are dropped. A hamlet inside that district stays
    first, and so does a hamlet spelled exactly as written when neither the district nor its
    seat is (but for the seat's article and accents), one the
    text calls a village ("X village", "the town of X"), or one the spelling ranked before
    the district's seat, a town of known size ("Karabila" is no Karbala), or a town listed in
    no district that lies in another province or within UNLISTED_SEAT_MAX_KM of the district's
    point (it may be the seat; one of no province farther off is a hamlet of another place)."""
    if country not in DISTRICT_IS_ADMIN2:
        return
    for hit in hits:
        if hit.demonym or not hit.places or context.TOWN_AFTER.match(after(text, hit.end)) or (
                context.TOWN_BEFORE.search(before(text, hit.start))):
            continue
        top = hit.places[0]
        if top.kind != "town" or top.feature_code is not None or not is_small(top) or (
                top.country != country):
            continue
        district = named_district(gaz, hit.surface, country)
        if district is None or district.admin2 == top.admin2 or (
                gaz.likeness(hit.surface, district, country)[0] < HAMLET_DISTRICT_LIKENESS):
            continue
        if top.admin2 is None and (top.admin1 not in (None, district.admin1) or km_apart(
                top, district) <= UNLISTED_SEAT_MAX_KM):
            continue  # a GeoNames town of no known district near it may be the district's seat
        seat = district_seat(gaz, hit.surface, district)
        exact = {id(p) for p in gaz.exact(hit.surface)}
        if id(top) in exact and id(district) not in exact and not _seat_spelled(
                gaz, hit.surface, seat, district):
            continue
        if seat is not None and not is_small(seat) and any(p is seat for p in hit.places):
            continue  # a seat of known size the spelling ranked below the hamlet (Karbala)
        first = seat if seat is not None and seat.admin2 in (district.admin2, None) else district
        # hamlets of other districts go: context must not bring one back
        hit.places = [first] + [p for p in hit.places if p is not first and (
            p.feature_code is not None or not is_small(p) or p.admin2 == district.admin2)]
