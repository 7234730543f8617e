"""Claim evidence: does a system claim quote the same words as a gold claim?"""

from __future__ import annotations

from khaldun.records import Claim


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


def sources_found(gold: list[Claim], system: list[Claim]) -> int:
    """How many gold claims have a system claim of the same kind from the same source."""
    have = {(c.kind, _source_key(c.source)) for c in system}
    return sum(1 for g in gold if (g.kind, _source_key(g.source)) in have)
