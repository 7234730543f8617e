"""Find gazetteer names in text: capitalised token windows looked up by exact form and key."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khaldun.places.context import ADMIN_BEFORE
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.lexicon import (
    admin1_noun_after,
    admin1_nouns,
    alternatives,
    country_features,
    country_vote_cues,
    demonyms,
    determiners,
    link_nouns,
    modifier_articles,
    numbered_site_after,
    place_nouns,
    point_sites,
    route_nouns,
    site_locator_pattern,
    site_nouns,
)
from khaldun.places.model import Place
from khaldun.places.name_windows import (
    Token,
    all_stopwords,
    arabic_article,
    country_named_before,
    demonym_before,
    first_of_linked,
    in_dateline,
    inside_name,
    is_cued,
    is_stopped,
    joins_two_names,
    name_goes_on,
    only_name_heads,
    organisation_named,
    past_name,
    place_noun_after,
    set_aside,
    tokens,
    topic_before,
    windows,
)
from khaldun.places.qualified import arabic_forms, landform_forms, only_bare, unit_rank
from khaldun.places.ranking import own_likeness, prefer_city, prefer_seat, rank_fields, rank_sorted
from khaldun.places.text import next_word
from khaldun.places.transliteration import (
    dental_spellings,
    exact_form,
    likeness,
    name_key,
    similar_enough,
    vowelless,
)

# Outside the article's country, only places this big are plausible by default
# (a village of 800 people abroad named like an English word is not).
NEIGHBOUR_MIN_POPULATION = 20_000
WORLD_MIN_POPULATION = 300_000
NO_COUNTRY_MIN_POPULATION = 50_000
# Below this population (0 when unknown, as for most Who's On First villages) a place named
# without a cue is more often a person or a word than a hamlet: it needs a place cue.
SMALL_PLACE_POPULATION = 500
# A village found by a look-alike spelling must look this alike (`likeness`): among ten
# thousand villages a looser match is more often another village (Kafr Shush for a Kafr
# Sousa the gazetteer lacks) than a spelling variant (Hazano / Hazzanu scores 88). So must
# a big place found so when the article's country is unknown (Shabwa is not Sabah).
SMALL_PLACE_MIN_LIKENESS = 85
# A village whose normalised spelling (`spelling_likeness`) is this alike is one spelling of
# the name however its letters differ (Kafr Oweid / Kafr Uwayd: 100, though 83 `likeness`).
SAME_FORM = 95
# A home village with a spelling that differs from the surface in vowels only (`vowelless`:
# Khasham / Khusham, 83 `likeness`) is one spelling of the name when the name keeps this many
# letters without its vowels ("Nm", "Tm" are shared by unrelated names) and looks this alike,
# and no place is spelled as written.
VOWELS_APART_LETTERS = 4
VOWELS_APART_MIN_LIKENESS = 70
# A city this big spelled exactly as written is meant before a look-alike spelling at home.
CITY_OVER_LOOKALIKE_POPULATION = 100_000
# A city this big in a neighbouring country, whose own name is written, is meant before a
# village at home of unknown size that only lists the name among its other spellings
# (Pakistan's Peshawar before an Afghan hamlet Peshawur that is also spelled Peshawar).
CITY_OVER_ALIAS_POPULATION = 1_000_000
# "the Kirkuk-Erbil road": a link between towns this far apart or more ("the Damascus-Aleppo
# highway") is too long for its first end to place what happens along it.
LINK_MAX_KM = 150.0
# A word in capitals this short is an acronym, a place only if it is a country's.
ACRONYM_CHARS = 4
# "the central province of": how far back a province noun before a name is looked for.
ADMIN_CUE_CHARS = 40
_ACTING_POSSESSIVE = re.compile(
    rf"['’]s\s+(?:(?:{alternatives(list(country_vote_cues().possessive_fillers))})\s+)?(\w+)"
)


@dataclass(slots=True)
class Hit:
    """A window of tokens that names gazetteer places, best first."""

    start: int
    end: int
    surface: str
    places: list[Place]
    demonym: str | None = None  # ISO2 when the window is a demonym ("Syrian")
    # A village the gazetteer lacks in the district the text puts it in, placed at the
    # district (its point, or its seat when that is a town): precision 2.
    district_point: bool = False


def _plausible(place: Place, exact: bool, country: str | None,
               neighbours: frozenset[str], capitals: dict[str, str]) -> bool:
    if place.kind == "country":
        return exact
    if country is None:
        if not exact:
            return True  # Gazetteer.keyed already kept only the very big ones
        return place.population >= NO_COUNTRY_MIN_POPULATION or (
            capitals.get(place.country or "") == place.name)
    if place.country == country:
        return True
    if not exact or place.kind == "admin1":
        return False  # a foreign province named like a local place is a coincidence
    if capitals.get(place.country or "") == place.name:
        return True
    if place.country in neighbours:
        return place.population >= NEIGHBOUR_MIN_POPULATION
    return place.population >= WORLD_MIN_POPULATION


def _own_spelling(surface: str, place: Place) -> bool:
    """A country, or a place written as its own name is spelled ("Tehran", "Kiev" for Kyiv):
    a city abroad is not meant by a spelling of another language that a village at home
    may bear ("Bernas" is Bern in Lithuanian, "Mila" Milan in Albanian)."""
    return place.kind == "country" or name_key(surface) == name_key(place.name) or (
        likeness(surface, place.name) >= SMALL_PLACE_MIN_LIKENESS)


def accept(gaz: Gazetteer, surface: str, country: str | None, strict: bool) -> list[Place]:
    """Plausible places for a surface in an article about country, best first (a new list:
    the answer is remembered per gazetteer, as names recur across articles)."""
    key = ("accept", surface, country, strict)
    found = gaz.memo.get(key)
    if found is None:
        found = gaz.memo[key] = _accept(gaz, surface, country, strict)
    return list(found)


def _accept(gaz: Gazetteer, surface: str, country: str | None, strict: bool,
            dental: bool = True) -> list[Place]:
    found = _accept_spelled(gaz, surface, country, strict)
    if found or not dental or country is None or strict:
        return found
    # "Thubaylah" for Dhubaylah: with no place so spelled, a home place spelled with the other
    # writing of its dhal or tha is meant
    for spelling in dental_spellings(surface):
        found = [p for p in _accept(gaz, spelling, country, strict, dental=False)
                 if p.country == country]
        if found:
            return found
    return []


def _accept_spelled(gaz: Gazetteer, surface: str, country: str | None,
                    strict: bool) -> list[Place]:
    exact = gaz.exact(surface)
    if not exact:
        # "Western Tiba": the gazetteer writes the qualifier last, in Arabic ("Tiba al-Gharbiyah")
        for form in arabic_forms(surface):
            if found := _accept(gaz, form, country, strict, dental=False):
                return found
        # "Kafr Aleppo": a city's English name inside a village's, which the gazetteer writes
        # with the city's own ("Kafr Halab")
        for form in gaz.city_word_forms(surface):
            if found := [p for p in gaz.exact(form) if p.kind in ("town", "neighbourhood")]:
                return found
    if surface.isupper() and len(surface) <= ACRONYM_CHARS:
        # "CAN", "FAR", "IS": acronyms name groups; only a country goes by one ("UAE").
        exact = [p for p in exact if p.kind == "country"]
    neighbours = gaz.neighbours.get(country or "", frozenset())
    kept = [p for p in exact if _plausible(p, True, country, neighbours, gaz.capitals)
            and (country is None or p.country == country or _own_spelling(surface, p))]
    if country is None and any(p.kind == "admin1" for p in kept):
        # "Al Jawf", a province of Saudi Arabia and of Yemen: with no country known, each
        # province so spelled is one, however few people the gazetteer counts in it
        kept += [p for p in exact if p.kind == "admin1" and p not in kept]
    alike = {id(p): 100.0 for p in kept}
    spelled_so = bool(kept)  # a place spelled as written: no other spelling of its vowels
    # Acronyms ("US", "IED") and words of three letters are too short for a key to mean much.
    if not strict and len(surface) > 3 and not surface.isupper():
        for p in gaz.keyed(surface, country):
            if id(p) in alike or not _plausible(p, False, country, neighbours, gaz.capitals):
                continue
            score, spelled = gaz.likeness(surface, p, country)
            floor = SMALL_PLACE_MIN_LIKENESS if is_small(p) or country is None else 0.0
            same_form = country is not None and spelled >= SAME_FORM
            # (the two spelling tests below compare every stored spelling: asked only of a
            # place not already kept as alike enough)
            home = country is not None and p.country == country and not spelled_so
            if similar_enough(surface, spelled) and (score >= floor or same_form) or home and (
                    score >= VOWELS_APART_MIN_LIKENESS
                    and len(vowelless(surface).replace(" ", "")) >= VOWELS_APART_LETTERS
                    and gaz.vowels_apart(surface, p, country)
                    # "Jdideh" for Judaydah: a colloquial spelling of a home village's name
                    or gaz.colloquially_alike(surface, p, country)):
                kept.append(p)
                alike[id(p)] = score
    if not kept:
        return []
    # "Rashid" names a place so called before a "Qaryat Rashid" (qualified.only_bare)
    exact_ids = {id(p) for p in exact if not only_bare(surface, p.name)}
    unique = list({id(p): p for p in kept}.values())
    unique.sort(key=lambda p: unit_rank(p.name))  # of equals: "Nahiyat X", "X", "Qaryat X"
    ranked = prefer_seat(prefer_city(rank_sorted(
        unique, lambda p: rank_fields(p, country, id(p) in exact_ids, alike[id(p)]),
        lambda p: own_likeness(surface, p.name))), frozenset(exact_ids))
    if alike[id(ranked[0])] < SAME_FORM:
        # A look-alike at home ("Irbin" for Erbil) yields to a city spelled as written abroad,
        # and to a country so named ("Russia" is no Ukrainian village that looks like it).
        city = next((p for p in ranked if id(p) in exact_ids and p.country != ranked[0].country
                     and (p.kind == "country" or p.kind == "town"
                          and p.population >= CITY_OVER_LOOKALIKE_POPULATION)), None)
        if city is not None:
            ranked = [city] + [p for p in ranked if p is not city]
    top = ranked[0]
    if (top.kind == "town" and is_small(top) and top.country == country
            and own_likeness(surface, top.name) < 100.0):
        city = next((p for p in ranked if id(p) in exact_ids and p.country in neighbours
                     and p.kind == "town" and p.population >= CITY_OVER_ALIAS_POPULATION
                     and own_likeness(surface, p.name) >= 100.0), None)
        if city is not None:
            ranked = [city] + [p for p in ranked if p is not city]
            top = city
    if top.kind == "town" and name_key(top.name) != name_key(surface) and (
            country is None or top.country != country):
        # "ISLAMABAD": the city so named, not a bigger one abroad that bore the name once
        own = next((p for p in ranked if id(p) in exact_ids and p.kind == "town"
                    and name_key(p.name) == name_key(surface)
                    and p.population >= CITY_OVER_LOOKALIKE_POPULATION), None)
        if own is not None:
            ranked = [own] + [p for p in ranked if p is not own]
    return ranked


def is_small(place: Place) -> bool:
    """A village the gazetteer knows no real population for (most of Who's On First)."""
    return place.kind in ("town", "neighbourhood") and place.population < SMALL_PLACE_POPULATION


def _located_after(text: str, toks: tuple[Token, ...], k: int) -> bool:
    """True when the word after token k (a site noun) says where the site stands ("the X
    checkpoint near Y")."""
    return k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start].isspace() and bool(
        site_locator_pattern().match(text, toks[k].end))


