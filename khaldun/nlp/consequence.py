"""Whether a mention lies in what an act made others do ("rockets hit the airport, forcing
the authorities to divert flights to X", "prompting residents to flee towards X"): the clause
a consequence verb ("forcing", "prompting") opens with "someone to do": what is done there, and
where, is not the act's own."""

from __future__ import annotations

from spacy.tokens import Token

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import words


def consequence_clause(grammar: Grammar, start: int, end: int) -> Token | None:
    """The verb of the consequence clause holding the mention start..end ("divert" in
    "..., forcing the authorities to divert flights to X"), else None. The consequence verb
    is a participle set off from the act ("forcing"), not the main verb ("they forced
    residents to leave" tells what was done)."""
    token = grammar.root(start, end)
    verbs = words()["consequence_verbs"]
    while token is not None and token.head.i != token.i:
        child, token = token, token.head
        if (child.dep_ in ("xcomp", "ccomp") and token.lower_ in verbs
                and token.dep_ in ("advcl", "conj", "xcomp")):
            return child
    return None
