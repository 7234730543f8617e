"""Names the gazetteer does not hold in that spelling, found among the places near where the
article already is.

"Juqali al-Tahtani village in northern Afrin": no spelling of the gazetteer shares its
transliteration key, but among the few hundred places within NEAR_KM of Afrin one looks
enough alike. Comparing with every spelling of the country would find a look-alike for any
word; comparing near a known place finds the village meant.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from khaldun.places.areas_index import Spellings
from khaldun.places.bearing import wrong_side
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.lexicon import (
    article_spellings,
    landform_tail,
    name_heads,
    with_plain_article,
)
from khaldun.places.model import DISTRICT_CODE, Place, PlaceMention
from khaldun.places.name_windows import PARTICLES
from khaldun.places.transliteration import (
    exact_form,
    likeness,
    loose_skeleton,
    name_key,
    spelled_keys,
)

# How far from a place the article names to look for a spelling it lacks.
NEAR_KM = 35.0
# How alike (`likeness`, 0–100) a nearby place's spelling must look. Calibrated on ACLED
# 2018 notes naming villages inside a district or province: at 75, look-alikes within
# 35 km were the row's own place in most cases; below 70 they were mostly neighbours.
NEAR_MIN_LIKENESS = 75.0
# A nearby spelling with the same transliteration key needs less (Raheiba / Ruhaybah: 67).
SAME_KEY_MIN_LIKENESS = 60.0
# How many of the closest plain spellings of an area get the full comparison.
SHORTLIST = 20
# When no spelling is alike enough, those whose transliteration key (one this long) is this
# many letters off one of the name's `spelled_keys` are compared too, as look-alikes: a
# consonant added or dropped (Tall Zubadi / Tall Zubadir).
KEY_EDITS = 1
EDITED_KEY_LETTERS = 4
# ... and they must look this alike: on ACLED 2018 notes, key neighbours 80 alike were
# other villages.
EDITED_MIN_LIKENESS = 85.0
# A name the text gives nothing to look near ("shelled the town of X", no province or other
# place named) is the article's country's place of its transliteration key that looks this alike
# (Hzrma / Hazrama 82, Beit Sawa / Bayt Siwa 74). Calibrated on ACLED 2018 Syrian notes naming
# one village alone: from 70 the country's best look-alike was mostly the row's own place.
COUNTRY_MIN_LIKENESS = 70.0
# Keys this short are shared by hundreds of villages ("Tah": t): no guess is made.
COUNTRY_MIN_KEY = 3
# A name with nothing to place it by whose transliteration key no alike spelling of the country
# shares (a letter added to one of its words changes the key) is the country's place spelled
# this alike, as a whole and in its first proper word, when its key is this long.
COUNTRY_LOOKALIKE_MIN_LIKENESS = 85.0
COUNTRY_LOOKALIKE_MIN_KEY = 4
# "X al-Balad": a name opening with a city's name (a town this big, spelled as the gazetteer
# spells it) names a part of that city.
CITY_HEAD_POPULATION = 50_000
CITY_HEAD_MIN_KEY = 2
# A district's villages: those the gazetteer lists in it, and those it lists in no district
# within this distance of the district's point (GeoNames' villages carry no district).
DISTRICT_KM = 30.0
# A district's look-alike found by `loose_skeleton` alone must still look this alike
# (`likeness`): Aten / Al Atn 86, Maswah / Al Miswah 79, Mahather / Al Mahadir 69; Dokhaia /
# Da`iqah, 56, is another village.
LOOSE_MIN_LIKENESS = 60.0
# A quarter the text puts in a known town ("the X area of Daraa city") lies this close to
# it: a look-alike farther off is a village of the countryside, not the quarter meant.
QUARTER_KM = 15.0


def _first_word(name: str) -> str:
    """The first word that is not an article or a generic head ("Kafr", "Tall")."""
    words = exact_form(name).replace("-", " ").split()
    heads = name_heads()
    for word in words:
        if len(word) > 2 and word not in heads:
            return word
    return words[0] if words else ""


def _lead_word(name: str) -> str:
    """The name's first word."""
    words = exact_form(name).replace("-", " ").split()
    return words[0] if words else ""


