"""Capitalised token windows of a text, and the words around a name that cue a place, set a
country aside or put the name in a country."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from khaldun.countries import resolve as resolve_country
from khaldun.data import alternation, read_mapping, word_list
from khaldun.dates.dateline import DATELINE_REACH, find_dateline
from khaldun.places.context import FILE as NAME_CONTEXT
from khaldun.places.lexicon import (
    alternatives,
    article_heads,
    compound_adjective,
    country_vote_cues,
    cue_alternation,
    demonyms,
    function_words,
    leading_noise,
    lone_stopwords,
    name_enders,
    name_heads,
    organisation_nouns,
    place_cues,
    place_nouns,
)
from khaldun.places.transliteration import exact_form

MAX_WINDOW = 6  # "Jisr al-Shughur", "Ras al Ain": particles count as tokens
# How many lower-case words may stand between a cue and the name ("in the northern X").
CUE_REACH = 3
# How far before a name to look for the organisation whose name lists it ("Ministry of").
ORGANISATION_REACH = 80
# How far before a country name to look for a phrase that sets it aside ("supported by").
ASIDE_REACH = 30
# "A, B and C": a name right after another place and one of these continues a list.
_LIST_GAP = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|/)\s*$")

# Dotted abbreviations ("U.S.", "U.K.") are one token.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w\-]|['’](?=\w)(?!s\b))*")
# Arabic articles and name particles that may stand between the words of one name.
PARTICLES = frozenset(
    word_list(NAME_CONTEXT, "name_particles", read_mapping(NAME_CONTEXT).get("name_particles"))
)
# "al-Bab", and "al-'Amiriyah" with the ayn written after the article: a capitalised name.
_ARTICLES = alternation(
    NAME_CONTEXT, "name_articles", read_mapping(NAME_CONTEXT).get("name_articles")
)
_PARTICLE_PREFIX = re.compile(rf"^(?:{_ARTICLES})[-'’]['’`]?[A-Z]")
# "Maiduguri- Biu": a name joined by a dash to the next (not an article's: "Al-Mukalla")
_JOINED_NAMES = re.compile(
    rf"(?<![\w'])(?!(?i:{_ARTICLES})\s*[-\u2013])[A-Z][\w']*\s*[-\u2013]\s*[A-Z]")


# "Kirkuk-Erbil": two capitalised names joined by a hyphen in one word (not an article's).
_LINKED = re.compile(rf"(?!(?i:{_ARTICLES})-)([A-Z][\w']+)-[A-Z][\w']+")


def first_of_linked(word: str) -> str | None:
    """The first of two capitalised names joined by a hyphen in one word ("Kirkuk-Erbil":
    Kirkuk; not "Al-Bab", an article's), else None."""
    linked = _LINKED.fullmatch(word)
    return linked.group(1) if linked else None


def joins_two_names(surface: str) -> bool:
    """Two names joined by a dash ("Maiduguri- Biu", "Kano - Zaria"), not an article's
    ("Al-Mukalla")."""
    return _JOINED_NAMES.search(surface) is not None
# What may stand between two words of one name: spaces or a hyphen; the spaces may end in
# the apostrophe a transliteration writes for an ayn at the head of the next word ("Kafr
# 'Ubayd", "Al 'Awja"), which the word itself does not take in.
GAP = re.compile(r"^[ \t]+['’‘`]?$|^-$")
_SENTENCE_END = re.compile(r"[.!?;:]\s*$|\n\s*$")


@dataclass(slots=True)
class Token:
    """One word of the text with its character offsets."""

    start: int
    end: int
    text: str
    capital: bool
    sentence_initial: bool


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


def windows(text: str, toks: tuple[Token, ...], i: int) -> Iterator[tuple[int, str]]:
    """(last token index, surface) of windows starting at token i, longest first."""
    last = i
    while last + 1 < len(toks) and last - i + 1 < MAX_WINDOW:
        nxt = toks[last + 1]
        if not GAP.match(text[toks[last].end:nxt.start]):
            break
        if not (nxt.capital or nxt.text.lower() in PARTICLES):
            break
        last += 1
    for j in range(last, i - 1, -1):
        if toks[j].capital:
            yield j, text[toks[i].start:toks[j].end]


# Characters before a name searched for a compass word ("southern ", "north-west ").
COMPASS_REACH = 16


def is_cued(text: str, toks: tuple[Token, ...], i: int, listed_end: int | None) -> bool:
    """True when a place cue (place_cues.txt) stands just before token i, over at most
    CUE_REACH lower-case words ("in northern X"), a compass word does ("southern X"), or
    token i continues a list of places."""
    if listed_end is not None and _LIST_GAP.match(text[listed_end:toks[i].start]):
        return True
    start = toks[i].start
    if in_dateline(text, start):
        return True  # "MAARET AL-NUMAN, Syria -": where the report was filed is a place
    if country_vote_cues().compass_before.search(text, max(0, start - COMPASS_REACH), start):
        return True  # "X village, southern Daquq": a side of a place is a place
    cues = place_cues()
    for k in range(i - 1, max(i - 1 - CUE_REACH, -1), -1):
        if not text[toks[k].end:toks[k + 1].start].isspace():
            return False  # a comma or quote between: the cue belongs to another phrase
        if toks[k].text.lower() in cues:
            return True
        if toks[k].capital:
            return False
    return False


def in_dateline(text: str, start: int) -> bool:
    """The token at `start` is in the place of the text's dateline."""
    if start >= DATELINE_REACH:
        return False
    span = _dateline_place(text[: DATELINE_REACH * 2])
    return span is not None and span[0] <= start < span[1]


@lru_cache(maxsize=256)
def _dateline_place(head: str) -> tuple[int, int] | None:
    """Where the place of the dateline opening `head` lies (asked again for each early token of
    a text: remembered)."""
    line = find_dateline(head)
    return (line.start, line.start + len(line.place)) if line is not None else None


def place_noun_after(text: str, toks: tuple[Token, ...], j: int) -> bool:
    """True when a lower-case place noun follows token j ("Saqba city", "Hawash village")."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return not nxt.capital and text[toks[j].end:nxt.start] == " " and (
        nxt.text in place_nouns())


@lru_cache(maxsize=8192)
def is_stopped(surface: str) -> bool:
    """True when surface, with or without its article, is a word never taken alone; but a
    name head with its article is a name ("Al Bab", khaldun/data/places/article_heads.txt).
    Remembered: the same few thousand windows recur across articles."""
    stop = lone_stopwords()
    form = exact_form(surface)
    # "Al-Houthi" is "Houthi" with an article.
    bare = form[3:] if form.startswith(("al ", "el ")) else form
    named = bare is not form and bare in article_heads()
    return surface.lower() in stop or form in stop or (bare in stop and not named)


def inside_name(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """True when token i continues a capitalised name begun before it ("Kafar | Naha")."""
    if i == 0 or toks[i].sentence_initial:
        return False
    prev = toks[i - 1]
    return (prev.capital and prev.text.lower() not in leading_noise()
            and not compound_adjective(prev.text)  # "YPG-controlled Jandairis"
            and bool(GAP.match(text[prev.end:toks[i].start])))


def name_goes_on(text: str, toks: tuple[Token, ...], j: int,
                  but: frozenset[str] = frozenset()) -> bool:
    """True when token j is followed by another capitalised word of one name ("Nahar Aisha"),
    one not in `but` nor a day written after the name ("in Lebanon Monday")."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.capital and text[toks[j].end:nxt.start] == " " and (
        nxt.text.lower() not in but and nxt.text.lower() not in name_enders())


