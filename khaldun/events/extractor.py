"""Extract the events one article reports, with the claims behind each (the pipeline's core)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc

from khaldun.actors import find_sources
from khaldun.actors.implied import Sides, settle
from khaldun.actors.resolve import find_actors, role_actor
from khaldun.claims.attribution import Attribution, attribute, stand_ins
from khaldun.claims.denial import (
    DENIAL_WORD,
    FALSE_REPORT,
    HELD_GROUND,
    Denial,
    find_denial,
    find_false_report,
    find_held_ground,
)
from khaldun.claims.rivals import with_rival_accounts
from khaldun.claims.speakers import organisation_speakers
from khaldun.claims.status import event_status, fatality_range
from khaldun.dates.sequel import find_sequel
from khaldun.events.assemble import (
    Draft,
    counts_several,
    governed_places,
    has_own_day,
    is_tally,
    nearest_killed,
    pick_date,
    place_clusters,
    sentence_town,
    told_by,
    trigger_groups,
)
from khaldun.events.building import (
    FOLLOW_UP_PARAGRAPHS,
    TERRITORY_SUBS,
    ArticleState,
    Building,
    is_dated,
)
from khaldun.events.claiming import (
    actors_speaking,
    as_outlet,
    claims_of,
    dateline_outlet,
    deny,
    follow_up,
    group_speaking,
)
from khaldun.events.context import (
    article_country,
    carry_date,
    count_from_told_day,
    dateline_context,
    default_dates,
    dispatch_day,
    headline_day,
    past_context,
    report_day,
    without_statements,
)
from khaldun.events.facts import SentenceFacts, analyse
from khaldun.events.focus import points_to_focus
from khaldun.events.locate import (
    document_location,
    event_location,
    fallback_location,
    follow_province,
    resolved_earlier,
    update_focus,
)
from khaldun.events.merge import absorb, find_compatible, mark_summaries
from khaldun.events.placing import LIST_SEPARATOR
from khaldun.events.sides import pick_actors
from khaldun.events.structure import (
    is_summary,
    opens_on_the_same_day,
    tells_another_incident,
    without_summaries,
    without_summed_tolls,
)
from khaldun.events.subtypes import group_sub_types, is_anaphoric
from khaldun.events.tolls import (
    dated_elsewhere,
    is_list,
    own_count,
    sequel_date,
    tied_elsewhere,
)
from khaldun.events.trace import Trace, note
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.parse import PIPE_BATCH, parse, parse_all, sentence_span
from khaldun.nlp.segment import split_sentences
from khaldun.records import (
    CIVILIANS,
    EXCESSIVE_FORCE,
    REPORTER,
    SUB_TO_TYPE,
    Actor,
    Article,
    ArticleResult,
    Event,
    Sentence,
)
from khaldun.timing import timed

# Types whose perpetrator a claim of responsibility names.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Texts this short (ACLED notes, wire briefs) code an event even when it names no place.
BRIEF_SENTENCES = 2
# Summary bullets under a headline repeat the story: like the headline, they only add claims.
BULLET = re.compile(r"^\s*[*•·▪-]\s")


def extract_batch(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Extract each article in turn, parsing them PIPE_BATCH at a time."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= PIPE_BATCH:
            yield from _extract_parsed(batch)
            batch = []
    yield from _extract_parsed(batch)


def _extract_parsed(articles: list[Article]) -> Iterator[ArticleResult]:
    split = [timed("nlp", split_sentences, a.text, a.title) for a in articles]
    docs = parse_all([(a.text, s) for a, s in zip(articles, split, strict=True)])
    for article, sentences in zip(articles, split, strict=True):
        yield extract_one(article, sentences, timed("parse", next, docs))


def extract_one(
    article: Article,
    sentences: list[Sentence] | None = None,
    doc: Doc | None = None,
    trace: Trace | None = None,
) -> ArticleResult:
    """The events an article reports (codebook §1), each with its claims; `trace` collects
    why each sentence did or did not make one."""
    warnings = []
    if article.published is None:
        warnings.append(
            f"article {article.doc_id}: no publication date; relative dates left unresolved"
        )
    if sentences is None or doc is None:
        sentences = timed("nlp", split_sentences, article.text, article.title)
        doc = timed("parse", parse, article.text, sentences)
    today = dispatch_day(article)  # what the report's "today" is
    state = ArticleState(
        country=article_country(article, without_statements(article.text, doc)),
        published=today,
        default_dates=default_dates(article, today),
        brief=len(sentences) <= BRIEF_SENTENCES,
        trace=trace,
    )
    state.outlet = dateline_outlet(article.text[:200], state.country)
    title_drafts: list[tuple[Draft, list[Attribution]]] = []
    for sentence in sentences:
        grammar = Grammar(sentence_span(doc, sentence), sentence.start)
        recent = frozenset(
            e.sub_event_type
            for e in state.events
            if sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
        ) | frozenset(  # what the headline reports, for the lead that tells it
            d.sub_event_type for d, _ in title_drafts
            if sentence.paragraph <= FOLLOW_UP_PARAGRAPHS
        )
        facts = analyse(
            sentence, grammar, state.country, state.town, today, recent
        )
        if facts is not None:
            count_from_told_day(facts, state)
        if trace is not None:
            trace.see(sentence, facts)
        denial = _denial(sentence, grammar, facts, state, today)
        if denial is None and facts is not None:
            _hold_ground_said(sentence, grammar, facts, state)
        if facts is None:
            if denial is not None:
                deny(denial, sentence, state, article.doc_id)
            continue
        if facts.triggers:  # a follow-up with no trigger only adds claims
            state.places.extend(facts.places)
            # (the places of what an event "came days after" are not where the story is)
            sequel = find_sequel(sentence.text)
            current = [p for p in facts.places if sequel is None or p.start < sequel.end]
            update_focus(current, facts.containers, sentence.paragraph, state)
            dateline_context(facts, state, article.text)
            report_day(facts, state)
        speakers = timed(
            "claims",
            attribute,
            sentence.text,
            facts.country,
            state.speakers,
            facts.sources,
            state.people,
        )
        speakers = organisation_speakers(
            facts.grammar, sentence.text, facts.country, speakers, state.people
        )
        speakers = group_speaking(facts, actors_speaking(facts, speakers), state)
        if state.outlet:
            speakers = [as_outlet(s, state.outlet) for s in speakers]
        if any(s.source != REPORTER for s in speakers):
            state.speakers = speakers
        drafts = _drafts(facts, state)
        if denial is not None:  # "the army denied shelling the town": no shelling reported
            drafts = [d for d in drafts if not _inside(d.triggers, denial)]
        if sentence.is_title or BULLET.match(sentence.text):
            title_drafts.extend((d, speakers) for d in drafts)
            if drafts:
                note(trace, sentence, "headline or bullet: its drafts count only if no body event")
            continue
        if not drafts and denial is None:
            follow_up(facts, speakers, state, article.doc_id)
        _integrate_sentence(drafts, speakers, state, article.doc_id)
        if denial is not None:
            denied = frozenset(
                t.sub_event_type for t in facts.triggers if denial.start <= t.start < denial.end
            )
            deny(denial, sentence, state, article.doc_id, denied, facts.places)
    for held, sentence, places in state.held_ground:
        # the ground said held before the capture was claimed denies it all the same (§8.2)
        if any(e.sub_event_type in TERRITORY_SUBS for e in state.events):
            deny(held, sentence, state, article.doc_id, frozenset(), places)
    if not state.events:
        for draft, speakers in title_drafts:
            _integrate(draft, speakers, state, article.doc_id)
    headline_day([d for d, _ in title_drafts], state)
    kept = without_summaries(state.events)
    for dropped in (b for b in state.events if all(b is not k for k in kept)):
        note(trace, dropped.sentence, f"{dropped.label} dropped: a summary, its incidents follow")
    state.events = kept
    without_summed_tolls(state.events)
    fallback = document_location(state)
    earlier: dict[str, Actor] = {}
    violent = [b for b in state.events if SUB_TO_TYPE[b.sub_event_type] in VIOLENT_TYPES]
    told = {q for b in state.events for q in (c.quote for c in b.claims)}
    for building in state.events:
        building.location = building.location or fallback
        where = (building.location.country if building.location else None) or state.country
        quotes = list(dict.fromkeys(c.quote for c in building.claims))
        only = violent == [building]
        sides = Sides(
            building.sub_event_type,
            building.actor1,
            building.actor2,
            where,
            building.date_start,
            quotes,
            [s.text for s in sentences if s.text not in quotes] if only
            else _told_after(building, violent, sentences, told),
        )
        building.actor1, building.actor2 = settle(sides, earlier)
        building.claims = with_rival_accounts(building.claims, building.actor1, where,
                                              building.date_start)
    events = [_finish(b, article.doc_id, n) for n, b in enumerate(state.events)]
    return ArticleResult(article=article, events=events, warnings=warnings)


def _last_day(state: ArticleState) -> tuple | None:
    """The dates of the event the article told last, if the text dated it."""
    last = state.events[-1] if state.events else None
    if last is None or not last.dated:
        return None
    return last.date_start, last.date_end, last.time_precision


def _told_after(
    event: Building, violent: list[Building], sentences: list[Sentence], told: set[str]
) -> list[str]:
    """The sentences told right after a violent event, before the next one begins, that no
    event took up ("Al Shabaab claimed responsibility"): they speak of that event."""
    if all(b is not event for b in violent):
        return []
    later = [b.first_offset for b in violent if b.first_offset > event.first_offset]
    end = min(later, default=None)
    return [
        s.text for s in sentences
        if s.start > event.first_offset and (end is None or s.start < end) and s.text not in told
    ]


def _denial(
    sentence: Sentence,
    grammar: Grammar,
    facts: SentenceFacts | None,
    state: ArticleState,
    published: date | None,
) -> Denial | None:
    """The denial the sentence reports, if it names who denies: a denial verb; after a claimed
    change of control, a named source saying the ground was held; after an event, a named
    source calling it or its reports false."""
    denies = DENIAL_WORD.search(sentence.text) is not None
    claimed = any(e.sub_event_type in TERRITORY_SUBS for e in state.events)
    held = claimed and HELD_GROUND.search(sentence.text) is not None
    false = bool(state.events) and FALSE_REPORT.search(sentence.text) is not None
    if not (denies or held or false):
        return None
    if facts is not None:
        actors, sources = facts.actors, facts.sources
    else:
        actors = timed("actors", find_actors, sentence.text, country=state.country, when=published)
        sources = timed("claims", find_sources, sentence.text, state.country)
    sources = [*sources, *stand_ins(sentence.text, state.speakers)]
    if denies:
        return find_denial(grammar, sentence.text, actors, sources)
    if held:
        return find_held_ground(grammar, sentence.text, actors, sources)
    return find_false_report(grammar, sentence.text, actors, sources)


def _hold_ground_said(
    sentence: Sentence, grammar: Grammar, facts: SentenceFacts, state: ArticleState
) -> None:
    """A named source saying the ground was held ("the army said it had repelled the
    assault") before any capture is claimed: kept, to deny a capture claimed later."""
    if not (state.events or facts.triggers) or not HELD_GROUND.search(sentence.text):
        return
    sources = [*facts.sources, *stand_ins(sentence.text, state.speakers)]
    held = find_held_ground(grammar, sentence.text, facts.actors, sources)
    if held is not None:
        state.held_ground.append((held, sentence, facts.places))


def _inside(triggers: list, denial: Denial) -> bool:
    return bool(triggers) and all(denial.start <= t.start < denial.end for t in triggers)


def _drafts(facts: SentenceFacts, state: ArticleState) -> list[Draft]:
    """One draft per sub-type and place cluster of each trigger group of the sentence."""
    sequel = find_sequel(facts.sentence.text)
    groups = trigger_groups(facts, sequel)
    paragraph = facts.sentence.paragraph
    carried = state.dates.get(paragraph)  # what the paragraph dated before this sentence
    carry_date(facts, state)
    if past_context(facts, state):
        note(state.trace, facts.sentence, "background (dated only by an old day told before)")
        return []
    context_town = sentence_town(facts, state.town) or state.town
    tally = is_tally(facts)
    drafts: list[Draft] = []
    for i, group in enumerate(groups):
        guess1, guess2 = pick_actors(facts, group, "", facts.country)
        guess1 = guess1 or state.actor1.get(paragraph)
        subs, weak = group_sub_types(facts, groups, i, (guess1, guess2))
        anaphoric = is_anaphoric(group)
        if not subs and not anaphoric:
            note(state.trace, facts.sentence, f"{_words(group)}: no sub-type")
            continue
        start, end, precision, background = pick_date(
            facts, group, carried, state.default_dates, state.published
        )
        own_day = has_own_day(facts, carried, state.published)
        if background:
            note(state.trace, facts.sentence, f"{_words(group)}: background (its dates are old)")
            continue
        if not facts.dates and opens_on_the_same_day(facts.sentence.text):
            # "Hours later, gunmen attacked a hotel": the day of the event just told
            start, end, precision = _last_day(state) or (start, end, precision)
        after = sequel is not None and group[0].start >= sequel.end
        if after:
            start, end, precision = sequel_date(facts, sequel, state, (start, end, precision))
        clusters = place_clusters(facts, governed_places(facts, groups, i), context_town) or [[]]
        # "Hours later, gunmen attacked a hotel": a new incident told with no place of its own
        # is at the place the article is speaking of
        focused = state.brief or points_to_focus(facts.sentence.text) or tells_another_incident(
            facts.sentence.text)
        # a national tally's part for each place ("including eight in Mandalay")
        parts = [own_count(facts, c, parts=True) if tally else None for c in clusters]
        for k, sub in enumerate(subs or [""]):
            actor1, actor2 = pick_actors(facts, group, sub, facts.country)
            actor1 = actor1 or state.actor1.get(paragraph)
            if actor1:
                state.actor1[paragraph] = actor1
            if actor1 and actor2 and actor1.name == actor2.name:
                actor2 = None  # one side named twice is not both sides
            listed = is_list(facts, clusters)
            owns = [own_count(facts, c) if len(clusters) > 1 else None for c in clusters]
            if len(clusters) > 1 and not any(owns):
                # "killed 19, including 11 in A and eight in B": each place its part
                parted = [own_count(facts, c, parts=True) for c in clusters]
                owns = parted if all(parted) else owns
            if k > 0 or (listed and not any(owns[1:])):
                # "25 killed in A and B": the list's toll, not A's (codebook §8.3); a toll
                # goes to the first of a group's sub-types, as a shared one does
                owns = [None] * len(owns)
            if tally:  # a national tally: only its places with their own tolls are events
                owns = [part if k == 0 else None for part in parts]
            for cluster, own, part in zip(clusters, owns, parts, strict=True):
                if tally and part is None:
                    continue
                # "shelled Douma and Zabadani, killing five in Douma": a toll tied to one place
                # is not the others'.
                # A toll for a list of places goes to none of them (codebook §8.3).
                shared = nearest_killed(facts, group) if k == 0 and not any(owns) else None
                shared = None if listed or tally or counts_several(facts, group) else shared
                if shared is not None and tied_elsewhere(facts, shared, cluster):
                    shared = None
                if shared is not None and dated_elsewhere(facts, shared, start, end):
                    shared = None
                killed = own or shared
                drafts.append(
                    Draft(
                        sub_event_type=sub,
                        places=cluster,
                        facts=facts,
                        actor1=actor1,
                        actor2=actor2,
                        date_start=start,
                        date_end=end,
                        time_precision=precision,
                        killed=killed,
                        weak=weak,
                        merge_only=not sub
                        or (not cluster and killed is None and not focused and not after
                            and not _victims_counted(facts, sub)),
                        anaphoric=anaphoric,
                        sequel=after,
                        told_by=told_by(facts, carried, state.published),
                        own_day=own_day,
                        context_town=context_town,
                        triggers=group,
                    )
                )
    return drafts


def _victims_counted(facts: SentenceFacts, sub: str | None) -> bool:
    """ "Gunmen abducted 30 passengers": a count of those an abduction or arrest took, an act
    told in full though its place comes later."""
    kinds = {"Abduction/forced disappearance": "missing", "Arrests": "arrested"}
    return sub in kinds and any(c.kind == kinds[sub] and c.value > 0 for c in facts.counts)


def _words(triggers: list) -> str:
    return "+".join(t.surface for t in triggers) or "(none)"


def _integrate_sentence(
    drafts: list[Draft], speakers: list[Attribution], state: ArticleState, doc_id: str
) -> None:
    """Integrate one sentence's drafts (an act told before the one that places the event starts
    it). Where the sentence dates nothing and one of its drafts joins an event dated earlier
    ("hit Baghdad on Monday" ... "shells fell on A and B"), the events its other drafts start
    are of that day too: one sentence tells of one time."""
    first_new = len(state.events)
    dated_targets = []
    placed = next((d for d in drafts if not d.merge_only), None)
    for draft in drafts[: drafts.index(placed)] if placed else []:
        # "Jihadists attacked an army camp in central Mali, ... the assault was repelled": the
        # act told first, with its own sides, starts the event its later words place
        if draft.sub_event_type and SUB_TO_TYPE.get(draft.sub_event_type) == SUB_TO_TYPE.get(
                placed.sub_event_type):
            draft.merge_only = False
    # the event a group's first listed place joined or started, and where the list is
    typed: dict[int, tuple[Building, int]] = {}
    for draft in drafts:
        group, text = id(draft.triggers), draft.facts.sentence.text
        untyped = not draft.sub_event_type
        listed = group in typed and bool(draft.places) and bool(
            LIST_SEPARATOR.match(text[typed[group][1] : draft.places[0].start]))
        told = typed[group][0] if listed else None
        if untyped and told is not None:
            # "The attacks on A, B and C happened late Sunday": the attacks told before, one
            # event at each place listed (codebook §8.3)
            draft.sub_event_type, draft.merge_only, draft.anaphoric = (
                told.sub_event_type, False, False)
        if told is not None and draft.actor1 is None:
            # "Our forces recaptured A, B and C": each by the sides the first one joined,
            # each the same change of control
            draft.actor1, draft.actor2 = told.actor1, draft.actor2 or told.actor2
            if {draft.sub_event_type, told.sub_event_type} <= TERRITORY_SUBS:
                draft.sub_event_type = told.sub_event_type
        target = _integrate(draft, speakers, state, doc_id)
        if listed:
            typed[group] = (typed[group][0], draft.places[-1].end)
        elif target is not None and draft.places and group not in typed:
            typed[group] = (target, draft.places[-1].end)
        if target is not None and target.dated and not draft.facts.dates:
            dated_targets.append(target)
    if not dated_targets:
        return
    when = dated_targets[0]
    for event in state.events[first_new:]:
        if not event.dated:
            event.date_start, event.date_end = when.date_start, when.date_end
            event.time_precision, event.dated = when.time_precision, True


def _integrate(
    draft: Draft, speakers: list[Attribution], state: ArticleState, doc_id: str
) -> Building | None:
    """Join the draft to the earlier event it reports again (returned), or start a new event."""
    claims = claims_of(draft, speakers, doc_id)
    draft.places = [resolved_earlier(p, state) for p in draft.places]
    location = (
        event_location(
            draft.places, draft.context_town or state.town, draft.facts.containers, state.country,
            state.province,
        )
        if draft.places
        else None
    )
    if location and location.country in (None, state.country):
        follow_province(location, state)
    mark_summaries(draft, location, state)
    target = find_compatible(draft, location, state)
    sentence = draft.facts.sentence
    what = f"{_words(draft.triggers)} -> {draft.sub_event_type or 'no sub-type'}"
    if target is not None:
        absorb(target, draft, location, claims, state)
        note(state.trace, sentence, f"{what}: merged into {target.label}")
        return target
    if draft.merge_only:
        note(state.trace, sentence, f"{what}: no place, toll or sub-type; no event to join")
        return None
    sub = draft.sub_event_type
    if sub == "Disrupted weapons use" and draft.killed is not None and draft.killed.value > 0:
        sub = "Remote explosive/landmine/IED"  # the device went off: not a disrupted use
    state.events.append(
        Building(
            sub_event_type=sub,
            location=location or fallback_location(draft, state),
            paragraph=sentence.paragraph,
            first_offset=sentence.start,
            date_start=draft.date_start,
            date_end=draft.date_end,
            time_precision=draft.time_precision,
            actor1=draft.actor1,
            actor2=draft.actor2,
            claims=claims,
            weak=draft.weak,
            generic=draft.anaphoric,
            dated=is_dated(draft, state),
            told_by=draft.told_by,
            own_day=draft.own_day,
            summary=is_summary(sentence.text),
            sentence=sentence,
            label=f"E{len(state.events)}",
        )
    )
    note(state.trace, sentence, f"{what}: new event {state.events[-1].label}")
    return None


def _finish(b: Building, doc_id: str, n: int) -> Event:
    """The event record of an assembled event: status and fatality range from its claims; a
    claimed change of control that a source denies is an armed clash (codebook §8.2)."""
    sub = b.sub_event_type
    if sub in TERRITORY_SUBS and any(c.kind == "denial" for c in b.claims):
        sub = "Armed clash"
    actor2 = b.actor2
    start, end, precision = b.date_start, b.date_end, b.time_precision
    if not b.own_day and b.told_by is not None and start is not None and start > b.told_by:
        start, end, precision = b.told_by, b.told_by, 1  # undated, told on an earlier day
    if sub == EXCESSIVE_FORCE and (actor2 is None or actor2.inter == CIVILIANS):
        actor2 = role_actor("protesters", b.location.country if b.location else None)
    return Event(
        event_type=SUB_TO_TYPE[sub],
        sub_event_type=sub,
        date_start=start,
        date_end=end,
        time_precision=precision,
        location=b.location,
        actor1=b.actor1,
        actor2=actor2,
        fatalities=fatality_range(b.claims),
        status=event_status(b.claims),
        claims=b.claims,
        doc_id=doc_id,
        report_id=f"{doc_id}:{n}",
    )
