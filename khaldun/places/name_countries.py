"""What the names in a text's place slots and before its district nouns say about the
text's country."""

from __future__ import annotations

from collections.abc import Iterator

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.lexicon import (
    admin1_noun_after,
    admin1_nouns,
    country_vote_cues,
    demonyms,
    district_nouns,
    place_nouns,
)
from khaldun.places.model import Place
from khaldun.places.name_windows import (
    GAP,
    MAX_WINDOW,
    PARTICLES,
    all_stopwords,
    country_named_before,
    demonym_before,
    is_cued,
    is_stopped,
    name_goes_on,
    organisation_named,
    set_aside,
    tokens,
    topic_before,
    windows,
)
from khaldun.places.qualified import is_seat_name
from khaldun.places.ranking import CITY_OVER_PROVINCE_POPULATION
from khaldun.places.scan import SMALL_PLACE_MIN_LIKENESS
from khaldun.places.transliteration import (
    exact_form,
    forms_likeness,
    name_key,
    plain_letters,
    spelling_form,
)

# A look-alike spelling votes for a text's country only when its key is this long: short
# keys ("kr") are shared by thousands of places.
MIN_VOTING_KEY = 3


def _countries_named(gaz: Gazetteer, surface: str) -> frozenset[str]:
    """The countries with a place spelled like surface (exactly, else a close look-alike)."""
    key = ("countries", surface)
    found = gaz.memo.get(key)
    if found is None:
        exact = gaz.exact(surface)
        # A country's capital, so spelled, is no namesake: its villages elsewhere vote for
        # nothing ("north of Baghdad").
        capital = [p for p in exact if is_capital(gaz, p, surface)]
        countries = {p.country for p in capital or exact if p.country and p.kind != "country"}
        if exact and not capital:
            # a city so spelled but for its article or accents votes too ("Qamishli")
            countries |= {p.country for p in gaz.keyed(
                surface, None, CITY_OVER_PROVINCE_POPULATION)
                if p.country and gaz.spells_city(surface, p, None)}
        if not exact and len(name_key(surface)) >= MIN_VOTING_KEY:
            form, letters = spelling_form(surface), plain_letters(surface)
            for c, k, _, spelled, plain in gaz.key_spellings(surface):  # one alike a country
                if c and k != "country" and c not in countries and (
                        forms_likeness(form, letters, spelled, plain)[0]
                        >= SMALL_PLACE_MIN_LIKENESS):
                    countries.add(c)
        found = gaz.memo[key] = frozenset(countries)
    return found


def is_capital(gaz: Gazetteer, place: Place, surface: str) -> bool:
    """The place is its country's capital and surface spells its own name ("Baghdad"; not
    "Salem" for Jerusalem)."""
    return place.kind == "town" and gaz.capitals.get(place.country or "") == place.name and (
        exact_form(place.name) == exact_form(surface))


def _slot_country(gaz: Gazetteer, text: str, start: int, surface: str,
                  end: int) -> frozenset[str] | None:
    """What a name in a place slot says when the text says its country: the country itself
    ("in southeastern Niger", not Niger State), none when set aside ("fled to Turkey") or
    an actor ("against Israel's siege"), the owner of "the Cameroonian town of X"; None when
    it says nothing."""
    country = next((p.country for p in gaz.exact(surface) if p.kind == "country"), None)
    if country is not None:
        # "against Israel's siege" names an actor; "in Cameroon's north" a part of the country
        actor = text[end:end + 2] in ("'s", "’s") and not country_vote_cues().placed_after.match(
            text, end + 2)
        return frozenset() if actor or set_aside(text, start) else frozenset({country})
    owner = country_named_before(text, start)
    return frozenset({owner}) if owner else None


def cued_name_countries(gaz: Gazetteer, text: str) -> Iterator[frozenset[str]]:
    """For each name in a place slot ("in X", "shelled X"), the countries that have a place
    so named, small ones included: what a text's place names say about its country."""
    for _, countries in cued_names(gaz, text):
        yield countries


def cued_name_sizes(gaz: Gazetteer, text: str) -> dict[str, int]:
    """Per country, the population of the biggest place spelled as a name of a place slot
    ("outside X town": a town of 40,000 in one country, a hamlet of unknown size in another)."""
    sizes: dict[str, int] = {}
    for surface, countries in cued_names(gaz, text):
        for p in gaz.exact(surface):
            if p.country in countries and p.kind != "country":
                sizes[p.country] = max(sizes.get(p.country, 0), p.population)
    return sizes


