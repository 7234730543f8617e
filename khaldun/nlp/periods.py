"""Clauses that count over a war's or a siege's whole run ("1,500 have been killed since the
siege began", "since the start of the war", "killed in the war") or over months ("killed in the
first six months of the year"): the verbs such a period phrase hangs on, when no date inside it
says the period is short (codebook §8.1: a toll for a longer period is no event's toll)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import has_auxiliary, is_verb, words


def war_long_verbs(grammar: Grammar, dated: list[tuple[int, int]]) -> set[Token]:
    """Verbs whose clause a "since" phrase of a long period modifies; `dated` are the
    sentence's date spans (a dated "since" phrase is judged by its date elsewhere)."""
    known = words()
    verbs = set()
    for token in grammar.words:
        if token.dep_ == "prep" and token.lower_ in known["within_preps"]:
            period = next((c for c in token.children if c.dep_ == "pobj"), None)
            if period is not None and _long(period):
                start, end = grammar.subtree_offsets(token)
                if not any(start <= s and e <= end for s, e in dated):
                    verbs.add(token.head)
            continue
        if token.lower_ not in known["period_openers"]:
            continue
        if token.dep_ == "mark" and token.head.dep_ == "advcl":
            period = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            clause, verb = token.head, token.head.head
        elif token.dep_ == "prep":
            period = _onset_of(next((c for c in token.children if c.dep_ == "pobj"), None)
                               or _launched(token))
            clause, verb = token, token.head
        else:
            continue
        start, end = grammar.subtree_offsets(clause)
        # ("since the coalition intervened": a clause whose verb opens a war)
        onset = token.dep_ == "mark" and token.head.lower_ in known["onset_verbs"]
        if not onset and (period is None or period.lower_ not in known["period_nouns"]):
            continue
        if not any(start <= s and e <= end for s, e in dated):
            verbs.add(verb)
    return verbs


def accrual_verbs(grammar: Grammar, long_dated: list[tuple[int, int]]) -> set[Token]:
    """Verbs that carry a toll "to" a figure over a long period or an area ("bringing to 40 the
    number of troops killed since the offensive began", "raising the toll in the province to
    60"), with the verbs of their clause: a running total, no event's toll. `long_dated` are
    the spans of the sentence's dates of a month or more or begun over a week ago ("since
    Monday" is an ongoing event's own run)."""
    known = words()
    verbs = set()
    for verb in grammar.words:
        if verb.lower_ not in known["accrual_verbs"] or not any(
            c.dep_ == "dobj" and c.lower_ in known["accrual_nouns"] for c in verb.children
        ):
            continue
        clause = list(verb.subtree)
        if not any(t.lower_ == "to" and any(c.like_num for c in t.children) for t in clause):
            continue
        start, end = grammar.subtree_offsets(verb)
        if any(start <= s and e <= end for s, e in long_dated) or any(
            t.lower_ in known["scope_nouns"]
            or (t.lower_ in known["period_openers"]
                and any(w.lower_ in known["period_nouns"] for w in t.head.subtree))
            for t in clause
        ) or _ranked_in_period(grammar, verb, long_dated):
            verbs |= {t for t in clause if is_verb(t)}
    return verbs


def _ranked_in_period(grammar: Grammar, verb: Token, long_dated: list[tuple[int, int]]) -> bool:
    """The accrual hangs on a clause that ranks its act among a long period's ("it was the
    third such attack this month, bringing the number of officers killed to 20"): the figure
    is the period's ("the second blast went off minutes later, bringing the toll to 12" is the
    act's own)."""
    if verb.dep_ != "advcl" or not any(
            noun.dep_ in ("attr", "nsubj", "dobj") and any(
                c.dep_ == "amod" and c.lower_ in words()["tally_ordinals"]
                for c in noun.children)
            for noun in verb.head.children):
        return False
    start, end = grammar.subtree_offsets(verb.head)
    own_start, own_end = grammar.subtree_offsets(verb)
    return any(start <= s and e <= end and not (own_start <= s and e <= own_end)
               for s, e in long_dated)


