"""Dead counted besides those told before them in a sentence ("gunmen killed a chief in an
attack that left six others dead", "two were killed and three others died later"): one toll
that sums them (codebook §8.1), unless the parse puts the others under another act by a
named agent of its own ("a bomb killed two in A, and gunmen shot dead three other people")."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import words
from khaldun.numbers import Count
from khaldun.numbers.lexicon import alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words after a number that count others besides, a sentence end or new clause)."""
    besides = re.compile(
        rf"\s+(?:(?:{alternation('besides_heads')})\b|(?:{alternation('more_words')})\s+\w)",
        re.IGNORECASE,
    )
    apart = re.compile(rf"[.!?;]\s|\n|\b(?:{alternation('clause_openers')})\b", re.IGNORECASE)
    return besides, apart


def with_others_added(grammar: Grammar, text: str, counts: list[Count]) -> list[Count]:
    """The counts with a sum for each "N others" killed count and the killed count before it
    in the same clause; the two become the sum's parts (subsets)."""
    besides, apart = _patterns()
    out: list[Count] = []
    for count in counts:
        before = next((c for c in reversed(out) if c.kind == "killed" and not c.subset), None)
        if (
            count.kind == "killed" and not (count.subset or count.continues or count.vague)
            and count.value > 0 and before is not None and not before.vague and before.value > 0
            and besides.match(text, count.end)
            and not apart.search(text, before.end, count.start)
            and not _another_agents_act(grammar, before, count)
        ):
            before.subset = count.subset = True
            out.append(Count(before.start, count.end, text[before.start : count.end],
                             before.value + count.value, "killed",
                             before.at_least or count.at_least,
                             before.approximate or count.approximate, before.head))
        out.append(count)
    return sorted(out, key=lambda c: (c.start, -c.end))


def _another_agents_act(grammar: Grammar, before: Count, others: Count) -> bool:
    """The others are the object of a verb other than the first count's, whose subject is a
    noun of its own ("gunmen shot dead three other people"), not "that"/"which" standing for
    the act ("an attack that left six others dead") nor the others themselves ("three
    others died")."""
    verb = grammar.clause_verb(others.start, others.end)
    if verb is None or verb == grammar.clause_verb(before.start, before.end):
        return False
    subject = next((c for c in verb.children if c.dep_ in words()["subject_labels"]), None)
    if subject is None or not subject.tag_.startswith("NN"):  # a noun, not "that"
        return False
    start, end = grammar.subtree_offsets(subject)
    return not (start <= others.start and others.end <= end)
