"""How a draft joins the earlier event it reports again: its place, sub-type, sides, dates
and claims."""

from __future__ import annotations

from dataclasses import replace

from khaldun.actors.resolve import UNIDENTIFIED
from khaldun.dates import BACKGROUND_DAYS
from khaldun.events.additive import continued_accounts
from khaldun.events.assemble import VIOLENT_DEMONSTRATION, Draft
from khaldun.events.building import TERRITORY_SUBS, ArticleState, Building, is_dated
from khaldun.events.draft_dates import (
    GOES_ON,
    ONSET_VERBS,
    ROLLING,
    opens_lasting_run,
    tells_onset,
)
from khaldun.events.homes import referenced
from khaldun.events.readings import definite_mention
from khaldun.events.same_kind import (
    PROTESTS,
    act_of_the_dead,
    arrests_at_protest,
    dates_overlap,
    killing_at_protest,
    only_dead,
    weapon_of_attack,
)
from khaldun.events.same_place import (
    AROUND_KM,
    SIDE_TOLD_AGAIN_KM,
    in_district,
    off_the_side_told,
    on_side_told,
    same_place,
    vague_near,
)
from khaldun.events.sides import civilians_of_clash
from khaldun.events.structure import acts_at_large, dead_told_by, refines, told_only
from khaldun.events.subtypes import ABDUCTION, ATTACK, tells_a_killing
from khaldun.events.triggers import Trigger, overrides, word_class
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.places import PlaceMention
from khaldun.places.context import NEIGHBOURHOOD_NOUNS
from khaldun.places.districts import QUARTERS_RADIUS_KM
from khaldun.places.geometry import distance_km
from khaldun.places.text import next_word
from khaldun.places.transliteration import same_place_name
from khaldun.records import (
    ARMED_CLASH,
    EXCESSIVE_FORCE,
    PROTESTERS,
    SUB_TO_TYPE,
    Actor,
    Claim,
    Location,
)

# "the siege ended on Sunday": when the event ended (event_words.yaml)
ENDED = word_class("event_end_verbs")


def absorb(
    event: Building,
    draft: Draft,
    location: Location | None,
    claims: list[Claim],
    state: ArticleState,
) -> None:
    """The draft, a new telling of the event, joins it: its place where more precise, its
    sub-type, dates and sides where they refine the event's, and its claims."""
    event.paragraph = max(event.paragraph, draft.paragraph)  # the last place it was spoken of
    # a lead told for a whole country ("attacks across Iraq on Saturday and Sunday") that the
    # draft places in a town sums up what the text lists: the listed incident's day is its own
    summed_up = location is not None and location.town is not None and _country_wide(event)
    if (only_dead(draft) or acts_at_large(draft)) and (
            _wider_area(location, event.location) or _spread_over_country(draft, location, event)):
        # "37 were killed in Idlib province on Sunday" (or "in air strikes") after a strike on
        # a town in it, "violence across Iraq killed 35": the dead of a wider area are no
        # total of this event (codebook §8.1), only its telling, and its source, who counts
        # something else, no second account of the act (codebook §8.5)
        claims = [_wider_told(c) for c in claims]
    elif (draft.facts.sentence.start > event.first_offset
          and (only_dead(draft) or _acts_plural(draft))
          and (_longer_period(event, draft, state) or _rolling_window(draft))):
        # "Over the past 48 hours, 18 residents have been killed" told after a strike on
        # Sunday: the dead of a longer period, or of a window up to the telling, are no total
        # of this event either (codebook §8.1), nor their source an account of it (§8.5)
        claims = [_wider_told(c) for c in claims]
    if _tallied_over(event, draft, location, state) or _list_under_lead(event, draft, location):
        # "the army said it had killed 30 militants across the province over the past week",
        # then "on Saturday, helicopters struck the village of X": the lead's dead are a wider
        # area's over a longer period, no toll of the one strike (codebook §8.1); "strikes
        # killed 25 in several towns of X province", then "warplanes struck A, B and C": the
        # lead's toll is the whole list's, none of its towns' (§8.3, §8.7)
        event.claims = [told_only(c) for c in event.claims]
        event.claim_keys, event.claims_indexed = set(), 0
    told = event.sentence.text if event.sentence is not None else ""
    # ("a camp in Marib was hit ... a spokesman said in Sanaa that": where the event was told
    # of, no closer place of it)
    moves = location is not None and (event.borrowed or not said_at_only(draft))
    # ("... killed 12 on Monday. The attack took place in X": where it happened, not when)
    stated = moves and states_its_place(event, draft, location, is_dated(draft, state))
    if moves and (event.borrowed or _more_precise(location, event.location, told) or stated):
        event.location, event.borrowed = location, False
    elif moves and (quarter := _quarter_told(location, event.location, draft)):
        event.location = quarter
    _merge_sub_type(event, draft, state)
    if draft.told_by is not None:
        event.told_by = min(filter(None, (event.told_by, draft.told_by)))
    if not stated:
        _merge_dates(event, draft, state, summed_up)
    _merge_sides(event, draft)
    _merge_claims(event, draft, claims)
    if draft.sub_event_type and not only_dead(draft):
        event.by_its_dead = False  # how they died is told


