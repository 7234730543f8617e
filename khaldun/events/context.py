"""What an article sets for its sentences: the country it is about, the default dates of
what it does not date, the town its dateline names, the day a daily report counts, and the
date each paragraph carries."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from khaldun.actors import find_sources
from khaldun.actors.resolve import home_countries
from khaldun.dates import find_dateline, find_dates
from khaldun.dates.calendar import alternation as date_words_alternation
from khaldun.dates.calendar import precision_of
from khaldun.dates.dateline import DATELINE_REACH
from khaldun.dates.mention import DateMention
from khaldun.dates.offset import count_from
from khaldun.events.assemble import Draft
from khaldun.events.building import FOLLOW_UP_PARAGRAPHS, ArticleState, Building, is_dated
from khaldun.events.draft_dates import ROLLING, is_tally, long_before, run_of_days
from khaldun.events.facts import SentenceFacts
from khaldun.events.focus import points_to_focus
from khaldun.events.locate import THE_CAPITAL, event_location
from khaldun.events.triggers import alternation
from khaldun.nlp.grammar_words import has_auxiliary
from khaldun.nlp.statements import statement_phrases
from khaldun.places import document_country, find_places, get_gazetteer
from khaldun.places.transliteration import same_place_name
from khaldun.records import SUB_TO_TYPE, Article, Sentence
from khaldun.timing import timed

# A dispatch dated this many days before its publication was filed then and published later:
# its "today" and "yesterday" are the dispatch's (filed late on the 9th, published the 10th).
DISPATCH_DAYS = 2
# "on Saturday night and Sunday morning": the longest range later days are counted from
# ("A day earlier, ...": Friday).
NIGHT_SPAN_DAYS = 1
# The title and the lead paragraph: where a daily report says which day it counts.
REPORT_LEAD_PARAGRAPHS = 1
# "On the second day of the raids, ...": a run's day that times another act (dates.yaml)
_TIMES_AN_ACT = re.compile(rf"\b(?:{date_words_alternation('run_day_time_preps')})\s+$", re.I)
# A daily round-up that dates nothing covers the day before publication and the day itself.
ROUNDUP = re.compile(rf"\b(?:{alternation('roundup_cues')})\b", re.I)
# "the monitor documented the following incidents on Tuesday": a lead announcing a list
_ROUNDUP_LEAD = re.compile(alternation("roundup_leads"), re.I)


def without_statements(text: str, doc: Doc) -> str:
    """The text with the names of where statements were made blanked ("said in Geneva"):
    they must not decide the country the article is about. A dateline's place in capitals
    ("JUBA (Reuters) -") is written as a name, so it votes like one: it breaks a tie between
    namesakes abroad, and the story's own places outvote it ("BEIRUT" on a Syria story)."""
    for start, end in statement_phrases(doc):
        text = text[:start] + " " * (end - start) + text[end:]
    dateline = find_dateline(text)
    if dateline is not None and dateline.place and dateline.place.isupper():
        start, end = dateline.place_start, dateline.place_end
        text = text[:start] + text[start:end].title() + text[end:]
    return text


def article_country(article: Article, places_text: str) -> str | None:
    """The country the article is about: its places (in `places_text`, the text without the
    places of its statements), demonyms and its actors' homes."""
    homes = home_countries(article.text, article.published)
    return timed("places", document_country, places_text,
                 armed_groups=homes.armed_groups, states=homes.states,
                 theatres=homes.theatres)


def dateline_context(facts: SentenceFacts, state: ArticleState, text: str) -> None:
    """A dateline in the story's own country ("Aleppo province:") is the town context for
    neighbourhoods named without their town, if the story names that place again, by name or,
    for the country's capital, as "the capital" ("BAGHDAD - ... a bomb in X, west of the
    capital"): a wire filed from the capital about "an army camp in central Mali" is not about
    the capital."""
    for place in facts.dateline_places:
        known = place.place
        if known and known.country == state.country and place.role in ("town", "admin1"):
            names = {place.surface, known.name}
            again = any(len(re.findall(rf"\b{re.escape(n)}\b", text, re.I)) >= 2 for n in names)
            capital = place.role == "town" and get_gazetteer().capitals.get(
                known.country or "") == known.name
            if again or (capital and THE_CAPITAL.search(text, place.end)):
                state.town = known.name


