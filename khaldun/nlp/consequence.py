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


def done_there(grammar: Grammar, start: int, end: int) -> bool:
    """The mention is where the others did what the act made them do: its phrase hangs on the
    consequence clause's verb by a preposition other than "from" ("prompting residents to seek
    shelter in X", "forcing planes to land in X"), not on a noun of that clause ("forcing
    families to leave their homes in X" still tells where the act drove them out)."""
    verb = consequence_clause(grammar, start, end)
    if verb is None:
        return False
    lists = words()
    token = grammar.root(start, end)
    while token is not None and token.dep_ in lists["name_phrase_labels"]:
        if token.dep_ == "prep" and token.lower_ not in lists["naming_preps"]:
            return token.lower_ not in lists["origin_preps"] and token.head.i == verb.i
        token = token.head
    return False
