"""A demonym joined to a named side before their shared noun ("Turkish and Free Syrian Army
forces", "Iraqi and American troops"): the side the demonym names with that noun comes first
and heads the phrase, the one that acts (codebook §3); the other is the side with it. Two
groups before a shared noun ("Dinka and Nuer tribesmen") are two sides."""

from __future__ import annotations

import re
from collections.abc import Callable

from khaldun.nlp.grammar_words import words
from khaldun.records import ARMED_CLASSES

# right before the later side: "<demonym> and ", "<demonym> or " (a demonym may end on a point:
# "U.S. and")
_JOINED = re.compile(r"(?<=[\w'.]) +(?:and|or|and/or) +\Z", re.I)
# "between Turkish and Kurdish forces": two sides, not one
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\Z", re.I)
_LAST_WORD = re.compile(r"[\w'-]+\Z")
# "between Turkish and rebel factions against X": the two joined are one side, X the other
_AGAINST = re.compile(r"\s+against\b", re.I)
# the gap from one side's words to the next side's in a run before a shared noun ("rebel and
# Islamist Olive Branch factions": " and Islamist ")
_RUN_GAP = re.compile(r"(?:\s+(?:and|or)\s+[\w'-]+)?\s+")
# "Dinka and " right before the later side: a capitalised word joined to it
_JOINED_NAME = re.compile(r"(?<![\w'-])([A-Z][\w'-]+) +(?:and|or) +\Z")


def joined_sides(
    text: str,
    mentions: list,
    demonym_before: Callable[[int], tuple[int, str] | None],
    resolve: Callable[[str], list],
) -> list:
    """The mentions with each "<demonym> and <armed side> <noun>" made one mention of the
    demonym's side with that noun, spanning the phrase. `demonym_before(i)` gives (start,
    ISO2) of a demonym ending right before i; `resolve(phrase)` the mentions of a phrase."""
    out: list = []
    for m in mentions:
        joined = _JOINED.search(text, max(0, m.start - 12), m.start)
        found = demonym_before(joined.start() + 1) if joined else None
        noun = _shared_noun(text, m, mentions)
        if found is None or noun is None or m.actor.inter not in ARMED_CLASSES:
            out.append(m)
            continue
        start = found[0]
        if (out and start < out[-1].end) or (_BETWEEN.search(
                text, max(0, start - 12), start) and not _AGAINST.match(text, noun.end())):
            out.append(m)
            continue
        own = _own_side(text[start:joined.start()], noun.group(), resolve, found[1])
        if own is None:
            out.append(m)
            continue
        own = [own]
        out.append(type(m)(start, m.end, text[start:m.end], own[0].actor, False, own[0].role))
    return out


def shared_noun_sides(text: str, mentions: list, resolve: Callable[[str], list]) -> list:
    """The mentions with, before each armed side "<A> and <B> <noun>", the side "<A> <noun>"
    names where it is another armed side whose name no mention holds ("Dinka and Nuer
    tribesmen": the Dinka's militia and the Nuer's)."""
    out: list = []
    for m in mentions:
        joined = _JOINED_NAME.search(text, max(0, m.start - 40), m.start)
        noun = _shared_noun(text, m, mentions)
        if joined and noun and m.actor.inter in ARMED_CLASSES and not (
                out and joined.start(1) < out[-1].end):
            own = _own_side(joined.group(1), noun.group(), resolve, None)
            if own is not None and own.actor.name != m.actor.name:
                out.append(type(m)(joined.start(1), joined.end(1), joined.group(1),
                                   own.actor, False, own.role))
        out.append(m)
    return out


def _shared_noun(text: str, mention, mentions: list) -> re.Match[str] | None:
    """The noun the sides joined before a mention share, matched in the text: its own last
    word when it is more than one word ("Free Syrian Army forces"), else the last word of
    the run of sides right after it ("rebel and jihadist Shield factions"); a bare
    descriptor's own word ("rebel") is no shared noun."""
    last = mention
    for nxt in mentions:
        if nxt.start >= last.end and _RUN_GAP.fullmatch(text, last.end, nxt.start):
            last = nxt
        elif nxt.start > last.end:
            break
    if last is mention and " " not in mention.surface.strip():
        return None
    return _LAST_WORD.search(text, last.start, last.end)


def _own_side(name: str, noun: str, resolve: Callable[[str], list], country: str | None):
    """The one armed side "<name> <noun>" names in full, else, for a country's demonym, that
    country's forces "<name> forces" names (grammar.yaml force_nouns: "Turkish and rebel
    factions")."""
    fallback = sorted(words()["force_nouns"]) if country else []
    for word in (noun, *fallback):
        phrase = f"{name} {word}"
        own = resolve(phrase)
        if len(own) == 1 and own[0].end - own[0].start == len(phrase) and (
                own[0].actor.inter in ARMED_CLASSES) and (
                word == noun or own[0].actor.country == country):
            return own[0]
    return None
