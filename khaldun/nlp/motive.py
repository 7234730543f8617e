"""Whether a mention lies in what an act avenges or answers ("in response to the killing of
two officers", "in revenge for the deaths of eight soldiers", "to avenge the killing of three
herders", "protested against the killing of two civilians"): the parse puts it under a motive
preposition right after a motive word (the parser often hangs "for" on the verb, beside "in
revenge"), under the object of an avenging or grievance verb, or under a grievance preposition
of a protest;
and whether it lies in whom an act stands for ("in solidarity with X")."""

from __future__ import annotations

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_verb, words


def in_motive(grammar: Grammar, start: int, end: int) -> bool:
    """The mention start..end is part of an act's motive, not of the act."""
    return _under_motive(grammar, start, end, grievance_only=False)


def in_grievance(grammar: Grammar, start: int, end: int) -> bool:
    """The mention start..end is part of what a protest answers ("to commemorate the death of
    three activists", "protested against the killing of two civilians")."""
    return _under_motive(grammar, start, end, grievance_only=True)


def _under_motive(grammar: Grammar, start: int, end: int, grievance_only: bool) -> bool:
    token = grammar.root(start, end)
    known = words()
    objects = known["grievance_verbs"] | (set() if grievance_only else known["avenging_verbs"])
    while token is not None and token.head.i != token.i:
        child, token = token, token.head
        if child.dep_ == "dobj" and token.lower_ in objects:
            return True
        if (
            token.dep_ == "prep"
            and token.lower_ in known["grievance_preps"]
            and token.head.lower_ in known["grievance_heads"]
        ):
            return True  # "protested against the killing of two civilians"
        if (
            not grievance_only
            and token.dep_ == "prep"
            and token.lower_ in known["motive_preps"]
            and token.i > 0
            and token.nbor(-1).lower_ in known["motive_words"]
        ):
            return True
    return False


def in_cause(grammar: Grammar, start: int, end: int) -> bool:
    """The mention start..end is part of whom an act stands for ("protested in solidarity with
    the people of X", "in support of civilians under fire in X"): it follows a cause word and
    its preposition in the same phrase, no finite verb or comma between ("prisoners held in
    X" is of the phrase; the parser often hangs "in X" on the act's verb)."""
    known = words()
    between = grammar.tokens(0, start)
    for n in range(len(between) - 1, 0, -1):
        token = between[n]
        if is_verb(token) and token.tag_ not in ("VBG", "VBN") or token.is_punct:
            return False
        if token.lower_ in known["cause_preps"] and between[n - 1].lower_ in known["cause_words"]:
            return True
    return False
