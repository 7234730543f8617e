"""Transliteration-insensitive keys for Arabic place names written in Latin script.

Khalidiya, Khaldiya, Khaldiyeh and al-Khalidiyah all reduce to one key; so do
Jouret al-Shiyah and Jurat ash Shayah. The key is for matching, never for display.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz
from unidecode import unidecode

# Arabic definite article in its assimilated spellings: al-, el-, ash-, as-, ad-, ar-, at-, az-...
_ARTICLE = re.compile(
    r"\b(?:al|el|il|ul|[ae][tdrszn]|[ae]sh|[ae]th|[ae]dh)[-\s'’]+(?=\w)"
)
_LEADING_ARTICLE = re.compile(r"^(?:al|el)(?=[a-z]{4,})")
_ENDINGS = re.compile(r"(?:iyyah|iyyeh|iyah|iyeh|iyya|iyye|iya|iye|ieh|ia|ie|eh|ah)\b")
_SUBS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "i"),
    ("ay", "i"),
    ("ai", "i"),
    ("ey", "i"),
    ("aa", "a"),
    ("q", "k"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ph", "f"),
    ("j", "g"),
    ("dj", "g"),
    ("y", "i"),
    ("w", "u"),
    ("o", "u"),
    ("e", "a"),
)
# A letter's repeats after it, deleted: one letter left (a replacement template such as r"\1"
# sends every call through re's Python-level template code).
_DOUBLE = re.compile(r"(?<=([a-z]))\1+")
# Compiled here, not by re.sub per call: the hot paths must not depend on re's pattern cache,
# which the rest of the pipeline's patterns can evict.
_NOT_LETTER_OR_SPACE = re.compile(r"[^a-z ]+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_VOWELS = re.compile(r"[aiu]")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Reduce a place name to a key shared by its common transliterations."""
    s = unidecode(name or "").lower()
    s = s.replace("'", "").replace("’", "").replace("`", "")
    s = _ARTICLE.sub(" ", s)
    s = _NOT_LETTER_OR_SPACE.sub(" ", s)
    s = _ENDINGS.sub("", s)
    words = []
    for word in s.split():
        word = _LEADING_ARTICLE.sub("", word)
        for old, new in _SUBS:
            word = word.replace(old, new)
        if word:
            words.append(word)
    joined = "".join(words)
    # Vowels are the least stable part of a transliteration: keep the first
    # letter and the consonant skeleton.
    return _DOUBLE.sub("", joined[:1] + _VOWELS.sub("", joined[1:]))


def same_place_name(a: str | None, b: str | None) -> bool:
    """True when two spellings are the same name after normalising transliteration."""
    if not a or not b:
        return False
    return name_key(a) == name_key(b)


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_QUOTES = re.compile(r"['’‘`ʿʾ]")
_NISBA = re.compile(r"(?:iyyah|iyyeh|iyah|iyeh|iyya|iyye|iya|iye|ieh|ia|ie)\b")
_TAA_MARBUTA = re.compile(r"(?:ah|eh|a|e)$")
_LEADING_ARTICLE_WORD = re.compile(r"^(?:al|el|il|ul|[ae][tdrszn]|[ae]sh|[ae]th|[ae]dh) ")


@lru_cache(maxsize=200_000)
def exact_form(name: str) -> str:
    """The exact-match form: lowercase ASCII, hyphens as spaces, no apostrophes."""
    if _ARABIC.search(name or ""):
        return " ".join((name or "").split()).lower()
    s = _QUOTES.sub("", unidecode(name or "")).lower().replace("-", " ")
    return " ".join(s.split())


@lru_cache(maxsize=200_000)
def spelling_form(name: str) -> str:
    """A vowel-keeping normal form for judging how alike two spellings are."""
    s = _ARTICLE.sub(" ", " " + exact_form(name))
    s = _glued_articles(_LEADING_ARTICLE_WORD.sub("", s.strip()))
    s = _NISBA.sub("iya", _NOT_LETTER_OR_SPACE.sub(" ", s))
    return _DOUBLE.sub("", " ".join(_spelling_word(word) for word in s.split()))


def _glued_articles(s: str) -> str:
    """The words after the first without an article written onto them ("Jubb Elsafa" is
    Jubb as Safa), as `name_key` drops it: the first word keeps its letters (Aleppo)."""
    first, _, rest = s.partition(" ")
    if not rest:
        return s
    return " ".join([first, *(_LEADING_ARTICLE.sub("", w) for w in rest.split())])