def dateline_focus(text: str, sentence: Sentence, state: ArticleState) -> None:
    """A dateline's town in the story's country, other than its capital, that the story then
    speaks of only by reference ("MAARET AL-NUMAN, Syria - ... on the town's main street")
    is where the story is: the focus from the sentence that opens on it (a headline's place
    before it is what the story sums up)."""
    if sentence.start > DATELINE_REACH or not points_to_focus(text):
        return
    line = find_dateline(text)
    if line is None or not sentence.start <= line.start < sentence.end:
        return
    head = text[: line.end]
    place = next((p for p in find_places(head, state.country, look_near=False)
                  if p.role == "town" and p.start >= line.start and p.place is not None), None)
    known = place.place if place is not None else None
    if known is None or known.country != state.country or (
            get_gazetteer().capitals.get(known.country or "") == known.name):
        return
    state.town = known.name
    state.focus = (sentence.paragraph, event_location([place], None, {}, state.country))


def report_day(facts: SentenceFacts, state: ArticleState) -> None:
    """A lead that tallies the day's dead ("34 people were killed across Syria on Sunday"),
    or announces the list of incidents after it ("documented the following incidents on
    Tuesday"), dates the whole report: its incidents, undated, happened that day."""
    nationwide = bool(facts.places) and all(p.role == "country" for p in facts.places)
    if facts.sentence.paragraph > REPORT_LEAD_PARAGRAPHS:
        return
    if not facts.tallies and not (nationwide and facts.killed) and not is_tally(facts) and (
            not _ROUNDUP_LEAD.search(facts.sentence.text)):
        return
    day = next((d for d in facts.dates if d.precision == 1 and not d.background), None)
    if day is not None:
        state.default_dates = (day.date_start, day.date_end, day.precision)


def dispatch_day(article: Article) -> date | None:
    """The day the report's words are relative to (codebook §5): the date its dateline gives
    when that is a day or two before publication ("BEIRUT, March 9 (Reuters) -" in an article
    published on March 10), else the publication date."""
    published = article.published
    if published is None:
        return None
    line = find_dateline(article.text, published)
    if line is None or line.day is None:
        return published
    if 0 < (published - line.day).days <= DISPATCH_DAYS:
        return line.day
    return published


def default_dates(article: Article, today: date | None = None
                  ) -> tuple[date | None, date | None, int]:
    """The date of an event the text does not date: publication day (`today`, its dispatch's day
    when it gives one: dispatch_day), or the day before and the day itself for a daily round-up."""
    published = today or article.published
    if published is None:
        return None, None, 3
    head = f"{article.title or ''} {article.text[:300]}"
    if ROUNDUP.search(head):
        return published - timedelta(days=1), published, 2
    return published, published, 1


def past_context(facts: SentenceFacts, state: ArticleState) -> bool:
    """ "The protests began on Oct. 1. More than 350 have been killed.": a sentence dated only
    by an old day carried from the one before, a day no event of the article was told on,
    tells the past, not an event (codebook §1)."""
    carried = state.dates.get(facts.sentence.paragraph)
    if facts.dates or carried is None or not long_before(carried, state.published):
        return False
    return not any(
        e.dated and e.date_start <= carried.date_end and carried.date_start <= e.date_end
        for e in state.events
    )