def _merge_sub_type(event: Building, draft: Draft, state: ArticleState) -> None:
    """The event's sub-type as the draft refines it: a weak one replaced, the weapon of an
    attack, the act that killed the dead told first, force, arrests or rioting at a protest,
    the abducted killed, a more specific act told, a clash that ended in a change of control."""
    if event.weak and not draft.weak and not draft.anaphoric and draft.sub_event_type:
        event.sub_event_type, event.weak = draft.sub_event_type, False
    undated = not is_dated(draft, state)
    if weapon_of_attack(event, draft, undated):
        # the weapon types an attack on civilians, and the soldiers' deaths told alone ("two
        # policemen were killed ... a roadside bomb struck their patrol"); a fight told stays a
        # fight (a car bomb in an assault on army positions is part of the battle, as ACLED
        # codes it)
        if event.sub_event_type != ARMED_CLASH or event.by_its_dead:
            event.sub_event_type = draft.sub_event_type
        event.generic = False
    elif act_of_the_dead(event, draft, undated):
        _killed_by(event, draft)
    _met_protest(event, draft)
    if (event.sub_event_type == ABDUCTION and draft.sub_event_type == ATTACK
            and tells_a_killing(draft.triggers)):
        event.sub_event_type = ATTACK  # the abducted were killed (ACLED: an attack)
    if event.sub_event_type in refines().get(draft.sub_event_type or "", ()):
        event.sub_event_type = draft.sub_event_type  # "a car bomb ..., the attacker rammed"
    denied = any(c.kind == "denial" for c in event.claims)
    if (event.sub_event_type == ARMED_CLASH and draft.sub_event_type in TERRITORY_SUBS
            and not denied):
        event.sub_event_type = draft.sub_event_type  # the clash ended in a change of control


def _killed_by(event: Building, draft: Draft) -> None:
    """The dead told first were killed in the draft's act: the event takes the sub-type the
    act gives them (structure.yaml `dead_told_by`) and the act's sides; the dead civilians of
    a clash are no side of it."""
    sub = dead_told_by()[draft.sub_event_type]
    if sub == EXCESSIVE_FORCE:
        _force_used(event, draft, draft)
        return
    dead = None if civilians_of_clash(sub, event.actor2) else event.actor2
    event.sub_event_type = sub
    event.actor1, event.actor2 = draft.actor1, draft.actor2 or dead


def _met_protest(event: Building, draft: Draft) -> None:
    """A protest and what met it, told apart ("the four were shot dead", live fire on rioters,
    arrests at a march, the protest turned violent, force or a disruption whose sub-type
    overrides the event's): one event, with the sub-type and sides ACLED gives the two."""
    unnamed = draft.actor1 is None or draft.actor1.inter == PROTESTERS  # (carried from it)
    if event.sub_event_type in PROTESTS and draft.anaphoric and (draft.killed is not None or (
            unnamed and tells_a_killing(draft.triggers))):
        # "the four were shot dead", "two of them were killed by gunfire" (no side named):
        # protesters killed
        event.sub_event_type = EXCESSIVE_FORCE
    if event.sub_event_type == VIOLENT_DEMONSTRATION and draft.sub_event_type == EXCESSIVE_FORCE:
        # live fire on rioters: the riot's dead, the force its other side (ACLED)
        event.actor2 = event.actor2 or draft.actor1
    elif killing_at_protest(event, draft, undated=not draft.facts.dates):
        # ("Three were killed in X on Friday when police opened fire ... the demonstrators were
        # trying to reach parliament when the shooting started": undated, the killing's day)
        protest, force = (event, draft) if event.sub_event_type in PROTESTS else (draft, event)
        _force_used(event, protest, force)
    elif arrests_at_protest(event, draft):
        protest = event if event.sub_event_type in PROTESTS else draft
        peaceful = protest.sub_event_type == "Peaceful protest"
        sub = "Protest with intervention" if peaceful else protest.sub_event_type
        if protest is event:
            _intervened(event, draft, sub)
        else:  # the arrests told first, then the protest
            event.sub_event_type = sub
            event.actor1, event.actor2 = draft.actor1, event.actor1
    elif event.sub_event_type in overrides().get(draft.sub_event_type, ()):
        if draft.sub_event_type == VIOLENT_DEMONSTRATION:  # the protest turned violent
            event.sub_event_type = VIOLENT_DEMONSTRATION
            event.actor1, event.actor2 = draft.actor1, draft.actor2 or event.actor2
        elif draft.sub_event_type == EXCESSIVE_FORCE:
            _force_used(event, event, draft)
        else:  # force used on the protest it reported, or the weapon use disrupted, by whom
            _intervened(event, draft, draft.sub_event_type)