@lru_cache(maxsize=50_000)
def _spelling_word(word: str) -> str:
    """One word of `spelling_form` (remembered: "kafr", "tall" and "jabal" open thousands of
    names)."""
    if not word.endswith("iya") and len(word) > 3:
        # A final -a/-ah/-e/-eh (taa marbuta) comes and goes: Hama/Hamah, Raqqa/Raqqah.
        word = _TAA_MARBUTA.sub("", word)
    for old, new in _SUBS:
        word = word.replace(old, new)
    return word


# A spelling found only through the transliteration key must look this much
# like the gazetteer's name (rapidfuzz ratio on vowel-keeping forms): Khaldiyeh
# vs Al Khalidiyah scores 92, "Home" vs Hamah 67, "Hamamiya" vs Hamah 83. On
# ACLED 2018 location names, same-key places in the country scoring 75-80 were
# the right place (within 10 km) 22 times in 153.
MIN_SPELLING_SIMILARITY = 80
# Short spellings need to be closer: "Nahar" vs Nahariyya scores 77.
SHORT_FORM_CHARS = 6
MIN_SHORT_SIMILARITY = 85
_VOWEL_LETTERS = frozenset("aiu")


@lru_cache(maxsize=200_000)
def spelling_likeness(surface: str, name: str) -> float:
    """How alike two spellings look after normalising transliteration, 0–100."""
    return _forms_ratio(spelling_form(surface), spelling_form(name))


def _forms_ratio(form: str, other: str) -> float:
    if form[:1] in _VOWEL_LETTERS and other[:1] in _VOWEL_LETTERS:
        other = form[0] + other[1:]  # an initial vowel is written every way: Arbin / Irbin
    return fuzz.ratio(form, other)


def forms_likeness(form: str, letters: str, other: str,
                   other_letters: str) -> tuple[float, float]:
    """(`likeness`, `spelling_likeness`) of two spellings given by their `spelling_form` and
    `plain_letters` (a gazetteer's spellings keep theirs: not computed again)."""
    spelled = _forms_ratio(form, other)
    return (spelled + fuzz.ratio(letters, other_letters)) / 2, spelled


@lru_cache(maxsize=200_000)
def plain_letters(name: str) -> str:
    """The letters of a name without its article, spaces or punctuation."""
    return _NOT_LETTER.sub("", _glued_articles(_ARTICLE.sub(" ", " " + exact_form(name)).strip()))


def name_openings(name: str) -> list[str]:
    """The name and its openings before each later word that is an article: a name qualified
    after its core ("Baqim as Suq", "Tiba al Gharbiyah") is written by its core alone too."""
    words = name.split()
    return [name] + [" ".join(words[:k]) for k in range(1, len(words))
                     if _ARTICLE.match(words[k].lower() + " x")]


@lru_cache(maxsize=200_000)
def likeness(surface: str, name: str) -> float:
    """How alike two spellings look, 0–100: the normalised spelling's ratio averaged with
    the plain letters' ratio, so that two names the normalisation makes equal still rank
    by how they are written (Sha'fe is Sha`fa before Safa)."""
    plain = fuzz.ratio(plain_letters(surface), plain_letters(name))
    return (spelling_likeness(surface, name) + plain) / 2


_SHORT_VOWELS = re.compile(r"[aeiou]+")
_DHAL = re.compile(r"dh")
# "Kitaf wa Al Boqe'e": a district named for two places is cited by the first.
_JOINED_NAME = re.compile(r"\s+wa\s+")


@lru_cache(maxsize=200_000)
def consonants(name: str) -> str:
    """The consonants of a name without its article, doubled letters once ("Razeh" and
    "Razih" -> "rzh", "Munabeh" and "Monabbih" -> "mnbh"): unlike the transliteration key it
    keeps w, y and a final h, so "Shaar" is no "Sharyah". Dhal is written "dh" or "th"
    ("Thubab" and "Dhubab" -> "thbb")."""
    letters = _DHAL.sub("th", plain_letters(name))
    return _DOUBLE.sub("", _SHORT_VOWELS.sub("", letters))


# Two spellings of one name differ in the vowels between at most this many pairs of its
# consonants (Khasham / Khusham: one; Tiskra / Tseakura, three, are two names).
MAX_VOWEL_CHANGES = 2
_CONSONANT = re.compile(r"[^aeiou]")


@lru_cache(maxsize=200_000)
def _bare_words(name: str) -> tuple[str, ...]:
    """A name's words without its article, letters only, doubled letters once (dhal as "th")."""
    words = (_NOT_LETTER.sub("", w) for w in _ARTICLE.sub(" ", " " + exact_form(name)).split())
    return tuple(_DOUBLE.sub(r"\1", _DHAL.sub("th", w)) for w in words if w)


