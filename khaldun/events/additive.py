"""The outlet's own count of one more side ("A police officer was also killed in the exchange of
fire", after "police said they shot dead four militants"): it continues the account of the
named source that counted the other sides, so it adds to that source's total (codebook §8.1)
instead of standing as a rival figure of the outlet's (§8.5: the outlet restating a source is
no source of its own)."""

from __future__ import annotations

from dataclasses import replace

from khaldun.claims.status import source_key
from khaldun.events.assemble import Draft
from khaldun.events.building import Building
from khaldun.nlp.grammar_words import words
from khaldun.records import REPORTER, Claim


def continued_accounts(event: Building, draft: Draft, claims: list[Claim]) -> list[Claim]:
    """The draft's claims, each outlet toll of a side that an additive adverb marks ("also")
    credited to the one named source of the article that counts only the event's other sides."""
    if draft.killed is None or not _added(draft):
        return claims
    return [_credited(event, c) for c in claims]


def _added(draft: Draft) -> bool:
    """The toll's clause says it adds to what was told ("were also killed")."""
    verb = draft.facts.grammar.clause_verb(draft.killed.start, draft.killed.end)
    adverbs = words()["additive_adverbs"]
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children
    )


def _credited(event: Building, claim: Claim) -> Claim:
    if claim.kind != "fatalities" or source_key(claim) != f"{REPORTER}:{claim.doc_id or ''}":
        return claim
    if not claim.victims:
        return claim
    sides: dict[str, set[str | None]] = {}
    for c in event.claims:
        if c.kind == "fatalities" and c.doc_id == claim.doc_id and c.source != REPORTER:
            sides.setdefault(c.originator or c.source, set()).add(c.victims)
    counting = [
        s for s, groups in sides.items() if None not in groups and claim.victims not in groups
    ]
    if len(counting) != 1 or len(sides) != 1:
        return claim
    return replace(claim, originator=counting[0])
