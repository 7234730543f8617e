"""Who first said a claim: a wire relaying a monitor counts as that monitor.

The extractor sets `Claim.originator` when it sees the relay; this is the
fallback for claims whose source is a wire service and whose quote attributes
the statement to someone else ("..., the Syrian Observatory for Human Rights said").
"""

from __future__ import annotations

import re
from dataclasses import replace

from khaldun.actors import is_wire, resolve_source
from khaldun.claims.lexicon import alternation
from khaldun.records import Claim

# A proper name: capitalised words, joined by the small words organisation names use.
_NAME = r"(?:[A-Z][\w'’-]*)(?:\s+(?:for|of|on|in|and|the|[A-Z][\w'’-]*))*"
_VERB = rf"(?:{alternation('speech_verbs')})"
_PATTERNS = (
    re.compile(rf"\b[Aa]ccording to (?:the )?(?P<name>{_NAME})"),
    re.compile(rf"\b(?P<name>{_NAME})\s+{_VERB}\b"),
)
# Words a captured name may end with that are not part of it.
_TRAILING = re.compile(r"(?:\s+(?:for|of|on|in|and|the))+$")


def relayed_from(claim: Claim) -> str | None:
    """The party a wire-service claim's quote attributes the statement to, if any."""
    if not _wire(claim.source):
        return None
    for pattern in _PATTERNS:
        for match in pattern.finditer(claim.quote):
            name = _TRAILING.sub("", match.group("name")).strip()
            if _wire(name):
                continue
            # One capitalised word is usually a pronoun or a sentence start; acronyms are names.
            if len(name.split()) >= 2 or (name.isupper() and len(name) >= 3):
                return name
    return None


def originator(claim: Claim) -> str:
    """The identity of a claim's source when counting independent sources."""
    return claim.originator or relayed_from(claim) or claim.source


def with_originator(claim: Claim, doc_id: str | None) -> Claim:
    """A copy of the claim with its originator and article filled in where known."""
    found = claim.originator or relayed_from(claim)
    return replace(claim, originator=found, doc_id=claim.doc_id or doc_id)


def _wire(name: str) -> bool:
    """A news agency that relays others' claims (sources.yaml `wire: true`), by any alias."""
    name = name.strip()
    return is_wire(name) or is_wire(resolve_source(name) or "")