def _hit_at(gaz: Gazetteer, text: str, toks: tuple[Token, ...], i: int, country: str | None,
            taken: list[tuple[int, int]], listed_end: int | None = None) -> Hit | None:
    """The longest window at token i that names a plausible place (or is a demonym)."""
    tok = toks[i]
    owner = country_named_before(text, tok.start)
    if owner is not None:
        country = owner  # "the Saudi city of Jizan": Jizan is in Saudi Arabia
    # "a Fulani village" says what kind of village, "a Damascus suburb" where it is: after an
    # indefinite article only a known town spelled exactly is a place ("An Nabk" is a name)
    modifier = i > 0 and toks[i - 1].text in modifier_articles()
    # The tail of an unknown longer name must be a local place, not a foreign city, and
    # not a hamlet ("Abu Kinan" is a man).
    home_only = inside_name(text, toks, i)
    cued: bool | None = None  # is_cued, read once a window names places
    if tok.text.lower() in determiners() and not arabic_article(toks, i):
        return None
    # "Iraqi Kurdistan": a name right after a demonym lies in the demonym's country, whatever
    # lies abroad under that name (a province of Iran)
    named_home = demonym_before(text, toks, i)
    for j, surface in windows(text, toks, i):
        if any(s < toks[j].end and tok.start < e for s, e in taken):
            continue
        if j == i and tok.text.lower() in demonyms():
            return Hit(tok.start, tok.end, surface, [], demonyms()[tok.text.lower()])
        if is_stopped(surface):
            continue
        heads_only = all_stopwords(toks, i, j)  # "Old Town"
        if heads_only and not (j > i and only_name_heads(toks, i, j)):
            continue
        if j + 1 < len(toks) and toks[j + 1].text.lower() in route_nouns() and not (
                joins_two_names(surface)):
            # "on Mecca road": a street named after a town far off names no place (a road
            # between two towns, "the Maiduguri- Damboa road", runs from the first)
            return None
        if j + 1 < len(toks) and toks[j + 1].text.lower() in site_nouns() and (
                toks[j + 1].capital or toks[j + 1].text not in point_sites()
                or _located_after(text, toks, j + 1) or home_only):
            # "the Khan Toman Road": a road named after the town, not the town ("the X
            # checkpoint" stands at X, "the X checkpoint near Y" at Y, and "the Old X
            # checkpoint" at a site of that longer name, not at X)
            continue
        if numbered_site_after(text, toks[j].end):
            continue  # "the Kilo 16 junction" is a site of that name, not at a town "Kilo"
        # A name opening the sentence ("In Yangon" is no spelling of Yangon), or the head or
        # the tail of a longer unknown name ("Mike Ojon"), must be spelled exactly as the
        # gazetteer has it.
        # (a dateline's place, "MAARET AL-NUMAN, Syria -", is a place slot in any spelling,
        # its capitals no acronym's)
        dateline = in_dateline(text, tok.start) if tok.sentence_initial else False
        strict = modifier or home_only or (tok.sentence_initial and not dateline) or (
            name_goes_on(text, toks, j, place_nouns()))
        if dateline and surface.isupper():
            surface = surface.title()  # (as the name is written in the story)
        places = _landform_places(gaz, text, toks, j, surface, country) or accept(
            gaz, surface, country, strict=strict)
        if j > i and toks[j].text.lower() in admin1_nouns():
            # "Kaduna State" is the province, not a district spelled alike ("Kaduna South")
            places = [p for p in places if p.kind == "admin1"]
        elif admin1_noun_after(text, toks[j].end) or ADMIN_BEFORE.search(
                text, max(0, tok.start - ADMIN_CUE_CHARS), tok.start):
            # "al-Bayda province", "the province of al-Bayda": the province so spelled, not
            # a bigger town abroad
            places = [p for p in gaz.exact(surface) if p.kind == "admin1" and (
                country is None or p.country == country)] or places
        if heads_only:
            # "Umm Qasr": generic heads alone name a town the gazetteer spells so and knows
            # people in, not a hamlet ("Abu Omar" is a man)
            places = [p for p in places if not is_small(p) and _own_spelling(surface, p)]
        if not places:
            continue  # the filters below only drop places
        if modifier:
            places = [p for p in places if not is_small(p)]
        if home_only:  # without a country there is no home: the tail is not taken
            places = [p for p in places if country is not None and p.country == country]
        if cued is None:
            cued = not home_only and is_cued(text, toks, i, listed_end)
        if not (cued or place_noun_after(text, toks, j)) or name_goes_on(text, toks, j):
            places = [p for p in places if not is_small(p)]
        if named_home is not None:
            places = [p for p in places if p.country == named_home]
        if organisation_named(text, toks, i, j):
            # "Kian Tire Company": a town lends a company its name at home, or is one of
            # known size where every village is known ("Ahvaz Steel"), not a namesake abroad
            places = [p for p in places if p.country == country if country is not None] or [
                p for p in places if country is None and not is_small(p)
                and p.country in gaz.dense_countries]
        if places and places[0].kind == "country" and (
                set_aside(text, tok.start) or _acting(text, toks[j].end)):
            return None  # "the border with Turkey", "the US embassy": not where it happens
        if places and places[0].kind == "country" and name_goes_on(text, toks, j) and (
                toks[j + 1].text.lower() in country_features()):
            return None  # "the Jordan Valley": a landform across borders, not the country
        if places and gaz.capitals.get(places[0].country or "") == places[0].name and (
                _acting(text, toks[j].end, possessive=True)):
            return None  # "Washington's decision": the capital stands for its state
        if places:
            return Hit(tok.start, toks[j].end, surface, places)
    return _link_end(gaz, text, toks, i, country)


