"""The dates of a sentence's drafts: the day or range a trigger group took place, whether the
sentence is background, and the day an undated report was told on."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from khaldun.dates import BACKGROUND_DAYS, DateMention, background_cues, is_running_tally
from khaldun.dates import is_background as is_background_date
from khaldun.dates.calendar import words
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import governed_by
from khaldun.events.run_told import ENDED_VERBS, GOES_ON
from khaldun.events.tolls import count_for_place
from khaldun.events.triggers import Trigger, alternation, word_class
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.nlp.initials import compile_guarded
from khaldun.nlp.motive import in_grievance
from khaldun.nlp.periods import in_yardstick
from khaldun.records import SUB_TO_TYPE

ONSET_VERBS = word_class("onset_verbs", whole=True)
# "the clashes began on Monday": a run that lasts, not one act (event_words.yaml)
LASTING_RUNS = word_class("lasting_run_nouns", whole=True)
DAILY_TYPES = word_class("daily_event_types", whole=True)
# "over the past 48 hours": a window up to the telling (event_words.yaml rolling_windows)
ROLLING = word_class("rolling_windows")

# A statement's day bounds an undated event only when a report could carry it: up to three
# days before publication ("said on Monday" in Tuesday's paper, "said on Friday" in Monday's,
# across a weekend). One further back says more about a publication date that is not the
# report's own than about the event.
TOLD_DAYS = 3

TALLY = re.compile(
    rf"\b(?:{alternation('tally_deaths')})\b[^.;]{{0,40}}\b(?:{alternation('tally_spread')}) "
    rf"(?:{alternation('tally_wholes')}|[A-Z]\w+)\b|\b(?:{alternation('tally_nationwide')})\b"
    rf"|\b(?:{alternation('tally_arrests')})\b[^.;]{{0,40}}\b(?:{alternation('tally_spread')}) "
    rf"(?:{alternation('tally_wholes')})\b",
    re.I,
)

# Undated background the date finder leaves: habits and trends, not one event.
_BACKGROUND = (
    rf"\b(?:{alternation('background_periods')})\b|\b(?:{alternation('habit_adverbs')})\b|"
    rf"\b(?:{alternation('kindred_events')})\b|\b(?:{alternation('habit_kinds')})\b|"
    rf"\b(?:{alternation('conflict_nouns')})"
    rf"\b[^.;]{{0,40}}\bha(?:s|ve) (?:{alternation('conflict_toll_verbs')})\b"
)
BACKGROUND = compile_guarded(_BACKGROUND, re.I)


def pick_date(
    facts: SentenceFacts,
    group: list[Trigger],
    carried: DateMention | None,
    default: tuple[date | None, date | None, int],
    published: date | None,
    begun: DateMention | None = None,
) -> tuple[date | None, date | None, int, bool]:
    """(start, end, precision, is_background) for a group from the sentence's dates; `begun`
    is the day a run the sentence tells the end of may have begun on.

    A sentence whose every date is background ("in 2011", "since July 2014") is background."""
    if is_background(facts, published):
        return None, None, 3, True
    # (a day after publication, "the next day" counted from it or a date set for talks, is
    # no day of a reported event)
    current = [m for m in facts.dates
               if not _is_old(m, published) and not (published and m.is_future(published))]
    # the date the parse puts under the group's trigger, else the nearest one; an old day the
    # parse puts under another act is that act's ("marched to mark the killing of three men on
    # 15 January 2017")
    governed = {id(m): governed_by(facts, group, m.start, m.end) for m in current}
    if not any(governed.values()) and any(
            _is_old(m, published) and governed_by(facts, group, m.start, m.end) is True
            and not in_yardstick(facts.grammar, m.start, m.end)  # ("the first since 2009")
            for m in facts.dates):
        # "the latest in a wave of attacks that have killed 40 people this month": the group's
        # own time is past, a tally of it, not the day the sentence tells
        return None, None, 3, True
    mentions = sorted(
        (m for m in current
         if (governed[id(m)] is not False or not long_before(m, published))
         and not _run_up_to_the_act(facts, group, m)),
        key=lambda d: (governed[id(d)] is not True, abs(d.start - group[0].start)),
    )
    chosen = mentions[0] if mentions else carried
    if chosen is None:
        return (*default, False)
    if governed.get(id(chosen)) is not True or not _daily(group):
        chosen = _run_up_to(facts, chosen, current)
    chosen = _own_run_going_on(facts, group, chosen, current)
    # "clashes that began on Friday continued on Sunday": from the first day to the last
    onsets = [m.date_start for m in current if _opens(facts, group, m)]
    if onsets:
        first, last = min(onsets), max(m.date_end for m in current)
        if first == last and published is not None and told_still_going(facts, group):
            # "fighting that began on Friday has killed 20, officials said on Sunday": a run
            # up to the day it is told
            last = max((m.date_end for m in facts.statement_dates
                        if first <= m.date_end <= published), default=published)
        if first < last and (last - first).days <= BACKGROUND_DAYS:
            return first, last, 2, False
    # "troops ended the siege on Sunday after gunmen stormed the hotel on Friday", "clashes in
    # the city, which gunmen stormed on Friday, were continuing on Monday": to its last day
    ends = [m.date_end for m in current
            if m is not chosen
            and (_ends(facts, m) or _goes_on(facts, group, m) or _until(facts, m))]
    last = max(ends, default=chosen.date_end)
    first = (_run_begun_before(facts, chosen, begun) or _run_begun_here(facts, chosen, current)
             or chosen.date_start)
    if first < last and (last - first).days <= BACKGROUND_DAYS:
        return first, last, 2, False
    return chosen.date_start, chosen.date_end, chosen.precision, False


def _run_begun_before(facts: SentenceFacts, chosen: DateMention,
                      begun: DateMention | None) -> date | None:
    """ "Gunmen stormed a hotel on Saturday night. Troops ended the siege on Sunday after a
    gunbattle that killed 26": a day the sentence gives as its act's end ("ended", "until")
    ends the run told before (its paragraph's day, or the day the article told last when the
    sentence speaks of the run again: "the siege"); the run starts on that earlier day (codebook
    §8.4). So does one told going on that names no place ("Fighting continued on Monday and
    Tuesday"); one that names a place, "On Wednesday, clashes continued in X", may be another
    place's fight: it keeps its day."""
    if begun is None or chosen is begun or chosen not in facts.dates:
        return None
    if not (begun.date_start < chosen.date_start
            and (chosen.date_end - begun.date_start).days <= BACKGROUND_DAYS):
        return None
    if _ends(facts, chosen) or _until(facts, chosen):
        return begun.date_start
    if not facts.places and _told_going_on(facts, chosen):
        return begun.date_start  # ("Fighting continued on Monday and Tuesday": placed nowhere else)
    return None


def _run_begun_here(facts: SentenceFacts, chosen: DateMention,
                    current: list[DateMention]) -> date | None:
    """ "The assault began on Sunday evening and ended on Monday afternoon, when troops killed
    the last gunmen": an act dated by the day the sentence's run ended on ("ended", "until")
    is that run's end; the run starts on the day the sentence tells it began (codebook §8.4)."""
    if chosen not in current or not (_ends(facts, chosen) or _until(facts, chosen)):
        return None
    days = [m for m in current if not (m.background or m.running or m.ongoing)]
    run = run_of_days(facts.sentence.text, days)
    if run is None or run[1] != chosen.date_end or run[0] >= chosen.date_start:
        return None
    return run[0]


def _told_going_on(facts: SentenceFacts, mention: DateMention) -> bool:
    """The date is governed by a verb telling a run still went on ("continued", "raged on")."""
    verb = facts.grammar.clause_verb(mention.start, mention.end)
    return verb is not None and GOES_ON.match(
        facts.sentence.text, _verb_phrase_start(facts, verb)) is not None


def _ends(facts: SentenceFacts, mention: DateMention) -> bool:
    """The date is governed by a verb that ends an event ("ended", "was lifted")."""
    verb = facts.grammar.clause_verb(mention.start, mention.end)
    return verb is not None and ENDED_VERBS.match(
        facts.sentence.text, _verb_phrase_start(facts, verb)) is not None


def _until(facts: SentenceFacts, mention: DateMention) -> bool:
    """The date is in a clause or phrase that "until" opens ("held hostages until troops stormed
    the hotel on Sunday", "until Sunday"): the day the act's run ended."""
    grammar = facts.grammar
    marks = words()["run_end_marks"]
    if _until_time().search(facts.sentence.text, max(0, mention.start - 40), mention.start):
        return True  # "until dawn on Tuesday" (however the parse hangs the day)
    token = grammar.root(mention.start, mention.end)
    if token is not None and token.dep_ == "pobj" and token.head.lower_ in marks:
        return True
    verb = grammar.clause_verb(mention.start, mention.end)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in marks
                                    for c in verb.children)


