"""Whether a mention lies in what an act avenges or answers ("in response to the killing of
two officers", "in revenge for the deaths of eight soldiers", "to avenge the killing of three
herders"): the parse puts it under a motive preposition right after a motive word (the parser
often hangs "for" on the verb, beside "in revenge"), or under the object of an avenging verb."""

from __future__ import annotations

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import words


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
