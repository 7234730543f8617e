"""Find gazetteer names in text: capitalised token windows looked up by exact form and key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from khaldun.countries import resolve as resolve_country
from khaldun.places.gazetteer import Gazetteer, prefer_city
from khaldun.places.lexicon import (
    admin1_nouns,
    compound_adjective,
    country_vote_cues,
    cue_alternation,
    demonyms,
    determiners,
    district_nouns,
    leading_noise,
    lone_stopwords,
    modifier_articles,
    place_cues,
    place_nouns,
    site_nouns,
)
from khaldun.places.model import Place
from khaldun.places.qualified import arabic_forms, bare_names, only_bare
from khaldun.places.ranking import prefer_seat
from khaldun.places.transliteration import exact_form, likeness, name_key, similar_enough

MAX_WINDOW = 6  # "Jisr al-Shughur", "Ras al Ain": particles count as tokens
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
# A city this big spelled exactly as written is meant before a look-alike spelling at home.
CITY_OVER_LOOKALIKE_POPULATION = 100_000
# A word in capitals this short is an acronym, a place only if it is a country's.
ACRONYM_CHARS = 4
# A look-alike spelling votes for a text's country only when its key is this long: short
# keys ("kr") are shared by thousands of places.
MIN_VOTING_KEY = 3
# How many lower-case words may stand between a cue and the name ("in the northern X").
CUE_REACH = 3
# How far before a country name to look for a phrase that sets it aside ("supported by").
ASIDE_REACH = 30
_WORD_AFTER = re.compile(r"[\s-]+([\w']+)")
_ACTING_POSSESSIVE = re.compile(r"['’]s\s+(?:recent\s+)?(\w+)")
# "A, B and C": a name right after another place and one of these continues a list.
_LIST_GAP = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|/)\s*$")

# Dotted abbreviations ("U.S.", "U.K.") are one token.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w\-]|['’](?=\w)(?!s\b))*")
# Arabic articles and name particles that may stand between the words of one name.
PARTICLES = frozenset(
    "al el ad ar as ash at az ez an ed es et er bin ibn abu um umm wa de la".split()
)
# "al-Bab", and "al-'Amiriyah" with the ayn written after the article: a capitalised name.
_PARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|es|et|er)[-'’]['’`]?[A-Z]")
_GAP = re.compile(r"^[ \t]+$|^-$")
_SENTENCE_END = re.compile(r"[.!?;:]\s*$|\n\s*$")


@dataclass(slots=True)
class Token:
    """One word of the text with its character offsets."""

    start: int
    end: int
    text: str
    capital: bool
    sentence_initial: bool


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


@lru_cache(maxsize=16)
def tokens(text: str) -> tuple[Token, ...]:
    """Words of text, flagged capitalised and sentence-initial (remembered for the last few
    texts: an article is scanned for its country and for its places)."""
    out: list[Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        capital = word[0].isupper() or ("-" in word and bool(_PARTICLE_PREFIX.match(word)))
        gap = text[prev_end:m.start()]
        initial = not out or (gap != " " and bool(_SENTENCE_END.search(gap)))
        out.append(Token(m.start(), m.end(), word, capital, initial))
        prev_end = m.end()
    return tuple(out)


def _windows(text: str, toks: tuple[Token, ...], i: int) -> Iterator[tuple[int, str]]:
    """(last token index, surface) of windows starting at token i, longest first."""
    last = i
    while last + 1 < len(toks) and last - i + 1 < MAX_WINDOW:
        nxt = toks[last + 1]
        if not _GAP.match(text[toks[last].end:nxt.start]):
            break
        if not (nxt.capital or nxt.text.lower() in PARTICLES):
            break
        last += 1
    for j in range(last, i - 1, -1):
        if toks[j].capital:
            yield j, text[toks[i].start:toks[j].end]


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


def accept(gaz: Gazetteer, surface: str, country: str | None, strict: bool) -> list[Place]:
    """Plausible places for a surface in an article about country, best first (a new list:
    the answer is remembered per gazetteer, as names recur across articles)."""
    key = ("accept", surface, country, strict)
    found = gaz.memo.get(key)
    if found is None:
        found = gaz.memo[key] = _accept(gaz, surface, country, strict)
    return list(found)


def _accept(gaz: Gazetteer, surface: str, country: str | None, strict: bool) -> list[Place]:
    exact = gaz.exact(surface)
    if not exact:
        # "Western Tiba": the gazetteer writes the qualifier last, in Arabic ("Tiba al-Gharbiyah")
        for form in arabic_forms(surface):
            if found := _accept(gaz, form, country, strict):
                return found
    if surface.isupper() and len(surface) <= ACRONYM_CHARS:
        # "CAN", "FAR", "IS": acronyms name groups; only a country goes by one ("UAE").
        exact = [p for p in exact if p.kind == "country"]
    neighbours = gaz.neighbours.get(country or "", frozenset())
    kept = [p for p in exact if _plausible(p, True, country, neighbours, gaz.capitals)]
    alike = {id(p): 100.0 for p in kept}
    # Acronyms ("US", "IED") and words of three letters are too short for a key to mean much.
    if not strict and len(surface) > 3 and not surface.isupper():
        for p in gaz.keyed(surface, country):
            if id(p) in alike or not _plausible(p, False, country, neighbours, gaz.capitals):
                continue
            score, spelled = gaz.likeness(surface, p, country)
            floor = SMALL_PLACE_MIN_LIKENESS if is_small(p) or country is None else 0.0
            same_form = country is not None and spelled >= SAME_FORM
            if similar_enough(surface, spelled) and (score >= floor or same_form):
                kept.append(p)
                alike[id(p)] = score
    if not kept:
        return []
    # "Rashid" names a place so called before a "Qaryat Rashid" (qualified.only_bare)
    exact_ids = {id(p) for p in exact if not only_bare(surface, p.name)}
    unique = list({id(p): p for p in kept}.values())
    unique.sort(key=lambda p: bool(bare_names(p.name)))  # of equals, "Qaryat X" last
    ranked = prefer_seat(prefer_city(sorted(unique, key=lambda p: gaz.rank_key(
        p, country, id(p) in exact_ids, alike[id(p)]))), frozenset(exact_ids))
    if alike[id(ranked[0])] < SAME_FORM:
        # A look-alike at home ("Irbin" for Erbil) yields to a city spelled as written abroad,
        # and to a country so named ("Russia" is no Ukrainian village that looks like it).
        city = next((p for p in ranked if id(p) in exact_ids and p.country != ranked[0].country
                     and (p.kind == "country" or p.kind == "town"
                          and p.population >= CITY_OVER_LOOKALIKE_POPULATION)), None)
        if city is not None:
            ranked = [city] + [p for p in ranked if p is not city]
    return ranked


def is_small(place: Place) -> bool:
    """A village the gazetteer knows no real population for (most of Who's On First)."""
    return place.kind in ("town", "neighbourhood") and place.population < SMALL_PLACE_POPULATION


def _cued(text: str, toks: tuple[Token, ...], i: int, listed_end: int | None) -> bool:
    """True when a place cue (place_cues.txt) stands just before token i, over at most
    CUE_REACH lower-case words ("in northern X"), or token i continues a list of places."""
    if listed_end is not None and _LIST_GAP.match(text[listed_end:toks[i].start]):
        return True
    cues = place_cues()
    for k in range(i - 1, max(i - 1 - CUE_REACH, -1), -1):
        if not text[toks[k].end:toks[k + 1].start].isspace():
            return False  # a comma or quote between: the cue belongs to another phrase
        if toks[k].text.lower() in cues:
            return True
        if toks[k].capital:
            return False
    return False


def _place_noun_after(text: str, toks: tuple[Token, ...], j: int) -> bool:
    """True when a lower-case place noun follows token j ("Saqba city", "Hawash village")."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return not nxt.capital and text[toks[j].end:nxt.start] == " " and (
        nxt.text in place_nouns())


def _stopped(surface: str) -> bool:
    stop = lone_stopwords()
    form = exact_form(surface)
    # "Al-Houthi" is "Houthi" with an article.
    bare = form[3:] if form.startswith(("al ", "el ")) else form
    return surface.lower() in stop or form in stop or bare in stop


def _inside_name(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """True when token i continues a capitalised name begun before it ("Kafar | Naha")."""
    if i == 0 or toks[i].sentence_initial:
        return False
    prev = toks[i - 1]
    return (prev.capital and prev.text.lower() not in leading_noise()
            and not compound_adjective(prev.text)  # "YPG-controlled Jandairis"
            and bool(_GAP.match(text[prev.end:toks[i].start])))


def _name_goes_on(text: str, toks: tuple[Token, ...], j: int,
                  but: frozenset[str] = frozenset()) -> bool:
    """True when token j is followed by another capitalised word of one name ("Nahar Aisha"),
    one not in `but`."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.capital and text[toks[j].end:nxt.start] == " " and nxt.text.lower() not in but


# "the Saudi city of", "Yemen's Red Sea port city of": a country's demonym or name, then
# the kind of place
_OWNED_PLACE = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+)(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:[a-z]+\s+)?"
    rf"(?:{cue_alternation('owned_place_kinds')})\s+(?:city\s+)?of\s+(?:the\s+)?$"
)


