"""The word and label lists of khaldun/data/grammar.yaml, and the verb classes they define
(verbs of saying, of reacting; passive verbs)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

_LISTS = (
    "reporting_verbs",
    "perfect_auxiliaries",
    "membership_links",
    "force_nouns",
    "relation_nouns",
    "goal_preps",
    "base_participles",
    "agent_preps",
    "indefinite_articles",
    "origin_preps",
    "naming_preps",
    "partitive_pronouns",
    "unit_nouns",
    "name_phrase_labels",
    "told_from_nouns",
    "flight_verbs",
    "place_stating_verbs",
    "place_stating_objects",
    "journey_verbs",
    "setting_out_verbs",
    "reporting_nouns",
    "toll_statement_verbs",
    "toll_nouns",
    "statement_nouns",
    "body_nouns",
    "according",
    "tally_words",
    "wider_area_words",
    "vicinity_words",
    "area_plurals",
    "instrument_preps",
    "cause_markers",
    "circumstance_preps",
    "stretch_nouns",
    "sequence_markers",
    "killing_means_preps",
    "sourced_fire",
    "fire_source_preps",
    "self_pronouns",
    "self_possessives",
    "own_act_verbs",
    "phrase_labels",
    "clause_labels",
    "joined_clause_labels",
    "target_preps",
    "locative_preps",
    "placement_preps",
    "inclusion_preps",
    "fired_things",
    "intransitive_acts",
    "attendant_markers",
    "outcome_relatives",
    "clash_hurt_preps",
    "onset_clause_markers",
    "onset_clause_verbs",
    "reaction_verbs",
    "showing_verbs",
    "copulas",
    "judging_preps",
    "ranking_words",
    "naming_verbs",
    "conveyance_verbs",
    "carrying_verbs",
    "conveyance_preps",
    "transfer_verbs",
    "support_verbs",
    "period_openers",
    "country_nouns",
    "accrual_verbs",
    "accrual_nouns",
    "scope_nouns",
    "series_nouns",
    "series_mass_nouns",
    "series_preps",
    "series_quantifiers",
    "few_counts",
    "past_perfect_auxiliaries",
    "period_nouns",
    "grievance_verbs",
    "grievance_preps",
    "grievance_heads",
    "onset_nouns",
    "onset_gerunds",
    "onset_verbs",
    "within_preps",
    "whole_war_nouns",
    "long_span_nouns",
    "record_span_nouns",
    "tally_span_nouns",
    "record_adjectives",
    "yardstick_ordinals",
    "tally_ordinals",
    "run_span_nouns",
    "bound_preps",
    "bound_count_words",
    "elsewhere_adverbs",
    "province_nouns",
    "outbreak_adjectives",
    "motive_words",
    "motive_preps",
    "avenging_verbs",
    "cause_words",
    "cause_preps",
    "consequence_verbs",
    "additive_adverbs",
    "undergoing_verbs",
    "undergoing_preps",
    "undergoing_sources",
    "undergone_acts",
    "relative_pronouns",
    "kin_nouns",
    "clause_preps",
    "holding_verbs",
    "membership_preps",
    "hearing_verbs",
    "sound_nouns",
    "falling_verbs",
    "falling_preps",
    "charging_verbs",
    "charge_preps",
    "ousting_verbs",
    "subject_labels",
    "side_preps",
    "meanwhile_marks",
    "speaker_pronouns",
    "singular_speaker_pronouns",
    "witnessing_verbs",
    "intention_auxiliaries",
    "plural_pronouns",
    "personal_pronouns",
    "expectation_words",
    "aftermath_words",
    "response_words",
    "feeling_words",
    "cared_for_words",
    "reason_markers",
)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word and label lists of khaldun/data/grammar.yaml, checked."""
    text = resources.files("khaldun.data").joinpath("grammar.yaml").read_text("utf-8")
    return checked_words(yaml.load(text, Loader=yaml.CSafeLoader))


def checked_words(data: object) -> dict[str, frozenset[str]]:
    """Each list of grammar.yaml as a lower-cased set; a missing or malformed list is an error
    naming it."""
    out = {}
    for key in _LISTS:
        values = data.get(key) if isinstance(data, dict) else None
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"khaldun/data/grammar.yaml: {key!r} must be a list of words")
        out[key] = frozenset(v.lower() for v in values)
    return out


# A tag's id (the hash of its string) -> whether the tag is a verb's: the id is read from the
# token without the vocab's string look-up that `tag_` makes, and a parse has few tags.
_VERB_TAGS: dict[int, bool] = {}


def has_auxiliary(verb: Token, key: str) -> bool:
    """The verb has an auxiliary of the grammar.yaml list `key` ("have killed":
    perfect_auxiliaries; "had blocked": past_perfect_auxiliaries)."""
    return any(c.dep_ == "aux" and c.lower_ in words()[key] for c in verb.children)


def is_verb(token: Token) -> bool:
    verb = _VERB_TAGS.get(token.tag)
    if verb is None:
        tag = token.tag_
        verb = _VERB_TAGS[token.tag] = tag.startswith("VB") or tag == "MD"
    return verb


def is_reporting(token: Token) -> bool:
    """A verb of saying ("said", "told"), or one that gives a toll as its object ("the Red
    Crescent put the death toll at 32")."""
    return is_verb(token) and (token.lower_ in words()["reporting_verbs"] or gives_toll(token))


def gives_toll(verb: Token) -> bool:
    """ "put the death toll at 32", "gave a toll of 12": a verb whose object is a toll."""
    return verb.lower_ in words()["toll_statement_verbs"] and any(
        c.dep_ == "dobj" and c.lower_ in words()["toll_nouns"] for c in verb.children
    )


def is_reaction(token: Token) -> bool:
    """A verb of reacting to an event ("condemned", "mourned")."""
    return is_verb(token) and token.lower_ in words()["reaction_verbs"]


def is_marked(verb: Token) -> bool:
    """The verb opens a subordinate clause ("as they were leaving", "while ...", "after ...")."""
    return any(c.dep_ == "mark" for c in verb.children)


def is_passive(verb: Token) -> bool:
    """ "were killed", "civilians killed by ...", "were killed, some shot at the scene, by X" (the
    parse's passive agent, where the verb has no object); not "targeted a patrol by an IED"."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"auxpass", "nsubjpass"}) or ("agent" in deps and "dobj" not in deps) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not active_participle(verb)
    )


def active_participle(verb: Token) -> bool:
    """ "strikes killed 14 civilians, residents said": a participle with an object of its own,
    or of an act that takes none ("forces, backed by X, clashed with Y": grammar.yaml
    intransitive_acts), is the report's main verb the parse hung on its subject, not
    "civilians killed by ..."."""
    return verb.dep_ == "acl" and (any(c.dep_ == "dobj" for c in verb.children) or (
        verb.lower_ in words()["intransitive_acts"] and verb.head.tag_.startswith("NN")))


def participle_subject(verb: Token) -> Token:
    """Who does the act of an active participle: the noun it hangs on, or for an act that
    takes no object, the noun whose phrase holds it, out of the phrases of support or place
    within ("troops backed by warplanes clashed with Y": the troops, not the warplanes)."""
    token = verb.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return token
    while token.dep_ in ("pobj", "agent", "prep", "acl") and token.head.i != token.i:
        token = token.head
    return token