@lru_cache(maxsize=200_000)
def vowelless(name: str) -> str:
    """A name's words without its article, each with doubled letters once and then no vowels
    ("Khasham" and "Khusham" -> "khshm", "Kafr Amim" -> "kfr mm"): two spellings alike in it
    differ in vowels only. Unlike `consonants`, a consonant written twice across a vowel stays
    twice, and words stay apart ("Kafr Amim" is no "Kafr Mu")."""
    return " ".join(_SHORT_VOWELS.sub("", w) for w in _bare_words(name))


def vowel_changes(name: str, other: str) -> int:
    """Between how many pairs of consonants two spellings of one `vowelless` form write other
    vowels (Khasham / Khusham: 1)."""
    slots = [_CONSONANT.split(w) for w in _bare_words(name)]
    others = [_CONSONANT.split(w) for w in _bare_words(other)]
    return sum(a != b for word, other_word in zip(slots, others, strict=True)
               for a, b in zip(word, other_word, strict=True))


def first_of_joined(name: str) -> str | None:
    """The first place of a name that joins two with "wa" ("Kitaf" of "Kitaf wa Al Boqe'e")."""
    parts = _JOINED_NAME.split(exact_form(name), maxsplit=1)
    return parts[0] if len(parts) == 2 and parts[0] else None


