"""Who a named person speaks for, read from the parse: "X, a spokesman for the Joint Command,
said" and "said X, director of the city's ambulance service" make the organisation the source
(codebook §6), and a later "X said" stands for it too."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from khaldun.actors import find_actors
from khaldun.actors.sources import load_sources, resolve_source, role_nouns
from khaldun.claims.attribution import Attribution
from khaldun.claims.lexicon import words
from khaldun.nlp.grammar import Grammar, is_reporting
from khaldun.records import ARMED_CLASSES, REPORTER

# Words of the organisation's phrase kept in its name: its head and the words before it.
_NAME_LABELS = frozenset({"compound", "nmod", "amod", "poss", "case"})


def organisation_speakers(
    grammar: Grammar, text: str, country: str | None, speakers: list[Attribution],
    people: dict[str, str],
) -> list[Attribution]:
    """The speakers of a sentence with each person set beside an organisation replaced by that
    organisation; the person's names are learnt (in `people`) as standing for it."""
    out = list(speakers)
    for verb in grammar.span:
        if not is_reporting(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            start, end = grammar.subtree_offsets(subject)
            inside = [s for s in out if s.at is not None and start <= s.at < end]
            served = _served(subject)
            if served is None and not inside and _described(subject, country):
                served = subject  # "a doctors' committee aligned with the protesters said"
            if served is None:
                continue
            name, said_as = _organisation(grammar, text, served, country)
            if name is None:
                continue
            denies = any(s.denial for s in inside)
            out = [s for s in out if s not in inside and s.source != REPORTER]
            out.append(Attribution(name, name, denies, start, said_as))
            _learn(subject, name, people)
    return out if out else speakers


def _served(subject: Token) -> Token | None:
    """The organisation a subject's role serves: the subject itself ("a spokesman for X") or
    its apposition ("Ali Nur, a spokesman for X")."""
    for role in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        if role.lower_ not in _roles():
            continue
        for prep in role.children:
            if prep.dep_ == "prep" and prep.lower_ in words("serving_preps"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def _described(subject: Token, country: str | None) -> bool:
    """A subject that describes an organisation, not an armed one ("a local rights group")."""
    if subject.lower_ not in words("organisation_nouns") or subject.tag_ not in ("NN", "NNS"):
        return False
    if not any(t.dep_ in _NAME_LABELS for t in subject.lefts):
        return False
    phrase = " ".join(t.text for t in subject.subtree)
    return not any(a.actor.inter in ARMED_CLASSES for a in find_actors(phrase, country))


def _organisation(
    grammar: Grammar, text: str, head: Token, country: str | None
) -> tuple[str | None, str]:
    """The source an organisation's phrase names: a known source or armed group, else its own
    words when an organisation noun heads them ("the Amin ambulance service"); a place ("the
    governor of Kandahar") or a person names none."""
    kept = [*(t for t in head.lefts if t.dep_ in _NAME_LABELS), head]
    said_as = phrase_name(grammar, text, head)
    known = resolve_source(said_as, country)
    named = head.lower_ in words("organisation_nouns") and any(
        t.tag_.startswith("NNP") for t in kept
    )
    if known is not None and known != said_as and not (named and _generic(known)):
        return known, said_as
    return (said_as if head.lower_ in words("organisation_nouns") else None), said_as


def phrase_name(grammar: Grammar, text: str, head: Token) -> str:
    """A noun phrase's name: its head and the words before it, without a determiner ("the
    Amin ambulance service", "separatist leaders")."""
    kept = [t for t in head.lefts if t.dep_ in _NAME_LABELS]
    words = sorted({t for w in kept for t in w.subtree} | {head}, key=lambda t: t.i)
    while words[0].dep_ == "det":  # "the Tripoli government's forces"
        words.pop(0)
    return text[grammar.offsets(words[0])[0] : grammar.offsets(head)[1]]


def _generic(source: str) -> bool:
    """A class of source ("medical sources"), which an organisation's own name outranks."""
    entry = load_sources().entries.get(source)
    return entry is not None and entry.generic


def _learn(subject: Token, name: str, people: dict[str, str]) -> None:
    """ "Saad Maan, a spokesman for ...": "Maan" (or "Saad") alone stands for the source later."""
    if subject.tag_ != "NNP":
        return
    for token in subject.subtree:
        if token.tag_ == "NNP" and (token.i == subject.i or token.head.i == subject.i):
            people[token.text] = name


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(w.lower() for w in role_nouns())

