"""Death counts the parse finds where the words around a number do not: a number whose noun
is the passive subject of a killing verb however long the phrase between them ("six aid
workers employed by a French charity -- ... -- were killed", "four members of the committee
were attacked and killed"), or the subject of a dying verb."""

from __future__ import annotations

from khaldun.nlp.grammar import Grammar
from khaldun.numbers import Count, find_numbers
from khaldun.numbers.counts import is_excluded, qualifiers
from khaldun.numbers.lexicon import word_set

_RANGE_REACH = 25  # characters from a range's low number past its high one ("10 to 22")


def with_parsed_counts(grammar: Grammar, text: str, counts: list[Count]) -> list[Count]:
    """The counts plus a killed count for each number the parse makes the dead of a killing
    verb, where no count covers that number yet."""
    kill, die = word_set("parse_kill_verbs"), word_set("parse_die_verbs")
    added = []
    for num in find_numbers(text):
        if num.vague or any(c.start < num.end and num.start < c.end + (
                _RANGE_REACH if c.high is not None else 0) for c in counts):
            continue  # counted already (a range's count ends at its low number)
        token = grammar.root(num.start, num.end)
        if token is None or token.dep_ != "nummod" or is_excluded(text, num):
            continue
        noun = token.head
        verb, passive = noun.head, noun.dep_ == "nsubjpass"
        if noun.dep_ == "nsubj" and verb.dep_ == "auxpass":
            verb, passive = verb.head, True  # the subject hung on "were": "were ... killed"
        verbs = {verb.lower_} | {c.lower_ for c in verb.children if c.dep_ == "conj"}
        if (passive and verbs & kill) or (noun.dep_ == "nsubj" and verb.lower_ in die) or (
                _object_of_killing(noun, word_set("parse_killing_verbs"))):
            at_least, approximate = qualifiers(text, num)
            added.append(Count(num.start, num.end, text[num.start : num.end], num.value,
                               "killed", at_least, approximate, noun.lower_))
    return sorted([*counts, *added], key=lambda c: (c.start, -c.end)) if added else counts


def _object_of_killing(noun, killing: frozenset[str] | set[str]) -> bool:
    """The noun is a later conjunct of the object of an active killing verb, past words that
    keep the regular expressions from reaching it ("killing a district chief, his apparent
    target, and seven others")."""
    if noun.dep_ != "conj":
        return False
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ == "dobj" and first.head.lower_ in killing
