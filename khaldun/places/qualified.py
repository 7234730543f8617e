"""Village names opened by a word that reports write otherwise or not at all.

Reports in English translate the Arabic qualifier of a village and put it first: "Western X" is
the gazetteer's "X al-Gharbiyah", "Big X" its "X al-Kabir", "Upper X" its "X Fawqani". The
words and their Arabic forms are in khaldun/data/places/name_qualifiers.csv. A gazetteer name
opened by the word for the unit it is ("Qaryat X", village of X: unit_prefixes.txt) is
written "X" in reports.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from khaldun.places.lexicon import _read, _words
from khaldun.places.transliteration import exact_form

# The rest of a "Qaryat X" name must have this many letters to be a name of its own.
MIN_BARE_LETTERS = 4
# Letters the Arabic article takes the sound of ("ad-Dud", "ash-Shurfah"), longest first.
SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


@lru_cache(maxsize=1)
def _unit_prefixes() -> frozenset[str]:
    return _words("unit_prefixes.txt")


@lru_cache(maxsize=1)
def _seat_prefixes() -> frozenset[str]:
    return _words("seat_prefixes.txt")


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, tuple[str, ...]]:
    lines = [ln for ln in _read("name_qualifiers.csv").splitlines() if not ln.startswith("#")]
    return {row["english"].strip(): tuple(f.strip() for f in row["arabic"].split("|"))
            for row in csv.DictReader(io.StringIO("\n".join(lines)))}


def arabic_forms(name: str) -> list[str]:
    """The Arabic spellings of a name opened by an English qualifier ("Western Tiba" ->
    "Tiba al Gharbi", "Tiba al Gharbiyah"), none when it opens with no such word."""
    words = name.split(maxsplit=1)
    forms = _qualifiers().get(words[0].lower()) if len(words) == 2 else None
    return [f"{words[1]} al {form}" for form in forms or ()]


@lru_cache(maxsize=1)
def _landform_words() -> dict[str, tuple[str, ...]]:
    lines = [ln for ln in _read("landform_words.csv").splitlines() if not ln.startswith("#")]
    return {row["english"].strip(): tuple(f.strip() for f in row["arabic"].split("|"))
            for row in csv.DictReader(io.StringIO("\n".join(lines)))}


def landform_forms(name: str, word_after: str) -> list[str]:
    """The Arabic spellings of a name followed by an English landform word ("Jarah" +
    "valley" -> "Wadi Jarah", "Wadi al Jarah"), none when the word is no such word."""
    heads = _landform_words().get(word_after.lower(), ())
    if not heads:
        return []  # (most words after a name are none: no spelling of the name is made)
    bare = name.split(maxsplit=1)
    if len(bare) == 2 and bare[0].lower() in ("al", "al-", "el", "el-"):
        name = bare[1]
    elif name.lower().startswith(("al-", "el-")):
        name = name[3:]
    articles = ["", " al"]
    sun = next((s for s in SUN_LETTERS if name.lower().startswith(s)), None)
    if sun:  # "Jabal ad Dud": the article takes a sun letter's sound
        articles.append(f" a{sun}")
    return [f"{head.title()}{article} {name}" for head in heads for article in articles]


def qualified_before(text: str, start: int, name: str) -> str | None:
    """The name with the English qualifier written just before it ("Upper" + "Diwan" ->
    "Upper Diwan"), capitalised as a name's first word is; None when no such word is."""
    words = text[:start].split()
    word = words[-1] if words else ""
    if not word[:1].isupper() or word.lower() not in _qualifiers():
        return None
    return f"{word} {name}"


def bare_names(name: str) -> list[str]:
    """The name without the word for its unit ("Qaryat al Akulah" -> "al Akulah"), none
    when it opens with no such word or too little is left."""
    words = name.split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in _unit_prefixes():
        return []
    rest = words[1].strip()
    return [rest] if sum(c.isalpha() for c in rest) >= MIN_BARE_LETTERS else []


def only_bare(surface: str, name: str) -> bool:
    """True when surface spells the name only without its unit word ("Rashid" for "Qaryat
    Rashid"): a weaker match than a place so named outright. A seat's unit word
    (`seat_prefixes.txt`: "Nahiyat Rashid") is no weakness: the seat is the place so named."""
    return not is_seat_name(name) and any(
        exact_form(b) == exact_form(surface) for b in bare_names(name))


def is_seat_name(name: str) -> bool:
    """True when the name opens with the word for an administrative seat ("Nahiyat X")."""
    words = name.split(maxsplit=1)
    return len(words) == 2 and words[0].lower() in _seat_prefixes()


def unit_rank(name: str) -> int:
    """Of places spelled alike, a seat ("Nahiyat X") first (0), a place so named outright
    next (1), a village named for its unit ("Qaryat X") last (2)."""
    if is_seat_name(name):
        return 0
    return 2 if bare_names(name) else 1
