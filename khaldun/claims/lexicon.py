"""The attribution lexicon (khaldun/data/attribution.yaml), loaded once and checked."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

ORIGIN = "attribution.yaml"
KEYS = (
    "speech_verbs",
    "clause_auxiliaries",
    "new_clause_marks",
    "statement_contrasts",
    "relaying_cues",
    "reported_clause_openers",
    "plain_speech",
    "speech_adverbs",
    "plural_speech",
    "role_speech",
    "cue_phrases",
    "source_verbs",
    "denial_verbs",
    "deny_forms",
    "denying_determiners",
    "denied_things",
    "support_denied",
    "listener_verbs",
    "listener_determiners",
    "carrier_cues",
    "source_conjunctions",
    "spelling_pairs",
    "not_sources",
    "agentless_cues",
    "irregular_past",
    "locative_words",
    "held_ground",
    "false_report_words",
    "naming_verbs",
    "pronoun_speakers",
    "aside_participles",
    "person_pronouns",
    "owned_voices",
    "cited_stand_ins",
    "member_stand_ins",
    "weapon_act_verbs",
    "name_after_cues",
    "cue_filler_stops",
    "source_cues_before",
    "reported_subject_verbs",
    "reported_subject_preps",
    "titles",
    "ranks",
    "office_holders",
    "member_nouns",
    "member_preps",
    "organisation_nouns",
    "armed_organisation_nouns",
    "serving_preps",
    "aside_openers",
    "aside_adverbs",
    "named_site_nouns",
    "relay_cues",
    "governing_preps",
    "accusation_verbs",
    "leading_verbs",
    "responsibility_claims",
    "agent_verbs",
    "rival_clause_breaks",
    "agent_pronouns",
    "passive_followers",
    "unnamed_perpetrator_roles",
    "accident_words",
    "inclusion_cues",
    "appositive_openers",
    "outlet_nouns",
    "outlet_name_words",
    "charge_preps",
)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("khaldun.data").joinpath(ORIGIN).read_text("utf-8"))
    return check(raw)


def check(raw: object) -> dict[str, tuple[str, ...]]:
    """Every list present, every entry a non-empty string."""
    if not isinstance(raw, dict):
        raise ValueError(f"{ORIGIN}: not a mapping of word lists")
    out = {}
    for key in KEYS:
        words = raw.get(key)
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"{ORIGIN}: {key!r} must be a list of words")
        out[key] = tuple(words)
    return out


def alternation(key: str) -> str:
    """A word list as a regular-expression alternation, longest first."""
    words = sorted(_lexicon()[key], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def speech() -> str:
    """Speech verbs and cue phrases as one alternation."""
    return f"{alternation('cue_phrases')}|{alternation('speech_verbs')}"


def speech_after(plural: bool = False, role: bool = False) -> str:
    """The verbs that, right after a name, pronoun or noun, make it the one who speaks ("the
    air force said"), as one alternation to set after the words it follows: plain speech;
    with `plural` its plural present too ("officials say"), for words known to be people or
    where what comes before does not matter ("say" and "report" are nouns as well); with
    `role` the broader verbs that make a speaker role a source ("residents described")."""
    keys = ["plain_speech"] + ["plural_speech"] * plural + ["role_speech"] * role
    return "|".join(alternation(key) for key in keys)


@lru_cache(maxsize=1)
def speaks_next() -> re.Pattern[str]:
    """Plain speech right after a position ("... the air force| said"), any case."""
    return re.compile(rf"\s+(?:{speech_after()})\b", re.IGNORECASE)


def words(key: str) -> frozenset[str]:
    """One list of the lexicon as a lower-case set."""
    return frozenset(w.lower() for w in _lexicon()[key])


def not_sources() -> frozenset[str]:
    return frozenset(_lexicon()["not_sources"])
