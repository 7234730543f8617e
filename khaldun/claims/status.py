"""Status and fatality range of an event from its claims (codebook §6)."""

from __future__ import annotations

from khaldun.records import Claim, Fatalities

# Codebook §6: fatality figures further apart than this factor make an event contested.
CONTESTED_FATALITY_RATIO = 1.5


def independent_sources(claims: list[Claim]) -> set[str]:
    """Originators behind the claims: a wire relaying SOHR counts as SOHR."""
    return {(c.originator or c.source).strip().lower() for c in claims if c.source}


def fatality_range(claims: list[Claim]) -> Fatalities | None:
    """Smallest and largest death count claimed, or None when no source gives one."""
    counts = [int(c.value) for c in claims if c.kind == "fatalities" and isinstance(c.value, int)]
    return Fatalities(min(counts), max(counts)) if counts else None


def event_status(claims: list[Claim]) -> str:
    """single, corroborated or contested over all claims of one event."""
    if any(c.kind == "denial" for c in claims):
        return "contested"
    fat = fatality_range(claims)
    if fat and fat.high > max(fat.low, 1) * CONTESTED_FATALITY_RATIO and fat.low != fat.high:
        return "contested"
    return "corroborated" if len(independent_sources(claims)) >= 2 else "single"
