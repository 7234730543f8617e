"""Denials (codebook §6, §8.2): a side or a source saying an event did not happen, was not
theirs, or did not end as another source says ("the army denied losing the town")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from khaldun.actors import SourceMention
from khaldun.actors.resolve import UNIDENTIFIED, ActorMention
from khaldun.actors.source_lexicon import strip_the
from khaldun.claims.lexicon import alternation, words
from khaldun.claims.speakers import names_itself, phrase_name
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_reporting
from khaldun.nlp.grammar_words import words as grammar_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# A cheap test before the grammar is asked: the sentence has a denial verb.
DENIAL_WORD = re.compile(rf"\b(?:{alternation('denial_verbs')})\b", re.IGNORECASE)
_DENY = words("deny_forms")
# "... said the rebels had been repelled": a source saying the ground was held (§8.2).
HELD_GROUND = re.compile(rf"\b(?:{alternation('held_ground')})\b", re.IGNORECASE)
# "... said the reports were false", "called the claims baseless": a source's word on them.
FALSE_REPORT = re.compile(rf"\b(?:{alternation('false_report_words')})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Denial:
    """Who denies, and the span of the sentence (character offsets) that they deny."""

    source: str
    start: int
    end: int
    what: str
    ground: bool = False  # "the attack was repelled": denies only a claimed change of control


def find_denial(
    grammar: Grammar, text: str, actors: list[ActorMention], sources: list[SourceMention]
) -> Denial | None:
    """The denial a sentence reports, with a named denier, if any."""
    verbs = words("denial_verbs")
    for token in grammar.words:
        if token.lower_ not in verbs or not token.tag_.startswith("VB"):
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp")]
        if token.lower_ not in _DENY and not any(
            o.lower_ in words("denied_things") for o in objects
        ):
            continue  # "rejected a truce": no event denied
        if objects and all(o.lower_ in words("support_denied") for o in objects):
            continue  # "Rwanda denies supporting them": a side's backing, not the act
        if _denies_a_standing_charge(grammar, token, objects):
            continue  # "X accuses Y of backing the rebels, a charge Y denies": no act denied
        named = [
            (_named(text, *span, actors, sources), span[1])
            for span in (_own_offsets(grammar, s) for s in _subjects(token))
        ]
        denier, s_end = next(((n, e) for n, e in named if n is not None), (None, 0))
        if denier is None:
            denier, s_end = _described(grammar, text, token)
        if denier is None:
            continue
        end = _denied_end(grammar, token)
        what = text[grammar.offsets(token)[1] : end].strip(" ,.;")
        if not any(c.dep_ == "nsubj" for c in token.children):
            # "TV said the raids killed eight and denied that ...": a subject shared with the
            # statement before it; the denied words begin at the denial verb
            s_end = max(s_end, grammar.offsets(token)[0])
        return Denial(denier, s_end, end, what)
    return None


def standing_charges(grammar: Grammar) -> list[Token]:
    """Verbs of accusing a side of backing another ("X accuses Y of arming the rebels"): a
    standing charge, no account of an act."""
    return [
        v for v in grammar.words if v.lower_ in words("accusation_verbs") and any(
            p.lower_ in words("charge_preps") and any(
                g.lower_ in words("support_denied") for g in p.children)
            for p in v.children if p.dep_ == "prep")
    ]


def _denies_a_standing_charge(grammar: Grammar, token: Token, objects: list[Token]) -> bool:
    """The denial answers an accusation of backing a side told in the sentence ("Kinshasa
    accuses Rwanda of backing the rebels, a charge Kigali denies", "..., which Kigali denies"):
    it denies nothing but the accusation (its object is the accusing clause, a pronoun or a
    word for a charge, or none)."""
    charges = standing_charges(grammar)
    if not charges:
        return False
    return all(o in charges or o.tag_ in ("WDT", "WP", "PRP")
               or o.lower_ in words("denied_things") for o in objects)


def find_held_ground(
    grammar: Grammar, text: str, actors: list[ActorMention], sources: list[SourceMention]
) -> Denial | None:
    """A named source saying the ground was held ("the army said the attack was repelled and
    the town remained under its control"): a denial of a claimed capture."""
    return _said_against(grammar, text, actors, sources, HELD_GROUND, ground=True)


def find_false_report(
    grammar: Grammar, text: str, actors: list[ActorMention], sources: list[SourceMention]
) -> Denial | None:
    """A named source saying the event or the reports of it are false ("the army said the
    reports were baseless", "the group said it had nothing to do with the attack")."""
    return _said_against(grammar, text, actors, sources, FALSE_REPORT, ground=False)


def _denied_end(grammar: Grammar, verb: Token) -> int:
    """Where the denied words end: the denial verb's own complements, not a statement
    coordinated with it ("denied losing fighters and said 20 police were killed") or a
    reporting clause after it ("denied it, saying ...")."""
    said = [
        t for t in verb.subtree
        if t.i != verb.i and (
            (t.dep_ == "conj" and (t.head == verb or is_reporting(t)))
            # "denied that civilians were hurt, saying 12 militants died"
            or (t.dep_ == "advcl" and t.head == verb and is_reporting(t)))
    ]
    cut = {t.i for s in said for t in s.subtree}
    kept = [
        t for t in verb.subtree
        if t.i >= verb.i and t.i not in cut and t.dep_ not in ("punct", "cc") and not t.is_space
    ]
    return max(grammar.offsets(t)[1] for t in kept)


def _said_against(
    grammar: Grammar,
    text: str,
    actors: list[ActorMention],
    sources: list[SourceMention],
    words_of: re.Pattern[str],
    ground: bool,
) -> Denial | None:
    """A named source whose statement (or the object of "called") holds the words, not as a
    modifier ("its propaganda channels" calls nothing false)."""
    held = next((m for m in words_of.finditer(text) if not _modifier(grammar, m)), None)
    if held is None:
        return None
    for token in grammar.words:
        if not (is_reporting(token) or token.lower_ in words("naming_verbs")):
            continue
        said = [c for c in token.children if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj")]
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects and token.dep_ in ("advcl", "conj", "xcomp"):
            # "the army said, adding that the assault had been repelled": who said adds
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        if not said or not subjects:
            continue
        spans = [grammar.subtree_offsets(c) for c in said]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if not start <= held.start() < end:
            continue
        denier = _named(text, *grammar.subtree_offsets(subjects[0]), actors, sources)
        if denier is not None:
            return Denial(denier, start, end, text[start:end].strip(" ,.;"), ground=ground)
    return None


def _modifier(grammar: Grammar, found: re.Match[str]) -> bool:
    token = grammar.root(found.start(), found.end())
    return token is not None and token.dep_ in ("compound", "amod", "nmod")


def _named(
    text: str, start: int, end: int, actors: list[ActorMention], sources: list[SourceMention]
) -> str | None:
    """The source or actor named within start..end; armed men no one identifies are named by
    the subject's own words ("the Islamist fighters' Shura Council")."""
    for m in sources:
        # ("the army denied": a source whose own words run on into the verb)
        if start <= m.start < end:
            return m.name
    for a in actors:
        if start <= a.start and a.end <= end:
            if a.actor.name.startswith(UNIDENTIFIED):
                return strip_the(text[start:end].strip(" ,"))
            return a.actor.name
    return None


def _own_offsets(grammar: Grammar, subject: Token) -> tuple[int, int]:
    """The subject's words, less an apposition that relates it to another ("Russia, a key ally
    of X,": grammar.yaml relation_nouns), whose names deny nothing."""
    start, end = grammar.subtree_offsets(subject)
    related = [c for c in subject.children
               if c.dep_ == "appos" and c.lower_ in grammar_words()["relation_nouns"]]
    if related:
        end = min(grammar.subtree_offsets(c)[0] for c in related)
    return start, end


def _described(grammar: Grammar, text: str, verb: Token) -> tuple[str | None, int]:
    """A denier the dictionaries do not name but the text describes as the denial's own
    subject ("separatist leaders denied ..."): its words, and where they end."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if names_itself(subject):
            return phrase_name(grammar, text, subject), grammar.subtree_offsets(subject)[1]
    return None, 0


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, then those it shares with the verbs it is coordinated with, nearest
    first ("police said that officers were hurt and denied using live rounds": the parse hangs
    "denied" on "hurt", whose passive subject is no denier, and "hurt" on "said"; "an adviser
    told Reuters the group had fought, and denied killing civilians": "the group" names no
    one, the adviser denies)."""
    coordinated = False
    subjects: list[Token] = []
    while True:
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects += own
        if verb.head.i == verb.i or (own and verb.dep_ == "conj"):
            # "troops said ..., but the group's spokesman denied it": its own subject denies
            return subjects
        if verb.dep_ == "conj":
            coordinated = True
        elif not (coordinated and verb.dep_ == "ccomp"):
            return subjects
        verb = verb.head


def negated(grammar: Grammar, start: int, end: int) -> bool:
    """The act at start..end is negated ("the rebels had not entered the town", "never
    attacked", "no arrests were made", "did not make any arrests"): it did not happen."""
    token = grammar.root(start, end)
    if token is None:
        return False
    if token.tag_.startswith("VB"):
        return any(c.dep_ == "neg" for c in token.children)
    denying = words("denying_determiners")
    if any(c.dep_ == "det" and c.lower_ in denying for c in token.children):
        return True
    return token.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "neg" for c in token.head.children)


def negated_by(speakers: list, start: int, end: int, what: str) -> Denial | None:
    """A named speaker saying an act did not happen denies it (codebook §6, §8.2)."""
    named = [s for s in speakers if s.at is not None]
    return Denial(named[0].source, start, end, what) if named else None


def instrument_negated(grammar: Grammar, start: int, end: int) -> bool:
    """The weapon at start..end is the subject of a negated verb of its own act ("its aircraft
    did not strike the town", "its jets had not flown over the area"): the act it names was
    not done; not of what the act did ("the blast did not hurt anyone")."""
    token = grammar.root(start, end)
    return token is not None and token.dep_ == "nsubj" and token.head.tag_.startswith(
        "VB") and token.head.lower_ in words("weapon_act_verbs") and any(
        c.dep_ == "neg" for c in token.head.children)