def last_of_joined(name: str) -> str | None:
    """The second place of a name that joins two with "wa" ("al boqee" of "Kitaf wa Al
    Boqe'e")."""
    parts = _JOINED_NAME.split(exact_form(name), maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[1] else None


def similar_enough(surface: str, alike: float) -> bool:
    """True when a spelling likeness score is enough for a spelling matched by key."""
    short = len(spelling_form(surface)) < SHORT_FORM_CHARS
    return alike >= (MIN_SHORT_SIMILARITY if short else MIN_SPELLING_SIMILARITY)


def similar(surface: str, name: str) -> bool:
    """True when a spelling matched by key alone looks enough like the gazetteer name."""
    return similar_enough(surface, spelling_likeness(surface, name))


def key_variants(key: str) -> list[str]:
    """The keys a key stands for: an initial vowel is any vowel (Arbin / Irbin / Urbin)."""
    return [key] if key[:1] not in ("a", "i", "u") else [v + key[1:] for v in "aiu"]


# Arabic sounds that the transliteration key keeps apart but writers swap: the
# emphatic "th"/"dh" written as "z", and "Abul" for "Abu al-".
_SPELLING_VARIANTS = (
    (re.compile(r"(?:th|dh)"), "z"),
    (re.compile(r"z"), "dh"),
    (re.compile(r"\b(abu|umm|um|bin|ibn)l\b"), r"\1 al"),
)


def sound_variants(form: str) -> list[str]:
    """Other spellings of one sound of an exact form, sorted (Abul Thohur: Abu al Zohur ...):
    each swap alone, and the compatible ones together."""
    variants = {pattern.sub(replacement, form) for pattern, replacement in _SPELLING_VARIANTS}
    combined = form
    for pattern, replacement in _SPELLING_VARIANTS[::2]:  # compatible ones together
        combined = pattern.sub(replacement, combined)
    variants.add(combined)
    variants.discard(form)
    return sorted(variants)


# Dhal and tha, both written "th" or "dh" (Thahiriyeh / Dhahiriyah), for `spelled_keys`.
_DENTAL = re.compile(r"[td]h")
# A key of another spelling of one sound this short is another name's ("Razi" as "Radhi": "rd").
MIN_SOUND_KEY = 3


@lru_cache(maxsize=50_000)
def dental_spellings(name: str) -> tuple[str, ...]:
    """The other spellings of a name's dhal or tha, as exact forms: "th" written "dh" and "dh"
    written "th" (Thahiriyeh / Dhahiriyah)."""
    form = exact_form(name)
    return tuple(sorted({_DENTAL.sub("th", form), _DENTAL.sub("dh", form)} - {form}))


@lru_cache(maxsize=50_000)
def spelled_keys(name: str) -> frozenset[str]:
    """The transliteration keys a name may be written under: its key with any initial vowel
    (Anqlabi / Inqilab), and the key of each other spelling of one sound ("th" for "dh" and
    "dh" for "th", Thahiriyeh / Dhahiriyah; `sound_variants`, Zahiriyah) when it is long
    enough to mean something."""
    form = exact_form(name)
    sounds = {_DENTAL.sub("th", form), _DENTAL.sub("dh", form), *sound_variants(form)}
    return frozenset([*key_variants(name_key(form)), *(
        key for key in map(name_key, sounds) if len(key) >= MIN_SOUND_KEY)]) - {""}


# Letters writers swap for one Arabic sound, for `loose_skeleton`: dhal and the emphatics
# written "th", "dh", "z" or "d" (Mahather / Al Mahadir), and the key's own swaps.
_LOOSE_SUBS = (("th", "d"), ("dh", "d"), ("zh", "d"), ("z", "d"), ("kh", "k"), ("gh", "g"),
               ("sh", "s"), ("ch", "s"), ("ph", "f"), ("q", "k"), ("j", "g"))
# Vowels, and w or y where they are none (Azhwr / Al Azhur), not between vowels (Khawaria is
# no Al Qaryah).
_LOOSE_VOWELS = re.compile(r"[aeiou]+|(?<![aeiou])[wy]|[wy](?![aeiou])")
_FINAL_H = re.compile(r"h$")


@lru_cache(maxsize=200_000)
def loose_skeleton(name: str, heads: frozenset[str] = frozenset()) -> str:
    """The consonants of a name as a district's few hundred spellings can afford to compare
    them: no article, no first word of `heads` ("Jabal", "Wadi") before another, one letter
    for "th"/"dh"/"z"/"d", no vowel (nor w or y standing for one), no final h, doubled
    letters once (Maswah and Al Miswah -> "ms", Mahather and Al Mahadir -> "mhdr")."""
    words = _ARTICLE.sub(" ", " " + exact_form(name)).split()
    while len(words) > 1 and words[0] in heads | {"al", "el"}:
        words = words[1:]
    letters = _NOT_LETTER.sub("", "".join(words))
    for old, new in _LOOSE_SUBS:
        letters = letters.replace(old, new)
    letters = _FINAL_H.sub("", letters)
    return _DOUBLE.sub("", _LOOSE_VOWELS.sub("", letters))


@cache
def _colloquial() -> dict:
    """khaldun/data/places/colloquial_spelling.yaml, its readings and sounds as sets."""
    text = resources.files("khaldun").joinpath(
        "data", "places", "colloquial_spelling.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["vowel_readings"] = {k: frozenset(v) for k, v in data["vowel_readings"].items()}
    data["consonant_spellings"] = sorted(data["consonant_spellings"].items(),
                                         key=lambda kv: -len(kv[0]))
    data["glide_spellings"] = [
        (re.compile(rf"{re.escape(written)}(?=[aeiou])"), read)
        for written, read in sorted(data["glide_spellings"].items(), key=lambda kv: -len(kv[0]))]
    for name in ("long_sounds", "diminutive_sounds", "glued_articles", "digraphs",
                 "epenthetic_vowels"):
        data[name] = frozenset(data[name])
    return data


# A nisba ending, kept as one letter of the skeleton: "Zreika" is no "Zurayqiyah".
_NISBA_MARK = "Y"
_NISBA_END = re.compile(r"iya$")
_SHORT_VOWEL_LETTERS = "aeiou"
# A word's final a or e (with its h): the feminine ending, written or not; not after a vowel
# or a glide ("Sawa": its w a consonant; "Qursa'a": the vowel of an ayn).
_FINAL_A = re.compile(r"(?<=[a-z]{2})(?<![aeiouwy])[ae]h?$")
# After a glide the ending keeps its vowel (the glide a consonant before it) but its h is
# written or not: "Helweh" / "Helwe", "Sawah" / "Sawa".
_GLIDE_ENDING_H = re.compile(r"(?<=[a-z][wy][ae])h$")


@lru_cache(maxsize=200_000)
def colloquial_skeleton(name: str) -> tuple[tuple[str, ...], tuple[str, ...],
                                            frozenset[int]] | None:
    """A name's consonants in order (digraphs as one, doubled letters once, a nisba ending as
    one mark), the vowel letters written before, between and after them (one more than the
    consonants), and which of those slots lie between a word's last two consonants, for
    `colloquially_alike`; None for a name in Arabic script or without letters.
    "Msheirfeh" -> (m, sh, r, f), ("", "", "ei", "", ""), {3}. A "w" or "y" before a vowel is
    a consonant, elsewhere one of the vowel letters."""
    data = _colloquial()
    if _ARABIC.search(name or ""):
        return None
    s = _ARTICLE.sub(" ", " " + exact_form(name))
    s = _LEADING_ARTICLE_WORD.sub("", _NOT_LETTER_OR_SPACE.sub(" ", s).strip())
    consonants: list[str] = []
    groups: list[str] = [""]
    last_slots: set[int] = set()
    for at, word in enumerate(s.split()):
        if at and word[:2] in data["glued_articles"] and (
                len(word) - 2 >= data["glued_article_min_rest"]):
            word = word[2:]  # "Rasm Elsheikh": the article written onto the word
        for written, read in data["glide_spellings"]:
            word = written.sub(read, word)  # "Hiloue": the glide as a consonant
        word = _GLIDE_ENDING_H.sub("", _NISBA.sub("iya", word))
        word = _NISBA_END.sub(_NISBA_MARK, word) if _NISBA_END.search(word) else (
            _FINAL_A.sub("", word))
        for written, read in data["consonant_spellings"]:
            word = word.replace(written, read)
        first = len(consonants)
        _read_word(_DOUBLE.sub("", word), consonants, groups)
        if len(consonants) - first >= 2:
            last_slots.add(len(consonants) - 1)
    if not consonants:
        return None
    return tuple(consonants), tuple(groups), frozenset(last_slots)


def _read_word(letters: str, consonants: list[str], groups: list[str]) -> None:
    """Append a word's consonants and the vowel letters after each (`colloquial_skeleton`)."""
    data = _colloquial()
    vowels, digraphs = data["vowel_letters"], data["digraphs"]
    i = 0
    while i < len(letters):
        c, after = letters[i], letters[i + 1:i + 2]
        if c in vowels and not (c in "wy" and after and after in _SHORT_VOWEL_LETTERS):
            groups[-1] += c
            i += 1
            continue
        unit = letters[i:i + 2] if letters[i:i + 2] in digraphs else c
        i += len(unit)
        if consonants and consonants[-1] == unit and not groups[-1]:
            continue  # "Tall Lahm": one letter written twice
        consonants.append(unit)
        groups.append("")


@lru_cache(maxsize=4096)
def _readings(letters: str) -> frozenset[str]:
    """The sounds a run of vowel letters may be read as (colloquial_spelling.yaml)."""
    readings = _colloquial()["vowel_readings"]
    found = readings.get(letters)
    if found is None:  # by its first vowel letter ("oua" as "o", "iw" as "i": no "aw")
        first = next((c for c in letters if c in _SHORT_VOWEL_LETTERS), letters[:1])
        found = readings.get(first, frozenset())
    return found


def _dropped(letters: tuple[str, ...], at: int) -> bool:
    """The spoken form writing `letters` drops a short vowel at slot `at`: the one before the
    diphthong of the diminutive (J_dideh), or after a long vowel (Msheir_feh)."""
    data = _colloquial()
    if at + 1 < len(letters) - 1 and _readings(letters[at + 1]) & data["diminutive_sounds"]:
        return True
    before = letters[at - 1] if at > 0 else ""
    return len(before) > 1 and bool(_readings(before) & data["long_sounds"])


def _slots_agree(one: tuple[str, ...], other: tuple[str, ...], at: int,
                 last: frozenset[int]) -> bool:
    """Two spellings' vowel letters at slot `at` may be read as one sound, or one drops the
    other's short vowel where the spoken form does, or writes the "e" it puts between a word's
    last two consonants (`last`: "Sakher" / "Sakhr"); the ending must agree."""
    a, b = one[at], other[at]
    if a == b:
        return True
    if a and b:
        return bool(_readings(a) & _readings(b))
    short = a or b
    if at == len(one) - 1 or len(short) != 1 or short not in _SHORT_VOWEL_LETTERS:
        return False
    return (short in _colloquial()["epenthetic_vowels"] and at in last) or _dropped(
        one if not a else other, at)


@lru_cache(maxsize=200_000)
def colloquially_alike(name: str, other: str) -> bool:
    """Two spellings of one name as colloquial and standard transliterations differ
    (colloquial_spelling.yaml): the same consonants in the same order, and between each pair
    vowels read as one sound, or a short vowel the spoken form drops (Jdideh / Judaydah,
    Msheirfeh / Mushayrifah, Hosh / Hawsh). A name of one consonant never; one of two only
    when the two write a vowel in the same places (Tobeh / Tawbah)."""
    one, two = colloquial_skeleton(name), colloquial_skeleton(other)
    if one is None or two is None or one[0] != two[0]:
        return False
    data, letters = _colloquial(), sum(c != _NISBA_MARK for c in one[0])
    if letters < data["min_consonants"]:
        return False
    if letters < data["min_consonants_dropping"]:
        return all(_readings(a) & _readings(b) if a != b else True
                   for a, b in zip(one[1], two[1], strict=True))
    last = one[2] & two[2]
    return all(_slots_agree(one[1], two[1], at, last) for at in range(len(one[1])))