def cued_names(gaz: Gazetteer, text: str) -> Iterator[tuple[str, frozenset[str]]]:
    """The names in place slots with the countries that have a place so named."""
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if not tok.capital or tok.sentence_initial or not is_cued(text, toks, i, None):
            continue
        if topic_before(text, tok.start) or demonym_before(text, toks, i):
            continue  # a subject ("the recognition of X"), or a name its demonym places
        for j, surface in windows(text, toks, i):
            if is_stopped(surface) or all_stopwords(toks, i, j):
                continue
            if j == i and tok.text.lower() in demonyms():
                break  # "in the Iraqi capital": a demonym, voting as one, is no village
            if name_goes_on(text, toks, j, place_nouns()):
                continue  # "Karm" of "Karm al-Jabal": a part of a longer name votes for nothing
            if organisation_named(text, toks, i, j):
                # "workers of X sugar company": a town lends a company its name, one of a
                # country whose villages are known (no namesake of a city far abroad)
                home = _countries_named(gaz, surface) & gaz.dense_countries
                if home:
                    yield surface, home
                break
            named = _slot_country(gaz, text, tok.start, surface, toks[j].end)
            if named is not None:
                if named:
                    yield surface, named
                break
            countries = _countries_named(gaz, surface)
            if countries:
                yield surface, countries
                break


def _name_before(text: str, toks: list, k: int) -> int | None:
    """Index of the last token of a name before the district noun at k: right before it
    ("Sirwah district") or before one lower-case word ("Razeh border district")."""
    last = k - 1
    if last > 0 and toks[last].text.islower() and not toks[last].capital:
        last -= 1  # "border", "southern"
    return last if last >= 0 and toks[last].capital else None


def _names_ending(text: str, toks: list, last: int) -> Iterator[str]:
    """The names ending at token last, longest first (back over capitalised words and
    particles)."""
    first = last
    while first > 0 and last + 1 - first < MAX_WINDOW and GAP.match(
            text[toks[first - 1].end:toks[first].start]) and (
            toks[first - 1].capital or toks[first - 1].text.lower() in PARTICLES):
        first -= 1
    for i in range(first, last + 1):
        if toks[i].capital:
            yield text[toks[i].start:toks[last].end]


def _names_after_of(text: str, toks: list, k: int) -> Iterator[str]:
    """The names after "district of" ("the border district of Shada"), longest first."""
    if k + 2 >= len(toks) or toks[k + 1].text.lower() != "of" or not toks[k + 2].capital:
        return
    last = k + 2
    while last + 1 < len(toks) and last + 1 - (k + 2) < MAX_WINDOW - 1 and GAP.match(
            text[toks[last].end:toks[last + 1].start]) and toks[last + 1].capital and (
            toks[last + 1].text.lower() not in admin1_nouns()):
        last += 1
    if admin1_noun_after(text, toks[last].end):
        return  # "District of Zabol Province": the province that holds it, no district
    for j in range(last, k + 1, -1):
        yield text[toks[k + 2].start:toks[j].end]


def seat_countries(gaz: Gazetteer, name: str) -> frozenset[str]:
    """The countries with a sub-district seat spelled as name ("Nahiyat Kan'an" for "Kanan"):
    Iraqi reports call a sub-district a district ("Kanan district")."""
    return frozenset(p.country for p in gaz.exact(name) if p.country and is_seat_name(p.name))


def district_name_countries(gaz: Gazetteer, text: str) -> Iterator[frozenset[str]]:
    """For each name before a district noun ("Sirwah district", "Razeh border district") or
    after one ("the district of Baqim"), the countries with an administrative district so
    named: what a text's districts say about its country."""
    toks = tokens(text)
    nouns = district_nouns()
    for k, tok in enumerate(toks):
        if k == 0 or tok.text.lower() not in nouns:
            continue
        last = _name_before(text, toks, k)
        after_of = list(_names_after_of(text, toks, k))
        # "the Hamdaniya district of Aleppo": a city's quarter, the city says the country
        names = list(_names_ending(text, toks, last)) if last is not None and not after_of else []
        for surface in [*names, *after_of]:
            countries = (gaz.district_countries(surface) | seat_countries(gaz, surface)
                         ) if not is_stopped(surface) else frozenset()
            if countries:
                yield countries
                break
