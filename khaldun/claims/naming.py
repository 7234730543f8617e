"""The name a claim gives its source, as a coder following the codebook writes it (§6): an
actor that speaks by the name a text gives it, not by the actor dictionary's (ACLED's) name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from khaldun.actors.role_actors import country_name
from khaldun.actors.source_lexicon import FILE, load_sources
from khaldun.actors.sources import resolve_source
from khaldun.data import read_mapping
from khaldun.records import Claim


def named_claims(claims: list[Claim], country: str | None) -> list[Claim]:
    """The claims of an event in `country` with each source named as a coder names it, and
    its originator alike ("Military Forces of Mali" speaking is "a military source", one
    source with the army's spokesman when corroboration is counted)."""
    return [_named(c, country) for c in claims]


def _named(claim: Claim, country: str | None) -> Claim:
    source = source_name(claim.source, claim.quote, country)
    origin = claim.originator and source_name(claim.originator, claim.quote, country)
    if (source, origin) == (claim.source, claim.originator):
        return claim
    return replace(claim, source=source, originator=origin)


@lru_cache(maxsize=256)
def source_name(source: str, quote: str = "", country: str | None = None) -> str:
    """A source's name for a claim: an actor's by the rules of `actor_sources` (a rule by
    `prefix` for the forces of the story's own state: another state's are a source of their
    own), an ACLED name "PKK: Kurdistan Workers Party" by the source either part names ("UN:
    United Nations": the United Nations), else by the part the quote writes, else by its
    initials."""
    if source in load_sources().entries:
        return source
    own = country_name(country) or ""
    for rule in _rules():
        prefix = rule.get("prefix")
        if source == rule.get("actor") or prefix and source.startswith(f"{prefix} {own}"):
            return rule["source"]
    short, colon, full = source.partition(": ")
    if not colon:
        return source
    for part in (short, full):
        known = resolve_source(part)
        if known is not None and known in load_sources().entries:
            return known
    return full if _writes(quote, full) and not _writes(quote, short) else short


def _writes(quote: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", quote, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, str], ...]:
    rules = read_mapping(FILE).get("actor_sources") or []
    for rule in rules:
        if not isinstance(rule, dict) or "source" not in rule or not (
                {"actor", "prefix"} & rule.keys()):
            raise ValueError(f"{FILE}: actor_sources entries need source and actor or prefix")
    return tuple(rules)
