"""Drafts into the article's events: each joins the earlier event it reports again or starts
one; an assembled event ends as an event record."""

from __future__ import annotations

from dataclasses import replace

from khaldun.actors.role_actors import role_actor
from khaldun.claims.attribution import Attribution
from khaldun.claims.naming import named_claims
from khaldun.claims.status import event_status, fatality_range
from khaldun.dates.sequel import find_sequel
from khaldun.events.absorb import absorb, said_at_only
from khaldun.events.assemble import Draft, act_before_it, trigger_prefix
from khaldun.events.besides import with_later_dead_added
from khaldun.events.building import TERRITORY_SUBS, ArticleState, Building, final_dates, is_dated
from khaldun.events.claiming import claims_of
from khaldun.events.draft_dates import of_named_days, told_still_going
from khaldun.events.locate import (
    aimed_abroad,
    event_location,
    fallback_location,
    follow_province,
    placed_from_story_town,
    remember_placed,
    resolved_earlier,
    sentence_province,
    told_elsewhere,
)
from khaldun.events.merge import bare_acts, find_compatible, mark_summaries, names_the_set
from khaldun.events.of_the_act import reacted_to, told_as_no_act
from khaldun.events.placing import LIST_SEPARATOR
from khaldun.events.same_kind import only_dead, told_by_its_dead, told_in_same_sentence
from khaldun.events.sentence_drafts import trigger_words
from khaldun.events.several import attest_list, attest_others, list_mates
from khaldun.events.structure import (
    acts_at_large,
    adds_to_it,
    attesting,
    incident_ordinal,
    is_summary,
    on_one_target,
)
from khaldun.events.trace import note
from khaldun.numbers.lexicon import victim_class
from khaldun.records import (
    ARMED_CLASH,
    CIVILIANS,
    EXCESSIVE_FORCE,
    SUB_TO_TYPE,
    VIOLENT_TYPES,
    Event,
    Location,
)