def series_verbs(
    grammar: Grammar, dated: list[tuple[int, int]], long_dated: list[tuple[int, int]],
    monthly: bool,
) -> set[Token]:
    """Verbs whose subject is acts in the plural or fighting at large ("the strikes have killed
    62", "air strikes on the province killed 47 last week", "fighting in the region has killed
    120 this month") over a period of a week or more (`long_dated`, in the verb's clause, a
    clause joined to it, or else the sentence outside the verb's clause) or "since" an undated
    past ("since the militants were driven out") or, undated, in the perfect over an area
    ("mines have killed 80 in the area"), told as an accrual (perfect tense), over an area ("the
    province") or over a calendar month (`monthly`): a series' toll. `dated` are the spans of
    all the sentence's dates: a clause with one of its own that is not long ("on Wednesday",
    "since Friday") tells one act."""
    known = words()
    verbs = set()
    for verb in grammar.verbs:
        subject = _acts(verb)
        if subject is None:
            continue
        joined = {verb, *verb.conjuncts}
        # (a clause with no date of its own is dated by the sentence's, outside what hangs on it)
        start, end = grammar.subtree_offsets(verb)
        own = [(s, e) for s, e in dated if grammar.clause_verb(s, e) in joined] or [
            (s, e) for s, e in dated if not start <= s < end]
        if any(span not in long_dated for span in own):
            continue
        undated_since = any(
            (t.dep_ == "prep" and t.head == verb or t.dep_ == "mark" and t.head.head == verb)
            and t.lower_ in known["period_openers"] and not own
            for t in verb.subtree)
        perfect = has_auxiliary(verb, "perfect_auxiliaries")
        scoped = any(_scope(t, verb, subject) for t in verb.subtree)
        # ("mines left by the group have killed 80 in the area": undated, an area's accrual)
        if not (own or undated_since or (perfect and scoped and not dated)):
            continue
        if perfect or monthly or scoped:
            verbs.add(verb)
    return verbs


def campaign_verbs(grammar: Grammar) -> set[Token]:
    """Perfect-tense verbs whose subject is a campaign ("the offensive", "the siege", a period
    noun) and whose clause spans a week or more ("the offensive on X has killed 500 in two
    weeks", "the siege has killed 300 in three months"): the campaign's toll over its run, no
    one act's (codebook §8.1). ("The offensive has killed 23", undated, may be the act's own.)"""
    known = words()
    verbs = set()
    for verb in grammar.words:
        if not is_verb(verb) or not has_auxiliary(verb, "perfect_auxiliaries"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in known["period_nouns"]:
            continue
        if any(p.dep_ == "prep" and p.lower_ in known["within_preps"]
               and any(o.dep_ == "pobj" and o.lower_ in known["record_span_nouns"]
                       for o in p.children)
               for p in verb.children):
            verbs.add(verb)
    return verbs


def _scope(token: Token, verb: Token, subject: Token) -> bool:
    """ "in the area", "on the province", "across the country": an area the text names no
    more, bounding the verb's clause or its subject."""
    return (
        token.lower_ in words()["scope_nouns"] and token.dep_ == "pobj"
        and token.head.head in (verb, subject)
        and all(c.dep_ == "det" for c in token.children)
        and any(c.dep_ == "det" for c in token.children)
    )


def _acts(verb: Token) -> Token | None:
    """The acts in the plural the verb tells the toll of: its subject ("the strikes have
    killed"), the noun a relative subject stands for ("a wave of attacks that have killed"),
    or, passive, the acts they were killed in ("100 have been killed in bombings"; "in
    violence over the past month" may be one wave's)."""
    known = words()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in known["relative_pronouns"] and (
            verb.dep_ == "relcl"):
        subject = verb.head
    if subject is None and any(c.dep_ == "auxpass" for c in verb.children):
        subject = next((o for p in verb.children if p.dep_ == "prep"
                        and p.lower_ in known["series_preps"]
                        for o in p.children if o.dep_ == "pobj"
                        and o.lower_ in known["series_nouns"]), None)
    return subject if subject is not None and _series(subject) else None


def _series(subject: Token) -> bool:
    """ "the strikes", "Taliban attacks", "mines left by the group", "fighting": acts in the
    plural, or fighting at large."""
    known = words()
    return subject.lower_ in known["series_mass_nouns"] or (
        subject.tag_ in ("NNS", "NNPS") and subject.lower_ in known["series_nouns"])


@lru_cache(maxsize=1)
def _period_opener() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words()['period_openers']))})\b", re.I)


