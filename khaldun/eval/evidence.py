"""Claim evidence: does a system claim quote the same words as a gold claim?"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khaldun.records import REPORTER, Claim


def quote_span(claim: Claim, text: str | None) -> tuple[int, int] | None:
    """Character span of a claim's quote in the article: its offsets, else where it occurs."""
    if claim.start is not None and claim.end is not None:
        return claim.start, claim.end
    if text and claim.quote:
        found = text.find(claim.quote)
        if found >= 0:
            return found, found + len(claim.quote)
    return None


def _squash(quote: str) -> str:
    return " ".join(quote.split()).casefold()


def quotes_overlap(gold: Claim, system: Claim, text: str | None = None) -> bool:
    """Spans overlap in the article text; without spans, one quote contains the other."""
    g_span, s_span = quote_span(gold, text), quote_span(system, text)
    if g_span and s_span:
        return g_span[0] < s_span[1] and s_span[0] < g_span[1]
    g_quote, s_quote = _squash(gold.quote), _squash(system.quote)
    if not g_quote or not s_quote:
        return False
    return g_quote in s_quote or s_quote in g_quote


def quotes_found(gold: list[Claim], system: list[Claim], text: str | None = None) -> int:
    """How many gold claims have a quote that some system claim's quote overlaps."""
    return sum(1 for g in gold if any(quotes_overlap(g, s, text) for s in system))


def _source_key(source: str) -> str:
    return " ".join(source.split()).casefold()


def _words(source: str) -> set[str]:
    return {w for w in re.findall(r"\w+", source.casefold()) if len(w) > 2}


def sources_found(gold: list[Claim], system: list[Claim]) -> int:
    """How many gold claims have a system claim of the same kind from the same source."""
    have = {(c.kind, _source_key(c.source)) for c in system}
    return sum(1 for g in gold if (g.kind, _source_key(g.source)) in have)


def _wording(gold: str, names: set[str]) -> str:
    """How a system source with a word in common differs from the gold one."""
    want = _words(gold)
    if any(_words(name) < want for name in names):
        return "other wording; system's words within gold's"
    if any(want < _words(name) for name in names):
        return "other wording; gold's words within system's"
    return "other wording; partly shared"


def _quoted_by(
    claim: Claim, elsewhere: Sequence[Claim], unmatched: Sequence[Claim], text: str | None
) -> str:
    if any(quotes_overlap(claim, s, text) for s in unmatched):
        return "no quote; quoted for an unmatched event"
    if any(quotes_overlap(claim, s, text) for s in elsewhere):
        return "no quote; quoted for another matched event"
    return "no quote; quoted by no event"


def _named_in_quote(claim: Claim) -> str:
    words = _words(claim.source)
    if words and words <= _words(claim.quote):
        return "other source; gold source named in its quote"
    return "other source; gold source not in its quote"


def source_misses(
    gold: list[Claim],
    system: list[Claim],
    text: str | None = None,
    elsewhere: Sequence[Claim] = (),
    unmatched: Sequence[Claim] = (),
) -> list[str]:
    """Why each gold claim without a same-kind, same-source system claim was missed.

    Judged against the system claims whose quote overlaps the gold quote: `no quote` (none
    does; told apart by whether a claim of another matched system event of the article,
    `elsewhere`, or of one matched to no gold event, `unmatched`, quotes it), `other kind`
    (one has the gold source), `reporter for a source` (the system gives the outlet's voice
    where gold names a source), `source for the reporter` (the reverse), `other wording` (both
    name a source with a word in common: "police" for "a police spokesman"; told apart by which
    name's words hold the other's) or `other source` (no word in common; told apart by whether
    the gold source is named in its own quote).
    """
    have = {(c.kind, _source_key(c.source)) for c in system}
    reasons = []
    for g in gold:
        if (g.kind, _source_key(g.source)) in have:
            continue
        near = [s for s in system if quotes_overlap(g, s, text)]
        names = {_source_key(s.source) for s in near}
        if not near:
            reasons.append(_quoted_by(g, elsewhere, unmatched, text))
        elif _source_key(g.source) in names:
            reasons.append("other kind")
        elif _source_key(g.source) == REPORTER:
            reasons.append("source for the reporter")
        elif names == {REPORTER}:
            reasons.append("reporter for a source")
        elif any(_words(g.source) & _words(name) for name in names):
            reasons.append(_wording(g.source, names))
        else:
            reasons.append(_named_in_quote(g))
    return reasons