def count_from_told_day(facts: SentenceFacts, state: ArticleState, before: str = "") -> None:
    """ "On Wednesday, fighters stormed a base. Two days earlier, a bomb hit a convoy": a day
    counted from no day of its own sentence counts from the day the article told last (Monday);
    "since then" runs from the last time the sentence `before` it names, a day or a period
    ("in April"), else from that day, and with neither says nothing and is left out."""
    for mention in list(facts.dates):
        if mention.running and _told_as_past_perfect(facts, mention):
            _ended_by_told_day(mention, state)
            continue
        if mention.anchored:
            continue
        if mention.night:
            _night_of_told_day(mention, state)
            continue
        if mention.ongoing:
            _run_to_told_day(facts.sentence.text, mention, state)
            continue
        named = find_dates(before, state.published) if mention.offset == 0 and before else []
        anchor = named[-1] if named else state.last_day
        if anchor is not None:
            count_from(mention, anchor, state.published)
        elif mention.offset == 0:
            facts.dates.remove(mention)


def _night_of_told_day(night: DateMention, state: ArticleState) -> None:
    """ "The army stormed X on Saturday. During the night, jets struck Y": a night told with no
    day of its own is that of the day the article told last (a night belongs to the day it
    begins on), not publication's last night."""
    day = state.last_day
    if day is None or day.background or day.date_end > night.date_end + timedelta(days=1):
        return
    night.date_start = night.date_end = day.date_end
    night.precision, night.anchored = 1, True


def _told_as_past_perfect(facts: SentenceFacts, run: DateMention) -> bool:
    """The run's clause is in the past perfect ("had blocked the bridge since Saturday"): it
    ran up to a past day the article tells, not up to publication."""
    verb = facts.grammar.clause_verb(run.start, run.end)
    while verb is not None:
        # ("had set fire to tyres and blocked the bridge since": the perfect of the first verb)
        if verb.tag_ in ("VBN", "VBD") and has_auxiliary(verb, "past_perfect_auxiliaries"):
            return True
        verb = verb.head if verb.dep_ == "conj" else None
    return False


def _ended_by_told_day(run: DateMention, state: ArticleState) -> None:
    """ "Police fired on protesters on Sunday. They had blocked the bridge since Saturday
    night": the run ends on the day the article told last (Sunday), if that lies in it."""
    day = state.last_day
    if day is None or day.background or not run.date_start <= day.date_end < run.date_end:
        return
    run.date_end = day.date_end
    run.precision = precision_of(run.date_start, run.date_end)
    run.running, run.anchored = False, True


def _run_to_told_day(text: str, run: DateMention, state: ArticleState) -> None:
    """ "Protesters rallied in X on Monday. It was the second day of protests in the town": a
    run counted in days that its sentence dates by no day of its own ends on the day the article
    told last (Sunday to Monday), not on publication (codebook §8.4). One that times another act
    ("On the second day of the raids, a strike killed three") may count from that day or end on
    it: it stays as it is."""
    day = state.last_day
    if day is None or day.date_end >= run.date_end or day.background:
        return
    if _TIMES_AN_ACT.search(text, 0, run.start):
        return
    length = run.date_end - run.date_start
    run.date_start, run.date_end = day.date_end - length, day.date_end
    run.precision = max(run.precision, precision_of(run.date_start, run.date_end))
    run.anchored = True


def carry_date(facts: SentenceFacts, state: ArticleState) -> None:
    """Remember the paragraph's most precise current date for sentences that give none, and the
    day the article told last."""
    paragraph = facts.sentence.paragraph
    # a night told as two days ("on Saturday night and Sunday morning") is a day to count from
    told = [m for m in facts.dates if not m.background
            and (m.date_end - m.date_start).days <= NIGHT_SPAN_DAYS and not m.running]
    state.last_day = told[-1] if told else state.last_day
    for mention in facts.dates:
        if mention.background or ROLLING.match(mention.surface):
            continue  # ("45 were killed in the past 24 hours": a tally's window, no day told)
        held = state.dates.get(paragraph)
        if held is None or mention.precision <= held.precision:
            state.dates[paragraph] = mention


