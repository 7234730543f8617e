"""Rival accounts of the perpetrator (codebook §6): a source that accuses another side than
the event's perpetrator of the act contests who carried it out."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from khaldun.actors.resolve import UNIDENTIFIED, find_actors
from khaldun.claims.lexicon import alternation, words
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
    side = _claimant_side(claim, country, when)
    return None if side is None else side.name


def _claimant_side(claim: Claim, country: str | None, when: date | None) -> Actor | None:
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
            return side
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


def with_stated_rivals(claims: list[Claim], actor1: Actor | None, actor2: Actor | None,
                       country: str | None, when: date | None) -> list[Claim]:
    """The claims, with the accounts of sources that tell another side than the others as the
    one who carried out the act ("the army blamed IS, while local officials said a tribal
    militia planted the bomb") as denials of that side's part (codebook §6: rival accounts of
    the perpetrator). A side is told by the words right before an act verb or right after one
    and "by" (the passive), right after an accusation verb, or by the source itself saying
    it acted ("Hamas said it fired"); two told sides rival when of different classes or both
    named groups, and one of them is neither side of the event (in a battle, each side acts on
    the other)."""
    from khaldun.claims.status import source_key

    told = {i: side for i, c in enumerate(claims)
            if (side := told_perpetrator(c, country, when)) is not None}
    # "the governor said the blast was an accident" against "activists said an air strike hit
    # it": rival accounts of what happened (codebook §6, on its outcome)
    accidents = {i for i, c in enumerate(claims) if i not in told and _tells_accident(c)
                 and any(source_key(claims[j]) != source_key(c) for j in told)}
    claims = [replace(c, kind="denial", value="tells an accident") if i in accidents else c
              for i, c in enumerate(claims)]
    if len({_principal(a.name) for a, _ in told.values()}) < 2:
        return claims
    sides = {_principal(a.name) for a in (actor1, actor2) if a is not None}
    ref = next((i for i, (a, _) in told.items() if actor1 is not None
                and _principal(a.name) == _principal(actor1.name)), min(told))
    first, first_generic = told[ref]
    rivals = {i for i, (a, generic) in told.items()
              if source_key(claims[i]) != source_key(claims[ref])
              and _rival_sides(first, first_generic, a, generic)
              and not {_principal(first.name), _principal(a.name)} <= sides}
    # (a source's count of the dead keeps its number; its rival telling is a claim of its own)
    out = []
    for i, c in enumerate(claims):
        denial = replace(c, kind="denial", value=f"names {told[i][0].name}") if (
            i in rivals) else None
        out += [c, denial] if denial and c.kind == "fatalities" else [denial or c]
    return out


def _rival_sides(a: Actor, a_generic: bool, b: Actor, b_generic: bool) -> bool:
    if _principal(a.name) == _principal(b.name):
        return False
    return a.inter != b.inter or not (a_generic or b_generic)


def told_perpetrator(claim: Claim, country: str | None,
                     when: date | None) -> tuple[Actor, bool] | None:
    """The armed side a source tells as the one who carried out the act, in its own clause of
    the claim's quote, and whether words naming a role only name it; None if it names none
    (or only "gunmen"); a count of the dead tells it too ("IS militants killed four soldiers,
    the army said")."""
    if claim.kind not in ("occurred", "fatalities") or not claim.account:
        return None
    claimant = _claimant_side(claim, country, when)
    if claimant is not None:
        return claimant, False
    quote = claim.quote
    at = _source_span(claim, country, when)
    if at is None:
        return None
    lo = max((b.end() for b in _breaks().finditer(quote) if b.end() <= at[0]), default=0)
    hi = min((b.start() for b in _breaks().finditer(quote) if b.start() >= at[1]),
             default=len(quote))
    found = [m for m in find_actors(quote, country, when) if lo <= m.start and m.end <= hi]
    own = [m for m in found if m.start < at[1] and at[0] < m.end]
    for m in found:
        if m in own or m.actor.inter not in ARMED_CLASSES:
            continue
        if m.generic and m.role in words("unnamed_perpetrator_roles"):
            continue
        accused = _accuses().search(quote, lo, m.start)
        if (accused is not None and 0 <= m.start - accused.end() <= 12) or (
                _acts().match(quote, m.end, hi) or _acted_by().search(quote, lo, m.start)):
            return m.actor, m.generic
    selfish = _self_acts().search(quote, at[1], hi)
    own_armed = [m for m in own if m.actor.inter in ARMED_CLASSES and not m.generic]
    if selfish is not None and own_armed:
        return own_armed[0].actor, False
    return None


def _tells_accident(claim: Claim) -> bool:
    """The claim's source tells, in its own clause, that the act was an accident."""
    if claim.kind != "occurred" or not claim.account:
        return False
    at = _source_span(claim, None, None)
    if at is None:
        return False
    hi = min((b.start() for b in _breaks().finditer(claim.quote) if b.start() >= at[1]),
             default=len(claim.quote))
    return _accident().search(claim.quote, at[1], hi) is not None


@lru_cache(maxsize=1)
def _accident() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('accident_words')})\b", re.I)


def _source_span(claim: Claim, country: str | None, when: date | None
                 ) -> tuple[int, int] | None:
    """Where the claim's source is named in its quote, by its words or as the actor it is."""
    names = [n for n in (claim.source, claim.originator) if n]
    # ("opposition activists" told as "activists": the name's last words)
    for name in names:
        tail = name.split()
        for k in range(len(tail)):
            part = " ".join(tail[k:])
            if found := re.search(rf"\b{re.escape(part)}\b", claim.quote, re.I):
                return found.span()
    return next(((m.start, m.end) for m in find_actors(claim.quote, country, when)
                 if m.actor.name in names), None)


@lru_cache(maxsize=1)
def _breaks() -> re.Pattern[str]:
    return re.compile(rf"[;.]\s|\b(?:{alternation('rival_clause_breaks')})\b", re.I)


@lru_cache(maxsize=1)
def _acts() -> re.Pattern[str]:
    """Right after a side: up to three words of it ("air strike", "fighters"), then the act,
    not a passive one ("the two were insurgents killed in fighting")."""
    return re.compile(
        rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:(?:had|has|have)\s+)?(?:{alternation('agent_verbs')})\b"
        rf"(?!\s+(?:{alternation('passive_followers')})\b)", re.I)


@lru_cache(maxsize=1)
def _acted_by() -> re.Pattern[str]:
    """Right before a side, the act in the passive: "the bomb was planted by" a side."""
    return re.compile(
        rf"\b(?:{alternation('agent_verbs')})\s+by\s+(?:(?:a|an|the)\s+)?$", re.I)


@lru_cache(maxsize=1)
def _self_acts() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation('agent_pronouns')})\s+(?:(?:had|has|have)\s+)?"
        rf"(?:{alternation('agent_verbs')})\b", re.I)