def _country_named_before(text: str, start: int) -> str | None:
    """The country a phrase before the name puts it in ("the Iraqi city of", "Syria's town
    of"), if any."""
    m = _OWNED_PLACE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    word = m.group("owner").lower()
    # (a name, not a code: "In the city of" is no India)
    named = resolve_country(m.group("owner")) if len(word) > 3 else None
    return demonyms().get(word) or named


def _all_stopwords(toks: tuple[Token, ...], i: int, j: int) -> bool:
    stop = lone_stopwords()
    return all(t.text.lower() in stop for t in toks[i:j + 1])


def _arabic_article(toks: tuple[Token, ...], i: int) -> bool:
    """A capitalised determiner inside a sentence, before a capitalised word, is the Arabic
    article that opens a name ("in An Najd"), not the English one."""
    tok = toks[i]
    return (tok.capital and not tok.sentence_initial and i + 1 < len(toks)
            and toks[i + 1].capital and toks[i + 1].start == tok.end + 1)


def _hit_at(gaz: Gazetteer, text: str, toks: tuple[Token, ...], i: int, country: str | None,
            taken: list[tuple[int, int]], listed_end: int | None = None) -> Hit | None:
    """The longest window at token i that names a plausible place (or is a demonym)."""
    tok = toks[i]
    owner = _country_named_before(text, tok.start)
    if owner is not None:
        country = owner  # "the Saudi city of Jizan": Jizan is in Saudi Arabia
    # "a Fulani village" says what kind of village, "a Damascus suburb" where it is: after an
    # indefinite article only a known town spelled exactly is a place ("An Nabk" is a name)
    modifier = i > 0 and toks[i - 1].text in modifier_articles()
    # The tail of an unknown longer name must be a local place, not a foreign city, and
    # not a hamlet ("Abu Kinan" is a man).
    home_only = _inside_name(text, toks, i)
    cued = not home_only and _cued(text, toks, i, listed_end)
    if tok.text.lower() in determiners() and not _arabic_article(toks, i):
        return None
    # "Iraqi Kurdistan": a name right after a demonym lies in the demonym's country, whatever
    # lies abroad under that name (a province of Iran)
    named_home = _demonym_before(text, toks, i)
    for j, surface in _windows(text, toks, i):
        if any(s < toks[j].end and tok.start < e for s, e in taken):
            continue
        if j == i and tok.text.lower() in demonyms():
            return Hit(tok.start, tok.end, surface, [], demonyms()[tok.text.lower()])
        if _stopped(surface) or _all_stopwords(toks, i, j):  # "Old Town"
            continue
        if j + 1 < len(toks) and toks[j + 1].text.lower() in site_nouns():
            continue  # "the Khan Toman Road": a road named after the town, not the town
        # A name opening the sentence ("In Yangon" is no spelling of Yangon), or the head or
        # the tail of a longer unknown name ("Mike Ojon"), must be spelled exactly as the
        # gazetteer has it.
        strict = modifier or home_only or tok.sentence_initial or _name_goes_on(
            text, toks, j, place_nouns())
        places = accept(gaz, surface, country, strict=strict)
        if j > i and toks[j].text.lower() in admin1_nouns():
            # "Kaduna State" is the province, not a district spelled alike ("Kaduna South")
            places = [p for p in places if p.kind == "admin1"]
        if modifier:
            places = [p for p in places if not is_small(p)]
        if home_only:  # without a country there is no home: the tail is not taken
            places = [p for p in places if country is not None and p.country == country]
        if not (cued or _place_noun_after(text, toks, j)) or _name_goes_on(text, toks, j):
            places = [p for p in places if not is_small(p)]
        if named_home is not None:
            places = [p for p in places if p.country == named_home]
        if places and places[0].kind == "country" and (
                set_aside(text, tok.start) or _acting(text, toks[j].end)):
            return None  # "the border with Turkey", "the US embassy": not where it happens
        if places and gaz.capitals.get(places[0].country or "") == places[0].name and (
                _acting(text, toks[j].end, possessive=True)):
            return None  # "Washington's decision": the capital stands for its state
        if places:
            return Hit(tok.start, toks[j].end, surface, places)
    return None