def _landform_places(gaz: Gazetteer, text: str, toks: tuple[Token, ...], j: int, surface: str,
                     country: str | None) -> list[Place]:
    """ "Jarah valley", "Alb crossing": the gazetteer's place headed by the landform's Arabic
    word ("Wadi al Jarah", "Aqabat al Alb"), of the text's country, when it has one."""
    if j + 1 >= len(toks) or text[toks[j].end:toks[j + 1].start] != " ":
        return []
    forms = landform_forms(surface, toks[j + 1].text)
    if not forms and j + 2 < len(toks) and text[toks[j + 1].end:toks[j + 2].start] == " ":
        # "Alb border crossing": a landform word of two words
        forms = landform_forms(surface, f"{toks[j + 1].text} {toks[j + 2].text}")
    if not forms or country is None or any(p.country == country for p in gaz.exact(surface)):
        return []  # (a home place spelled as written is the one meant: "Shirqan hill")
    for form in forms:
        if found := [p for p in gaz.exact(form) if p.kind == "town" and p.country == country]:
            return found
    for form in forms:  # "Alab crossing": a home place so headed, spelled alike
        head = exact_form(form.split()[0])
        if found := [p for p in accept(gaz, form, country, strict=False)
                     if p.kind == "town" and p.country == country
                     and exact_form(p.name).split()[0] == head]:
            return found
    return []


