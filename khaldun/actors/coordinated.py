"""A demonym joined to a named side before their shared noun ("Turkish and Free Syrian Army
forces", "Iraqi and American troops"): the side the demonym names with that noun comes first
and heads the phrase, the one that acts (codebook §3); the other is the side with it. Two
groups before a shared noun ("Dinka and Nuer tribesmen") are two sides."""

from __future__ import annotations

import re
from collections.abc import Callable

from khaldun.records import ARMED_CLASSES

# right before the later side: "<demonym> and ", "<demonym> or " (a demonym may end on a point:
# "U.S. and")
_JOINED = re.compile(r"(?<=[\w'.]) +(?:and|or|and/or) +\Z", re.I)
# "between Turkish and Kurdish forces": two sides, not one
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\Z", re.I)
_LAST_WORD = re.compile(r"[\w'-]+\Z")
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
        noun = _LAST_WORD.search(m.surface)
        if found is None or noun is None or m.actor.inter not in ARMED_CLASSES:
            out.append(m)
            continue
        start = found[0]
        if (out and start < out[-1].end) or _BETWEEN.search(text, max(0, start - 12), start):
            out.append(m)
            continue
        phrase = f"{text[start:joined.start()]} {noun.group()}"
        own = resolve(phrase)
        if len(own) != 1 or own[0].end - own[0].start != len(phrase) or (
                own[0].actor.inter not in ARMED_CLASSES):
            out.append(m)
            continue
        out.append(type(m)(start, m.end, text[start:m.end], own[0].actor, False, own[0].role))
    return out


def shared_noun_sides(text: str, mentions: list, resolve: Callable[[str], list]) -> list:
    """The mentions with, before each armed side "<A> and <B> <noun>", the side "<A> <noun>"
    names where it is another armed side whose name no mention holds ("Dinka and Nuer
    tribesmen": the Dinka's militia and the Nuer's)."""
    out: list = []
    for m in mentions:
        joined = _JOINED_NAME.search(text, max(0, m.start - 40), m.start)
        noun = _LAST_WORD.search(m.surface)
        if joined and noun and m.actor.inter in ARMED_CLASSES and not (
                out and joined.start(1) < out[-1].end):
            phrase = f"{joined.group(1)} {noun.group()}"
            own = resolve(phrase)
            if len(own) == 1 and own[0].end - own[0].start == len(phrase) and (
                    own[0].actor.inter in ARMED_CLASSES and own[0].actor.name != m.actor.name):
                out.append(type(m)(joined.start(1), joined.end(1), joined.group(1),
                                   own[0].actor, False, own[0].role))
        out.append(m)
    return out