def measures_against(text: str) -> bool:
    """The sentence has a word ("since") that can open what an act is measured against: only
    then can `in_yardstick` hold for any of its words."""
    return _period_opener().search(text) is not None


def in_yardstick(grammar: Grammar, start: int, end: int) -> bool:
    """The mention start..end tells the record an act is measured against ("the deadliest since
    an ambush that killed 30 soldiers", "the worst attack since a truck bomb killed 500"):
    another act's, inside a "since" phrase or clause that follows a superlative."""
    token = grammar.root(start, end)
    known = words()
    while token is not None and token.head.i != token.i:
        opener = token if token.lower_ in known["period_openers"] else next(
            (c for c in token.children
             if c.dep_ == "mark" and c.lower_ in known["period_openers"]), None)
        if opener is not None:
            return any(_superlative(t) or t.lower_ in known["yardstick_ordinals"]
                       for t in (token.head, *token.head.children))
        token = token.head
    return _since_subject(grammar.clause_verb(start, end))


def _since_subject(verb: Token | None) -> bool:
    """ "the deadliest attack since a bombing in March killed 50": a verb with no subject of its
    own right after a "since" phrase of a superlative, whose noun the parser did not make the
    verb's subject: the clause is the yardstick's."""
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    known = words()
    return any(
        t.lower_ in known["period_openers"] and t.dep_ == "prep" and t.i < verb.i
        and t.right_edge.i == verb.i - 1 and any(c.dep_ == "pobj" for c in t.children)
        and any(_superlative(h) or h.lower_ in known["yardstick_ordinals"]
                for h in (t.head, *t.head.children))
        for t in verb.doc[verb.sent.start : verb.i]
    )


def in_record_span(grammar: Grammar, start: int, end: int) -> bool:
    """The mention's clause hangs on a record span of a week or more ("it was the deadliest week
    for the army, with 23 troops killed", "the bloodiest month of the year, with 300 dead"):
    the span's toll, no event's (codebook §8.1)."""
    verb = grammar.clause_verb(start, end)
    if verb is None or verb.dep_ not in ("advcl", "acl", "relcl", "pcomp"):
        return False
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head  # ("with 21 killed")
    spans = [t for t in (head, *head.children)
             if t.lower_ in words()["record_span_nouns"] and (t is head or t.dep_ in (
                 "attr", "nsubj", "oprd"))]
    return bool(spans) and any(
        _superlative(t) or any(c.lower_ in words()["record_adjectives"] for c in t.children)
        for t in (head, *spans))


def in_span_relative(grammar: Grammar, start: int, end: int) -> bool:
    """The mention's clause is a relative clause on a span of a week or more ("the third attack
    in a month that has left 20 officers dead", "a year in which 300 were killed"): the span's
    toll, no event's (codebook §8.1)."""
    verb = grammar.clause_verb(start, end)
    return verb is not None and verb.dep_ == "relcl" and (
        verb.head.lower_ in words()["tally_span_nouns"])


def _superlative(token: Token) -> bool:
    """ "the deadliest", "the worst attack", "the most violent": a superlative, or a noun or
    verb that one qualifies."""
    return token.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") and c.dep_ in ("amod", "advmod", "attr", "acomp")
        for c in token.children)


