"""Phrases around a place name that tell its role and precision.

"the Khaldiyeh district of Homs" (neighbourhood of a town), "the neighbourhoods of
A, B and C", "near X" / "outskirts of X" (precision 2), "X province" (admin1).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.data import alternation, read_mapping, word_list, word_mapping
from khaldun.places.lexicon import alternatives, building_nouns, cue_alternation

FILE = "places/name_context.yaml"


def context_words(name: str) -> str:
    """A list of name_context.yaml as a regular-expression alternation, entries in order."""
    return alternation(FILE, name, read_mapping(FILE).get(name))


# A capitalised name of up to five words, joined by Arabic articles and particles
# ("Jisr al-Shughur", "Ras al Ain", "Jurat ash Shayah", "Khabb wa ash Shaaf"), optionally
# opening with a lowercase article ("al-Marja").
PARTICLE = rf"(?:{context_words('name_particles')})"
# Apostrophes inside a word ("Ma'arat") but not a possessive "'s"; capitalised
# administrative words ("Marja District", "Helmand Province") end a name.
_ADMIN_WORD = rf"(?:{context_words('admin_words')})\b"
_WORD = rf"(?!{_ADMIN_WORD})[A-Z\u00c0-\u00de](?:[\w\-]|['’](?=\w)(?!s\b))*"
NAME = (
    rf"\b(?:{PARTICLE}[-\s])?{_WORD}"
    rf"(?:[ \t]+(?:{PARTICLE}[-\s]+){{0,2}}{_WORD}){{0,4}}"
)
# A listed name may end on "City" ("Sadr City and Kadhimiya"): in a list it is the name; so
# it is before the word of a quarter ("the Sadr City district of Baghdad").
_ITEM = rf"{NAME}(?:[ \t]+City\b)?"
_LIST = rf"{_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM}){{0,12}}(?:\s*,?\s+and\s+{_ITEM})?"
_AREA_WORDS = rf"(?i:{context_words('area_words')})"
# "... of the city of Homs", "... of the besieged northern city of Taiz" (while "of northern
# Hama" is mostly the province's side)
_TOWN_SIDE = rf"(?:{context_words('filler_words')}|{context_words('directions')}(?:ern)?)\s+"
_TOWN_WORDS = (
    rf"(?i:(?:the\s+)?(?:{_TOWN_SIDE}){{0,2}}(?:{context_words('town_words')})(?:\s+of)?\s+)")
CAPITAL = r"(?i:the\s+(?:[a-z]+\s+)?capital)"
# "IS-held X town", "the Jaysh al-Islam-controlled X": who holds the place, written before
# its name, is no part of it
HELD_BEFORE = re.compile(
    rf"(?:\S+\s+){{0,2}}?\S*?-(?:[a-z]+ed|(?i:{context_words('holder_participles')}))\s+(?=\S)")

AREA_KEYWORD = re.compile(
    rf"(?i:{context_words('area_keywords')})|{context_words('named_quarters')}")
TOWN_KEYWORD = re.compile(rf"(?i:{context_words('town_keywords')})")

# "the Khaldiyeh district of Homs", "Khaldiyeh neighbourhood in Homs", "... of the capital"
NAMED_AREA_OF = re.compile(
    rf"(?P<n>{_ITEM})\s+(?P<kw>{_AREA_WORDS})\s+(?i:of|in)\s+{_TOWN_WORDS}?"
    rf"(?:(?P<cap>{CAPITAL})|(?P<t>{NAME}))"
)
# "the X neighbourhood in rebel-held eastern Aleppo": a quarter of the side of a city (while
# "the X district of northern Hama" may lie in the province's side)
NAMED_QUARTER_OF_SIDE = re.compile(
    rf"(?P<n>{_ITEM})\s+(?P<kw>(?i:{context_words('quarter_words')}))\s+(?i:of|in)\s+"
    rf"(?i:the\s+)?(?:{_TOWN_SIDE}){{1,2}}(?P<t>{NAME})"
)
# "Homs Old City", "Homs' Old City", "the Old City of Homs", "the Old City": a quarter
# with a generic name, which NAME cannot hold.
OLD_CITY = re.compile(
    rf"(?:(?P<t0>{NAME})(?:['’]s?)?\s+)?(?P<n>Old\s+(?:City|Town|Quarter))"
    rf"(?:\s+of\s+(?P<t>{NAME}))?"
)
# "Hamidiyeh, a Christian district in the Old Town of Homs", "Jobar, a suburb of Damascus"
APPOSITIVE_AREA = re.compile(
    rf"(?P<n>{NAME}),\s+(?i:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?P<kw>{_AREA_WORDS})\s+"
    rf"(?i:in|of)\s+{_TOWN_WORDS}?(?:(?P<cap>{CAPITAL})|(?P<t>{NAME}))"
)
# "Homs's Khaldiyeh district"
POSSESSIVE_AREA = re.compile(rf"(?P<t>{NAME})['’]s?\s+(?P<n>{NAME})\s+(?P<kw>{_AREA_WORDS})\b")
# "the neighbourhoods of A, B and C [in Y]", "the Hama suburbs of A and B", "neighbourhood of Qabun"
AREA_LIST = re.compile(
    rf"(?:(?P<t0>{NAME})\s+)?(?P<kw>{_AREA_WORDS})\s+of\s+(?P<list>{_LIST})"
    rf"(?:\s+(?i:in|of)\s+{_TOWN_WORDS}?(?:(?P<cap>{CAPITAL})|(?P<t>{NAME})))?"
)
# "the al-Hamdaniya and al-Mogambo neighborhoods": a list named before its plural keyword
AREA_LIST_BEFORE = re.compile(
    rf"(?P<list>{NAME}(?:\s*,\s*{NAME}){{0,12}}\s*,?\s+and\s+{NAME})\s+"
    rf"(?P<kw>(?i:{context_words('area_plurals')}))\b"
    rf"(?:\s+(?i:in|of)\s+{_TOWN_WORDS}?(?:(?P<cap>{CAPITAL})|(?P<t>{NAME})))?"
)
# "al-Marja neighborhood", "the Sabaa Bahrat district", "Kashma area"
NAMED_AREA = re.compile(rf"(?P<n>{_ITEM})\s+(?P<kw>{_AREA_WORDS})\b")
LIST_ITEM = re.compile(_ITEM)
# "on the outskirts of X", "the countryside of X": a place even if unknown.
QUALIFIED_NAME = re.compile(
    rf"(?i:\b(?:{context_words('surroundings')})\s+of\s+(?:the\s+)?)"
    rf"(?P<n>{NAME})"
)
# "the village of X", "the towns of A and B", "al-Shaafa town": towns even if unknown.
TOWN_LIST = re.compile(rf"(?i:\b(?:{context_words('town_list_nouns')}))\s+of\s+(?P<list>{_LIST})")
NAMED_TOWN = re.compile(rf"(?P<n>{NAME})\s+(?i:town|village)\b(?!\s+of\b)")
# "Gajigana, a remote village in ..."
APPOSITIVE_TOWN = re.compile(
    rf"(?P<n>{NAME}),\s+(?i:an?|the)\s+(?:[a-z\-]+\s+){{0,2}}(?i:{context_words('settlement_nouns')})\b"
)

_DIRECTION = rf"(?:{context_words('directions')})"
# Words allowed between a qualifier and the name: "near the rebel-held town of X".
_FILLER = (
    rf"(?:the\s+)?(?:(?:{context_words('filler_words')}|{_DIRECTION}(?:ern)?)\s+)*"
    rf"(?:(?:{context_words('filler_kinds')})\s+(?:of\s+)?)?"
)
QUALIFIER_BEFORE = re.compile(
    rf"(?i:\b(?P<q>{context_words('qualifiers_before')}|"
    rf"(?:\d+\s*(?:{context_words('distance_units')})\s+)?{_DIRECTION}\s+of)\s+"
    rf"{_FILLER})$"
)
ADMIN_BEFORE = re.compile(rf"(?i:\b(?:{context_words('admin_before')})\s+of\s+(?:the\s+)?)$")
TOWN_BEFORE = re.compile(rf"(?i:\b(?:{context_words('town_nouns')})\s+of\s+)$")
# "Idlib, Hama and Latakia provinces"; a comma alone is apposition ("X, Luhansk region").
_AFTER_LIST = rf"(?:(?:\s*,\s*{NAME})*\s*,?\s+and\s+{NAME})?"
ADMIN_AFTER = re.compile(
    rf"^{_AFTER_LIST}(?:\s+{_DIRECTION}(?:ern)?)?\s+"
    rf"(?i:{context_words('admin_after')})\b"
)
# "the X region of northern Homs": X's surroundings within a province named after it.
REGION_OF_AFTER = re.compile(r"^\s+(?i:region\s+(?:of|in))\b")
# "the Makhmur region", "the A and B regions": after a list too.
SURROUNDINGS_AFTER = re.compile(rf"^{_AFTER_LIST}\s+(?i:{context_words('region_after')})\b")
COUNTRYSIDE_AFTER = re.compile(
    rf"^(?:['’]s)?(?:\s+(?:{_DIRECTION}(?:ern)?|rural))?\s+(?i:countryside|countrysides)\b"
)
NEAR_AFTER = re.compile(rf"^(?:['’]s)?\s+(?i:{context_words('surroundings_after')})\b")
# "a mosque in Marib": a building lies in a town, not in the province named like it
BUILDING_IN_BEFORE = re.compile(
    rf"(?i:\b(?:{alternatives(sorted(building_nouns()))})s?\s+in\s+)$")
TOWN_AFTER = re.compile(rf"^\s+(?i:{context_words('town_nouns')})\b")


def called_settlement(text: str, start: int, end: int) -> bool:
    """The text calls the name at start..end a town, city or village ("the village of X",
    "X town")."""
    return bool(TOWN_BEFORE.search(text[max(0, start - 20):start])
                or TOWN_AFTER.match(text[end:]))
# "Tarbeh village", "the village of Tarbeh", "the village Tarbeh": no city
VILLAGE_BEFORE = re.compile(rf"(?i:\b(?:{context_words('village_nouns')})\s+(?:of\s+)?)$")
VILLAGE_AFTER = re.compile(rf"^\s+(?i:{context_words('village_nouns')})\b")
# "rural Damascus", "Damascus countryside": names of a governorate of their own
PROVINCE_RURAL_BEFORE = re.compile(rf"(?i:\b({context_words('province_rural_before')})\s+)$")
PROVINCE_RURAL_AFTER = re.compile(rf"^\s+(?i:{context_words('province_rural_after')})\b")

# "southern Idleb", "the northern countryside of Aleppo", "south of Hama", "Aleppo's
# northern countryside": the part of a province or the side of a town a place lies in.
_COMPASS = rf"(?P<d>{cue_alternation('directions')})"
DIRECTION_BEFORE = re.compile(
    rf"(?i:\b{_COMPASS}(?:ern)?\s+(?:(?:{cue_alternation('side_nouns')})\s+)?"
    r"(?:of\s+)?(?:the\s+)?)$"
)
# "north of Baghdad", "30 km north of the town of X": a side of a point, not a province's part.
SIDE_OF_BEFORE = re.compile(
    rf"(?i:\b{_COMPASS}\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?)$"
)
DIRECTION_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?i:{_COMPASS}(?:ern)?\s+(?:{cue_alternation('side_nouns_after')}))"
)

_QUALIFIER_NAMES = word_mapping(
    FILE, "qualifier_names", read_mapping(FILE).get("qualifier_names"), str
)
# Place nouns after an unknown name that make it a neighbourhood, not a town.
NEIGHBOURHOOD_NOUNS = frozenset(
    word_list(FILE, "neighbourhood_nouns", read_mapping(FILE).get("neighbourhood_nouns"))
)


TOWN_QUALIFIERS = frozenset(
    word_list(FILE, "town_qualifiers", read_mapping(FILE).get("town_qualifiers")))


def qualifier_name(phrase: str) -> str:
    """A canonical qualifier for the phrase before a name ("outskirts of" -> "outskirts")."""
    first = phrase.split()[0].lower()
    return _QUALIFIER_NAMES.get(first, "near")


@lru_cache(maxsize=256)
def direction_of(before: str, after: str) -> str | None:
    """The compass direction said of the name between before and after ("south-east",
    "north"), if any (remembered: a name is placed more than once)."""
    found = DIRECTION_BEFORE.search(before) or DIRECTION_AFTER.search(after)
    return found.group("d").lower().replace("-", "") if found else None


def area_word(kw: str) -> str:
    """Canonical singular of an area keyword ("neighborhoods" -> "neighbourhood")."""
    word = " ".join(kw.lower().split()).rstrip("s").replace("neighborhood", "neighbourhood")
    if word in ("town", "village", "hamlet"):
        return "town"
    # Nigeria's Local Government Areas are its districts (admin2).
    return "district" if word.startswith("local government") or word == "lga" else word