def _link_end(gaz: Gazetteer, text: str, toks: tuple[Token, ...], i: int,
              country: str | None) -> Hit | None:
    """ "the Kirkuk-Erbil road", "the Gaza-Israel border": of two names joined in one word
    before a link noun (link_nouns.txt), no place as a whole, the first is the place the
    link is told from; None for any other word."""
    surface = first_of_linked(toks[i].text)
    if surface is None or i + 1 >= len(toks) or toks[i + 1].text.lower() not in link_nouns() or (
            i > 0 and toks[i - 1].capital and text[toks[i - 1].end:toks[i].start] == " "):
        return None  # ("the South Sudan-Sudan border": the first end is a longer name)
    places = accept(gaz, surface, country, strict=False)
    if not places or places[0].kind == "country" and set_aside(text, toks[i].start):
        return None
    other = next(iter(accept(gaz, toks[i].text[len(surface) + 1:], country, False)), None)
    first = places[0]
    if other is not None and other.kind == first.kind == "town" and None not in (
            first.lat, first.lon, other.lat, other.lon) and distance_km(
            first.lat, first.lon, other.lat, other.lon) >= LINK_MAX_KM:
        return None
    return Hit(toks[i].start, toks[i].start + len(surface), surface, places)


def _acting(text: str, end: int, possessive: bool = False) -> bool:
    """True when the word after a country (with "'s" if `possessive`) makes it a state that
    acts ("the US embassy", "Washington's decision")."""
    if not possessive:
        return next_word(text, end) in country_vote_cues().actor_nouns
    m = _ACTING_POSSESSIVE.match(text, end)
    return bool(m) and m.group(1).lower() in country_vote_cues().actor_nouns


def find_hits(gaz: Gazetteer, text: str, country: str | None,
              claimed: list[tuple[int, int]] | None = None) -> list[Hit]:
    """Gazetteer names and demonyms in text, longest window first, skipping claimed spans."""
    toks = tokens(text)
    taken = sorted(claimed or [])
    hits: list[Hit] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        found = None
        if tok.capital and topic_before(text, tok.start):
            i = past_name(text, toks, i)  # "the recognition of East X": no word of it is a place
            continue
        if tok.capital and not any(s <= tok.start < e for s, e in taken):
            listed = max((e for _, e in taken if e <= tok.start), default=None)
            if hits and (listed is None or hits[-1].end > listed):
                listed = hits[-1].end
            found = _hit_at(gaz, text, toks, i, country, taken, listed)
        if found is None:
            i += 1
            continue
        hits.append(found)
        while i < len(toks) and toks[i].start < found.end:
            i += 1
    return hits