def _around(gaz: Gazetteer, anchor: Place) -> list[Spellings]:
    """Spellings near an anchor: a province's places, or those within NEAR_KM of a town; a
    town named like its province ("in southern Idleb") stands for both."""
    province = anchor.kind == "admin1" or (
        anchor.admin1 is not None and name_key(anchor.admin1) == name_key(anchor.name))
    found = [gaz.spellings_in(anchor.country, anchor.admin1 or anchor.name)] if (
        province and anchor.country) else []
    if anchor.feature_code == DISTRICT_CODE and anchor.admin2 and anchor.country:
        found.append(gaz.spellings_in_district(anchor.country, anchor.admin2))
    if anchor.kind != "admin1" and anchor.lat is not None and anchor.lon is not None:
        found.append(gaz.spellings_near(anchor.lat, anchor.lon, NEAR_KM, anchor.country))
    return found


def _shortlist(area: Spellings, name: str, keys: frozenset[str]) -> set[int]:
    """Indexes worth a full comparison: the closest plain spellings and those under one of
    the name's `spelled_keys`."""
    close = process.extract(exact_form(name), area.spellings, scorer=fuzz.ratio,
                            limit=SHORTLIST, score_cutoff=SAME_KEY_MIN_LIKENESS)
    found = {i for _, _, i in close}
    for key in keys:
        found.update(area.with_key(key))
    return found


def near_match(gaz: Gazetteer, name: str, anchors: list[Place],
               directed: list[tuple[Place, str]] | None = None) -> Place | None:
    """The place near the anchors (within NEAR_KM of a town, or in a province) whose spelling
    looks most like name, if alike enough as a whole and in its first proper word (shared
    "Tahtani" or "Kafr" says nothing), and not on another side of a place than the text
    says (`directed`: "southern Aleppo"). Answers are remembered per gazetteer."""
    name = with_plain_article(name)
    sides = tuple((id(a), d) for a, d in directed or ())
    key = ("near", name, tuple(dict.fromkeys(id(a) for a in anchors)), sides)
    if key not in gaz.memo:
        gaz.memo[key] = _near_match(gaz, name, anchors, directed or [])
    return gaz.memo[key]


def _near_match(gaz: Gazetteer, name: str, anchors: list[Place],
                directed: list[tuple[Place, str]]) -> Place | None:
    keys = spelled_keys(name)
    areas = [area for anchor in anchors for area in _around(gaz, anchor)]
    best = _best_spelled(gaz, name, keys, [(a, list(_shortlist(a, name, keys))) for a in areas],
                         directed, NEAR_MIN_LIKENESS)
    long_keys = [key for key in keys if len(key) >= EDITED_KEY_LETTERS]
    if best is None and long_keys:
        best = _best_spelled(gaz, name, keys,
                             [(a, a.near_keys(long_keys, KEY_EDITS)) for a in areas],
                             directed, EDITED_MIN_LIKENESS)
    return best


def _best_spelled(gaz: Gazetteer, name: str, keys: frozenset[str],
                  compared: list[tuple[Spellings, list[int]]],
                  directed: list[tuple[Place, str]], least: float) -> Place | None:
    """Of the spellings compared (indexes of each area), the place whose spelling looks most
    like name (see `near_match`), if `least` alike or of one of the name's skeletons (`keys`,
    its `spelled_keys`)."""
    best, best_rank = None, (False, least)
    first = _first_word(name)
    for area, shortlist in compared:
        # (the shortlist's places made in one query, not one each)
        for i, place in zip(shortlist, gaz.places([area.ids[i] for i in shortlist]),
                            strict=True):
            spelling = area.spellings[i]
            same_key = name_key(spelling) in keys
            alike = likeness(name, spelling)
            score = max(alike, NEAR_MIN_LIKENESS) if (
                same_key and alike >= SAME_KEY_MIN_LIKENESS) else alike  # one skeleton, apart
            floor = SAME_KEY_MIN_LIKENESS if same_key else NEAR_MIN_LIKENESS
            # One skeleton and alike as a whole: the first words may be written apart
            # ("Ayon" / "Ain").
            whole = same_key and alike >= NEAR_MIN_LIKENESS
            # A spelling of the name's own skeleton (Tramla / Tarmala) outranks a
            # look-alike of another one however alike it looks (Tramla / Ramlah).
            rank = (same_key, score)
            if rank < best_rank or (
                    not whole and likeness(first, _first_word(spelling)) < floor):
                continue
            if wrong_side(place, directed):
                continue
            if rank > best_rank or best is None or place.population > best.population:
                best, best_rank = place, rank
    return best