def _merge_dates(event: Building, draft: Draft, state: ArticleState, summed_up: bool) -> None:
    """The event's dates as the draft's, told from the text, settle them: an undated event
    takes them; a closed period pinpointed, or a country-wide lead's listed incident, takes
    the days told; two dated reports of one event span both. A day the text gave, the
    publication's too ("on Monday" in a Monday report), is no default a later date replaces."""
    told_day = event.dated or event.own_day
    event.own_day = event.own_day or draft.own_day
    # a run told going on to, or ending on, the publication's day reaches it ("were continuing
    # on Thursday", "the siege ended on Thursday")
    text = draft.facts.sentence.text
    goes_on = draft.own_day and (GOES_ON.search(text) or ENDED.search(text)) is not None
    if not ((is_dated(draft, state) or goes_on) and draft.date_start and draft.date_end):
        return
    if not told_day and _run_opened_before_told(event, draft):
        event.date_start = draft.date_start
        event.date_end = min(filter(None, (event.told_by, event.date_end)))
        event.time_precision, event.dated, event.joined = 2, True, True
    elif not told_day:
        _date_first_told(event, draft, state)
    elif (summed_up and _within(draft, event)) or _pinpoints(event, draft, state):
        event.date_start, event.date_end = draft.date_start, draft.date_end
        event.time_precision = draft.time_precision
    elif _widens(event, draft):
        event.date_start = min(event.date_start, draft.date_start)
        event.date_end = max(event.date_end, draft.date_end)
        event.time_precision, event.joined = max(event.time_precision, 2), True


def _run_opened_before_told(event: Building, draft: Draft) -> bool:
    """ "Clashes have killed 20, a monitor said on Wednesday. The clashes began on Monday": a
    lasting run told undated and still going on when told (its report's day, else publication's),
    whose own noun a later sentence dates the first day of, runs from that day to that one
    (codebook §5, §8.4)."""
    if not event.still_told:
        return False  # ("killed nine, an official said on Wednesday": only its first day is told)
    opened = opens_lasting_run(draft.facts, draft.triggers)
    if opened is None or event.date_end is None or event.date_start != event.date_end:
        return False
    days = (min(filter(None, (event.told_by, event.date_end))) - opened.date_start).days
    return (draft.date_start, draft.date_end) == (opened.date_start, opened.date_end) and (
        0 < days <= BACKGROUND_DAYS)


def _date_first_told(event: Building, draft: Draft, state: ArticleState) -> None:
    """The draft dates an event told undated, and the events its first sentence told with
    it, undated as it was: one sentence tells of one time ("killed 15 in A and B" ... "on
    Saturday")."""
    for told in [event, *(e for e in state.events if e is not event
                          and e.first_offset == event.first_offset
                          and not (e.dated or e.own_day))]:
        told.date_start, told.date_end = draft.date_start, draft.date_end
        told.time_precision, told.dated = draft.time_precision, True


def _merge_sides(event: Building, draft: Draft) -> None:
    """A side the event lacks, or knows only as unidentified ("rival armed groups"), is the
    draft's, unless it is the one on the event's other side; the civilians of a clash are no
    side of it."""
    event.actor1 = _known(event.actor1) or _other_side(draft.actor1, event.actor2) or event.actor1
    if not civilians_of_clash(event.sub_event_type, draft.actor2):
        event.actor2 = _known(event.actor2) or _other_side(
            draft.actor2, event.actor1) or event.actor2


