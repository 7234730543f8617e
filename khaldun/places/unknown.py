"""Place names the gazetteer does not know, recognised by the words around them.

Local reporting names villages and quarters no gazetteer lists ("25 in Kafarsouseh",
"targeted Kafar Naha", "in Om Hosh area"). A capitalised name in such a slot is a place.
"""

from __future__ import annotations

import re

from khaldun.nlp.entities import place_entities
from khaldun.nlp.possessive import POSSESSIVE
from khaldun.places.context import (
    HELD_BEFORE,
    NEIGHBOURHOOD_NOUNS,
    PARTICLE,
    called_settlement,
    context_words,
)
from khaldun.places.districts import BIG_TOWN_POPULATION
from khaldun.places.gazetteer import get_gazetteer
from khaldun.places.lexicon import (
    alternatives,
    any_case_sites,
    building_nouns,
    container_kinds,
    described,
    kin_nouns,
    leading_noise,
    name_enders,
    not_places,
    numbered_site_after,
    place_nouns,
    quarter_sites,
    site_nouns,
    slot_alternation,
    unit_suffixes,
)
from khaldun.places.model import PlaceMention
from khaldun.places.text import next_word
from khaldun.places.transliteration import exact_form

_NAME = (
    r"(?P<name>(?:[A-Z][\w'’-]*|[Aa][lnrstdz][-'’][A-Z][\w'’-]*)"
    rf"(?:\s+(?:(?:{context_words('slot_name_particles')})[-\s])?"
    r"(?:[A-Z][\w'’-]*|[Aa][lnrstdz][-'’][A-Z][\w'’-]*)){0,3})"
)
# A preposition or attack verb right before a name makes it a place ...
_BEFORE = re.compile(
    rf"\b(?:{context_words('slot_before')}|{slot_alternation('capture_before')}|"
    rf"{context_words('slot_of_before')})\s+(?:the\s+)?" + _NAME
)
# ... and so do the names listed after it ("captured Tal Rif and Jabra", "A, B and C")
_LISTED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _NAME)
# where a listed name may end (not "... and Ali Hassan said")
_LIST_GOES_ON = re.compile(
    rf"(?:\s*[.,;:)]|\s*$|\s+(?:{slot_alternation('list_continuations')})\b)", re.IGNORECASE
)
# ... and so does a place noun right after it ("Om Hosh area", "Sha'fe town").
_AFTER = re.compile(
    _NAME
    + rf"\s+(?P<noun>{context_words('slot_after_nouns')})\b"
    + r"(?!\s+of\b)"  # "the Idlib suburb of X": X is the place, Idlib its town
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Seas, rivers and deserts locate a region, not an event ("the Red Sea port city of X").
_FEATURE = re.compile(rf"\b(?:{context_words('natural_features')})$")


# "near Mussab bin Umeir mosque": a building or a site inside a town, not a town
# (an airport is named so in any case, "Abha International Airport", and is at its town;
# the other words only in lower case: "the Khan Toman Road" is a place of its own; a name
# before a quarter site, "the X junction in Y", is kept as a spot of Y)
_SITE_AFTER = re.compile(
    rf"\s+(?:(?i:{alternatives(sorted(any_case_sites()))})"
    rf"|{alternatives(sorted((site_nouns() - quarter_sites()) | building_nouns()))})s?\b"
)
# "El Ade", "Al Hasn": an Arabic article opens a name of two words or more
_PARTICLE = re.compile(PARTICLE, re.I)
# "the Sinai town of X", "the Damascus suburb of X": the name holds the place named after
# "of" (while "the X district of Homs" names a part of Homs, and "in X city of Asir
# province" names X)
_CONTAINER_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(container_kinds()))})\s+of\b")
_THE = re.compile(r"\bthe\s+$", re.I)
# "Baghdad's western district": the possessive is not part of the name.
_POSSESSIVE = re.compile(rf"{POSSESSIVE}$")
# "Nigeria's Kano", "Karachi's Orangi": the country or town a name is said to belong to.
_OWNER = re.compile(rf"(?P<owner>\S.*?){POSSESSIVE}\s+(?=[A-Z])")
# "the HTS-held town of X", "Iranian-linked sites": who holds or backs it (a participle
# after a hyphen), not its name
_HELD = re.compile(rf"-(?:[a-z]+ed|(?i:{context_words('holder_participles')}))$")


