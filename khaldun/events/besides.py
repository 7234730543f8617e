"""Dead counted besides those told before them in a sentence ("gunmen killed a chief in an
attack that left six others dead", "two were killed and three others died later"): one toll
that sums them (codebook §8.1), unless the parse puts the others under another act by a
named agent of its own ("a bomb killed two in A, and gunmen shot dead three other people").
A later sentence's "two more died of their wounds" adds to the toll told before it too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khaldun.claims.status import source_key
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import words
from khaldun.numbers import Count, find_counts
from khaldun.numbers.lexicon import alternation, word_set
from khaldun.records import REPORTER, Claim

_ITEM_END = re.compile(r"[,.;!?]|\n")  # where a list's item ends


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words after a number that count others besides, a sentence end or new clause)."""
    besides = re.compile(
        rf"\s+(?:(?:{alternation('besides_heads')})\b|(?:{alternation('more_words')})\s+\w)",
        re.IGNORECASE,
    )
    apart = re.compile(
        rf"[.!?;]\s|\n|\b(?:{alternation('clause_openers')}|{alternation('others_apart_words')})\b",
        re.IGNORECASE)
    return besides, apart


@lru_cache(maxsize=1)
def _also_after() -> re.Pattern[str]:
    """ "... was also killed", "... also died": a verb of more dead after the count."""
    return re.compile(
        rf"\s+(?:(?:{alternation('added_auxiliaries')})\s+)?(?:{alternation('added_adverbs')})"
        rf"\s+(?:{alternation('added_death_verbs')})\b",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _opens_added() -> re.Pattern[str]:
    """ "another soldier", "one of the wounded": words that open a count of more dead."""
    return re.compile(
        rf"(?:{alternation('added_openers')}|{alternation('later_dead_subjects')})(?![\w-])",
        re.IGNORECASE)


def _added_at(text: str, count: Count) -> bool:
    """The count counts dead besides others ("three others", "two more", "another soldier",
    "one of the wounded")."""
    return bool(_patterns()[0].match(text, count.end) or _opens_added().match(text, count.start)
                or _also_after().match(text, count.end))


def _also_after_noun(text: str, count: Count) -> bool:
    """ "five attackers were also killed": the count's noun, then a verb of more dead."""
    noun = re.compile(rf"\s+{re.escape(count.head)}\b").match(text, count.end) if (
        count.head) else None
    return noun is not None and bool(_also_after().match(text, noun.end()))


def with_later_dead_added(claims: list[Claim]) -> list[Claim]:
    """The claims, each toll of a later sentence that counts dead besides those told before
    ("Two more people died of their wounds", "Another policeman died") raised by the toll it
    adds to: its source's own if that source gave one before, else the one told last (for
    the event's fatality range; codebook §8.1)."""
    out: list[Claim] = []
    for claim in claims:
        earlier = [c for c in out if c.kind == "fatalities" and isinstance(c.value, int)
                   and c.start is not None and claim.start is not None and c.start < claim.start]
        if claim.kind == "fatalities" and isinstance(claim.value, int) and earlier and _adds(
                claim, earlier):
            key = source_key(claim)
            own = [c for c in earlier if source_key(c) == key]
            last = max(earlier, key=lambda c: c.start)
            base = max(c.value for c in own) if own else last.value
            claim = replace(claim, value=base + claim.value, victims=None)
            if not own and key.startswith(REPORTER + ":"):
                # the outlet telling one more death continues the source it relayed (§8.5)
                claim = replace(claim, originator=last.originator or last.source)
            elif not own and source_key(last).startswith(REPORTER + ":"):
                # a source telling dead besides the outlet's toll ("killing 31 people. Police
                # said five attackers were also killed") counts the outlet's too: that figure
                # is part of its account, no rival one (§8.5)
                out = [replace(c, originator=claim.originator or claim.source)
                       if c is last else c for c in out]
        out.append(claim)
    return out


def _adds(claim: Claim, earlier: list[Claim]) -> bool:
    """The claim's toll is the first its sentence counts, and counts others besides dead told
    before ("two more", "three others", "another soldier"; "five attackers were also killed"
    when the dead are of an armed side no toll before counts: else they may be those it
    counted, or a rival count of them)."""
    # (the first dead its sentence counts: "killed a sheikh and four others" are besides the
    # sheikh, and may restate the toll told before)
    first = next((c for c in find_counts(claim.quote) if c.kind == "killed"), None)
    if first is None or first.value != claim.value:
        return False
    return _added_at(claim.quote, first) or (
        claim.victims in word_set("armed_victim_classes")
        and all(c.victims != claim.victims for c in earlier)
        and _also_after_noun(claim.quote, first))


def with_others_added(
    grammar: Grammar, text: str, counts: list[Count], places: Sequence[tuple[int, int]] = ()
) -> list[Count]:
    """The counts with a sum for each "N others" killed count and the killed count before it
    in the same clause; the two become the sum's parts (subsets). The others of a list whose
    verb is left out ("eight died on the spot and four others in hospital") add up too,
    unless a name parts the list ("eight in A and four others in B": each its place's)."""
    apart = _patterns()[1]
    out: list[Count] = []
    for count in counts:
        before = next((c for c in reversed(out) if c.kind == "killed" and not c.subset), None)
        if (
            count.kind == "killed" and not (count.subset or count.vague)
            and not (count.continues and _named_apart(grammar, text, before, count, places))
            and count.value > 0 and before is not None and not before.vague and before.value > 0
            and _added_at(text, count)
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


def _named_apart(
    grammar: Grammar, text: str, before: Count | None, count: Count,
    places: Sequence[tuple[int, int]],
) -> bool:
    """A place or another proper name stands in the list from the first count to the end of
    the others' item: the items may be different places' or days' tolls."""
    if before is None:
        return False
    end = _ITEM_END.search(text, count.end)
    stop = end.start() if end else len(text)
    return any(before.end <= s and e <= stop for s, e in places) or any(
        t.tag_ in ("NNP", "NNPS") for t in grammar.tokens(before.end, stop))


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
