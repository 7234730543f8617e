"""Whether a mention lies in what an act avenges or answers ("in response to the killing of
two officers", "in revenge for the deaths of eight soldiers", "to avenge the killing of three
herders"): the parse puts it under a motive preposition right after a motive word (the parser
often hangs "for" on the verb, beside "in revenge"), or under the object of an avenging verb;
and whether it lies in whom an act stands for ("in solidarity with X")."""

from __future__ import annotations

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_verb, words


def in_motive(grammar: Grammar, start: int, end: int) -> bool:
    """The mention start..end is part of an act's motive, not of the act."""
    token = grammar.root(start, end)
    known = words()
    while token is not None and token.head.i != token.i:
        child, token = token, token.head
        if token.lower_ in known["avenging_verbs"] and child.dep_ == "dobj":
            return True
        if (
            token.dep_ == "prep"
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