def district_lookalike(gaz: Gazetteer, name: str, district: Place) -> Place | None:
    """The village of the district (listed in it, or in no district within DISTRICT_KM of its
    point) whose spelling has the name's `loose_skeleton` and looks most alike, if
    LOOSE_MIN_LIKENESS alike: a district's few hundred spellings allow a looser match than
    the country's ("Maswah area of Nati district" is Al Miswah of Nati)."""
    if not district.country or not district.admin2:
        return None
    name, heads = with_plain_article(name), _loose_heads()
    skeleton = loose_skeleton(name, heads)
    if len(skeleton) < 2:
        return None
    areas = [gaz.spellings_in_district(district.country, district.admin2)]
    if district.lat is not None and district.lon is not None:
        areas.append(gaz.spellings_near(district.lat, district.lon, DISTRICT_KM,
                                        district.country))
    best, best_score = None, LOOSE_MIN_LIKENESS
    for area in areas:
        for i in area.with_skeleton(skeleton, heads):
            spelling, pid = area.spellings[i], area.ids[i]
            score = likeness(name, spelling)
            if score < best_score:
                continue
            place = gaz.place(pid)
            if place.kind == "town" and place.feature_code is None and (
                    place.admin2 == district.admin2 or place.admin2 is None and distance_km(
                        place.lat, place.lon, district.lat, district.lon) <= DISTRICT_KM):
                best, best_score = place, score
    return best


@lru_cache(maxsize=1)
def _loose_heads() -> frozenset[str]:
    """The first words `loose_skeleton` drops before another (one set, made once)."""
    return name_heads() | article_spellings()


def in_districts(gaz: Gazetteer, name: str, anchors: list[Place],
                 directed: list[tuple[Place, str]] | None = None) -> Place | None:
    """The place spelled like name in or near a district among the anchors (the districts
    the text names): `near_match`'s look-alike when it lies in that district, else the
    district's `district_lookalike`, else `near_match`'s look-alike next to it."""
    nearby = None
    for district in anchors:
        if district.feature_code != DISTRICT_CODE:
            continue
        found = near_match(gaz, name, [district], directed)
        if found is not None and found.admin2 == district.admin2:
            return found
        nearby = nearby or found
        found = district_lookalike(gaz, name, district)
        if found is not None:
            return found
    return nearby


def country_match(gaz: Gazetteer, name: str, country: str | None) -> Place | None:
    """The country's town or quarter spelled most like name, when alike enough
    (COUNTRY_MIN_LIKENESS) and its key long enough to mean something: for a name with nothing
    else in the text to place it by."""
    if country is None or len(name_key(name)) < COUNTRY_MIN_KEY:
        return None
    top = gaz.home_first(name, country)
    if top is None:
        return _country_lookalike(gaz, name, country)
    if top.kind not in ("town", "neighbourhood"):
        return None
    return top if gaz.likeness(name, top, country)[0] >= COUNTRY_MIN_LIKENESS else None


def _country_lookalike(gaz: Gazetteer, name: str, country: str) -> Place | None:
    """The country's town or quarter spelled COUNTRY_LOOKALIKE_MIN_LIKENESS alike (the biggest
    of the most alike), for a name no spelling of the country shares a key with."""
    if len(name_key(name)) < COUNTRY_LOOKALIKE_MIN_KEY:
        return None
    area = gaz.spellings_of_country(country)
    close = process.extract(exact_form(name), area.spellings, scorer=fuzz.ratio,
                            limit=SHORTLIST, score_cutoff=SAME_KEY_MIN_LIKENESS)
    firsts = (_first_word(name), _lead_word(name))
    best, best_alike = None, COUNTRY_LOOKALIKE_MIN_LIKENESS
    for _, _, i in close:
        spelling = area.spellings[i]
        alike = likeness(name, spelling)
        # (alike in the first proper word, or in the first word: a misspelled head is no head)
        if alike < best_alike or max(likeness(firsts[0], _first_word(spelling)), likeness(
                firsts[1], _lead_word(spelling))) < NEAR_MIN_LIKENESS:
            continue
        place = gaz.place(area.ids[i])
        if place.kind not in ("town", "neighbourhood"):
            continue
        if alike > best_alike or best is None or place.population > best.population:
            best, best_alike = place, alike
    return best