def integrate_sentence(
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
    told_before = {id(e) for e in state.events}
    referred: Building | None = None
    targets: list[tuple[Draft, Building | None]] = []  # each draft told so far, its event
    for draft in drafts:
        draft.precursor = bool(draft.triggers) and any(
            act_before_it(draft.facts, draft.triggers[0], other.triggers)
            for other in drafts if other is not draft and other.triggers)
    for draft in drafts:
        group, text = id(draft.triggers), draft.facts.sentence.text
        untyped = not draft.sub_event_type
        listed = group in typed and bool(draft.places) and (
            bool(LIST_SEPARATOR.match(text[typed[group][1] : draft.places[0].start]))
            or _counted_item(draft, typed[group][1]))
        told = typed[group][0] if listed else None
        if (untyped or draft.anaphoric) and told is not None:
            # "The attacks on A, B and C happened late Sunday", "six were killed in A and three
            # in B": the act told before, one event at each place listed (codebook §8.3)
            draft.sub_event_type, draft.merge_only, draft.anaphoric = (
                told.sub_event_type, False, False)
        if told is not None and draft.actor1 is None:
            # "Our forces recaptured A, B and C": each by the sides the first one joined,
            # each the same change of control
            draft.actor1, draft.actor2 = told.actor1, draft.actor2 or told.actor2
            if {draft.sub_event_type, told.sub_event_type} <= TERRITORY_SUBS:
                draft.sub_event_type = told.sub_event_type
        # ("clashes erupted after a man was shot dead", "after a man was shot dead, clashes
        # erupted": the act told as what came before the other is not the other's event)
        draft.apart_from = tuple(
            joined for other, joined in targets if joined is not None and (
                draft.precursor or other.precursor))
        target = integrate(draft, speakers, state, doc_id,
                           referred if _refers_on(draft) else None)
        targets.append((draft, target))
        if referred is None and target is not None and id(target) in told_before and (
                draft.merge_only):
            # "X claimed the ambush, saying its fighters had attacked Y": the act the sentence
            # refers back to is the one its further bare act words tell too
            referred = target
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


def integrate(
    draft: Draft, speakers: list[Attribution], state: ArticleState, doc_id: str,
    referred: Building | None = None,
) -> Building | None:
    """Join the draft to the earlier event it reports again (returned), or start a new event;
    a draft that only refers on to the act its sentence referred to joins that one."""
    claims = claims_of(draft, speakers, doc_id)
    draft.places = [resolved_earlier(p, state, draft.facts.sentence.text) for p in draft.places]
    location = (
        event_location(
            draft.places, draft.context_town or state.town, draft.facts.containers, state.country,
            state.province, sentence_province(draft.facts.places, state.country),
        )
        if draft.places
        else aimed_abroad(draft, state)
    )
    facts = draft.facts
    if draft.killed is None and facts.tallies and facts.places and all(
            p.role == "country" for p in facts.places):
        # "Across Syria, 60 were killed on Monday, the Observatory said": a country's dead,
        # no act of its own, whose source attests none of the acts told (codebook §8.1)
        note(state.trace, facts.sentence,
             f"{trigger_words(draft.triggers)}: a country's toll: no event")
        return None
    if location is None and told_elsewhere(draft) is not None:
        # "another 15 were killed in fighting elsewhere in the province": not at the place told
        # before, nor its event's; the province it lies in, or no place (and no event) at all
        location = fallback_location(draft, state)
        if location is None:
            note(state.trace, draft.facts.sentence,
                 f"{trigger_words(draft.triggers)}: told elsewhere, in no province: no event")
            return None
    if location and draft.places:
        remember_placed(draft.places, location, state)
    if location and location.country in (None, state.country) and not placed_from_story_town(
            draft, state):
        follow_province(location, state)
    mark_summaries(draft, location, state)
    target = referred or find_compatible(draft, location, state)
    if target is None and location is not None and said_at_only(draft) and (
            draft.anaphoric or only_dead(draft)):
        # "the minister told a news conference in Kabul that 40 militants had been killed":
        # placed only where it was said, the toll goes on with the act told before, as one
        # told with no place would (the event keeps its own place)
        target = find_compatible(draft, None, state)
    if target is not None and _listed_after_lead(target, draft, location):
        # "Gunmen attacked three villages in X state ... The attackers struck A, B and C": each
        # village listed is an incident of the act the lead told over the wider area (§8.7)
        draft.sub_event_type, draft.merge_only, target = target.sub_event_type, False, None
    sentence = draft.facts.sentence
    what = f"{trigger_words(draft.triggers)} -> {draft.sub_event_type or 'no sub-type'}"
    if target is not None:
        if _anchors_a_sequel(draft):
            # "The shelling came a day after rebels attacked a post, X said": the sentence
            # and its sources tell of the other event; the one it names again gains no claim
            claims = []
        elif reacted_to(draft.facts, draft.triggers) or told_as_no_act(draft.facts,
                                                                        draft.triggers):
            # "The UN said it was concerned by the violence": a reaction, no account of it;
            # "the envoy said attacks must stop": what is to be, neither
            claims = [replace(c, account=False) for c in claims]
        # ("Shells hit A and B ... SANA said rockets fell on homes": an account naming no
        # place of the list's act, of each place's event; its toll none of theirs, §8.3)
        mates = list_mates(target, state) if location is None and not draft.places else []
        if mates and not (draft.killed is not None and draft.killed.value == 0):
            claims = attesting(claims, [])  # (none killed in all of them is none in each)
        absorb(target, draft, location, claims, state)
        note(state.trace, sentence, f"{what}: merged into {target.label}")
        attest_others(target, draft.facts, claims, state)
        attest_list(target, mates, draft.facts, claims, state)
        if names_the_set(draft):
            # "Nine were killed in A and five in B ... Police confirmed the attacks": the set
            # told again is each incident its sentence listed
            for listed in state.events:
                if listed is not target and listed.first_offset == target.first_offset and (
                        listed.sub_event_type == target.sub_event_type):
                    listed.claims += attesting(claims, listed.claims)
        return target
    if draft.merge_only and not (draft.unplaced and (
            _first_of_its_kind(draft, state) or _added_act(draft, state))):
        note(state.trace, sentence, f"{what}: no place, toll or sub-type; no event to join")
        return None
    sub = draft.sub_event_type
    if sub == "Disrupted weapons use" and draft.killed is not None and draft.killed.value > 0 and (
            victim_class(draft.killed.head) != "fighters"):
        # the device went off: not a disrupted use (the attackers shot dead still is one)
        sub = "Remote explosive/landmine/IED"
    dated = is_dated(draft, state)
    state.events.append(
        Building(
            sub_event_type=sub,
            location=location or fallback_location(draft, state),
            borrowed=location is None or said_at_only(draft),
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
            by_its_dead=draft.anaphoric and told_by_its_dead(draft),
            dated=dated,
            told_by=draft.told_by,
            own_day=draft.own_day,
            still_told=told_still_going(draft.facts, draft.triggers),
            # "Gunmen attacked a checkpoint on Monday. ... A roadside bomb struck a patrol": an
            # act the story tells on with no day of its own is of the day it is telling, unless
            # a later sentence dates it (merging still weighs it as undated); a round-up's
            # undated items keep its span
            story_day=None if dated or draft.own_day or state.default_dates[2] != 1 else (
                _story_day(state)),
            made_with=(draft.date_start, draft.date_end, draft.time_precision),
            precursor=draft.precursor,
            summary=is_summary(sentence.text),
            ordinal=incident_ordinal(trigger_prefix(draft)) if draft.triggers else None,
            country_toll=draft.anaphoric and draft.killed is not None and not draft.places
            and bool(draft.facts.places)
            and all(p.role == "country" for p in draft.facts.places)
            and not on_one_target(draft),
            at_large=acts_at_large(draft),
            joined=of_named_days(draft.facts, draft.date_start, draft.date_end),
            sentence=sentence,
            label=f"E{len(state.events)}",
        )
    )
    note(state.trace, sentence, f"{what}: new event {state.events[-1].label}")
    return None


def _refers_on(draft: Draft) -> bool:
    """The draft's bare act words (`bare_acts`) are anaphoric ("the attack"): they tell more of
    the act its sentence referred to."""
    return draft.anaphoric and bare_acts(draft)


def _listed_after_lead(event: Building, draft: Draft, location: Location | None) -> bool:
    """The draft, untyped, is one town of a list its sentence tells, and the event it would
    join is a lead that sums up incidents over a wider area (no town)."""
    return (draft.one_of_list and event.summary and not draft.sub_event_type
            and location is not None
            and bool(location.town) and event.location is not None and not event.location.town
            and not event.borrowed and not told_in_same_sentence(event, draft))


def _counted_item(draft: Draft, after: int) -> bool:
    """ "six were killed in A and three in B": the draft's own count opens the list item that
    follows the last place of its group (at `after`), so B is one more place of that act."""
    count = draft.killed
    return count is not None and after <= count.start and count.end <= draft.places[0].start and (
        LIST_SEPARATOR.match(draft.facts.sentence.text[after : count.start]) is not None)


def _first_of_its_kind(draft: Draft, state: ArticleState) -> bool:
    """ "BAGHDAD - Protesters stormed the parliament": an act the dateline's sentence tells
    with no place of its own, of a type no event was told of yet, is an event at the
    dateline's town (the article's focus), not a restatement."""
    kind = SUB_TO_TYPE.get(draft.sub_event_type)
    return bool(draft.facts.dateline_places) and fallback_location(draft, state) is not None and (
        not any(SUB_TO_TYPE.get(e.sub_event_type) == kind for e in state.events))


def _added_act(draft: Draft, state: ArticleState) -> bool:
    """ "Armed men also attacked the airport with rockets", "troops repelled the assault and
    killed dozens of RSF fighters": an act a side named does, added to the occasion just told
    or told with its other side named too, of a violent type no event was told of yet, is an
    event at the place the article is speaking of, though the act's own spot is no place a
    gazetteer knows (not "houses were also razed": what the violence left)."""
    kind = SUB_TO_TYPE.get(draft.sub_event_type)
    added = adds_to_it(draft.facts.sentence.text) or draft.actor2 is not None
    return kind in VIOLENT_TYPES and draft.actor1 is not None and added and bool(
        state.events) and fallback_location(draft, state) is not None and not any(
        SUB_TO_TYPE.get(e.sub_event_type) == kind for e in state.events)


def _story_day(state: ArticleState) -> tuple | None:
    """The dates of the main (first) event of the sentence that told events last, if the text
    dated it (or the story did)."""
    if not state.events:
        return None
    latest = max(e.first_offset for e in state.events)
    main = next(e for e in state.events if e.first_offset == latest)
    return (main.date_start, main.date_end, main.time_precision) if main.dated else (
        main.story_day)


def _anchors_a_sequel(draft: Draft) -> bool:
    """The draft is the subject of "came a day after ...", with no toll of its own."""
    sequel = find_sequel(draft.facts.sentence.text)
    return (sequel is not None and not draft.sequel and draft.killed is None
            and bool(draft.triggers) and all(t.end <= sequel.end for t in draft.triggers))


def finish_event(b: Building, doc_id: str, n: int) -> Event:
    """The event record of an assembled event: status and fatality range from its claims; a
    claimed change of control that a source denies is an armed clash (codebook §8.2); each claim's
    source named as a coder names it."""
    sub = b.sub_event_type
    if sub in TERRITORY_SUBS and any(c.kind == "denial" for c in b.claims):
        sub = ARMED_CLASH
    actor2 = b.actor2
    start, end, precision = final_dates(b)
    if sub == EXCESSIVE_FORCE and (actor2 is None or actor2.inter == CIVILIANS):
        actor2 = role_actor("protesters", b.location.country if b.location else None)
    claims = named_claims(b.claims, b.location.country if b.location else None, start)
    counted = with_later_dead_added(claims)
    return Event(
        event_type=SUB_TO_TYPE[sub],
        sub_event_type=sub,
        date_start=start,
        date_end=end,
        time_precision=precision,
        location=b.location,
        actor1=b.actor1,
        actor2=actor2,
        fatalities=fatality_range(counted),
        status=event_status(counted),
        claims=claims,
        doc_id=doc_id,
        report_id=f"{doc_id}:{n}",
    )