def _demonym_before(text: str, toks: tuple[Token, ...], i: int) -> str | None:
    """The country of a demonym right before token i ("Iraqi" in "Iraqi Kurdistan"), if any."""
    if i == 0 or text[toks[i - 1].end:toks[i].start] != " ":
        return None
    return demonyms().get(toks[i - 1].text.lower())


def _acting(text: str, end: int, possessive: bool = False) -> bool:
    """True when the word after a country (with "'s" if `possessive`) makes it a state that
    acts ("the US embassy", "Washington's decision")."""
    m = (_ACTING_POSSESSIVE if possessive else _WORD_AFTER).match(text, end)
    return bool(m) and m.group(1).lower() in country_vote_cues().actor_nouns


def _topic(text: str, start: int) -> bool:
    """True when the words before `start` make the place a subject ("the recognition of X")."""
    return bool(country_vote_cues().topic.search(text, max(0, start - ASIDE_REACH), start))


def set_aside(text: str, start: int) -> bool:
    """True when the words before `start` make a country a border, a backer or an origin."""
    return bool(country_vote_cues().aside.search(text, max(0, start - ASIDE_REACH), start))


def _past_name(text: str, toks: tuple[Token, ...], i: int) -> int:
    """The index of the first token after the name that opens at token i."""
    return max(j for j, _ in _windows(text, toks, i)) + 1


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
        if tok.capital and _topic(text, tok.start):
            i = _past_name(text, toks, i)  # "the recognition of East X": no word of it is a place
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