# "the Saudi city of", "Yemen's Red Sea port city of": a country's demonym or name, then
# the kind of place
_OWNED_PLACE = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+)(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:[a-z]+\s+)?"
    rf"(?:{cue_alternation('owned_place_kinds')})\s+(?:city\s+)?of\s+(?:the\s+)?$"
)


def country_named_before(text: str, start: int) -> str | None:
    """The country a phrase before the name puts it in ("the Iraqi city of", "Syria's town
    of"), if any."""
    lo = max(0, start - 60)
    if not text[lo:start].rstrip().endswith(("of", "the")):
        return None  # (the phrase ends on "of" or "of the": most names follow neither)
    m = _OWNED_PLACE.search(text, lo, start)
    if m is None:
        return None
    word = m.group("owner").lower()
    # (a name, not a code: "In the city of" is no India)
    named = resolve_country(m.group("owner")) if len(word) > 3 else None
    return demonyms().get(word) or named


def all_stopwords(toks: tuple[Token, ...], i: int, j: int) -> bool:
    """True when every word of tokens i..j is a word never taken alone ("Old Town"), but for
    a name head after the article ("Al Bab")."""
    stop = lone_stopwords()
    words = [t.text.lower() for t in toks[i:j + 1]]
    if len(words) == 2 and words[0] in ("al", "el") and words[1] in article_heads():
        return False
    return all(w in stop for w in words)