def _known(side: Actor | None) -> Actor | None:
    """The side, unless the text only calls it unidentified."""
    return None if side is not None and side.name.startswith(UNIDENTIFIED) else side


def _merge_claims(event: Building, draft: Draft, claims: list[Claim]) -> None:
    """The draft's claims (an outlet's toll marked "also" credited to the source that counts
    the event's other sides) join the event's, unless it carries the same one already
    (source, kind, value, quote start)."""
    claims = continued_accounts(event, draft, claims)
    for claim in event.claims[event.claims_indexed :]:
        event.claim_keys.add(_claim_key(claim))
    event.claims.extend(c for c in claims if _claim_key(c) not in event.claim_keys)
    event.claims_indexed = len(event.claims)
    event.claim_keys.update(_claim_key(c) for c in claims)


def _intervened(event: Building, draft: Draft, sub: str) -> None:
    """A protest told before met the draft's arrests or force: it becomes `sub`, and the side
    that intervened acts on it unless a side acted on is already named."""
    event.sub_event_type = sub
    event.actor2 = event.actor2 or _other_side(draft.actor1, event.actor1)


def _force_used(event: Building, protest: Building | Draft, force: Building | Draft) -> None:
    """The protest and the force used on it are one event of excessive force: the force that
    acted is actor1, the protesters actor2 (codebook §3)."""
    sides = (protest.actor1, protest.actor2, force.actor1, force.actor2)
    marchers = next((a for a in sides if a and a.inter == PROTESTERS), None)
    # force already told as such keeps its side ("soldiers fired on marchers ..., killing 12")
    told = protest.actor1 if protest.sub_event_type == EXCESSIVE_FORCE else None
    forces = next(
        (a for a in (told, force.actor1, protest.actor2) if a and a.inter != PROTESTERS), None
    )
    event.sub_event_type = EXCESSIVE_FORCE
    if forces is None and not (event.actor1 and event.actor1.inter == PROTESTERS):
        forces = event.actor1  # (the marchers did not use force on themselves)
    event.actor1 = forces
    event.actor2 = marchers or force.actor2


def _wider_told(claim: Claim) -> Claim:
    """A claim of a wider area's or a longer period's dead: the telling of the event, which
    attests no act of its own (no account for status)."""
    return replace(told_only(claim), account=False)


def _wider_area(here: Location | None, there: Location | None) -> bool:
    """The draft's place is an area wider than the event's town: a province or country, or a
    named region around it ("Eastern Ghouta" for Douma)."""
    if here is None or there is None or not there.town or here.neighbourhood:
        return False
    if here.geo_precision <= there.geo_precision:
        return False
    return not here.town or not same_place_name(here.town, there.town)


def _spread_over_country(draft: Draft, location: Location | None, event: Building) -> bool:
    """The draft, placed nowhere but in a country, counts its dead across it ("violence
    across Iraq killed 35", "across the country") after an event in one of its towns."""
    killed = draft.killed
    return (location is None and killed is not None and event.location is not None
            and bool(event.location.town)
            and all(p.role == "country" for p in draft.facts.places)
            and draft.facts.grammar.spread_over(killed.start, killed.end))


def _acts_plural(draft: Draft) -> bool:
    """The draft's acts are all named in the plural ("in the strikes", "in air raids")."""
    grammar = draft.facts.grammar
    acts = [t for t in draft.triggers if t.role != "kill"]
    return bool(acts) and all(
        (root := grammar.root(t.start, t.end)) is not None and root.tag_ == "NNS" for t in acts)


def _longer_period(event: Building, draft: Draft, state: ArticleState) -> bool:
    """The draft is dated from its text by a period that holds the event's told days and more
    ("over the past three days" after "on Monday")."""
    if not (event.dated or event.own_day) or not is_dated(draft, state):
        return False
    days = (event.date_start, event.date_end, draft.date_start, draft.date_end)
    if any(d is None for d in days):
        return False
    return (draft.date_start <= event.date_start and event.date_end <= draft.date_end
            and (draft.date_start, draft.date_end) != (event.date_start, event.date_end))


