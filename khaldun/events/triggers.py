"""Find event triggers (weapons, acts, killings, attack verbs) in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

ROLES = ("instrument", "act", "territory", "kill", "generic", "hint", "stative")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    surface: str
    sub_event_type: str | None
    role: str


@lru_cache(maxsize=1)
def _lexicon() -> list[tuple[re.Pattern[str], str | None, str]]:
    text = resources.files("khaldun.data").joinpath("triggers.yaml").read_text("utf-8")
    return compile_lexicon(yaml.load(text, Loader=yaml.CSafeLoader))


def compile_lexicon(entries: list[dict]) -> list[tuple[re.Pattern[str], str | None, str]]:
    """One case-insensitive, word-bounded pattern per lexicon entry, checked."""
    compiled = []
    for entry in entries:
        if entry["role"] not in ROLES:
            raise ValueError(f"triggers.yaml: unknown role {entry['role']!r}")
        if not all(isinstance(p, str) for p in entry["patterns"]):
            raise ValueError(f"triggers.yaml: a {entry['sub']} pattern is not a string (quote it)")
        alternation = "|".join(f"(?:{p})" for p in entry["patterns"])
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
        compiled.append((pattern, entry["sub"], entry["role"]))
    return compiled


# A trigger right after one of these is a forecast, threat or plan, not a report (codebook §1).
_FORECAST = re.compile(
    r"\b(?:will|would|could|may|might|shall|to be|plans? to|planning to|prepared to|preparing to|"
    r"threaten(?:s|ed)? to|vow(?:s|ed)? to|expected to|about to|aim(?:s|ed)? to|intend(?:s|ed)? to|"
    r"seek(?:s|ing)? to|trying to|tried to|attempt(?:s|ed)? to|ready to|poised to|set to)"
    r"\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)


def find_triggers(text: str) -> list[Trigger]:
    """Triggers in text order, forecasts left out; where matches overlap, the longest wins."""
    found: list[Trigger] = []
    for pattern, sub, role in _lexicon():
        for m in pattern.finditer(text):
            found.append(Trigger(m.start(), m.end(), m.group(0), sub, role))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trig in found:
        if kept and trig.start < kept[-1].end:
            if trig.end - trig.start > kept[-1].end - kept[-1].start:
                kept[-1] = trig
            continue
        kept.append(trig)
    return [t for t in kept if not _FORECAST.search(text[max(0, t.start - 40) : t.start])]