def find_unknown_places(
    text: str, taken: list[tuple[int, int]], country: str | None = None
) -> list[PlaceMention]:
    """Place mentions for capitalised names in a locative slot, outside the taken spans."""
    found: dict[int, PlaceMention] = {}
    for pattern in (_AFTER, _BEFORE, _LISTED):
        for m in pattern.finditer(text):
            if pattern is _LISTED and not (
                _follows_a_place(found, m.start()) and _LIST_GOES_ON.match(text, m.end())
            ):
                continue
            start, end = m.span("name")
            name = _bare_name(_before_day(_POSSESSIVE.sub("", m.group("name")).rstrip("'’-")))
            held = HELD_BEFORE.match(name)
            if held:
                start, name = start + held.end(), name[held.end():]
            owned = _OWNER.match(name)
            if owned:  # "Nigeria's Kano", "Karachi's Orangi": the owner is no part of the name
                start, name = start + owned.end(), name[owned.end():]
            end = start + len(name)
            first = exact_form(name.split()[0])
            particle = len(name.split()) > 1 and _PARTICLE.fullmatch(first) is not None
            if ((first in not_places() or first in leading_noise()) and not particle) or len(
                    name) < 3:
                continue  # a sentence word, a demonym or a stopword starts no place name
            if _FEATURE.search(name) or _HELD.search(name) or _SITE_AFTER.match(text[end:]) or (
                    numbered_site_after(text, end)):
                continue
            if _ACRONYM.fullmatch(name):
                continue  # "AAS", "HNDZ": a group's initials, no village
            if _CONTAINER_AFTER.match(text[end:]) and _THE.search(text[:start]):
                continue  # "in the Sinai town of X": the place is X, the name its region
            if any(s < end and start < e for s, e in taken) or start in found:
                continue
            if described(text, start):
                continue  # "a Fulani village": a kind of village, not its name
            noun = m.groupdict().get("noun") or ""
            site = _site(name, start, end, country)
            if site is None and name.split()[-1].lower() in building_nouns():
                continue  # "the Federal Government College": a building's name, no town
            found[start] = site or _quarter_of(
                owned, name, start, end, country) or PlaceMention(
                start,
                end,
                name,
                None,
                "neighbourhood" if noun.lower() in NEIGHBOURHOOD_NOUNS else "town",
                precision=2 if noun.lower() == "area" else 1,
                settlement=called_settlement(text, start, end),
            )
    return sorted(found.values(), key=lambda p: p.start)


def _follows_a_place(found: dict[int, PlaceMention], at: int) -> bool:
    """A list separator right after an unknown place found before it."""
    return any(p.end == at for p in found.values())


def _quarter_of(owned: re.Match[str] | None, name: str, start: int, end: int,
                country: str | None) -> PlaceMention | None:
    """ "Karachi's Orangi": a place a known town owns is one of its quarters (a province
    named like a smaller town owns villages: "Nasarawa's Keana")."""
    if owned is None:
        return None
    places = get_gazetteer().lookup(owned.group("owner"), country)
    town = next(iter(places), None)
    if town is None or town.kind != "town" or (country and town.country != country):
        return None
    if town.population < BIG_TOWN_POPULATION and any(p.kind == "admin1" for p in places):
        return None
    return PlaceMention(start, end, name, None, "neighbourhood", town=town, precision=1)


def _before_day(name: str) -> str:
    """The name up to a day written after it ("Qusayr Saturday": Qusayr)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in name_enders()), None)
    return name if cut is None else name[: name.index(words[cut])].rstrip()


def _bare_name(name: str) -> str:
    """The name without the kind of unit or place written after it ("Pibor County", "Gwoza
    Local Government Area", "Deir Ezzor City")."""
    lower = name.lower()
    suffix = next((s for s in unit_suffixes() if lower.endswith(" " + s)), None)
    if suffix:
        name = name[: -len(suffix)].rstrip()
    words = name.split()
    if len(words) > 1 and words[-1].lower() in place_nouns():
        name = name[: name.rindex(words[-1])].rstrip()
    return name


_SITE_WORD = re.compile(
    r"^(?P<town>.+?)\s+(?:University|Hospital|Airport|Air ?base|Prison|Stadium|Citadel)$"
)


def _site(name: str, start: int, end: int, country: str | None) -> PlaceMention | None:
    """ "Aleppo University", "Kweires Airport": a site named after its town is in that town."""
    m = _SITE_WORD.match(name)
    if m is None:
        return None
    town = next(iter(get_gazetteer().lookup(m.group("town"), country, kind="town")), None)
    if town is None or (country and town.country != country):
        return None
    return PlaceMention(start, end, name, None, "neighbourhood", town=town, precision=1)


# One word only: before a list, a longer capitalised run is often a sentence's first words.
_BEFORE_AND = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[Aa][lnrstdz][-'’])?[A-Z][\w'’-]+)\s*(?:,|\band)\s+$"
)


def listed_before(
    text: str, places: list[PlaceMention], taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Names listed right before a town or a neighbourhood ("Bayda and Baniyas", "the Khaldiyeh
    and Bayada neighbourhoods"): places of the same kind."""
    found: list[PlaceMention] = []
    for p in places:
        if p.role not in ("town", "neighbourhood"):
            continue
        m = _BEFORE_AND.search(text, max(0, p.start - 60), p.start)
        if m is None:
            continue
        start, end = m.span("name")
        name = m.group("name")
        if name.split()[0].lower() in not_places() or len(name) < 3:
            continue
        if name.lower() in site_nouns() | building_nouns() | any_case_sites():
            continue  # "X Street, Y and Z": the word ends a site's name, it names no place
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(
            PlaceMention(start, end, name, None, p.role, town=p.town, precision=p.precision)
        )
    return found


def entity_places(text: str, country: str | None) -> list[PlaceMention]:
    """spaCy's place entities in text, resolved through the gazetteer where it can: the last
    resort for a report that names no place the other finders know."""
    gazetteer = get_gazetteer()
    found = []
    for start, end, name in place_entities(text):
        name = name.removeprefix("the ").strip()
        start = end - len(name)
        if not name[:1].isupper():
            continue  # "the west coast": a description, not a name
        if next_word(text, end) in kin_nouns():
            continue  # "the Shammar tribe": a people, not a place
        match = next(iter(gazetteer.lookup(name, country)), None)
        if match is not None and match.kind == "country":
            continue
        if match is not None and country is not None and match.country != country:
            match = None  # never abroad unless the text names that country
        role = match.kind if match is not None else "town"
        precision = 3 if role == "admin1" else 1
        found.append(PlaceMention(start, end, name, match, role, precision=precision))
    return found