def _countries_named(gaz: Gazetteer, surface: str) -> frozenset[str]:
    """The countries with a place spelled like surface (exactly, else a close look-alike)."""
    key = ("countries", surface)
    found = gaz.memo.get(key)
    if found is None:
        exact = gaz.exact(surface)
        countries = {p.country for p in exact if p.country and p.kind != "country"}
        if not exact and len(name_key(surface)) >= MIN_VOTING_KEY:
            for c, k, spelling in gaz.key_spellings(surface):  # one alike spelling a country
                if c and k != "country" and c not in countries and (
                        likeness(surface, spelling) >= SMALL_PLACE_MIN_LIKENESS):
                    countries.add(c)
        found = gaz.memo[key] = frozenset(countries)
    return found


def _slot_country(gaz: Gazetteer, text: str, start: int, surface: str,
                  end: int) -> frozenset[str] | None:
    """What a name in a place slot says when the text says its country: the country itself
    ("in southeastern Niger", not Niger State), none when set aside ("fled to Turkey") or
    an actor ("against Israel's siege"), the owner of "the Cameroonian town of X"; None when
    it says nothing."""
    country = next((p.country for p in gaz.exact(surface) if p.kind == "country"), None)
    if country is not None:
        actor = text[end:end + 2] in ("'s", "’s")
        return frozenset() if actor or set_aside(text, start) else frozenset({country})
    owner = _country_named_before(text, start)
    return frozenset({owner}) if owner else None


def cued_name_countries(gaz: Gazetteer, text: str) -> Iterator[frozenset[str]]:
    """For each name in a place slot ("in X", "shelled X"), the countries that have a place
    so named, small ones included: what a text's place names say about its country."""
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if not tok.capital or tok.sentence_initial or not _cued(text, toks, i, None):
            continue
        if _topic(text, tok.start) or _demonym_before(text, toks, i):
            continue  # a subject ("the recognition of X"), or a name its demonym places
        for j, surface in _windows(text, toks, i):
            if _stopped(surface) or _all_stopwords(toks, i, j):
                continue
            if j == i and tok.text.lower() in demonyms():
                break  # "in the Iraqi capital": a demonym, voting as one, is no village
            if _name_goes_on(text, toks, j, place_nouns()):
                continue  # "Karm" of "Karm al-Jabal": a part of a longer name votes for nothing
            named = _slot_country(gaz, text, tok.start, surface, toks[j].end)
            if named is not None:
                if named:
                    yield named
                break
            countries = _countries_named(gaz, surface)
            if countries:
                yield countries
                break


def district_name_countries(gaz: Gazetteer, text: str) -> Iterator[frozenset[str]]:
    """For each name before a district noun ("Sirwah district"), the countries with an
    administrative district so named: what a text's districts say about its country."""
    toks = tokens(text)
    nouns = district_nouns()
    for k, tok in enumerate(toks):
        if k == 0 or tok.text.lower() not in nouns or not toks[k - 1].capital:
            continue
        first = k - 1  # the name runs back over capitalised words and particles
        while first > 0 and k - first < MAX_WINDOW and _GAP.match(
                text[toks[first - 1].end:toks[first].start]) and (
                toks[first - 1].capital or toks[first - 1].text.lower() in PARTICLES):
            first -= 1
        for i in range(first, k):
            if not toks[i].capital:
                continue
            surface = text[toks[i].start:toks[k - 1].end]
            countries = gaz.district_countries(surface) if not _stopped(surface) else frozenset()
            if countries:
                yield countries
                break
