"""find_places: place mentions in text with role, enclosing town and codebook precision."""

from __future__ import annotations

import re

from khaldun.claims.lexicon import speech_after
from khaldun.nlp.possessive import POSSESSIVE
from khaldun.places import context
from khaldun.places.areas import AreaSpan, find_areas
from khaldun.places.bearing import directed_places
from khaldun.places.disambiguate import disambiguate, named_provinces
from khaldun.places.districts import (
    capital_named,
    district_before_hamlets,
    from_area,
    named_district,
    town_named,
)
from khaldun.places.gazetteer import Gazetteer, get_gazetteer
from khaldun.places.grounds import Grounds
from khaldun.places.lexicon import (
    admin1_noun_after,
    district_nouns,
    function_words,
    kin_adjectives,
    kin_nouns,
    person_possessions,
    person_titles,
    place_cues,
    place_nouns,
)
from khaldun.places.model import AREA_CODES, DISTRICT_CODE, Place, PlaceMention
from khaldun.places.name_windows import country_named_before
from khaldun.places.nearby import resolve_unknown
from khaldun.places.operations import operation_anchors, operation_context
from khaldun.places.qualified import qualified_before
from khaldun.places.ranking import wide_region
from khaldun.places.scan import NEIGHBOUR_MIN_POPULATION, Hit, accept, find_hits, is_small
from khaldun.places.text import after, before, next_word


def _admin1_of(gaz: Gazetteer, hit: Hit, country: str | None,
               own_name: bool) -> Place | None:
    """The governorate a name denotes: itself if an admin1, else (unless own_name) its town's."""
    for place in hit.places:
        if place.kind == "admin1":
            return place
    best = hit.places[0]
    if best.admin1 and not own_name:
        found = gaz.lookup(best.admin1, best.country, kind="admin1")
        if found:
            return found[0]
    found = gaz.lookup(hit.surface, country, kind="admin1")
    return found[0] if found and (country is None or found[0].country == country) else None


def _province_alias(gaz: Gazetteer, text: str, hit: Hit) -> PlaceMention | None:
    """'rural Damascus', 'Damascus countryside': names of a governorate of their own."""
    ahead, behind = before(text, hit.start), after(text, hit.end)
    rural = context.PROVINCE_RURAL_BEFORE.search(ahead)
    if rural:
        start = hit.start - len(rural.group())
        surface = text[start:hit.end]
        end = hit.end
    else:
        tail = context.PROVINCE_RURAL_AFTER.match(behind)
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
    ahead, behind = before(text, hit.start), after(text, hit.end)
    mention = PlaceMention(hit.start, hit.end, hit.surface, best, "town")
    if best.kind == "country":
        mention.role, mention.precision = "country", 3
        return mention
    qualifier = context.QUALIFIER_BEFORE.search(ahead)
    countryside = context.COUNTRYSIDE_AFTER.match(behind)
    town_cue = context.TOWN_BEFORE.search(ahead) or context.TOWN_AFTER.match(behind)
    mention.settlement = bool(town_cue)
    admin_cue = context.ADMIN_BEFORE.search(ahead) or context.ADMIN_AFTER.match(behind)
    if qualifier:
        mention.qualifier = context.qualifier_name(qualifier.group("q"))
    elif countryside:
        mention.qualifier = "countryside"
    elif context.NEAR_AFTER.match(behind):
        mention.qualifier = context.qualifier_name(behind.split()[0])
    if admin_cue and (is_small(best) and context.REGION_OF_AFTER.match(behind) or (
            best.kind == "town" and context.SURROUNDINGS_AFTER.match(behind)
            and _admin1_of(gaz, hit, country, own_name=True) is None)):
        # "the Tal Dahab region of western Wadan", "the Makhmur region", "the Karmel and Tabrit
        # regions": a village's or town's surroundings, not the province it lies in ("Donetsk
        # region" is one: a province is so named)
        admin_cue, mention.qualifier = None, mention.qualifier or "area"
    if (admin_cue or mention.qualifier == "countryside") and not town_cue:
        # "the countryside of Jisr al-Shughur" is the town's surroundings; only a
        # governorate's own name ("Homs countryside") makes it the governorate.
        admin = _admin1_of(gaz, hit, country, own_name=not admin_cue)
        if admin is not None:
            mention.place, mention.role = admin, "admin1"
            mention.precision = 2 if mention.qualifier else 3
            return mention
        county = _county_named(hit, country) if admin_cue else None
        if county is not None:
            # "Soum province" where provinces are the second level (Burkina Faso): the
            # county so named, at its point, not a hamlet of that name
            mention.place = best = county
            mention.precision = 2
    if best.kind == "admin1" and (town_cue or (
            not admin_cue and context.BUILDING_IN_BEFORE.search(ahead))):
        # "the city of Marib", "Marib city", "a mosque in Marib": the province's town of
        # that name
        best = next((p for p in hit.places if p.kind == "town" and p.country == best.country
                     and p.admin1 == best.admin1 and p.feature_code not in AREA_CODES), best)
        mention.place = best
    if best.feature_code in AREA_CODES:
        mention.qualifier = mention.qualifier or "area"
    if best.kind == "admin1":
        mention.role, mention.precision = "admin1", 2 if mention.qualifier else 3
    elif best.kind == "neighbourhood":
        mention.role = "neighbourhood"
        mention.town = town_named(gaz, best.town, best.country)
    mention.precision = max(mention.precision, 2 if mention.qualifier or hit.district_point else 1)
    if wide_region(best):  # a region over several provinces ("Darfur"): held as a province
        mention.role, mention.precision = "admin1", 3
    return mention