def _tallied_over(
    event: Building, draft: Draft, location: Location | None, state: ArticleState
) -> bool:
    """The event, told by its dead alone over an area with no town and a period of days, is
    placed by the draft in a town on a day inside that period: its toll is a tally."""
    if not event.generic or location is None or not location.town or event.location is None:
        return False
    if event.location.town or not any(c.kind == "fatalities" for c in event.claims):
        return False
    if draft.facts.sentence.start <= event.first_offset or not draft.facts.dates:
        return False
    if None in (event.date_start, event.date_end) or (
            event.date_end - event.date_start).days < 2:
        return False
    return _within(draft, event) and is_dated(draft, state)


def _list_under_lead(event: Building, draft: Draft, location: Location | None) -> bool:
    """The event, told with a toll over an area with no town, is placed by a later sentence in
    one town of a list of several, a list that gives no toll of its own: the toll is the whole
    list's."""
    if not draft.one_of_list or draft.killed is not None or location is None:
        return False
    if not location.town or event.location is None or event.location.town:
        return False
    return (draft.facts.sentence.start > event.first_offset
            and any(c.kind == "fatalities" for c in event.claims))


def _rolling_window(draft: Draft) -> bool:
    """The draft is dated by a window up to its telling ("over the past 48 hours")."""
    return any(ROLLING.match(d.surface) for d in draft.facts.dates)


def _claim_key(claim: Claim) -> tuple:
    return (claim.source, claim.kind, claim.value, claim.start)


def _widens(event: Building, draft: Draft) -> bool:
    """Two dated reports of one event: it spans both (codebook §5 date ranges). A follow-up
    ("bodies were retrieved on Tuesday"), or a sentence dated only by its paragraph, dates its
    own telling, not the event."""
    if not draft.facts.dates:
        return False
    text = draft.facts.sentence.text
    # ("The attack began late on Monday": the day the event told began, §8.4)
    if draft.anaphoric and not (ENDED.search(text) or GOES_ON.search(text)
                                or tells_onset(draft.facts, draft.triggers)):
        return False
    return (draft.date_start, draft.date_end) != (event.date_start, event.date_end)


def _pinpoints(event: Building, draft: Draft, state: ArticleState) -> bool:
    """The event, dated by a closed period ("last week", "over the weekend"), told again with
    the day or days it took place ("The attack took place on Wednesday", "on Thursday and
    Friday"): those (codebook §5). A day it began, ended or went on ("broke out on Saturday"),
    or a run up to a day, is no such day; nor is a range joined from days told apart ("struck on
    Monday ... On Tuesday, the warplanes returned and killed six")."""
    if (draft.time_precision > 2 or event.time_precision != 2 or event.joined
            or not _within(draft, event)):
        return False
    if state.published is None or event.date_end is None or event.date_end >= state.published:
        return False  # a run up to publication ("since Friday", "this week")
    facts = draft.facts
    if GOES_ON.search(facts.sentence.text):
        return False  # "the clashes continued on Saturday": the run goes on
    for mention in facts.dates:
        verb = facts.grammar.clause_verb(mention.start, mention.end)
        if mention.running or mention.ongoing or (
            verb is not None and (ONSET_VERBS.fullmatch(verb.lower_) or ENDED.search(verb.lower_))
        ):
            return False
    return True


def _country_wide(event: Building) -> bool:
    """The event is placed in no town nor province, only a country."""
    place = event.location
    return place is None or not (place.town or place.neighbourhood or place.admin1)


def _within(draft: Draft, event: Building) -> bool:
    """The draft's dates lie inside the event's, which are longer."""
    if not (event.date_start and event.date_end and draft.date_start and draft.date_end):
        return False
    return (event.date_start <= draft.date_start and draft.date_end <= event.date_end
            and (draft.date_start, draft.date_end) != (event.date_start, event.date_end))


def _other_side(candidate: Actor | None, side: Actor | None) -> Actor | None:
    """A side for the event unless it is the one already on the other side."""
    if candidate is None or (side is not None and side.name == candidate.name):
        return None
    return candidate


