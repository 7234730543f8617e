"""Named parts of towns found by phrase patterns, whether or not the gazetteer knows them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khaldun.data import read_mapping, word_list
from khaldun.places import context
from khaldun.places.lexicon import compound_adjective, described, leading_noise, modifier_articles

_WORD = re.compile(r"\S+")
# an article and up to two lower-case words right before a place word ("a residential ")
_LOWER_WORDS = re.compile(r"\b([Aa]n?|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,2}$")
# A capitalised lone article before another word opens the name ("Al Hamily area"): trimmed,
# the name would lose it and the scan would read "Al Hamily" again apart from its district.
_HEAD_ARTICLES = frozenset(word_list(
    context.FILE, "head_articles", read_mapping(context.FILE).get("head_articles")))


@dataclass(slots=True)
class AreaSpan:
    """A district/neighbourhood/suburb name and the town the phrase puts it in."""

    start: int
    end: int
    surface: str
    kw: str  # "district", "neighbourhood", "quarter", "area", "suburb", "town"
    town_start: int | None = None
    town_end: int | None = None
    town_surface: str | None = None
    capital: bool = False  # "... of the capital"
    town_before: bool = False  # "the Hama suburbs of X": the town is named first
    # "A district of B" is read both ways in news ("the Karrada district of Baghdad",
    # "the Damascus district of Jobar"); the gazetteer decides which one is the town.
    reversible: bool = False
    generic: bool = False  # "Old City": a place only once its town is known


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading words that are stopwords or demonyms ("On Tuesday Khaldiyeh" -> ...)."""
    skip = leading_noise()
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if word.lower().strip(",") not in skip or (
                word[:1].isupper() and word.lower() in _HEAD_ARTICLES and m.end() < end):
            return m.start(), end
    return None


def _town(span: AreaSpan, m: re.Match[str], group: str, text: str) -> None:
    if m.groupdict().get("cap"):
        span.capital = True
        span.town_start, span.town_end = m.span("cap")
        return
    if m.groupdict().get(group):
        trimmed = _trim(text, *m.span(group))
        if trimmed:
            span.town_start, span.town_end = trimmed
            span.town_surface = text[trimmed[0]:trimmed[1]]


def _overlaps(spans: list[AreaSpan], start: int, end: int) -> bool:
    for s in spans:
        if s.start < end and start < s.end:
            return True
        if s.town_start is not None and s.town_start < end and start < (s.town_end or 0):
            return True
    return False


def _add(spans: list[AreaSpan], text: str, start: int, end: int, kw: str,
         m: re.Match[str] | None = None, group: str = "t", trim: bool = True) -> AreaSpan | None:
    trimmed = _trim(text, start, end) if trim else (start, end)
    held = context.HELD_BEFORE.match(text, *trimmed) if trimmed else None
    if held and trimmed:  # "the HTS-held X area": who holds it, then its name
        trimmed = held.end(), trimmed[1]
    if trimmed is None or _overlaps(spans, *trimmed):
        return None
    if compound_adjective(text[trimmed[0]:trimmed[1]]):
        return None  # "a Houthi-held district of X": who holds it, not its name
    span = AreaSpan(trimmed[0], trimmed[1], text[trimmed[0]:trimmed[1]], context.area_word(kw))
    if m is not None:
        _town(span, m, group, text)
        # (a town another span holds too is shared, "the A and B districts of Homs"; one that
        # is another span's own name is no town)
        if span.town_start is not None and any(
                s.start < (span.town_end or 0) and span.town_start < s.end for s in spans):
            span.town_start = span.town_end = span.town_surface = None
    spans.append(span)
    return span


def _unnamed_part(text: str, m: re.Match[str]) -> bool:
    """ "a residential neighbourhood of X", "another district of X": an unnamed part of the
    town X, not the quarter X."""
    if m.group("t0"):
        return False
    before = _LOWER_WORDS.search(text, 0, m.start("kw"))
    return before is not None and before.group(1).lower() in modifier_articles()


def _lists(text: str, spans: list[AreaSpan]) -> None:
    for m in context.AREA_LIST.finditer(text):
        kw = context.area_word(m.group("kw"))
        if _unnamed_part(text, m):
            continue
        if kw == "suburb" and not m.group("t0"):
            continue  # "suburbs of Damascus": the town itself, qualified; see QUALIFIER_BEFORE
        for item in context.LIST_ITEM.finditer(text, *m.span("list")):
            span = _add(spans, text, item.start(), item.end(), kw, m)
            if span and m.group("t0") and span.town_surface is None:
                trimmed = _trim(text, *m.span("t0"))
                if trimmed:
                    span.town_start, span.town_end = trimmed
                    span.town_surface = text[trimmed[0]:trimmed[1]]
                    span.town_before = True


def find_areas(text: str) -> list[AreaSpan]:
    """District/neighbourhood spans in text order, most explicit pattern first."""
    spans: list[AreaSpan] = []
    # The name patterns backtrack at every capital; most sentences have no keyword at all.
    if context.AREA_KEYWORD.search(text):
        _old_city(text, spans)
        _area_patterns(text, spans)
    if context.TOWN_KEYWORD.search(text):
        for m in context.TOWN_LIST.finditer(text):
            for item in context.LIST_ITEM.finditer(text, *m.span("list")):
                _add(spans, text, item.start(), item.end(), "town")
        for pattern in (context.NAMED_TOWN, context.APPOSITIVE_TOWN, context.QUALIFIED_NAME):
            for m in pattern.finditer(text):
                if not described(text, m.start("n")):
                    _add(spans, text, *m.span("n"), "town")
    return sorted(spans, key=lambda s: s.start)


def _old_city(text: str, spans: list[AreaSpan]) -> None:
    for m in context.OLD_CITY.finditer(text):
        group = "t" if m.group("t") else "t0"
        span = _add(spans, text, *m.span("n"), "quarter", m, group, trim=False)
        if span is not None:
            span.generic = True
            span.town_before = group == "t0" and span.town_surface is not None


def _area_patterns(text: str, spans: list[AreaSpan]) -> None:
    for m in context.NAMED_AREA_OF.finditer(text):
        span = _add(spans, text, *m.span("n"), m.group("kw"), m)
        if span is not None and span.town_surface is not None:
            span.reversible = True
    for m in context.NAMED_QUARTER_OF_SIDE.finditer(text):
        _add(spans, text, *m.span("n"), m.group("kw"), m)
    for pattern in (context.POSSESSIVE_AREA, context.APPOSITIVE_AREA):
        for m in pattern.finditer(text):
            _add(spans, text, *m.span("n"), m.group("kw"), m)
    _lists(text, spans)
    for m in context.AREA_LIST_BEFORE.finditer(text):
        for item in context.LIST_ITEM.finditer(text, *m.span("list")):
            if item.group().lower() != "and":
                _add(spans, text, item.start(), item.end(), m.group("kw"), m)
    for m in context.NAMED_AREA.finditer(text):
        _add(spans, text, *m.span("n"), m.group("kw"))