def _county_named(hit: Hit, country: str | None) -> Place | None:
    """The gazetteer's county (second-level area) of the hit's name in the country, when the
    hit's best place is a settlement of that name rather than it."""
    if hit.places[0].feature_code == DISTRICT_CODE:
        return None
    return next((p for p in hit.places if p.feature_code == DISTRICT_CODE
                 and (country is None or p.country == country)), None)


def _names_town(gaz: Gazetteer, text: str, area: AreaSpan, country: str | None) -> bool:
    """False when the phrase's 'town' is a province or country, left to be a mention itself."""
    if area.capital or not area.town_surface:
        return True
    if admin1_noun_after(text, area.town_end or 0):
        return False  # "X Local Government Area of Kaduna State": the province, a mention
    known = accept(gaz, area.town_surface, country, False)
    return not known or known[0].kind not in ("admin1", "country")


def _known_tail(gaz: Gazetteer, surface: str, country: str | None) -> bool:
    """True when the name, or its end ("IS-held Hajin"), is a place in the country, or the
    whole name a town abroad big enough to be meant ("the town of Sderot" in a Gaza story)."""
    words = surface.split()
    for i in range(len(words)):
        # "Mundu village": a village or town so named is local, and, as in the name
        # scan, the tail of a longer name must be spelled exactly.
        places = accept(gaz, " ".join(words[i:]), country, strict=i > 0)
        places = [
            p for p in places
            if country is None or p.country == country
            or (i == 0 and p.kind == "town" and p.population >= NEIGHBOUR_MIN_POPULATION)
        ]
        if places:
            return True
    return False


def _known_qualified(gaz: Gazetteer, text: str, area: AreaSpan, country: str | None) -> bool:
    """True when the name with the qualifier the phrase left before it ("Upper Diwan village":
    Diwan Fawqani) is a place of the country: the name scan reads it whole."""
    name = qualified_before(text, area.start, area.surface)
    return name is not None and any(country is None or p.country == country
                                    for p in accept(gaz, name, country, False))


def _unknown_town(text: str, area: AreaSpan) -> PlaceMention:
    """A town the gazetteer lacks, named with a clear cue ("the village of X", "X town")."""
    mention = PlaceMention(area.start, area.end, area.surface, None, "town")
    # ("the town of X": a settlement of its own, no quarter of the city the text is about)
    mention.settlement = bool(context.TOWN_BEFORE.search(before(text, area.start))
                              or context.TOWN_AFTER.match(after(text, area.end)))
    # "the southern Lebanese village of X": a country the text gives it
    mention.country = country_named_before(text, area.start)
    qualifier = context.QUALIFIER_BEFORE.search(before(text, area.start))
    if qualifier:
        mention.qualifier = context.qualifier_name(qualifier.group("q"))
        mention.precision = 2
    return mention


