"""Find event triggers (weapons, acts, killings, attack verbs) in a sentence.

Lexicons: khaldun/data/triggers.yaml (hand-written patterns) and triggers_inflected.yaml
(every inflection of the mined lemmas in trigger_lemmas.yaml, by scripts/build_triggers.py).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from khaldun.data import pattern_list
from khaldun.nlp.initials import WordPatterns, word_pattern
from khaldun.records import ARMED_CLASH

ROLES = ("instrument", "act", "territory", "kill", "generic", "hint", "stative")
LEXICON_FILES = ("triggers.yaml", "triggers_inflected.yaml")
log = logging.getLogger("khaldun.events")
# How many texts' pattern matches are remembered: a sentence is searched twice (for the protest
# its predecessor may need, then for its own analysis), and the matches depend on the text only.
MATCHED_TEXTS = 16
_matched: dict[str, list[list[re.Match[str]]]] = {}
_matched_for: list[object] = [None]  # the patterns the remembered matches were found with


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    surface: str
    sub_event_type: str | None
    role: str


def _data(name: str):
    text = resources.files("khaldun.data").joinpath(name).read_text("utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader)


Compiled = list[tuple[re.Pattern[str], str | None, str, frozenset[str]]]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[Compiled, WordPatterns]:
    """The compiled lexicon, and its patterns in that order tried only where a match can
    begin (the same matches, in a fraction of the time)."""
    data = {name: _data(name) for name in LEXICON_FILES}
    compiled = [c for name in LEXICON_FILES for c in compile_lexicon(data[name], name)]
    alternations = [e["patterns"] for name in LEXICON_FILES for e in data[name]]
    return compiled, WordPatterns(alternations, [pattern for pattern, *_ in compiled])


def compile_lexicon(entries: list[dict], origin: str = "triggers.yaml") -> Compiled:
    """One case-insensitive, word-bounded pattern per lexicon entry, each pattern checked,
    with the sub-types one of which the sentence must also name for it to count."""
    compiled = []
    for entry in entries:
        if entry["role"] not in ROLES:
            raise ValueError(f"{origin}: unknown role {entry['role']!r}")
        for p in entry["patterns"]:
            if not isinstance(p, str):
                raise ValueError(f"{origin}: a {entry['sub']} pattern is not a string (quote it)")
            try:
                re.compile(p)
            except re.error as err:
                raise ValueError(f"{origin}: bad {entry['sub']} pattern {p!r}: {err}") from None
        pattern = word_pattern(entry["patterns"])
        requires = frozenset(entry.get("requires") or ())
        compiled.append((pattern, entry["sub"], entry["role"], requires))
    return compiled


WORDS_FILE = "event_words.yaml"


@lru_cache(maxsize=1)
def _words() -> dict:
    words = _data(WORDS_FILE)
    if not isinstance(words, dict):
        raise ValueError(f"{WORDS_FILE}: not a mapping of word classes")
    return words


@lru_cache(maxsize=64)
def word_class(name: str, whole: bool = False) -> re.Pattern[str]:
    """A word class of event_words.yaml as one case-insensitive pattern (`whole`: the text
    must match it entirely)."""
    return pattern_list(WORDS_FILE, name, _words().get(name), whole)


def alternation(name: str) -> str:
    """A word class of event_words.yaml as a regular-expression alternation, to set inside
    a phrase pattern whose structure stays in code."""
    return word_class(name).pattern


@lru_cache(maxsize=1)
def overrides() -> dict[str, frozenset[str]]:
    """Sub-type -> the sub-types it removes from a trigger group (trigger_lemmas.yaml)."""
    return {k: frozenset(v) for k, v in (_data("trigger_lemmas.yaml")["overrides"]).items()}


def without_overridden(subs: list[str]) -> list[str]:
    """The sub-types a trigger group keeps once the more specific ones override others
    (tear gas fired on a protest: a protest with intervention, not a peaceful one)."""
    dropped = set().union(*(overrides().get(s, frozenset()) for s in subs))
    if dropped & set(subs):
        log.debug("sub-types %s overridden in %s", sorted(dropped & set(subs)), subs)
    return [s for s in subs if s not in dropped]


# A trigger right after one of these is a forecast, threat or plan, not a report (codebook §1).
_FORECAST = re.compile(
    rf"\b(?:{alternation('forecast_cues')})\s+"
    rf"(?:(?:{alternation('forecast_gap_words')}|\w+ly)\s+){{0,1}}$", re.IGNORECASE
)
_ATTEMPT = re.compile(rf"\b(?:{alternation('attempt_cues')})\s+(?:\w+\s+){{0,1}}$", re.IGNORECASE)
_PRIOR_PERIOD = re.compile(
    rf"\b(?:{alternation('prior_period_cues')})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
# "captured the village after fierce clashes": the fighting before a capture
_BATTLE_RUN_UP = re.compile(
    rf"\b(?:{alternation('battle_run_up_cues')})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
# "marched in protest at the killing of ...": the grievance of a protest, no event of its own
_GRIEVANCE = re.compile(
    rf"\b(?:{alternation('grievance_cues')})\s+(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE
)


RUN_UP = "run-up"


def _unreported(text: str, trigger: Trigger) -> bool:
    """A forecast or an attempt ("will attack", "tried to storm"); a crowd that tried to march
    has begun its protest."""
    before = text[max(0, trigger.start - 40) : trigger.start]
    return bool(_FORECAST.search(before)) or (
        trigger.sub_event_type not in _words()["attempted_crowd_acts"]
        and bool(_ATTEMPT.search(before)))


def _matches(patterns: WordPatterns, text: str) -> list[list[re.Match[str]]]:
    """`patterns.matches(text)`, remembered for the last MATCHED_TEXTS texts (read only)."""
    if _matched_for[0] is not patterns:
        _matched.clear()
        _matched_for[0] = patterns
    found = _matched.get(text)
    if found is None:
        found = _matched[text] = patterns.matches(text)
        while len(_matched) > MATCHED_TEXTS:  # the oldest first
            _matched.pop(next(iter(_matched)), None)
    return found


def find_triggers(text: str, context: frozenset[str] = frozenset()) -> list[Trigger]:
    """Triggers in text order, forecasts and the run-up of an event ("after days of
    bombardment") left out; where matches overlap, the longest wins.
    `context`: sub-types of the events the article has just reported (tear gas fired on the
    protest of the sentence before)."""
    found: list[Trigger] = []
    needs: dict[int, frozenset[str]] = {}
    lexicon, patterns = _lexicon()
    for (_, sub, role, requires), matches in zip(lexicon, _matches(patterns, text), strict=True):
        for m in matches:
            found.append(Trigger(m.start(), m.end(), m.group(0), sub, role))
            needs[id(found[-1])] = requires
    # (a force word never stands in for the protest it needs)
    named = {t.sub_event_type for t in found if not needs[id(t)]} | context
    # "tear gas" types a protest the sentence reports; alone it reports none
    found = [t for t in found if not needs[id(t)] or needs[id(t)] & named]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trig in found:
        if kept and trig.start < kept[-1].end:
            if trig.end - trig.start > kept[-1].end - kept[-1].start:
                kept[-1] = trig
            continue
        kept.append(trig)
    # the run-up of the event told ("after a month of besieging X") and a protest's grievance
    # report nothing, but stay as boundaries: the places after them are theirs (role RUN_UP)
    kept = [t for t in kept if not _unreported(text, t)]
    capture = any(t.role == "territory" for t in kept)
    return [
        t if not _PRIOR_PERIOD.search(text[max(0, t.start - 50) : t.start])
        and not (t.sub_event_type and _GRIEVANCE.search(text[max(0, t.start - 70) : t.start]))
        and not (capture and t.sub_event_type == ARMED_CLASH
                 and _BATTLE_RUN_UP.search(text[max(0, t.start - 50) : t.start]))
        else Trigger(t.start, t.end, t.surface, None, RUN_UP)
        for t in kept
    ]
