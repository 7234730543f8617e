"""How the places of one sentence relate: the capital named by its role, quarters listed
together or held by a city, containers ("X village in the Y countryside"), reference points
("Tarmiyah, north of Baghdad"), and names that are no place."""

from __future__ import annotations

import re
from dataclasses import replace

from khaldun.events.triggers import alternation
from khaldun.nlp.possessive import owns
from khaldun.places import Place, PlaceMention, get_gazetteer
from khaldun.places.districts import AREA_MAX_KM, QUARTERED_CITY, district_word_after
from khaldun.places.gazetteer import Gazetteer, distance_km
from khaldun.places.lexicon import (
    admin1_noun_after,
    cue_alternation,
    demonyms,
    district_nouns,
    reference_cues,
    site_nouns,
    slot_alternation,
    unit_suffixes,
)
from khaldun.places.location import display_name
from khaldun.places.nearby import QUARTER_KM
from khaldun.places.scan import is_small
from khaldun.places.transliteration import same_place_name

_CAPITAL = alternation("capital_nouns")
_IN_CAPITAL = re.compile(rf"\bin the (?:\w+ )?(?:{_CAPITAL})\b", re.I)
# "in Somalia's capital", "near the Iraqi capital", "in the capital": the capital city is the
# place, unless its name follows ("the Yemeni capital Sanaa") or another place is meant
# ("the capital of Hama province").
_CAPITAL_SLOT = re.compile(
    rf"\b(?:{alternation('capital_prepositions')})\s+"
    r"(?:(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+|the\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?)"
    rf"(?:{_CAPITAL})\b(?!\s+(?:of\b|city\b|[A-Z]))"
)

# "in the capital of the Republic of South Sudan": the country named after the capital.
_CAPITAL_OF = re.compile(
    rf"\b(?:{alternation('capital_prepositions')})\s+the\s+(?:{_CAPITAL})\s+of\s+"
    r"(?:the\s+)?(?P<owner>[A-Z])"
)


