"""Which dates of a sentence are not its event's: a statement's day told again, the date of a
thing ("the March 7 deadline"), the opening of a running tally ("killed since March"), the
frame of a comparison ("the deadliest attack since 2019")."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from khaldun.dates import BACKGROUND_DAYS, DateMention, find_dates, is_running_tally
from khaldun.events.triggers import Trigger
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_verb, words
from khaldun.nlp.periods import (
    accrual_verbs,
    campaign_verbs,
    counted_series_verbs,
    in_yardstick,
    series_verbs,
    war_long_verbs,
)
from khaldun.numbers import Count

# what may stand between a statement's day and the same day told again ("said on Sunday
# [13 January]", "said Sunday, Jan. 13")
_RESTATED_GAP = re.compile(r"^[\s,(\[]*$")


def restated(text: str, dates: list[DateMention], said: list[DateMention]) -> list[DateMention]:
    """Dates that repeat a statement's day right after it: the statement's too."""
    return [
        d for d in dates
        if d not in said
        and any(s.end <= d.start and _RESTATED_GAP.match(text[s.end : d.start])
                and (s.date_start, s.date_end) == (d.date_start, d.date_end) for s in said)
    ]


def dates_a_thing(grammar: Grammar, mention: DateMention, triggers: list[Trigger]) -> bool:
    """A calendar date before a noun that names no act ("a candidate in the April 30 vote", "the
    March 7 deadline"), or before one in a phrase that describes another noun ("victims of the
    Sept. 11 attacks"), dates that thing, not an event (codebook §8.6); a weekday before one
    ("during Friday prayers") still tells the day."""
    token = grammar.root(mention.start, mention.end)
    if mention.relative or token is None or token.head.i <= token.i:
        return False
    if token.dep_ not in ("nmod", "compound", "amod") or not token.head.tag_.startswith("NN"):
        return False
    named = token.head
    if named.dep_ == "pobj" and named.head.head.tag_.startswith("NN") and any(
        (act := grammar.root(t.start, t.end)) is not None and is_verb(act)
        and act not in named.subtree for t in triggers
    ):
        # "blew himself up near a memorial to victims of the Sept. 11 attacks": the date
        # names a thing the act's place is told by (not "the toll from the March 3 bombing")
        return True
    start, end = grammar.offsets(named)
    return not any(t.start < end and start < t.end for t in triggers)


# the links from a date up to what it frames: "since 2019", "in months", "this year"
# a period of a week or more (Monday to Sunday) is a series' span, not one act's day
LONG_DAYS = 6
_FRAMING = frozenset({"pobj", "prep", "npadvmod", "pcomp"})


def frames_a_comparison(grammar: Grammar, mention: DateMention) -> bool:
    """A date that bounds a superlative ("the attack was the deadliest since 2019", "the worst
    bombing in the city this year"): the span the act is compared over, not its day."""
    token = grammar.root(mention.start, mention.end)
    if token is None:
        return False
    while token.dep_ in _FRAMING and token.head.i != token.i:
        token = token.head
    # "was the deadliest since 2019": the date hangs from the copula, the superlative its attribute
    compared = [token, *(c for c in token.children if c.dep_ == "attr")]
    return any(_superlative(t) for t in compared)


def bounds_a_count(grammar: Grammar, mention: DateMention) -> bool:
    """A day a count was reached by ("16 bodies had been found by Sunday afternoon"): a bound
    of the tally, not the day of the act (grammar.yaml bound_preps)."""
    token = grammar.root(mention.start, mention.end)
    if not (token is not None and token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent")
            and token.head.lower_ in words()["bound_preps"] and is_verb(token.head.head)):
        return False
    # (only a clause that counts: "troops had retaken the base by Saturday" is the act's day)
    own = set(token.head.subtree)
    counted = words()["bound_count_words"]
    return any(t not in own and (t.like_num or t.pos_ == "NUM" or t.lower_ in counted)
               for t in token.head.head.subtree)


def frames_a_count(grammar: Grammar, mention: DateMention) -> bool:
    """A period an ordinal counts an act in ("it was the second bombing in the city this
    month"): the frame of that count, not the act's day (not the mention's own word: "for a
    third day" is the run's day)."""
    own = token = grammar.root(mention.start, mention.end)
    if token is None:
        return False
    while token.dep_ in _FRAMING and token.head.i != token.i:
        token = token.head
    compared = [token, *(c for c in token.children if c.dep_ == "attr")]
    return any(t is not own and _counted_in_period(t) for t in compared)


def _counted_in_period(token: Token) -> bool:
    """ "the second bombing", "the third such attack": an act's noun an ordinal counts, not a
    run's day ("the second day of protests")."""
    return token.tag_.startswith("NN") and token.lower_ not in words()["run_span_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in words()["tally_ordinals"] for c in token.children)


def _superlative(token: Token) -> bool:
    """ "deadliest", "the worst attack", "the most violent day": a superlative or its noun."""
    return token.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") or (c.dep_ == "amod" and _superlative(c))
        for c in token.children if c.dep_ in ("amod", "advmod"))


def tally_clauses(
    grammar: Grammar, dates: list[DateMention], counts: list[Count], published: date | None,
    series: set[Token],
) -> set[Token]:
    """The verbs (with their conjuncts) of clauses that count the dead "since <an old date>":
    running tallies ("500 have been killed and 2,500 detained since March"); `series` are the
    sentence's `series_clauses` (a series' toll is a running tally too)."""
    # (not "killing nine in the first attack there since 2009": the yardstick's "since" tells
    # the record the act is measured against, no period the act's toll runs over)
    verbs = {grammar.clause_verb(d.start, d.end) for d in dates if is_running_tally(d, published)
             and not in_yardstick(grammar, d.start, d.end)}
    # "... since the protests erupted on Oct. 1": a period opened long before
    # (not "the first attack since a raid killed 20 last month": a yardstick's clause, whose old
    # day opens no period for the act measured against it)
    verbs |= {
        grammar.opened_period(d.start, d.end) for d in dates
        if published is not None and (published - d.date_start).days > BACKGROUND_DAYS
        and not in_yardstick(grammar, d.start, d.end)
    }
    verbs |= war_long_verbs(grammar, [(d.start, d.end) for d in dates])
    verbs |= series
    verbs.discard(None)
    verbs |= {c for v in verbs for c in v.conjuncts}
    # "bringing to 40 the number killed this month": the accrual's own clause; not the act it
    # is joined to ("killing five, bringing to 87 the number killed this week": the five are
    # the event's)
    verbs |= accrual_verbs(grammar, [(d.start, d.end) for d in dates if published is None or (
        d.precision == 3 or (published - d.date_start).days > BACKGROUND_DAYS)])
    counted = {grammar.clause_verb(c.start, c.end) for c in counts if c.kind == "killed"}
    return verbs if verbs & counted else set()


def longer_runs(
    grammar: Grammar, dates: list[DateMention], counts: list[Count], told_from: date,
    published: date | None,
) -> set[Token]:
    """The verbs of clauses that count the dead over a run of days back from the report ("the
    fighting has killed 70 over the past three days", "in the past 48 hours") that began before
    the first day of the acts just told (`told_from`): a longer period's toll (codebook §8.1),
    whose acts and days are no event's. ("since Friday" opens an ongoing event's own run.)"""
    openers = words()["period_openers"]
    verbs = set()
    for d in dates:
        if (published is None or d.date_end != published or d.date_start >= told_from
                or d.named_days or d.surface.split()[0].lower() in openers):
            continue
        verb = grammar.clause_verb(d.start, d.end)
        if verb is not None and any(
                c.kind == "killed" and grammar.clause_verb(c.start, c.end) == verb
                for c in counts):
            verbs.add(verb)
    return verbs


def series_clauses(grammar: Grammar, dates: list[DateMention]) -> set[Token]:
    """The verbs of clauses that count a series of acts ("the strikes have killed 62 this
    month", "air strikes on the province killed 47 last week"): a series' toll, whose acts
    and days are no event's."""
    # calendar periods of a week or more ("last week", "this month", "in November"), not a run
    # back from the day of the report ("over the past ten days", which may be one battle's)
    calendar = [d for d in dates if (d.precision == 3 or (
        d.date_end - d.date_start).days >= LONG_DAYS) and (
        d.date_start.day == 1 or (d.precision == 2 and d.date_start.weekday() == 0))]
    spans = [(d.start, d.end) for d in dates]
    return series_verbs(
        grammar, spans, [(d.start, d.end) for d in calendar],
        any(d.precision == 3 for d in calendar)) | counted_series_verbs(grammar, spans) | (
        campaign_verbs(grammar))


def told_relative(
    grammar: Grammar, text: str, dates: list[DateMention], said: list[DateMention], told: date
) -> list[DateMention]:
    """Relative days in what a statement reports counted from the day it was told when the
    publication's day would put them after it ("attacked overnight, the army said on Friday"
    in Monday's paper: Thursday night)."""
    verbs = [v for d in said if d.date_start == told
             and (v := grammar.statement_circumstance(d.start, d.end)) is not None and is_verb(v)]
    late = [d for d in dates if d.relative and d.date_start > told and any(
        _reported_by(grammar.root(d.start, d.end), v) for v in verbs)]
    if not late:
        return dates
    again = {(m.start, m.end): m for m in find_dates(text, told)}
    return [again.get((d.start, d.end), d) if d in late else d for d in dates]


def _reported_by(token: Token | None, verb: Token) -> bool:
    return token is not None and verb in token.ancestors