def carry_run(drafts: list[Draft], state: ArticleState) -> None:
    """ "The attack began late on Sunday and lasted until Monday. Twelve were killed": a run
    the sentence joined from the days it names (its onset and its end), no one mention's span,
    is the time its paragraph carries to the sentences after it (codebook §8.4), not the last
    day it names."""
    if not drafts:
        return
    facts = drafts[0].facts
    held = state.dates.get(facts.sentence.paragraph)
    runs = {(d.date_start, d.date_end) for d in drafts
            if d.date_start is not None and d.date_end is not None and d.date_start < d.date_end
            and d.time_precision == 2}
    if held is None or len(runs) != 1 or len(facts.dates) < 2:
        return
    [(start, end)] = runs
    if any((m.date_start, m.date_end) == (start, end) for m in facts.dates):
        return  # one mention's own span ("over the weekend", "on Saturday and Sunday")
    if not start <= held.date_start <= held.date_end <= end or (held.date_start, held.date_end) == (
            start, end):
        return
    state.dates[facts.sentence.paragraph] = replace(
        held, date_start=start, date_end=end, precision=2, named_days=True)


def roundup_day(sentence: Sentence, state: ArticleState) -> None:
    """ "Here are the main developments in Syria on Wednesday:", "the monitor documented the
    following incidents on Tuesday": a lead that tells no act and heads a round-up of one day,
    or announces the list of incidents after it, dates the report; its incidents, undated,
    happened that day."""
    if sentence.paragraph > REPORT_LEAD_PARAGRAPHS or not (
            ROUNDUP.search(sentence.text) or _ROUNDUP_LEAD.search(sentence.text)):
        return
    days = [m for m in find_dates(sentence.text, state.published)
            if m.precision == 1 and not (m.background or m.running or m.ongoing)
            and not long_before(m, state.published)]
    if len(days) == 1:
        state.default_dates = (days[0].date_start, days[0].date_end, days[0].precision)


def digest_source(sentence: Sentence, state: ArticleState) -> None:
    """ "The Observatory documented the following incidents on Tuesday:": a lead that tells no
    act but announces the list after it, named by one source, makes that source the speaker of
    what the list states unattributed."""
    if sentence.paragraph > REPORT_LEAD_PARAGRAPHS or not _ROUNDUP_LEAD.search(sentence.text):
        return
    named = {m.name for m in find_sources(sentence.text, state.country) if not m.wire}
    if len(named) == 1:
        state.digest = named.pop()


def carry_told_run(sentence: Sentence, state: ArticleState) -> None:
    """ "Gunmen attacked the village. It began late on Sunday and lasted until Monday. Twelve
    were killed": a sentence that tells no act but a run's first and last day sets the time of
    its paragraph's later sentences to the run (codebook §8.4), unless the paragraph dated them
    outside it."""
    if sentence.is_title:
        return
    dates = [m for m in find_dates(sentence.text, state.published)
             if not (m.background or m.running or m.ongoing)
             and not long_before(m, state.published)]
    run = run_of_days(sentence.text, dates)
    held = state.dates.get(sentence.paragraph)
    if run is None or (held is not None and not run[0] <= held.date_start <= held.date_end
                       <= run[1]):
        return
    state.dates[sentence.paragraph] = replace(
        dates[-1], date_start=run[0], date_end=run[1], precision=2, named_days=True)


def carry_period(sentence: Sentence, state: ArticleState) -> None:
    """ "Violence flared over the weekend in central Mali. Militants attacked a base in Boni":
    a sentence that tells no act still sets the time of its paragraph's later sentences, when it
    gives one closed period of days ("over the weekend", "last week"; no single day, no run up
    to publication)."""
    if sentence.paragraph in state.dates or sentence.is_title:
        return
    periods = [m for m in find_dates(sentence.text, state.published)
               if m.precision == 2 and not (m.background or m.running or m.ongoing)
               and not long_before(m, state.published)]
    if len(periods) == 1:
        state.dates[sentence.paragraph] = periods[0]


def headline_day(drafts: list[Draft], state: ArticleState) -> None:
    """ "Five killed in Idlib air strike on March 3" over a lead that dates nothing: the lead's
    event of that type is of the headline's day (the headline tells it too)."""
    for draft in drafts:
        if not draft.facts.dates or not is_dated(draft, state):
            continue
        kind = SUB_TO_TYPE.get(draft.sub_event_type)
        event = next((e for e in state.events if _told_in_lead(e)
                      and SUB_TO_TYPE.get(e.sub_event_type) == kind), None)
        if event is not None and not (event.dated or event.own_day):
            event.date_start, event.date_end = draft.date_start, draft.date_end
            event.time_precision, event.dated = draft.time_precision, True


