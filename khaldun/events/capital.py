"""The capital named by its role rather than its name: "in Somalia's capital", "the capital of
South Sudan"; names said to be in the capital are its quarters; a seat of the state ("in front
of the Ministry of Health") in a text that names no other place stands in the capital."""

from __future__ import annotations

import re
from dataclasses import replace

from khaldun.events.placing import overlaps
from khaldun.events.triggers import alternation
from khaldun.places import PlaceMention, get_gazetteer
from khaldun.places.lexicon import demonyms
from khaldun.places.location import display_name

_CAPITAL = alternation("capital_nouns")
_IN_CAPITAL = re.compile(rf"\bin the (?:\w+ )?(?:{_CAPITAL})\b", re.I)
# "in Somalia's capital", "near the Iraqi capital", "in the capital": the capital city is the
# place, unless its name follows ("the Yemeni capital Sanaa") or another place is meant
# ("the capital of Hama province"); so too "in the rebel-held Yemeni capital" and, with no
# article, "in Somali capital" (a demonym only).
_CAPITAL_SLOT = re.compile(
    rf"\b(?:{alternation('capital_prepositions')})\s+"
    r"(?:(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+|the\s+"
    r"(?:(?:[a-z]+-[a-z]+\s+)?(?P<adj>[A-Z][\w-]+)\s+)?|(?P<bare>[A-Z][a-z]+)\s+)"
    rf"(?:{_CAPITAL})\b(?!\s+(?:of\b|city\b|[A-Z]))"
)

# "in the capital of the Republic of South Sudan": the country named after the capital.
_CAPITAL_OF = re.compile(
    rf"\b(?:{alternation('capital_prepositions')})\s+the\s+(?:{_CAPITAL})\s+of\s+"
    r"(?:the\s+)?(?P<owner>[A-Z])"
)

# "outside the Jordanian parliament", "in front of Iran's ministry of labour": a seat of the
# state after a preposition of place, with up to two capitalised words before its noun.
_SEAT_OF_STATE = re.compile(
    rf"\b(?:{alternation('seat_prepositions')})\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){{0,2}}"
    rf"(?P<seat>(?i:{alternation('seat_of_state_nouns')}))\b"
)

# "the Russian Embassy in Lebanon", "the Ministry of Higher Education in Jordan": a country
# named after "in" this close after the seat's noun is where the seat stands.
_HOST_CHARS = 40
_IN_NAME = re.compile(r"\bin\s+(?:the\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def in_the_capital(
    text: str, places: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """ "clashes spread to the vicinity of Mazeh airport in the capital": names the gazetteer
    lacks, said to be in the capital, are its quarters; "a blast in Somalia's capital" took
    place in the capital city."""
    capitals = _capital_places(text, places, country) or _seat_of_state(text, places, country)
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
        owner, adj = m.group("owner"), m.group("adj") or m.group("bare")
        if owner or adj:
            owned = demonyms().get(adj.lower()) if adj else _country_named(places, m.start("owner"))
            if owned is None:
                continue  # "the rebel capital", "Idlib's capital"
        else:
            owned = country
        capital = get_gazetteer().capital(owned)
        start = m.start("owner") if owner else (
            m.start("bare") if m.group("bare") else m.start() + m.group().index("the"))
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


def _seat_of_state(
    text: str, places: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """ "Teachers protested in front of the Ministry of Education": where the text names no
    place but countries, a seat of the state's institutions places the event in the capital
    of the country it is said to stand in ("the Russian Embassy in Lebanon"), else of the
    article's country (the embassy of another state stands there too)."""
    if any(p.role != "country" for p in places):
        return []
    m = _SEAT_OF_STATE.search(text)
    if m is None:
        return []
    host = _host_country(text, m.end()) or country
    capital = get_gazetteer().capital(host) if host else None
    if capital is None:
        return []
    return [PlaceMention(m.start("seat"), m.end("seat"), display_name(capital) or capital.name,
                         capital, "town")]


def _host_country(text: str, end: int) -> str | None:
    """The country named after "in" within _HOST_CHARS of `end` (its ISO2), if any."""
    m = _IN_NAME.search(text, end, end + _HOST_CHARS)
    if m is None:
        return None
    words = m.group("name").split()
    for name in (" ".join(words), words[0]):
        found = get_gazetteer().lookup(name, kind="country")
        if found:
            return found[0].country
    return None


def _country_mention(places: list[PlaceMention], start: int) -> PlaceMention | None:
    """The country mention that starts at `start`."""
    return next((p for p in places if p.start == start and p.role == "country"), None)


def _country_named(places: list[PlaceMention], start: int) -> str | None:
    """The country of the country mention that starts at `start`."""
    mention = _country_mention(places, start)
    return mention.place.country if mention and mention.place else None