def _districts_named(gaz: Gazetteer, areas: list[AreaSpan], country: str | None) -> list[Place]:
    """The administrative districts (admin2) of the country that "X district" phrases name,
    and those named as the container of an area ("X area of Nihm")."""
    names = {a.surface: True for a in areas if a.kw == "district"}
    for a in areas:
        if a.town_surface and not a.capital:
            names[a.town_surface] = names.get(a.town_surface, False)
    found = [named_district(gaz, name, country, loosely) for name, loosely in names.items()]
    return [p for p in found if p is not None]


def _towns_of_areas(gaz: Gazetteer, areas: list[AreaSpan], country: str | None) -> list[Place]:
    """Towns of known size and provinces of the country named as areas ("shelled areas of
    Afrin countryside"): places the text names with confidence, as the name scan's are,
    which the villages named beside them lie near."""
    found = []
    for area in areas:
        if area.kw != "area" or area.town_surface and not area.town_before or country is None:
            continue  # ("the X area of Y": a village of Y, no place to measure from)
        top = next(iter(accept(gaz, area.surface, country, True)), None)
        if top is not None and top.country == country and (
                top.kind == "admin1" or top.kind == "town" and not is_small(top)):
            found.append(top)
    return found


def _settle_areas(gaz: Gazetteer, text: str, mentions: list[PlaceMention], hits: list[Hit],
                  context: list[Place], country: str | None,
                  grounds: Grounds | None = None) -> None:
    """Villages named as areas ("Abdin area in southern Idleb") chosen like the names the scan
    found: of the same-named villages, the one in the provinces and near the places the text
    names; none (a name to look for nearby) when all lie far outside them. So is a district
    read as a village of its name outside every province the text names ("Bani Saad district,
    Hudayda province")."""
    named = named_provinces([h.places[0] for h in hits if h.places and not h.demonym])
    # With no country, an area is looked for in each country where the text's actors fight.
    theatre = sorted(grounds.countries) if country is None and grounds is not None else []
    for m in mentions:
        if m.role != "town":
            continue
        abroad = bool(theatre) and (m.place is None or m.place.country not in theatre)
        if not abroad and (m.place is None or not is_small(m.place)):
            continue
        if not abroad and m.qualifier != "area" and not (
                m.qualifier == "district" and named and m.place.admin1
                and m.place.admin1 not in named):
            continue
        found = [p for c in theatre or [country] for p in accept(gaz, m.surface, c, False)]
        candidates = [p for p in [m.place, *found] if p is not None]
        candidates = [p for n, p in enumerate(candidates) if p not in candidates[:n]]
        if not candidates:
            continue
        area = Hit(m.start, m.end, m.surface, candidates)
        others = [Hit(h.start, h.end, h.surface, list(h.places), h.demonym) for h in hits]
        kept = disambiguate(gaz, [*others, area], country, context, text,
                            front=operation_anchors(gaz, text, country), grounds=grounds)
        m.place = area.places[0] if any(h is area for h in kept) else None


_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+\Z")
_SURNAME_AFTER = re.compile(r"\s+(?:al-|el-)?[A-Z][a-z]")
# "..., said Attaullah Khogyani": a speech verb, then a person's first name
_SPEAKER_NAMED = re.compile(rf"\b(?:{speech_after(plural=True)})\s+[A-Z][a-z][\w'’-]*\s+\Z")


def _first_name(text: str, hit: Hit) -> bool:
    """ "President Ashraf Ghani": a name between a title and a capitalised word is a person's;
    so is one after a speech verb and a first name ("said Attaullah Khogyani")."""
    title = _TITLE_BEFORE.search(text, max(0, hit.start - 16), hit.start)
    titled = (
        title is not None
        and title.group(1).lower() in person_titles()
        and _SURNAME_AFTER.match(text, hit.end) is not None
    )
    return titled or _SPEAKER_NAMED.search(text, max(0, hit.start - 40), hit.start) is not None