def headline_run(drafts: list[Draft], state: ArticleState) -> None:
    """ "Clashes rage for second day in X" over a lead that dates its clash on one day: the run
    the headline counts ends on that day (codebook §8.4), which its first days come before."""
    for draft in drafts:
        runs = [m for m in draft.facts.dates if m.ongoing and not m.anchored]
        if len(draft.facts.dates) == 1 and draft.facts.dates[0].now:
            _headline_goes_on(draft, draft.facts.dates[0], state)
            continue
        if len(runs) != 1 or len(draft.facts.dates) != 1:
            continue
        days = (runs[0].date_end - runs[0].date_start).days
        kind = SUB_TO_TYPE.get(draft.sub_event_type)
        event = next((e for e in state.events if _told_in_lead(e)
                      and SUB_TO_TYPE.get(e.sub_event_type) == kind), None)
        if (event is None or not (event.dated or event.own_day) or event.date_end is None
                or event.date_start != event.date_end
                or not 0 <= (runs[0].date_end - event.date_end).days <= 1
                or not _headlines_its_town(draft, event)):
            continue
        event.date_start = event.date_end - timedelta(days=days)
        event.time_precision = precision_of(event.date_start, event.date_end)


def headline_town(drafts: list[Draft], state: ArticleState) -> None:
    """ "Car bomb kills five in Afgoye" over a lead that places the blast only in its region
    ("a market in the Lower Shabelle region"): the lead's one event placed no closer than a
    province that holds the headline's one town is at that town (the headline tells it too)."""
    for draft in drafts:
        towns = {p.place.name: p for p in draft.places
                 if p.role == "town" and p.place is not None and p.place.lat is not None}
        if len(towns) != 1:
            continue
        town = next(iter(towns.values()))
        kind = SUB_TO_TYPE.get(draft.sub_event_type) if draft.sub_event_type else None
        held = [e for e in state.events if e.location is not None and not e.location.town
                and e.location.admin1 and e.location.country == town.place.country
                and same_place_name(e.location.admin1, town.place.admin1 or "")]
        if len(held) != 1 or not _told_in_lead(held[0]) or (
                kind is not None and SUB_TO_TYPE.get(held[0].sub_event_type) != kind):
            continue
        held[0].location = event_location([town], None, {}, state.country)
        held[0].borrowed = False


def _headline_goes_on(draft: Draft, now: DateMention, state: ArticleState) -> None:
    """ "Clashes continue in X" over a lead that dates its clash on the day before: the run the
    headline tells still going on reaches the day it is told (codebook §8.4)."""
    kind = SUB_TO_TYPE.get(draft.sub_event_type)
    event = next((e for e in state.events if _told_in_lead(e)
                  and SUB_TO_TYPE.get(e.sub_event_type) == kind), None)
    if (event is None or not (event.dated or event.own_day) or event.date_end is None
            or event.date_start != event.date_end
            or (now.date_end - event.date_end).days != 1
            or not _headlines_its_town(draft, event)):
        return
    event.date_end = now.date_end
    event.time_precision = precision_of(event.date_start, event.date_end)


def _headlines_its_town(draft: Draft, event: Building) -> bool:
    """The headline names no town, or the event's (as written or as the gazetteer knows it)."""
    towns = [p for p in draft.facts.places if p.role in ("town", "neighbourhood")]
    if not towns:
        return True
    own = {(n or "").lower() for n in (event.location.town, event.location.name)} if (
        event.location is not None) else set()
    return any({p.surface.lower(), (p.place.name if p.place else "").lower(),
                (p.town.name if p.town else "").lower()} & own for p in towns)


def _told_in_lead(event: Building) -> bool:
    return event.sentence is not None and event.sentence.paragraph <= FOLLOW_UP_PARAGRAPHS
