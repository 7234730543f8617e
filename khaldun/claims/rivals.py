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


def _principal(name: str) -> str:
    """An actor's name without its branch or era ("Islamic State (Syria)": Islamic State)."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name)


@lru_cache(maxsize=1)
def _accuses() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('accusation_verbs')})\s+", re.I)


def accused_at(text: str, starts: list[int]) -> int | None:
    """Where the side an accusation names right after its verb begins ("accused the army
    of ...": the army), among the `starts` of the sentence's actor mentions; None if none."""
    verb = _accuses().search(text)
    if verb is None:
        return None
    return next((s for s in sorted(starts) if 0 <= s - verb.end() <= 12), None)


def with_rival_accounts(
    claims: list[Claim], actor1: Actor | None, country: str | None, when: date | None
) -> list[Claim]:
    """The claims, with an account that accuses an armed side other than actor1 (and named
    right after the verb) as a denial of actor1's part."""
    if actor1 is None or actor1.name.startswith(UNIDENTIFIED):
        return claims
    claims = [_rival(c, actor1, country, when) or c for c in claims]
    # "X claimed responsibility ... Y also claimed responsibility": rival claimants (codebook
    # §6), the one that is not the perpetrator (else the later) a denial of the other's part
    claimants = {i: name for i, c in enumerate(claims)
                 if (name := _claimant(c, country, when)) is not None}
    if len({_principal(n) for n in claimants.values()}) < 2:
        return claims
    first = next((i for i, n in claimants.items()
                  if _principal(n) == _principal(actor1.name)), min(claimants))
    return [replace(c, kind="denial", value=f"claims responsibility: {claimants[i]}")
            if i in claimants and _principal(claimants[i]) != _principal(claimants[first])
            else c for i, c in enumerate(claims)]


def _claimant(claim: Claim, country: str | None, when: date | None) -> str | None:
    """The armed side a claim's source is, where its quote has that side claim responsibility
    ("the group claimed responsibility"), else None."""
    if claim.kind != "occurred":
        return None
    from khaldun.claims.naming import source_name

    for claimed in _responsibility().finditer(claim.quote):
        sides = [m.actor for m in find_actors(claim.quote, country, when)
                 if m.end <= claimed.start() and m.actor.inter in ARMED_CLASSES]
        if not sides or sides[-1].name.startswith(UNIDENTIFIED):
            continue
        side = sides[-1]
        if claim.source in (side.name, source_name(side.name, claim.quote, country)):
            return side.name
    return None


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