_OWNED = re.compile(rf"{POSSESSIVE}\s+([a-z]+)(?:\s+([a-z]+))?\b")


def _persons_possession(text: str, hit: Hit) -> bool:
    """ "X's aides", "X's eldest son": a name owning what only a person has is a person's."""
    owned = _OWNED.match(text, hit.end)
    return owned is not None and bool({owned.group(1), owned.group(2)} & person_possessions())


# "the charity Save the Children": a name that runs on through "the" and a capitalised word
_RUNS_ON = re.compile(r"\s+the\s+[A-Z]")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")


def _in_a_longer_name(text: str, hit: Hit) -> bool:
    """ "the charity Save the Children": a name that runs on through "the" into a capitalised
    word is an organisation's, unless a place cue stands before it ("in Aleppo the army")."""
    if not _RUNS_ON.match(text, hit.end):
        return False
    word = _WORD_BEFORE.search(text, max(0, hit.start - 20), hit.start)
    return word is None or word.group(1).lower() not in place_cues()


_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w-]*)")


def _abroad_in_a_longer_name(text: str, hit: Hit, country: str | None) -> bool:
    """ "a Toyota Hilux", "Dubai Police": a city abroad, run on by a capitalised word that is
    no place noun, names a product or a body, not where an act at home happened."""
    if country is None or any(p.country == country for p in hit.places):
        return False
    word = _CAPITALISED_AFTER.match(text, hit.end)
    return word is not None and word.group(1).lower() not in place_nouns()


# the word before a name, or before the name it is listed with ("ethnic Oromo and Amhara")
_LAST_WORD = re.compile(r"([\w'-]+)\s+(?:[A-Z][\w'-]*\s+(?:and|or)\s+)?$")


def _kin_group(text: str, hit: Hit) -> bool:
    """ "the Obeid tribe", "ethnic Oromo": a name before a noun of kin, or after a word of
    kinship, names the group."""
    before = _LAST_WORD.search(text, max(0, hit.start - 30), hit.start)
    return next_word(text, hit.end) in kin_nouns() or bool(
        before and before.group(1).lower() in kin_adjectives())


def _called_village(text: str, mention: PlaceMention) -> bool:
    """ "the village of X", "the village X", "X village": the text calls the town a village."""
    return bool(context.VILLAGE_AFTER.match(text[mention.end:]) or context.VILLAGE_BEFORE.search(
        text[max(0, mention.start - 30):mention.start]))


def _lower_case_districts(gaz: Gazetteer, text: str) -> str:
    """ "shells fell into mawza district": a district's name written in lower case, right
    before a district noun, is capitalised (same length, so every offset holds) when the
    gazetteer has a district spelled exactly so (no look-alike); common words ("the border
    district") and words after a name ("Razeh border district") never are."""
    if not any(noun in text for noun in district_nouns()):
        return text
    nouns = "|".join(sorted((re.escape(n) for n in district_nouns()), key=len, reverse=True))
    pattern = re.compile(rf"\b((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)\s+(?:{nouns})\b")
    out = text
    for m in pattern.finditer(text):
        before = text[max(0, m.start(1) - 40):m.start(1)].split()
        if before and before[-1][:1].isupper():
            continue  # "Razeh border district": a word on the name before, no name itself
        words = m.group(1).split()
        for k in range(len(words)):  # the longest name first: "dhi na'im", then "na'im"
            name = " ".join(words[k:])
            if any(w.lower() in function_words() or len(w) < 3 for w in words[k:]):
                continue
            title = " ".join(w[0].upper() + w[1:] for w in words[k:])
            if any(p.feature_code == DISTRICT_CODE for p in gaz.exact(title)):
                start = m.end(1) - len(name)
                out = out[:start] + title + out[m.end(1):]
                break
    return out


