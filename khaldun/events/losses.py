"""Whose dead a side's losses are ("government forces lost 20 men", "we lost two men", "the
group said it lost three fighters"): the subject of the loss verb, read off the parse, or the
speaker a pronoun subject stands for (codebook §8.1: a source's total sums the dead of each
side it counts); and which are one family's dead, told by who lost them (a subset)."""

from __future__ import annotations

from spacy.tokens import Token

from khaldun.actors.resolve import ActorMention
from khaldun.actors.source_lexicon import anaphoric_owners
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_reporting, words
from khaldun.nlp.statements import speaker_meant
from khaldun.numbers import Count, victim_class
from khaldun.records import EXTERNAL, NON_STATE_ARMED, STATE_FORCES


def side_losses(grammar: Grammar, counts: list[Count], actors: list[ActorMention]) -> None:
    """Set the victim class (`side`) of each loss count whose loser the parse names."""
    for count in counts:
        if not count.loss:
            continue
        loser = _loser(grammar, count)
        if loser is not None:
            count.side = _side(grammar, speaker_meant(loser) or loser, actors)


def kin_losses(grammar: Grammar, counts: list[Count]) -> None:
    """Mark as a subset the dead of one family told as one's own: a relative's loss ("he lost
    two brothers"), a person's "whose two sons died", or "his three children were killed" in
    what he says; a list of the dead ("a man and his three sons") is the toll."""
    for count in counts:
        if count.kind != "killed" or count.continues:
            continue
        noun = grammar.root(count.start, count.end)
        if noun is not None and noun.dep_ == "nummod":
            noun = noun.head
        listed = ("conj", "appos", "cc")  # "him, his wife, two sons and a daughter"
        if noun is None or not _kin(noun) or noun.dep_ in listed or any(
                t.dep_ in listed
                for t in (*noun.children, *grammar.tokens(count.start, count.end))):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb = grammar.clause_verb(count.start, count.end)
        told = verb is not None and verb.dep_ == "ccomp" and is_reporting(verb.head)
        if count.loss or (owner is not None and (owner.tag_ == "WP$" or told)):
            count.subset = True


def _kin(noun: Token) -> bool:
    """ "brothers", "relatives", "family members": a family's."""
    kin = words()["kin_nouns"]
    return noun.lower_ in kin or any(c.dep_ == "compound" and c.lower_ in kin
                                     for c in noun.children)


def targets_dead(grammar: Grammar, counts: list[Count], actors: list[ActorMention]) -> None:
    """Set the victim class of a bare count of the dead whose killing ends an act on someone
    ("opened fire on residents, killing three"): they are of those the act was on."""
    for count in counts:
        if count.kind != "killed" or count.head or count.side or count.loss:
            continue
        target = _target(grammar, count)
        if target is not None:
            count.side = _side(grammar, target, actors)


def _target(grammar: Grammar, count: Count) -> Token | None:
    """Whom the act was on that the killing participle taking the count ends."""
    token = grammar.root(count.start, count.end)
    if token is None or token.dep_ != "dobj" or token.head.dep_ != "advcl":
        return None
    if any(c.dep_ == "prep" for c in token.children):
        return None  # "killing five of his comrades": the group is told
    act = token.head.head
    # (after the verb: "On Monday, gunmen opened fire on ..." is no target)
    return next((obj for prep in act.rights if prep.dep_ == "prep"
                 and prep.lower_ in words()["target_preps"]
                 for obj in prep.children if obj.dep_ == "pobj"), None)


def _loser(grammar: Grammar, count: Count) -> Token | None:
    """The subject of the verb whose object the count is ("X lost 20 men", "X killed 12 and
    lost three": the subject shared by coordinated verbs)."""
    token = grammar.root(count.start, count.end)
    if token is None:
        return None
    if token.dep_ == "nummod":
        token = token.head
    if token.dep_ != "dobj":
        return None
    verb = token.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in words()["subject_labels"]), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _side(grammar: Grammar, who: Token, actors: list[ActorMention]) -> str | None:
    """The victim class of the side a noun phrase names: an actor named inside it, else its
    head noun or a word before it ("the rebels", "the group", "military spokesman X")."""
    start, end = grammar.subtree_offsets(who)
    for mention in actors:
        if start <= mention.start and mention.end <= end:
            inter = mention.actor.inter
            if inter in (STATE_FORCES, EXTERNAL):
                return "state forces"
            if inter in NON_STATE_ARMED:
                return "fighters"
    if who.lower_ in anaphoric_owners():
        return "fighters"
    words = who.doc[who.left_edge.i : who.i + 1]
    return next((side for w in reversed(words) if (side := victim_class(w.lower_))), None)