def _onset_of(noun: Token | None) -> Token | None:
    """ "the start of the war" -> war; any other noun is itself."""
    if noun is None or noun.lower_ not in words()["onset_nouns"]:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def _launched(opener: Token) -> Token | None:
    """ "since launching the operation" -> operation: what a gerund of an onset opens."""
    verb = next((c for c in opener.children if c.dep_ == "pcomp"
                 and c.lower_ in words()["onset_gerunds"]), None)
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None


def _long(noun: Token) -> bool:
    """ "the war", "the first six months": a whole war (not one outbreak: "a fresh conflict",
    "the cult war", "the conflict that erupted") or a span of months or more."""
    known = words()
    if noun.lower_ in known["long_span_nouns"]:
        return True
    if noun.lower_ not in known["whole_war_nouns"]:
        return False
    kids = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
        c.dep_ in ("acl", "relcl", "prep")
        or c.lower_ in known["outbreak_adjectives"]
        or c.dep_ == "compound"
        for c in kids
    )


def country_tally_verbs(
    grammar: Grammar, countries: list[tuple[int, int]], finer: list[tuple[int, int]],
    dated: list[tuple[int, int]],
) -> set[Token]:
    """Perfect-tense verbs whose clause counts the dead of a whole country, undated ("more than
    5,000 people have been killed in Yemen", "in Yemen's war", "in the country", "fighting has
    killed 10,000 across the country"): a running tally (codebook §8.1), not the toll of an
    act at a place. `countries` are the spans of the sentence's country names, `finer` of its
    towns, districts and provinces (a clause that names one of them may tell one act: "have
    been killed in Yemen's Taiz province"), `dated` of its dates ("since Monday": a run)."""
    known = words()
    verbs = set()
    heads = [grammar.root(s, e) for s, e in countries]
    heads += [t for t in grammar.words if t.lower_ in known["country_nouns"] and t.dep_ == "pobj"
              and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)]
    for head in heads:
        # the country bounds the clause itself ("killed in Yemen", "across the country", "in
        # Yemen's war"), not a thing within it ("in an eastern Syria holdout": one place there)
        if head is not None and head.dep_ == "poss" and head.head.lower_ in known["period_nouns"]:
            head = head.head
        if head is None or head.dep_ != "pobj" or head.head.lower_ not in (
                known["within_preps"] | known["tally_words"]):
            continue
        verb = next((a for a in head.ancestors if is_verb(a)), None)
        if verb is None or not has_auxiliary(verb, "perfect_auxiliaries"):
            continue
        start, end = grammar.subtree_offsets(verb)
        if any(start <= s < end for s, _ in [*finer, *dated]):
            continue
        verbs.add(verb)
    return verbs


def counted_series_verbs(grammar: Grammar, dated: list[tuple[int, int]]) -> set[Token]:
    """Perfect-tense verbs whose object counts acts ("the rebels have fired more than 90
    missiles at the kingdom", "the coalition has carried out dozens of air strikes"), undated,
    with the participles that tell what they did (", killing at least 12"): a series' toll
    (codebook §8.1), no one act's. `dated` are the sentence's date spans ("fired two rockets on
    Monday, killing one" tells one act)."""
    verbs = set()
    for verb in grammar.verbs:
        if not has_auxiliary(verb, "perfect_auxiliaries"):
            continue
        acts = [o for o in verb.children if o.dep_ == "dobj" and _counted_acts(o)]
        if not acts:
            continue
        start, end = grammar.subtree_offsets(verb)
        if any(start <= s < end for s, _ in dated):
            continue
        verbs.add(verb)
        verbs |= {c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"}
    return verbs


def _counted_acts(noun: Token) -> bool:
    """ "more than 90 missiles", "dozens of air strikes": acts in the plural, counted."""
    known = words()
    if noun.lower_ in known["series_quantifiers"]:
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None)
        return noun is not None and _series(noun)
    return _series(noun) and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in known["few_counts"]
        for c in noun.children)