def find_places(text: str, country: str | None = None, town: str | None = None,
                gazetteer: Gazetteer | None = None, look_near: bool = True,
                grounds: Grounds | None = None, guess_country: bool = True,
                province: str | None = None,
                parts: tuple[tuple[str, str], ...] = ()) -> list[PlaceMention]:
    """Place mentions in text order, with roles, enclosing towns and precision; names the
    gazetteer lacks are looked for near the known places (unless look_near is False, for a
    caller that does it with more context: `nearby.resolve_unknown`). Without a country, the
    text's own places choose one, unless guess_country is False (a caller that weighed the
    whole article and found none). `grounds`: where the text's actors fight, for same-named
    villages nothing else tells apart; `province`: the province the article is about, whose
    villages come first among namesakes when the text names no town; `parts`: the parts of
    countries (code, side) the article named before ("in southern Somalia")."""
    from khaldun.places.location import document_country

    gaz = gazetteer or get_gazetteer()
    text = _lower_case_districts(gaz, text)
    if country is None and guess_country:
        country = document_country(text, gaz)
    town_arg = town_named(gaz, town, country) if town else None
    # Towns named with a cue but known to the gazetteer are left to the name scan,
    # which reads their qualifiers and province cues.
    found_areas = find_areas(text)
    areas = [a for a in found_areas
             if a.kw != "town" or not _known_tail(gaz, a.surface, country)
             and not _known_qualified(gaz, text, a, country)]
    left_to_scan = [a for a in found_areas if a not in areas]
    claimed = [(a.start, a.end) for a in areas]
    claimed += [(a.town_start, a.town_end or 0) for a in areas
                if a.town_start is not None and _names_town(gaz, text, a, country)]
    items: list[AreaSpan | Hit] = list(areas)
    context = [p for p in (town_arg, capital_named(gaz, text, country)) if p is not None]
    # (the article's province orders namesakes only; areas are settled by the text's own)
    about = [p for p in gaz.exact(province) if p.kind == "admin1" and p.country == country][
        :1] if province and town_arg is None else []
    context += _districts_named(gaz, areas, country)
    hits = [
        h for h in find_hits(gaz, text, country, claimed)
        if not _first_name(text, h) and not _kin_group(text, h) and not _in_a_longer_name(text, h)
        and not _abroad_in_a_longer_name(text, h, country) and not _persons_possession(text, h)
    ]
    district_before_hamlets(gaz, text, hits, country)
    front = operation_anchors(gaz, text, country)
    if not context:
        context = operation_context(gaz, text, country, [
            h.places[0] for h in hits if h.places and not h.demonym])
    anchors = context + about + _towns_of_areas(gaz, areas, country)
    scanned = list(hits)
    hits = disambiguate(gaz, hits, country, anchors, text,
                        [(a.start, a.end, a.surface) for a in areas if a.kw == "district"], front,
                        grounds=grounds, parts=parts)
    directed = directed_places(text, [(h.start, h.end, h.places[0]) for h in hits if h.places])
    items += [h for h in hits if not h.demonym]
    # A town named with a cue ("the town of X") whose spelling the scan took for a place far
    # from where the text is, and dropped, is still a town the text names: looked for nearby.
    dropped = [h for h in scanned if not any(h is kept for kept in hits)]
    items += [a for a in left_to_scan
              if any(h.start < a.end and a.start < h.end for h in dropped)
              and not any(h.start < a.end and a.start < h.end for h in hits)]
    out: list[PlaceMention] = []
    previous: Place | None = None
    village = False  # the text calls the previous town a village: it has no quarters
    for item in sorted(items, key=lambda it: it.start):
        if isinstance(item, Hit):
            mention = _from_hit(gaz, text, item, country)
        elif item.kw == "town":
            mention = _unknown_town(text, item)
        else:
            mention = from_area(gaz, text, item, country, town_arg, previous, village)
            if item.generic and mention.town is None:
                continue
        if mention.role == "town" and mention.place is not None:
            previous = mention.place
            village = _called_village(text, mention)
        elif mention.role == "neighbourhood" and mention.town is not None:
            previous = mention.town
        out.append(mention)
    _settle_areas(gaz, text, out, hits, context, country, grounds=grounds)
    if look_near:
        resolve_unknown(gaz, out, [*context, *(h.places[0] for h in hits if h.places)],
                        directed=directed, country=country)
    for mention in out:
        if mention.country is None:
            mention.country = mention.place.country if mention.place else country
    return out