def in_the_capital(
    text: str, places: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """ "clashes spread to the vicinity of Mazeh airport in the capital": names the gazetteer
    lacks, said to be in the capital, are its quarters; "a blast in Somalia's capital" took
    place in the capital city."""
    capitals = _capital_places(text, places, country)
    if capitals:  # "Somalia's capital": the country names the capital, not a place of its own
        kept = [p for p in places if not any(overlaps(p, c) for c in capitals)]
        places = [*kept, *capitals]
    said = _IN_CAPITAL.search(text)
    capital = get_gazetteer().capital(country) if said and country else None
    if capital is None:
        return sorted(places, key=lambda p: p.start)
    return sorted(
        (
            replace(p, role="neighbourhood", town=capital)
            if p.place is None and p.role == "town" and p.start < said.start()
            else p
            for p in places
        ),
        key=lambda p: p.start,
    )


def _capital_places(
    text: str, places: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """The capital city, where the text names it by its role rather than its name."""
    found = []
    for m in _CAPITAL_SLOT.finditer(text):
        owner, adj = m.group("owner"), m.group("adj")
        if owner or adj:
            owned = demonyms().get(adj.lower()) if adj else _country_named(places, m.start("owner"))
            if owned is None:
                continue  # "the rebel capital", "Idlib's capital"
        else:
            owned = country
        capital = get_gazetteer().capital(owned)
        start = m.start("owner") if owner else m.start() + m.group().index("the")
        if capital is None or any(p.start < m.end() and start < p.end and p.role != "country"
                                  for p in places):
            continue
        found.append(PlaceMention(start, m.end(), display_name(capital) or capital.name,
                                  capital, "town"))
    for m in _CAPITAL_OF.finditer(text):
        country_mention = _country_mention(places, m.start("owner"))
        capital = get_gazetteer().capital(country_mention.place.country) if (
            country_mention and country_mention.place) else None
        if capital is None or text.startswith(("'s", "’s"), country_mention.end):
            continue  # "the capital of Hama province", "the capital of Iraq's Anbar"
        start = m.start() + m.group().index("the")
        found.append(PlaceMention(start, country_mention.end,
                                  display_name(capital) or capital.name, capital, "town"))
    return found


def _country_mention(places: list[PlaceMention], start: int) -> PlaceMention | None:
    """The country mention that starts at `start`."""
    return next((p for p in places if p.start == start and p.role == "country"), None)


def _country_named(places: list[PlaceMention], start: int) -> str | None:
    """The country of the country mention that starts at `start`."""
    mention = _country_mention(places, start)
    return mention.place.country if mention and mention.place else None


# "30 people in Town A, 12 in Town B and 9 more in Town C": list items share
# the first one's kind of place and its town.
_LIST_GAP = re.compile(
    r"^[\s,]*(?:and\s+)?(?:\d+\s+(?:more\s+|others?\s+)?)?(?:in\s+)?(?:the\s+)?$"
)


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
        if (
            p.role == after.role == "neighbourhood"
            and p.town is None
            and after.town is not None
            and _LIST_GAP.match(text[p.end : after.start])
        ):
            out[i] = replace(p, town=after.town)
    return out


_DIRECTION = f"(?:{alternation('direction_words')})"
_SITES = "|".join(sorted(site_nouns()))  # "near the KM4 junction in Mogadishu"
_IN_CONTAINER = re.compile(
    rf"^\s*(?:{alternation('container_nouns')}|{_SITES})?"
    r"\s*(?:,\s*(?:which|that)\s+(?:is|lies|was)\s+(?:located\s+)?)?(?:in|of|near)\s+(?:the\s+)?"
    rf"(?:(?:{_DIRECTION}\s+)?(?:{alternation('surroundings_nouns')})\s+of\s+)?"
    rf"(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(rf"^\s*(?:{_SITES})\b", re.IGNORECASE)
_COMMA_CONTAINER = re.compile(
    rf"^\s*(?:{alternation('comma_container_nouns')})?\s*[,(]\s*(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
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
# "the city's al-Zuhur neighborhood": a quarter of the town the article speaks of
_THE_CITYS = re.compile(
    rf"\bthe\s+(?:{cue_alternation('place_kinds')})['’]s\s+(?:[\w-]+\s+)?$", re.I
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
    for p in places:
        if inner is not None and inner is kept[-1] and _city_holds(text, inner, p):
            # "the Baghdad district of Sadr City": the quarter is the place, in the city
            part = {"role": "neighbourhood", "town": inner.place, "town_surface": inner.surface}
            kept[-1] = replace(p, **part)
            containers.setdefault(p.start, []).append(inner)
            inner = kept[-1]
            continue
        if inner is not None and inner is kept[-1] and _owner_of(text, inner, p):
            # "Aleppo's Jarablus": the province's town; the owner only locates it
            kept[-1] = p
            containers.setdefault(p.start, []).append(inner)
            inner = p
            continue
        if inner is not None and _contains(text, inner, p):
            # "X village near Y": Y places X, it does not hold it
            near = bool(_NEAR_WORD.search(text[inner.end : p.start]))
            containers.setdefault(kept[-1].start, []).append(replace(p, reference=near))
            inner = p  # a chain: X in Y of Z
            continue
        kept.append(p)
        inner = p
    return _city_of_quarters(text, kept, containers), containers


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
            and not _THE_CITYS.search(text, 0, p.start)  # "the city's X": the article's city
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
    gap = text[inner.end : outer.start]
    if _PART_OF.match(gap.strip()):
        return True
    if _NOUN_OF.search(gap) and (
        (inner.place is not None and inner.role != "neighbourhood")
        or (outer.town is not None and same_place_name(outer.town.name, inner.surface))
    ):
        return False  # "the Idlib suburb of Kafaroweid": the later name is the smaller place
    if _IN_CONTAINER.match(gap):
        return True
    regional = outer.role == "admin1" or bool(_REGION_AFTER.match(text[outer.end :]))
    # "Saraqib, Idlib, on Monday": a town named as its province is, set after a town, the
    # province (one place, not two: codebook §8.3)
    provincial = (
        outer.role == "town" and outer.place is not None and inner.role == "town"
        and inner.place is not None
        and same_place_name(outer.place.name, outer.place.admin1 or "")
        and not _LIST_GOES_ON.match(text, outer.end)  # "A, Hama and B": a list of towns
    )
    return (regional or provincial) and bool(_COMMA_CONTAINER.match(gap))


# Between the items of a list of places: "A, B and C", "A and B".
LIST_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def joined_by_and(gap: str) -> bool:
    """Two places joined by "and" alone, in any case: "A and B", "A AND THE B"."""
    return "," not in gap and bool(LIST_SEPARATOR.match(gap.lower()))


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
        if towns and joined_by_and(text[prev.end : p.start]) and cues.between.search(
            text[max(0, prev.start - 40) : prev.start]
        ):
            # "on the road between A and B": near A, B only says where
            near = {"precision": max(prev.precision, 2), "qualifier": prev.qualifier or "near"}
            kept[-1] = replace(prev, **near)
            containers.setdefault(prev.start, []).append(replace(p, reference=True))
            continue
        right_after = kept and cues.after_previous.match(text[kept[-1].end : p.start])
        if kept and (right_after or cues.before.search(text[max(0, p.start - 40) : p.start])):
            containers.setdefault(kept[-1].start, []).append(replace(p, reference=True))
            continue
        kept.append(p)
    return kept


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


def lies_in(inner: Place, town: Place) -> bool:
    """The gazetteer's `inner` can be the place said to lie in `town`: near it (a big city's
    quarter nearer than a small town's surroundings)."""
    limit = QUARTER_KM if town.population >= QUARTERED_CITY else HELD_KM
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
            and not lies_in(inner.place, town.place)
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
