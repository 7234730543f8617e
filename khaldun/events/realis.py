"""Acts a sentence mentions without reporting them: planned, threatened or possible ones, and
crimes a court tries (codebook §1: no forecasts, threats or background)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_verb
from khaldun.nlp.grammar_words import words as grammar_words

_KEYS = (
    "intention_verbs", "future_modals", "condition_marks", "sequel_verbs", "judicial_verbs",
    "judicial_preps", "captive_participles", "anticipation_words", "anticipation_preps",
    "question_marks", "held_nouns", "undone_sub_types", "ending_verbs",
    "breaking_participles", "fate_words", "one_victim_pronouns", "sure_death_words",
)


@lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("khaldun.data").joinpath("realis.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=yaml.CSafeLoader)
    if not isinstance(data, dict) or not isinstance(data.get("tally_incidents"), int):
        raise ValueError("khaldun/data/realis.yaml: 'tally_incidents' must be a whole number")
    for key in _KEYS:
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"khaldun/data/realis.yaml: {key!r} must be a list of words")
    return data


@lru_cache(maxsize=1)
def _incident_heads() -> frozenset[str]:
    """The head words of structure.yaml's plural incident nouns ("strikes" of "air strikes")."""
    text = resources.files("khaldun.data").joinpath("structure.yaml").read_text("utf-8")
    nouns = yaml.load(text, Loader=yaml.CSafeLoader).get("incident_nouns")
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise ValueError("khaldun/data/structure.yaml: 'incident_nouns' must be a list of words")
    return frozenset(n.split()[-1].lower() for n in nouns)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {key: frozenset(v.lower() for v in _data()[key]) for key in _KEYS}


def unreported(grammar: Grammar, start: int, end: int) -> bool:
    """The trigger at start..end names an act that has not happened ("plans an offensive",
    "vowed to retaliate", "an offensive would displace thousands", "until the rebels
    withdraw"), an earlier act the story follows ("follows the killing of ...") or a crime a
    court tries ("sentenced for the 2014 kidnapping")."""
    token = grammar.root(start, end)
    if token is None:
        return False
    if _sequel(token) or _tallied(token):
        return True
    if token.dep_ == "amod" and token.lower_ in _words()["captive_participles"]:
        return True  # "the release of detained activists": held since before
    if _describes(token):
        return True  # "a stronghold of rebels fighting the government": who they are
    if any(c.dep_ in ("acl", "amod") and c.lower_ in _words()["intention_verbs"]
           for c in token.children):
        return True  # "protests expected on Friday", "a planned offensive": still to come
    if token.dep_ == "pobj" and token.head.lower_ in _words()["anticipation_preps"] and (
            token.head.head.lower_ in _words()["anticipation_words"]):
        return True  # "ahead of the march": still to come
    if token.dep_ == "pobj" and token.head.lower_ in _words()["judicial_preps"]:
        return token.head.head.lower_ in _words()["judicial_verbs"]
    # the verb whose act the trigger is: itself, or the verb it is the object or subject of
    if token.dep_ == "nsubj":  # the act is the subject: "an offensive would displace ..."
        return _modal(token.head)
    verb = token.head if token.dep_ in ("dobj", "nsubjpass") else token
    # "plans to attack", "will meet to discuss an exchange"
    purpose = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.tag_ == "TO" for c in verb.children))
    return _intended(verb) or (purpose and _intended(verb.head)) or _condition(verb)


def undone(grammar: Grammar, start: int, end: int, sub_event_type: str | None) -> bool:
    """The trigger start..end names a deal told ending ("a ceasefire agreed in May collapsed",
    "the truce deal was violated"): the deal was made before; its end is no new one."""
    if sub_event_type not in _data()["undone_sub_types"]:
        return False
    token = grammar.root(start, end)
    if token is None:
        return False
    if token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass"):
        token = token.head
    ending = _words()["ending_verbs"]
    # (the participle of "a ceasefire agreed in May collapsed" may be parsed as the verb, the
    # ending verb as its clause with no subject of its own)
    if is_verb(token) and any(
            c.dep_ in ("advcl", "conj") and c.lower_ in ending
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in token.children):
        return True
    verb = token.head
    if token.dep_ == "nsubj":
        return verb.lower_ in ending
    return token.dep_ == "nsubjpass" and verb.lower_ in _words()["breaking_participles"]


def asked(grammar: Grammar, start: int, end: int) -> bool:
    """The mention start..end is told inside an indirect question ("it is unclear whether he
    was killed", "gave no word on whether the driver lived or died"): asked, not reported."""
    token = grammar.root(start, end)
    marks = _words()["question_marks"]
    while token is not None:
        if any(c.dep_ == "mark" and c.lower_ in marks for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _describes(token: Token) -> bool:
    """The trigger is a present participle set after the holders of a place ("the stronghold of
    rebels fighting the government", "a town held by rebels fighting the army"): it says who
    they are, no act of the story's; a noun that is a clause's subject or object acts or is
    acted on in it ("gunmen attacking a checkpoint were killed"), and one a preposition of
    another kind takes may be told acting ("in support of troops fighting militias")."""
    noun = token.head
    if token.dep_ != "acl" or token.tag_ != "VBG" or noun.i == token.i or noun.dep_ != "pobj":
        return False
    prep, held = noun.head, noun.head.head
    return (prep.lower_ == "of" and held.lower_ in _words()["held_nouns"]) or (
        prep.dep_ == "agent" and held.lower_ in grammar_words()["holding_verbs"])


def _tallied(token: Token) -> bool:
    """The trigger is a plural noun of incidents counted in the hundreds ("1,200 explosions"):
    a tally of a period (weapons so counted, "270 missiles", may be one event's)."""
    if token.lower_ not in _incident_heads():
        return False
    least = _data()["tally_incidents"]
    for child in token.children:
        if child.dep_ == "nummod":
            digits = child.text.replace(",", "")
            if digits.isdigit() and int(digits) >= least:
                return True
    return False


def _condition(verb: Token) -> bool:
    """The verb's clause is a condition ("until the rebels withdraw")."""
    marks = _words()["condition_marks"]
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in verb.children
    )


def _sequel(token: Token) -> bool:
    """The token is, or is told inside, the object of a verb that sets the story against an
    earlier act ("follows the killing of ..., and protests in which 12 died")."""
    while token.head.i != token.i:
        if token.dep_ in ("dobj", "conj") and token.head.lower_ in _words()["sequel_verbs"]:
            return True
        token = token.head
    return False


def _intended(verb: Token) -> bool:
    """The verb intends ("plans", "vowed", "was planned") or is a modal's ("will launch")."""
    return verb.lower_ in _words()["intention_verbs"] or _modal(verb)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _words()["future_modals"] for c in verb.children)


def doubted_death(grammar: Grammar) -> bool:
    """The sentence asks whether the one victim just told died ("it was not clear whether he
    was killed", "it was unclear if she survived"): a death in doubt, told by no one."""
    fates, pronouns = _words()["fate_words"], _words()["one_victim_pronouns"]
    for token in grammar.words:
        if token.lower_ not in fates:
            continue
        start, end = grammar.offsets(token)
        verb = token if is_verb(token) else token.head
        if asked(grammar, start, end) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in pronouns
                for c in verb.children):
            return True
    return False


def says_death(text: str) -> bool:
    """The sentence tells a death in so many words ("shot dead", "killed"), not only a shooting
    that may have killed ("was shot")."""
    return any(w in _words()["sure_death_words"] for w in re.findall(r"[a-z]+", text.lower()))