def city_head(gaz: Gazetteer, name: str, country: str | None) -> Place | None:
    """For a name unknown as written that opens with the name of a city of the country (a town
    of CITY_HEAD_POPULATION or more, spelled as the gazetteer spells it) and goes on in other
    words ("X al-Balad", "X Mahatta": a part of the city), that city."""
    words = name.split()
    if country is None or not words or exact_form(words[0]) in name_heads():
        return None  # ("Tal X", "Kafr X": a village's name opens so, no city's)
    for at in range(len(words) - 1, 0, -1):
        head = " ".join(words[:at])
        if exact_form(words[at - 1]) in PARTICLES or len(name_key(head)) < CITY_HEAD_MIN_KEY:
            continue
        top = gaz.home_first(head, country)
        if top is not None and top.kind == "town" and top.population >= CITY_HEAD_POPULATION and (
                any(p is top for p in gaz.exact(head))):
            return top
    return None


def _outside_town(mention: PlaceMention, found: Place,
                  around: list[PlaceMention]) -> bool:
    """True when a quarter's look-alike lies farther than QUARTER_KM from the town the text
    or its context puts the quarter in, itself or through the quarter that holds it (`around`:
    "the X neighbourhood of the Y area of Z"; the quarter then keeps its town's point): a
    village so named 40 km off is none of the town's quarters."""
    town = mention.town or next((c.town for c in around
                                 if c.role == "neighbourhood" and c.town is not None), None)
    if mention.role != "neighbourhood" or town is None or None in (
            town.lat, town.lon, found.lat, found.lon):
        return False
    return distance_km(town.lat, town.lon, found.lat, found.lon) > QUARTER_KM


def _look(gaz: Gazetteer, name: str, alone: bool, country: str | None, anchors: list[Place],
          directed: list[tuple[Place, str]] | None) -> Place | None:
    """The place a name unknown as written stands for: with nothing else to place it by
    (`alone`), the `country_match` in country; else the look-alike in or near the anchors."""
    found = country_match(gaz, name, country) if alone else in_districts(
        gaz, name, anchors, directed) or near_match(gaz, name, anchors, directed)
    joined = gaz.district_of_second_place(name, country) if country and not found else None
    return district_lookalike(gaz, name, joined) if joined is not None else found


def resolve_unknown(gaz: Gazetteer, mentions: list[PlaceMention], context: list[Place],
                    containers: dict[int, list[PlaceMention]] | None = None,
                    directed: list[tuple[Place, str]] | None = None,
                    country: str | None = None) -> None:
    """Give each unknown town or quarter in mentions the nearby place its name looks like,
    looking in the places said to contain it (`containers`, keyed by the mention's start),
    else around its own town, else around the text's known places and `context`; not on
    another side of a place than the text says (`directed`). In a text that places nothing
    else, an unknown town is the `country_match` in the article's country."""
    known = [m.place for m in mentions if m.place is not None and m.role in ("town", "admin1")]
    # Nothing to look near: no place or town in the text, no container, no context.
    held = [c for inside in (containers or {}).values() for c in inside]
    placeless = not any(m.place or m.town for m in [*mentions, *held]) and not any(
        a.kind != "country" for a in context)
    for m in mentions:
        if m.place is not None or m.role not in ("town", "neighbourhood"):
            continue
        holders = (containers or {}).get(m.start, [])
        around = [c.place or c.town for c in holders]
        anchors = ([p for p in around if p is not None] or ([m.town] if m.town else [])
                   or [*context, *known])
        alone, home = placeless and m.role == "town", m.country or country
        found = _look(gaz, m.surface, alone, home, anchors, directed)
        tail, near = landform_tail(m.surface), False
        if found is None and tail is not None and m.role == "town":
            # "Hawi al-Adhaim", the basin of Adhaim: near Adhaim
            found, near = _look(gaz, tail, alone, home, anchors, directed), True
        if found is None and m.role == "town":
            # "Daraa al-Mahatta": a part of the city of Daraa
            found, near = city_head(gaz, m.surface, country), True
        if found is None or _outside_town(m, found, holders):
            continue
        m.place = found
        m.precision = max(m.precision, 2) if near else m.precision
        if found.kind == "neighbourhood" and m.town is None:
            m.role = "neighbourhood"
            m.town = gaz.town_of(found)
