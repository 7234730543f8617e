"""From place mentions to the codebook Location, and an article's dominant country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from unidecode import unidecode

from khaldun.places.districts import district_word_after, mapped_at
from khaldun.places.gazetteer import Gazetteer, get_gazetteer
from khaldun.places.lexicon import country_vote_cues, district_nouns
from khaldun.places.model import DISTRICT_CODE, Place, PlaceMention
from khaldun.places.name_countries import (
    cued_name_countries,
    cued_name_sizes,
    district_name_countries,
    is_capital,
)
from khaldun.places.name_windows import set_aside
from khaldun.places.ranking import wide_region
from khaldun.places.scan import (
    CITY_OVER_LOOKALIKE_POPULATION,
    WORLD_MIN_POPULATION,
    Hit,
    find_hits,
)
from khaldun.places.text import next_word
from khaldun.places.transliteration import name_key
from khaldun.records import Location

# Votes for an article's country: towns and provinces say where things happen;
# countries and demonyms also name foreign actors ("Russian jets", "US-led").
COUNTRY_VOTE = 1.5
DEMONYM_VOTE = 1.0
PLACE_VOTE = 2.0
ADMIN1_VOTE = 3.0  # a province is named for where things happen, rarely in passing
# A name in a place slot ("in X", "shelled X") votes this much, shared among the countries
# that have a place so named: villages name their country when no big place does.
CUED_NAME_VOTE = 2.0
# A name before "district" votes this much, shared among the countries with an administrative
# district so named (Sirwah is a district of Yemen, a village of Egypt): as much as a province,
# more than a hamlet of the same text that only some other country lists.
DISTRICT_VOTE = ADMIN1_VOTE
# A name found in a country whose villages the gazetteer does not hold is a town of 500+
# people somewhere in the world: a weaker hint than a match where every village is known.
SPARSE_SHARE = 0.5
# An armed group with a home country (the Houthis, the YPG) fights at home: a stronger hint
# than a place name that several countries share. State forces are left out: they fight
# abroad too.
ACTOR_VOTE = 3.0
# A state's named forces: once per state, no more than a demonym (Turkish jets over Afrin).
# An actor whose theatre is known (khaldun/data/theatres.yaml) votes ACTOR_VOTE shared among
# the countries it fights in.
STATE_VOTE = 1.0
# A country named as a place ("in northern Iraq", "the Iraqi capital") votes as a province.
PLACED_COUNTRY_VOTE = ADMIN1_VOTE
# A state's ground forces under fire ("shelled Saudi troops in X") stand in their own country,
# as a rule: as strong a hint as an armed group at home.
TARGET_VOTE = ACTOR_VOTE
# A place name in a country where none of the text's actors is known to fight (theatres.yaml),
# and that no demonym, country name or actor of the text names, votes this share of its weight.
OUTSIDE_THEATRE = 0.5
# A place this many times smaller than a namesake is not of its size.
SIZE_RATIO = 10
# Votes equal to this many decimals are a tie (2/3 + 1/3 is not always 1.0 in floats).
TIE_DIGITS = 6
# Countries within this share of the top vote are near equals: among them, a country that only
# the actors' theatres vote for is no answer.
GUESS_SHARE = 0.1
# An actor that fights in a country this share of the time or more says the country.
MAJORITY = 0.9
def display_name(place: Place | None) -> str | None:
    """A gazetteer name in plain Latin letters ("Ḩarastā" -> "Harasta")."""
    if place is None:
        return None
    return unidecode(place.name).replace("`", "").replace("'", "") or place.name


def _in_compass_part(text: str, hit: Hit) -> bool:
    """A compass word right before the country or its demonym ("northern Iraq")."""
    return bool(country_vote_cues().compass_before.search(text, max(0, hit.start - 20),
                                                          hit.start))


def _likeliest_first(places: list[Place], votes: Counter[str]) -> list[Place]:
    """Places of one name in the countries the text names, those of the country it names most
    first among places of a size (Al Jawf, a province of Yemen and of Saudi Arabia, is Yemen's
    beside the Houthis, however few people the gazetteer counts in it); a town a tenth the
    size of the biggest never comes first (Donetsk is the city of Ukraine, not the town of
    Russia, beside pro-Russian rebels)."""
    if not places:
        return places
    big = max(p.population for p in places if p.kind != "admin1") if any(
        p.kind != "admin1" for p in places) else 0
    # a province is of a size with its namesakes, whatever the counts the gazetteer holds
    sized = [p for p in places if p.kind == "admin1" or p.population * SIZE_RATIO >= big]
    sized.sort(key=lambda p: -round(votes[p.country], TIE_DIGITS))
    return sized + [p for p in places if p not in sized]


def _held_by_next(gaz: Gazetteer, text: str, hit: Hit,
                  starts: dict[int, list[Place]]) -> str | None:
    """ "X, Y": a name written before a comma and a town or province of another
    country than its own places' names a place of that town's province, when the province
    holds a place of its key (the X of Y's province, not a city of that name abroad): that
    country."""
    if not text.startswith(", ", hit.end):
        return None
    holder = next(iter(starts.get(hit.end + 2, ())), None)
    if holder is None or holder.kind not in ("town", "admin1") or holder.country is None or (
            holder.admin1 is None) or any(p.country == holder.country for p in hit.places):
        return None
    key = name_key(hit.surface)
    held = any(p.admin1 == holder.admin1 and name_key(p.name) == key
               for p in gaz.lookup(hit.surface, holder.country) if p.kind != "admin1")
    return holder.country if held else None


def document_country(text: str, gazetteer: Gazetteer | None = None,
                     armed_groups: Iterable[str] = (), states: Iterable[str] = (),
                     theatres: Iterable[tuple[str, float]] = ()) -> str | None:
    """The ISO2 country an article is mostly about, from place names, demonyms and the home
    countries of the actors it names: `armed_groups` (one per mention of a non-state armed
    group), `states` (one per state whose forces it names) and `theatres` ((country, share)
    of where its actors are known to fight)."""
    gaz = gazetteer or get_gazetteer()
    theatres = tuple(theatres)
    votes = country_votes(text, gaz, armed_groups=armed_groups, states=states,
                          theatres=theatres)
    if not votes:
        return None
    # Countries close to the top are told apart by what the text says: a country that only
    # minority shares of its actors' theatres vote for is a guess ("IS fighters took a
    # village": Syria or Iraq?), and a guess between near equals is no answer.
    guessed: Counter[str] = Counter()
    for country, share in theatres:
        if share < MAJORITY:
            guessed[country] += ACTOR_VOTE * share
    best = max(votes.values())
    close = [c for c in votes if votes[c] >= best * (1 - GUESS_SHARE)]
    if len(close) > 1:
        said = [c for c in close if votes[c] - guessed[c] > 10 ** -TIE_DIGITS]
        if not said:
            return None
        votes = Counter({c: votes[c] for c in said})
    # Ties (to a millionth) go to the likelier scene of conflict (tie_order), then to the
    # country whose villages the gazetteer knows, then alphabetically, so that the answer
    # never depends on the order of a set.
    # (but first to a country where a name in a place slot is a place of known size: "outside
    # X town", a town of 40,000 in one country and a hamlet of unknown size in another, is
    # the town; of two known sizes, the bigger may be a world city, no likelier for that)
    order = {c: i for i, c in enumerate(country_vote_cues().tie_order)}
    top = max(round(v, TIE_DIGITS) for v in votes.values())
    tied = [c for c in votes if round(votes[c], TIE_DIGITS) == top]
    sizes = cued_name_sizes(gaz, text) if len(tied) > 1 else {}
    return min(votes, key=lambda c: (-round(votes[c], TIE_DIGITS),
                                     not sizes.get(c, 0),
                                     order.get(c, len(order)), c not in gaz.dense_countries, c))


def country_votes(text: str, gazetteer: Gazetteer | None = None,
                  armed_groups: Iterable[str] = (), states: Iterable[str] = (),
                  theatres: Iterable[tuple[str, float]] = ()) -> Counter[str]:
    """The votes of `document_country`: each country's weight of evidence in text."""
    gaz = gazetteer or get_gazetteer()
    votes: Counter[str] = Counter()
    hits = find_hits(gaz, text, None)
    cues = country_vote_cues()
    starts = {h.start: h.places for h in hits if not h.demonym}
    airborne = set()
    flown = set()  # the homes of the aircraft a demonym names ("Pakistani jets")
    for hit in hits:
        following = next_word(text, hit.end)
        if hit.demonym and set_aside(text, hit.start):
            continue  # "the frontier with Syrian territory": not where it happens
        if hit.demonym and following in cues.ground_nouns and cues.target_before.search(
                text, max(0, hit.start - 60), hit.start):
            votes[hit.demonym] += TARGET_VOTE  # "shelled Saudi troops": fire lands where they are
        elif hit.demonym and following in cues.border_nouns:
            continue  # "near the Turkish border": the scene may lie on either side
        elif hit.demonym and (following in cues.aircraft_nouns
                              or cues.from_afar(text, hit.start, hit.end)):
            airborne.add(hit.demonym)  # "Russian warplanes" strike abroad as often as at home
            if following in cues.aircraft_nouns:
                flown.add(hit.demonym)
        elif hit.demonym and (cues.placed_after.match(text, hit.end)
                              or _in_compass_part(text, hit)):
            votes[hit.demonym] += PLACED_COUNTRY_VOTE  # "the Iraqi capital", "northern Iraqi"
        elif hit.demonym:
            votes[hit.demonym] += DEMONYM_VOTE
        elif hit.places[0].kind == "country" and following in cues.aircraft_nouns:
            airborne.add(hit.places[0].country)  # "a US drone", as "Russian warplanes"
        elif hit.places[0].kind == "country" and text.startswith(("'s", "’s"), hit.end):
            # "Yemen's capital", "Yemen's Hodeidah" place as "the Yemeni capital"; "Israel's
            # army" is as "Israeli"
            country = hit.places[0].country
            placed = bool(cues.placed_after.match(text, hit.end + 2)) or any(
                p.country == country for p in starts.get(hit.end + 3, ()))
            votes[country] += PLACED_COUNTRY_VOTE if placed else DEMONYM_VOTE
        elif hit.places[0].kind == "country" and hit.places[0].country:
            placed = _in_compass_part(text, hit)  # "in northern Iraq"
            votes[hit.places[0].country] += PLACED_COUNTRY_VOTE if placed else COUNTRY_VOTE
    theatres = tuple(theatres)
    fought = {country for country, _ in theatres}
    for country in armed_groups:
        votes[country] += ACTOR_VOTE
    for country in states:
        if country not in airborne:
            votes[country] += STATE_VOTE
    for country, share in theatres:
        votes[country] += ACTOR_VOTE * share
    named = set(votes)
    # (the countries of cities of one country alone, "BEIRUT" on a dateline, are named by the
    # text as surely as a demonym: an ambiguous name below may fit them)
    sure = named | {
        h.places[0].country for h in hits
        if not h.demonym and h.places and h.places[0].kind == "town"
        and h.places[0].population >= CITY_OVER_LOOKALIKE_POPULATION
        and len({p.country for p in h.places}) == 1}
    # Where the text's actors are known to fight, a place name elsewhere that no word of the
    # text names is likelier a namesake: its vote is damped.
    outside = OUTSIDE_THEATRE if fought else 1.0
    weight = {c: 1.0 for c in named} if fought else {}
    for hit in hits:
        if hit.demonym or hit.places[0].kind == "country":
            continue
        if (next_word(text, hit.end) in district_nouns() or district_word_after(text, hit.end)
                ) and gaz.district_countries(hit.surface):
            continue  # "Rashid district" names a district: it votes below as one, not as a town
        held = _held_by_next(gaz, text, hit, starts)
        if held is not None:
            votes[held] += PLACE_VOTE
            continue
        # An ambiguous name (Tripoli) votes for the country the text names, if it can;
        # else its vote is shared by the countries with a place of that name and kind, in
        # proportion to their size (Al Jawf is a province of Yemen and of Saudi Arabia).
        fitting = _likeliest_first([p for p in hit.places if p.country in sure], votes) or (
            # (else, where no actor of the text has a known theatre, a place in the home of
            # the aircraft the text names: "Pakistani jets struck hideouts in X" is
            # Pakistan's X, not a namesake in a country it never names; the demonym still
            # gives no vote of its own)
            [] if fought else _likeliest_first(
                [p for p in hit.places if p.country in flown], votes))
        top = (fitting or hit.places)[0]
        # A province, or a country's capital so spelled, is named for where things happen.
        vote = ADMIN1_VOTE if top.kind == "admin1" or is_capital(
            gaz, top, hit.surface) else PLACE_VOTE
        # A name spelled exactly as some places are is shared among those alone: a
        # look-alike elsewhere (Ibadan for Abadan) is no rival, however big.
        exact = {id(p) for p in gaz.exact(hit.surface)}
        spelled = id(top) in exact
        # (a city named so in its own right takes the vote of the bigger places abroad that
        # bore its name once: "Islamabad" is no old name of Chattogram)
        own = [p for p in hit.places if p.kind == top.kind and p.population >= (
            CITY_OVER_LOOKALIKE_POPULATION) and name_key(p.name) == name_key(hit.surface)]
        sizes: Counter[str] = Counter()
        for p in [top] if fitting else (own or hit.places):
            if p.kind == top.kind and p.country and (not spelled or id(p) in exact):
                sizes[p.country] = max(sizes[p.country], p.population + 1)
        for country, size in sizes.items():
            # A city known the world over is no namesake.
            damp = 1.0 if top.population >= WORLD_MIN_POPULATION else weight.get(country, outside)
            votes[country] += vote * size / sum(sizes.values()) * damp
    for countries in cued_name_countries(gaz, text):
        home = [] if fought else [c for c in countries if c in flown]
        if home and not sure.intersection(countries) and not any(votes[c] for c in countries):
            # (as above: the aircraft's home, over namesakes nothing else in the text names)
            countries = home
        for country in countries:
            share = CUED_NAME_VOTE / len(countries) * weight.get(country, outside)
            votes[country] += share if country in gaz.dense_countries else share * SPARSE_SHARE
    for countries in district_name_countries(gaz, text):
        for country in countries:
            votes[country] += DISTRICT_VOTE / len(countries) * weight.get(country, outside)
    return votes


def _coords(*places: Place | None) -> tuple[float | None, float | None]:
    for place in places:
        if place is not None and place.lat is not None and place.lon is not None:
            return place.lat, place.lon
    return None, None


def to_location(m: PlaceMention, gazetteer: Gazetteer | None = None) -> Location:
    """Codebook location of a mention: name as written, coordinates of the most precise place;
    a district's are its seat's (`mapped_at`: ACLED maps a district's events there), looked
    up in `gazetteer` (the shared one by default)."""
    place, town = m.place, m.town
    loc = Location(name=m.surface, geo_precision=m.precision)
    if m.role == "country":
        loc.country = place.country if place else m.country
        return loc
    if m.role == "admin1":
        # (a region over several provinces, "Darfur", is in no one province)
        loc.admin1 = None if place and wide_region(place) else place.name if place else m.surface
        loc.country = place.country if place else m.country
        loc.lat, loc.lon = _coords(place)
        return loc
    if m.role == "neighbourhood":
        loc.neighbourhood = m.surface
        loc.town = m.town_surface or display_name(town)
    else:
        loc.town = m.surface
    anchor = place or town
    loc.admin1 = anchor.admin1 if anchor else None
    loc.admin2 = anchor.admin2 if anchor else None
    loc.country = anchor.country if anchor else m.country
    if place is not None and place.feature_code == DISTRICT_CODE:
        place = mapped_at(gazetteer or get_gazetteer(), place)
    loc.lat, loc.lon = _coords(place, town)
    return loc
