"""Rival accounts of the perpetrator (codebook §6): a source that accuses another side than
the event's perpetrator of the act contests who carried it out."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from khaldun.actors.resolve import UNIDENTIFIED, find_actors
from khaldun.claims.lexicon import alternation
from khaldun.records import ARMED_CLASSES, Actor, Claim


@lru_cache(maxsize=1)
def _accuses() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('accusation_verbs')})\s+", re.I)


def with_rival_accounts(
    claims: list[Claim], actor1: Actor | None, country: str | None, when: date | None
) -> list[Claim]:
    """The claims, with an account that accuses an armed side other than actor1 (and named
    right after the verb) as a denial of actor1's part."""
    if actor1 is None or actor1.name.startswith(UNIDENTIFIED):
        return claims
    return [_rival(c, actor1, country, when) or c for c in claims]


def _rival(claim: Claim, actor1: Actor, country: str | None, when: date | None) -> Claim | None:
    if claim.kind != "occurred":
        return None
    verb = _accuses().search(claim.quote)
    if verb is None:
        return None
    accused = next(
        (m.actor for m in find_actors(claim.quote, country, when)
         if m.start >= verb.end() and m.start - verb.end() <= 12), None)
    if accused is None or accused.inter not in ARMED_CLASSES or accused.name == actor1.name:
        return None
    if _claims_it(claim, actor1, country, when, verb.start()):
        return None
    return replace(claim, kind="denial", value=f"accuses {accused.name}")


def _claims_it(claim: Claim, actor1: Actor, country: str | None, when: date | None,
               accusing: int) -> bool:
    """ "X claimed responsibility, but Y denied it and blamed Z": the source is the side that
    claims the act before the accusation, not the one who accuses."""
    claimed = _responsibility().search(claim.quote, 0, accusing)
    from khaldun.claims.naming import source_name

    names = {actor1.name, source_name(actor1.name, claim.quote, country)}
    if claimed is None or not {claim.source, claim.originator} & names:
        return False
    return any(m.actor.name == actor1.name and m.end <= claimed.start()
               for m in find_actors(claim.quote, country, when))


@lru_cache(maxsize=1)
def _responsibility() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('responsibility_claims')})\b", re.I)