def only_name_heads(toks: tuple[Token, ...], i: int, j: int) -> bool:
    """Every word of tokens i..j is a generic head of an Arabic name ("Umm Qasr"), none a
    stopword of its own: together they may spell a whole name."""
    heads = name_heads()
    return all(t.text.lower() in heads for t in toks[i:j + 1])


def arabic_article(toks: tuple[Token, ...], i: int) -> bool:
    """A capitalised determiner inside a sentence, before a capitalised word, is the Arabic
    article that opens a name ("in An Najd"), not the English one."""
    tok = toks[i]
    return (tok.capital and not tok.sentence_initial and i + 1 < len(toks)
            and toks[i + 1].capital and toks[i + 1].start == tok.end + 1)


def demonym_before(text: str, toks: tuple[Token, ...], i: int) -> str | None:
    """The country of a demonym right before token i ("Iraqi" in "Iraqi Kurdistan"), if any."""
    if i == 0 or text[toks[i - 1].end:toks[i].start] != " ":
        return None
    return demonyms().get(toks[i - 1].text.lower())


def topic_before(text: str, start: int) -> bool:
    """True when the words before `start` make the place a subject ("the recognition of X")."""
    return bool(country_vote_cues().topic.search(text, max(0, start - ASIDE_REACH), start))


def set_aside(text: str, start: int) -> bool:
    """True when the words before `start` make a country a border, a backer or an origin."""
    return bool(country_vote_cues().aside.search(text, max(0, start - ASIDE_REACH), start))


def _organisation_after(text: str, toks: tuple[Token, ...], j: int) -> bool:
    """True when an organisation noun ends the name that token j is part of: among the
    capitalised words that go on with it ("Kian | Tire Company") or right after them, past at
    most one lower-case word that is no function word or place cue ("X sugar company"; not
    "in X the company said")."""
    k, nouns = j, organisation_nouns()
    while k + 1 < len(toks) and k - j < MAX_WINDOW and GAP.match(
            text[toks[k].end:toks[k + 1].start]):
        nxt = toks[k + 1]
        if nxt.text.lower() in nouns:
            return True
        if not nxt.capital:
            filler = nxt.text.lower()
            return (filler not in function_words() and filler not in place_cues()
                    and k + 2 < len(toks)
                    and text[nxt.end:toks[k + 2].start] == " "
                    and toks[k + 2].text.lower() in nouns)
        k += 1
    return False


@lru_cache(maxsize=1)
def _listed_after_organisation() -> re.Pattern[str]:
    """ "the Ministry of A, B and ": capitalised names listed after an organisation noun
    and "of", up to the name looked at."""
    name = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*"
    return re.compile(
        rf"\b(?i:{alternatives(sorted(organisation_nouns()))})\s+of\s+(?:the\s+)?"
        rf"(?:{name}\s*(?:,\s*(?:and\s+)?|and\s+))*(?:{name}[ \t]+)?$")


def organisation_named(text: str, toks: tuple[Token, ...], i: int, j: int) -> bool:
    """True when tokens i..j name (part of) an organisation: an organisation noun ends the
    name ("Kian Tire Company", "X institute"), or the name is listed after one and "of"
    ("the Ministry of Industry, Mine and Trade")."""
    start = toks[i].start
    return _organisation_after(text, toks, j) or bool(_listed_after_organisation().search(
        text, max(0, start - ORGANISATION_REACH), start))


def past_name(text: str, toks: tuple[Token, ...], i: int) -> int:
    """The index of the first token after the name that opens at token i."""
    return max(j for j, _ in windows(text, toks, i)) + 1