@lru_cache(maxsize=1)
def _until_time() -> re.Pattern[str]:
    """ "until dawn ", "till the early hours of ": a time of day that ends a run, right before
    the day it falls on (dates.yaml run_end_marks, run_end_times)."""
    marks = "|".join(words()["run_end_marks"])
    times = "|".join(words()["run_end_times"])
    return re.compile(rf"\b(?:{marks})\s+(?:{times})\s+$", re.I)


def _verb_phrase_start(facts: SentenceFacts, verb: Token) -> int:
    """Where a verb's phrase starts in the sentence: its first auxiliary ("were continuing")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return facts.grammar.offsets(helpers[0] if helpers else verb)[0]


def _goes_on(facts: SentenceFacts, group: list[Trigger], mention: DateMention) -> bool:
    """The date is governed by a verb telling the group's act still went on ("clashes ... were
    continuing on Monday", "continued the raids on Sunday", "struck on Saturday and continued on
    Sunday"; not "a bomb killed five, while clashes continued elsewhere")."""
    grammar = facts.grammar
    verb = grammar.clause_verb(mention.start, mention.end)
    if verb is None:
        return False
    if GOES_ON.match(facts.sentence.text, _verb_phrase_start(facts, verb)) is None:
        return False
    acts = {grammar.root(t.start, t.end) for t in group} - {None}
    subjects = {c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    # ("continued the raids on Sunday"; "struck the town on Saturday and continued Sunday")
    objects = {c for c in verb.children if c.dep_ == "dobj"}
    joined = verb.dep_ == "conj" and verb.head in acts
    # ("protests spread to X on Monday and continued into Tuesday": the act is the subject the
    # continuing verb shares with the verb it is joined to)
    shared = verb.dep_ == "conj" and not subjects and any(
        c.dep_ in ("nsubj", "nsubjpass") and c in acts for c in verb.head.children)
    # ("launched attacks on X on Sunday night that continued into Monday": a clause on the act,
    # which the parse may hang on the verb whose object the act is)
    described = (verb.dep_ in ("relcl", "acl") and _noun_phrase_head(verb.head) in acts) or (
        any(s.lower_ in grammar_words()["relative_pronouns"] for s in subjects)
        and any(c in acts for c in verb.head.children if c.dep_ == "dobj"))
    return verb in acts or bool((subjects | objects) & acts) or joined or shared or described


def _daily(group: list[Trigger]) -> bool:
    """The group's act is of a kind told day by day (event_words.yaml daily_event_types)."""
    return any(DAILY_TYPES.fullmatch(SUB_TO_TYPE.get(t.sub_event_type or "", ""))
               for t in group)


def _run_up_to(facts: SentenceFacts, day: DateMention, current: list[DateMention]
               ) -> DateMention:
    """The ongoing run that ends on the chosen day in the same clause ("the two-day offensive
    ended on Wednesday": Tuesday to Wednesday), else the day itself. (A day the act's own verb
    governs is that day's act when the act is told day by day, "struck the town on Wednesday
    for a fourth day": the caller keeps it; "clashed on Friday for a third day" runs.) A run
    told as what came before the act ("captured the town on Monday after two days of
    fighting") is not the act's own."""
    if day.ongoing or day not in current:
        return day
    verb = facts.grammar.clause_verb(day.start, day.end)
    return next(
        (m for m in current
         if m.ongoing and m.date_end == day.date_end
         and facts.grammar.clause_verb(m.start, m.end) == verb  # (Tokens: ==, not is)
         and not _run_before(facts, m)),
        day,
    )


def _own_run_going_on(facts: SentenceFacts, group: list[Trigger], day: DateMention,
                      current: list[DateMention]) -> DateMention:
    """ "Ten people were killed on Tuesday as clashes entered a third day": a run told ongoing up
    to the chosen day whose subject is the group's own act ("clashes") is the group's run, from
    its first day (codebook §8.4). Not when the group also tells an act of another type ("a car
    bomb killed five on Tuesday as fighting entered its third day": the bombing keeps its day)."""
    if day.ongoing or day not in current:
        return day
    acts = {facts.grammar.root(t.start, t.end): t for t in group}
    acts.pop(None, None)
    for m in current:
        if not m.ongoing or m.date_end != day.date_end or _run_before(facts, m):
            continue
        verb = facts.grammar.clause_verb(m.start, m.end)
        subjects = [] if verb is None else [
            acts[c] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c in acts]
        kinds = {SUB_TO_TYPE.get(t.sub_event_type or "") for t in group
                 if t.role in ("act", "instrument") and t.sub_event_type}
        if subjects and subjects[0].role == "act" and kinds == {
                SUB_TO_TYPE.get(subjects[0].sub_event_type or "")}:
            return m
    return day


def _run_up_to_the_act(facts: SentenceFacts, group: list[Trigger], mention: DateMention
                       ) -> bool:
    """ "have retaken the town after three days of fighting": a run told as what came before
    the group's act, the word "after" hangs on, is not its date (the act keeps the day reported);
    the run's own act ("days of fighting") is dated by it."""
    if not mention.ongoing or any(mention.start <= t.start < mention.end for t in group):
        return False
    acts = {facts.grammar.root(t.start, t.end) for t in group} - {None}
    token = facts.grammar.root(mention.start, mention.end)
    while token is not None and token.dep_ != "ROOT" and not token.tag_.startswith("VB"):
        if token.dep_ == "prep" and token.lower_ in words()["run_up_preps"]:
            return token.head in acts  # ("as troops struggle after three days of clashes")
        token = token.head
    return False


def _run_before(facts: SentenceFacts, mention: DateMention) -> bool:
    """The mention hangs on a word telling what came before ("after two days of fighting")."""
    token = facts.grammar.root(mention.start, mention.end)
    while token is not None and token.dep_ != "ROOT" and not token.tag_.startswith("VB"):
        if token.dep_ == "prep" and token.lower_ in words()["run_up_preps"]:
            return True
        token = token.head
    return False


def run_end(facts: SentenceFacts, published: date | None) -> DateMention | None:
    """The day a sentence says an event ended or still went on ("the attack lasted until
    Sunday morning", "the clashes were still raging on Tuesday"): its run's latest day
    (codebook §8.4), the last such day the sentence gives other than a statement's."""
    text = facts.sentence.text
    if not (ENDED_VERBS.search(text) or GOES_ON.search(text)):
        return None
    days = [m for m in facts.dates  # ("dragged on into Tuesday": that day and the one before)
            if (m.precision == 1 or m.named_days) and m not in facts.statement_dates
            and not _is_old(m, published)
            and not (published and m.is_future(published))]
    return max(days, key=lambda m: m.date_end, default=None)


def run_of_days(text: str, dates: list[DateMention]) -> tuple[date, date] | None:
    """ "It began late on Sunday and lasted until Monday": a sentence that tells a run's first
    day (a verb of beginning before it) and its last (an end verb or "until" before it), up to
    a week apart: the run's days (codebook §8.4)."""
    days = [m for m in dates if m.precision == 1]
    if len(days) != 2 or not 0 < (days[1].date_start - days[0].date_end).days <= BACKGROUND_DAYS:
        return None
    first, last = days
    if not any(ONSET_VERBS.fullmatch(w) for w in re.findall(r"[\w-]+", text[: first.start])):
        return None
    marks = words()["run_end_marks"]
    ends = ENDED_VERBS.search(text, first.end, last.start) is not None or any(
        w.lower() in marks for w in text[first.end : last.start].split()[-1:]) or (
        _until_time().search(text, max(first.end, last.start - 40), last.start) is not None)
    return (first.date_start, last.date_end) if ends else None


def of_named_days(facts: SentenceFacts, start: date | None, end: date | None) -> bool:
    """The range joins days the sentence names ("on Saturday and Sunday", "began on Friday and
    continued on Sunday", "for a third day on Wednesday"), not one period it tells ("over the
    weekend", "last week"), which a later sentence may pinpoint (khaldun.events.absorb)."""
    if not facts.dates or start is None or start == end:
        return False
    return not any((m.date_start, m.date_end) == (start, end) and not (m.named_days or m.ongoing)
                   for m in facts.dates)


def long_before(mention: DateMention, published: date | None) -> bool:
    """The mention ends more than BACKGROUND_DAYS before publication."""
    return published is not None and (published - mention.date_end).days > BACKGROUND_DAYS


def has_own_day(
    facts: SentenceFacts, carried: DateMention | None, published: date | None
) -> bool:
    """The sentence, or its paragraph before it, gives a current date (the publication day's
    too: "on Thursday" in a Thursday report)."""
    return carried is not None or any(not _is_old(m, published) for m in facts.dates)


def told_by(
    facts: SentenceFacts, carried: DateMention | None, published: date | None
) -> date | None:
    """The day a sentence that dates nothing (nor does its paragraph) says its news was told
    ("police said on Monday that gunmen killed five"): the event happened on or before it
    (codebook §8.6: the statement's day is not the event's, but it bounds it)."""
    if has_own_day(facts, carried, published):
        return None
    said = [
        m.date_start for m in facts.statement_dates
        if published is None or 0 <= m.age_days(published) <= TOLD_DAYS
    ]
    return min(said, default=None)


def tells_onset(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The sentence dates the day the group's act began ("the clashes erupted on Monday")."""
    return any(_opens(facts, group, m) for m in facts.dates)


def opens_lasting_run(facts: SentenceFacts, group: list[Trigger]) -> DateMention | None:
    """The one day the sentence tells a lasting run of the group's began on, the run named
    by its own noun as the subject of the verb of beginning ("the clashes began on Monday",
    "the offensive, launched on Saturday"); not one act's start ("the attack began at dawn")."""
    runs = [t for t in group if LASTING_RUNS.fullmatch(t.surface.lower())]
    if not runs:
        return None
    opened = [m for m in facts.dates if not (m.background or m.running or m.ongoing)
              and m.date_start == m.date_end and _opens(facts, runs, m)]
    return opened[0] if len(opened) == 1 and len(facts.dates) == 1 else None


def _opens(facts: SentenceFacts, group: list[Trigger], mention: DateMention) -> bool:
    """The date is governed by a verb of beginning whose subject is the group's event
    ("clashes that began on Friday", "the fighting, which started on Friday", "the offensive,
    launched on Saturday")."""
    grammar = facts.grammar
    verb = grammar.clause_verb(mention.start, mention.end)
    if verb is not None and not ONSET_VERBS.fullmatch(verb.lower_):
        verb = _onset_clause_around(facts, mention) or verb
    if verb is None or not ONSET_VERBS.fullmatch(verb.lower_):
        return False
    events = {grammar.root(t.start, t.end) for t in group} - {None}
    subjects = {c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    if verb.dep_ in ("relcl", "acl"):
        run = _noun_phrase_head(verb.head)
        # ("the siege of X, which began on Saturday, has killed 12": the run whose toll the
        # group's verb tells is the subject of that verb)
        return run in events or (run.dep_ in ("nsubj", "nsubjpass") and run.head in events)
    return bool(subjects & events)


def _onset_clause_around(facts: SentenceFacts, mention: DateMention) -> Token | None:
    """ "Clashes that broke out in X on Monday evening have killed six": a relative clause of
    beginning on the subject of a later verb holds every word between its verb and that verb,
    so the day there is the clause's, wherever the parse hangs it (on "killed")."""
    grammar = facts.grammar
    for token in grammar.tokens(0, mention.start):
        if token.dep_ not in ("relcl", "acl") or not ONSET_VERBS.fullmatch(token.lower_):
            continue
        run = _noun_phrase_head(token.head)
        if run.dep_ not in ("nsubj", "nsubjpass") or run.head.i <= token.i:
            continue
        if grammar.offsets(run.head)[0] >= mention.end and not any(
                grammar.offsets(t)[0] < mention.start and t.dep_ == "punct"
                for t in grammar.tokens(grammar.offsets(token)[1], mention.start)):
            return token
    return None


def told_still_going(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The group's act, or the verb its noun is the subject of, is told in the present perfect
    ("has killed", "have displaced"), or in the present progressive ("are continuing"), or joined
    to such a verb ("are continuing and have killed"): a run still going when told. A sentence's
    opening gerund ("Fighting ..., which erupted on Saturday, has killed 17") may be parsed as
    a clause of that verb: its subject all the same."""
    for trigger in group:
        token = facts.grammar.root(trigger.start, trigger.end)
        if token is None:
            continue
        opening_gerund = token.dep_ == "advcl" and token.tag_ == "VBG" and token.i == (
            token.sent.start) and token.i < token.head.i
        verb = token.head if token.dep_ in ("nsubj", "nsubjpass") or opening_gerund else token
        if any(_still_told(v) for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))):
            return True
    return False


def _still_told(verb: Token) -> bool:
    """ "has killed", "are continuing": a present auxiliary before a participle."""
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _noun_phrase_head(token: Token) -> Token:
    """The head noun of the phrase a token ends: "clashes between rebels and troops [that
    began]" hangs the clause on "troops", which belongs to "clashes"."""
    while token.dep_ in ("pobj", "prep", "conj") and token.head.i != token.i:
        token = token.head
    return token


def is_background(facts: SentenceFacts, published: date | None) -> bool:
    """A sentence about the past or about the war as a whole, not a reported event: all its
    dates are old, a "since <old date>" tally (facts.py leaves out a tally's clause where
    another clause reports), or an undated background phrase."""
    current = [m for m in facts.dates if not _is_old(m, published)]
    # ("carried out by X, which split from Y in 2016": an old date in a relative clause
    # dates what the clause tells of a side, not the act told outside it)
    if facts.dates and not current and not in_side_clause_dates(facts):
        return True
    if any(is_running_tally(m, published)
           and not in_yardstick(facts.grammar, m.start, m.end) for m in facts.dates):
        return True  # "since 15 March 2011, 500 have been killed": a tally
    if facts.series and not facts.triggers:
        return True  # "air strikes on the province killed 47 last week": a series' toll
    text = facts.sentence.text
    if is_tally(facts) and not any(count_for_place(facts, p, True) for p in facts.places):
        # "31 people were killed across Syria yesterday": a national tally (its places with
        # their own tolls, "including eight in Mandalay", are events)
        return True
    if current:
        return False
    spans = [*background_cues(text), *(m.span() for m in BACKGROUND.finditer(text))]
    return any(not _in_side_clause(facts, start, end) and not _told_before(facts, start, end)
               for start, end in spans)


def in_side_clause_dates(facts: SentenceFacts) -> bool:
    """Every date of the sentence sits in a relative clause the act is told outside of ("ISWAP,
    which split from the group in 2016, carried out the attack")."""
    return bool(facts.dates) and all(_in_side_clause(facts, m.start, m.end) for m in facts.dates)


def _told_before(facts: SentenceFacts, start: int, end: int) -> bool:
    """ "Traders protested, a year after a fire gutted the bazaar": a cue that dates what
    follows it (dates.yaml anchoring_words) leaves an act told before it reported."""
    last = facts.sentence.text[start:end].split()[-1].lower()
    return last in words()["anchoring_words"] and any(
        t.start < start for t in facts.event_triggers)


def _in_side_clause(facts: SentenceFacts, start: int, end: int) -> bool:
    """ "The attack took place in X, where insurgents have stepped up raids in recent weeks":
    the background phrase sits in a relative clause (or a participle on a noun: "killed two
    journalists kidnapped last year"), and an act outside it is reported; or in
    what a protest answers ("marched to commemorate three executed a year ago": facts.py
    leaves that act out where another is told)."""
    grammar = facts.grammar
    if in_grievance(grammar, start, end) and any(
            not in_grievance(grammar, t.start, t.end) for t in facts.event_triggers):
        return True
    token = grammar.root(start, end)
    acts = {
        t.i for trig in facts.event_triggers
        if (t := grammar.root(trig.start, trig.end)) is not None
    }
    while token is not None and token.head.i != token.i:
        # (or in a participle on a noun: "killed two journalists kidnapped last year")
        if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBN"):
            inside = {t.i for t in token.subtree}
            return bool(acts - inside)
        token = token.head
    return False


def is_tally(facts: SentenceFacts) -> bool:
    """The sentence counts the dead of a whole country or region."""
    return _tallies(facts.sentence.text)


@lru_cache(maxsize=64)
def _tallies(text: str) -> bool:
    # (asked about each of a sentence's drafts and events: remembered per sentence)
    return TALLY.search(text) is not None


def _is_old(mention: DateMention, published: date | None) -> bool:
    """Background, or a relative or vague date over a week old; an explicit day is a dated
    event however old (codebook §1)."""
    if mention.background or is_background_date(mention, published):
        return True
    explicit_day = not mention.relative and mention.precision == 1
    return (
        published is not None and not explicit_day and mention.age_days(published) > BACKGROUND_DAYS
    )