def _quarter_told(new: Location, old: Location | None, draft: Draft) -> Location | None:
    """ "The blast hit a market in the X district" after a bombing in a city: a place the
    gazetteer lists as a town of its own, told as a district or quarter, that lies among the
    city's quarters (QUARTERS_RADIUS_KM), is the event's quarter of that city, at its point."""
    if old is None or old.neighbourhood or new.neighbourhood or not (old.town and new.town) \
            or old.geo_precision != 1 or same_place_name(old.town, new.town):
        return None
    if None in (old.lat, old.lon, new.lat, new.lon) or distance_km(
            old.lat, old.lon, new.lat, new.lon) > QUARTERS_RADIUS_KM:
        return None
    text = draft.facts.sentence.text
    told = next((p for p in draft.places if p.role == "town" and p.place is not None
                 and new.town in (p.surface, p.place.name)
                 and p.qualifier in (None, "district")  # (a district: precision 2)
                 and next_word(text, p.end) in NEIGHBOURHOOD_NOUNS), None)
    if told is None:
        return None
    return replace(old, name=told.surface, neighbourhood=told.surface, lat=new.lat, lon=new.lon,
                   admin2=new.admin2 or old.admin2)


def _more_precise(new: Location, old: Location | None, told: str = "") -> bool:
    """The new place says more closely where the event was than the old, told in `told`."""
    if old is None:
        return True
    if vague_near(old, new, AROUND_KM) or in_district(old, new) or on_side_told(
            told, old, new, SIDE_TOLD_AGAIN_KM, precise=(1, 2)):
        return True  # "suburbs east of Damascus", then the town in them: Douma
    if not same_place(old, new) and old.town:
        return False
    return bool(
        (old.geo_precision > new.geo_precision and new.lat is not None)
        or (new.neighbourhood and not old.neighbourhood)
        or (new.town and not old.town)
        # the same town, now with coordinates
        or (new.lat is not None and old.lat is None and bool(new.town and old.town))
    )


def states_its_place(
    event: Building, draft: Draft, location: Location | None, dated: bool
) -> bool:
    """The draft says again where the act told before happened ("the attack took place in X",
    "the incident occurred in X"), in a town other than the act's: that town is its place.
    Only for the act it refers to: the act word is of the event's kind (or of none, "the
    attack", "the incident"), and a day the sentence gives is the event's own (a sentence
    dated on another day, or dating an event told undated, tells no place of it)."""
    grammar, text, old = draft.facts.grammar, draft.facts.sentence.text, event.location
    family = SUB_TO_TYPE.get(event.sub_event_type)
    stated = [t for t in draft.triggers if grammar.states_place_of(t.start, t.end)
              and definite_mention(grammar, t.start, t.end)]
    return (
        # an act word told as known ("the attack", "the bombing", "the clashes"), and no act
        # of the sentence's own besides ("... a day after a car bomb exploded in Y")
        bool(stated) and (draft.anaphoric or len(stated) == len(draft.triggers))
        and not draft.one_of_list
        and location is not None and location.town is not None
        and old is not None and old.town != location.town
        # ("a car bomb killed 12 north of Y ... the blast occurred in X", south of Y: no
        # telling of that act)
        and not (event.sentence is not None
                 and off_the_side_told(event.sentence.text, old, location))
        and any(t.sub_event_type is None or SUB_TO_TYPE.get(t.sub_event_type) == family
                for t in stated)
        and (not dated or (event.dated and dates_overlap(event, draft, slack=0)))
        # (the town of the first place the sentence names, not of a point of reference
        # further on: "at X, 60 km south of Y")
        and (first := next((p for p in draft.facts.places
                            if p.role in ("town", "neighbourhood")), None)) is not None
        and location.town in _names_of(first) and not referenced(text, first)
        and not _in_other_clause(grammar, first, stated)
    )


def _in_other_clause(grammar, place: PlaceMention, stated: list[Trigger]) -> bool:
    """The place hangs on the stating verb through a clause opener ("took place a day after a
    similar attack in X", grammar.yaml clause_preps): the place of the other act."""
    token = grammar.root(place.start, place.end)
    verbs = {r.head.i for t in stated if (r := grammar.root(t.start, t.end)) is not None}
    while token is not None and token.i not in verbs and token.head.i != token.i:
        if token.lower_ in grammar_words()["clause_preps"]:
            return True
        token = token.head
    return False


def _names_of(place: PlaceMention) -> set[str]:
    """The town names a place mention may stand for: its gazetteer name, its town's, and the
    name as the text writes it."""
    return {place.surface, *(q.name for q in (place.place, place.town) if q is not None)}


def said_at_only(draft: Draft) -> bool:
    """The draft is placed only by where its statement was made ("..., the ministry said in
    Kabul"): a borrowed place, as the focus is for a sentence that names none."""
    said = draft.facts.said_at
    return bool(said) and bool(draft.places) and all((p.start, p.end) in said
                                                    for p in draft.places)
