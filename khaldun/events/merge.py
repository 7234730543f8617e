"""Within one article: which earlier event a draft reports again, and how it joins it."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from khaldun.events.assemble import (
    DISRUPTED,
    PROTEST_SUBS,
    VIOLENT_DEMONSTRATION,
    Draft,
)
from khaldun.events.building import (
    FOLLOW_UP_PARAGRAPHS,
    TERRITORY_SUBS,
    ArticleState,
    Building,
    is_dated,
)
from khaldun.events.sides import civilians_of_clash
from khaldun.events.structure import (
    opens_new_incident,
    opens_on_another_time,
    opens_on_the_perpetrator,
)
from khaldun.events.subtypes import ABDUCTION, ATTACK, CLASH, PROTESTER_HEADS
from khaldun.events.triggers import alternation, overrides, word_class
from khaldun.numbers import toll_victims
from khaldun.places.gazetteer import distance_km, get_gazetteer
from khaldun.places.transliteration import same_place_name, spelling_form
from khaldun.records import (
    CIVILIANS,
    EVENT_TYPES,
    EXCESSIVE_FORCE,
    PROTESTERS,
    STATE_FORCES,
    SUB_TO_TYPE,
    Actor,
    Claim,
    Location,
)
from khaldun.resolve.compat import compatible_actors

# Event types whose reports a later "the strike", "killing five" may continue.
ANAPHORA_FAMILIES = frozenset(
    {"Explosions/Remote violence", "Battles", "Violence against civilians", "Protests"}
)
DEFINITE = re.compile(rf"\b(?:{alternation('definite_determiners')})\s+(?:\w+\s+)?$", re.I)


# Within one article, reports of one kind at one place this many days apart are one event.
MERGE_DAYS = 2
# The types an attack told with no weapon named is given (an attack on civilians, a clash).
PLAIN_ATTACK_TYPES = frozenset({"Violence against civilians", "Battles"})
PROTESTS = frozenset(EVENT_TYPES["Protests"])
RIOT_AND_FORCE = frozenset({VIOLENT_DEMONSTRATION, EXCESSIVE_FORCE})
# "the siege ended on Sunday": when the event ended (event_words.yaml)
ENDED = word_class("event_end_verbs")


# Looser, for two names that already share a transliteration key (Deir Ezzor ~ Dayr az Zawr).
SIMILAR_SPELLING = 50


# "Near X", "outside X": places up to this far from X may be the place meant (any wider and a
# village placed at its district town merges with the next town along).
REFERENCE_KM = 12.0
# The dead of a bombardment "around" or "east of" a town may be counted in a place this far
# from it (a big city's suburbs and countryside).
AROUND_KM = 20.0


# Differently named places closer than this are one place (a district the gazetteer lists as
# a town of its own); neighbouring towns are further apart.
SAME_PLACE_KM = 1.0


def find_compatible(
    draft: Draft, location: Location | None, state: ArticleState
) -> Building | None:
    """The earlier event this draft reports again, if any: for a sentence that opens on "In a
    separate incident" only one its own words told, the event just told for one that opens on
    "The attacker"; none of another day for what an event "came a day after"."""
    text = draft.facts.sentence.text
    events = state.events
    if draft.sequel:  # what an event "came a day after": it joins none of another day
        events = [e for e in events if _dates_overlap(e, draft, slack=0)]
    if opens_new_incident(text):
        # "Separately, ...": none told before; the sentence's own acts are still one another's
        events = [e for e in events if _told_here(e, draft)]
    if opens_on_another_time(text) and (
        not (draft.anaphoric or draft.weak) or draft.actor1 is not None
    ):
        # "Hours later, gunmen attacked a hotel": another incident, by its own side; the
        # sentence's own acts are still one another's
        events = [e for e in events if _told_here(e, draft)]
    if opens_on_the_perpetrator(text):
        # "The attacker ... detonated his explosives in the X area": the event just told
        recent = [e for e in events if draft.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS]
        if recent and _nearby(recent[-1].location, location):
            return recent[-1]
    if draft.anaphoric or draft.weak:
        # "the strike", "killing five": the latest sentence's main (first) event it fits
        # (one the text dates on other days tells of another event: "last week, 30 were killed")
        dated = is_dated(draft, state)
        fits = [
            (e.first_offset, -i)
            for i, e in enumerate(events)
            if draft.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
            # an incident the lead sums up (words with no sub-type of their own, "the attacks
            # began in X", still tell where the summed-up acts were)
            and not (e.summary and location is not None and not draft.merge_only)
            and _continues(e, draft, location)
            and (not dated or not e.dated or _dates_overlap(e, draft))
            and not _own_act_another_day(e, draft)
        ]
        # "the group said it had killed 17 policemen": the event that counts such dead
        victims = toll_victims(draft.killed, draft.facts.sentence.text)
        counted = [
            f for f in fits
            if victims and any(c.victims == victims for c in events[-f[1]].claims)
        ]
        if counted or fits:
            return events[-max(counted or fits)[1]]
    for event in reversed(events):
        near = draft.paragraph - event.paragraph <= FOLLOW_UP_PARAGRAPHS
        undated = near and not is_dated(draft, state)
        if not _same_kind(event, draft, undated) or not (undated or _dates_overlap(event, draft)):
            continue
        if _other_sides(event, draft):
            continue
        if event.summary and location is not None:
            continue  # an incident the lead sums up is an event of its own (codebook §8.7)
        if location is None or event.location is None:
            if near:
                return event
            continue
        told_here = _told_here(event, draft)
        if told_here and event.location.name != location.name:
            continue  # one sentence's places are apart by construction ("A, B and C")
        if same_place(event.location, location):
            return event
        if not told_here and undated and _told_again(event, draft, location):
            return event
    return None


def _told_here(event: Building, draft: Draft) -> bool:
    """The event was told in the draft's own sentence."""
    start = draft.facts.sentence.start
    return event.first_offset == start or any(c.start == start for c in event.claims)


def _told_again(event: Building, draft: Draft, location: Location) -> bool:
    """ "The gunfight broke out after troops cordoned off X village": an act of the kind just
    told, named with a definite article in an undated sentence, is that act told again, at a
    spot inside or near its place (a name no gazetteer knows, or within AROUND_KM)."""
    if not DEFINITE.search(_trigger_prefix(draft)):
        return False
    if location.lat is None or event.location.lat is None:
        return True
    return distance_km(
        location.lat, location.lon, event.location.lat, event.location.lon
    ) <= AROUND_KM


def mark_summaries(draft: Draft, location: Location | None, state: ArticleState) -> None:
    """A province-level event whose toll a town's toll in it follows sums that town's up: it is
    marked a summary (codebook §8.7), which no located draft joins."""
    if location is None:
        return
    for event in state.events:
        if _sums_up(event, draft, location):
            event.summary = True


def _sums_up(event: Building, draft: Draft, location: Location) -> bool:
    """ "17 people died in raids across Hama province", then "nine of them died in raids on
    Kafr Zita": a province's toll told before a town's is their sum, not the
    town's (codebook §8.7)."""
    return (
        event.location is not None
        and event.location.geo_precision >= 3
        and location.geo_precision == 1
        and draft.killed is not None
        and SUB_TO_TYPE.get(event.sub_event_type) == SUB_TO_TYPE.get(draft.sub_event_type)
        and (not event.location.admin1
             or same_place_name(event.location.admin1, location.admin1))
        and any(c.kind == "fatalities" for c in event.claims)
    )


def _nearby(there: Location | None, here: Location | None) -> bool:
    """No place, the same place, or points within AROUND_KM (a spot in or by the town)."""
    if there is None or here is None or same_place(there, here):
        return True
    if None in (there.lat, there.lon, here.lat, here.lon):
        return False
    return distance_km(there.lat, there.lon, here.lat, here.lon) <= AROUND_KM


def _other_sides(event: Building, draft: Draft) -> bool:
    """Two different pairs of sides are two events (the cross-article actor rule,
    resolve/compat.py); a change of control is told from either side, so it does not count."""
    if {event.sub_event_type, draft.sub_event_type} & TERRITORY_SUBS or _riot_dead(event, draft):
        return False
    sides = (event.actor1, event.actor2, draft.actor1, draft.actor2)
    return None not in sides and compatible_actors(event, draft, unnamed_agrees=True) is None


def _own_act_another_day(event: Building, draft: Draft) -> bool:
    """ "... who was killed by gunmen on Friday" after Sunday's bombing: a killing with its own
    perpetrator on a day of its own is another event (the wounded dying later are not)."""
    return (
        draft.actor1 is not None
        and bool(draft.facts.dates)
        and event.dated
        and not _dates_overlap(event, draft, slack=0)
    )


def _disrupted_here(event: Building, draft: Draft) -> bool:
    """ "fired a missile at Jizan, which air defences intercepted": the weapon use and its
    disruption told in one sentence are one event of disrupted weapons use."""
    return (
        draft.sub_event_type == DISRUPTED
        and event.sub_event_type in overrides().get(DISRUPTED, ())
        and _told_here(event, draft)
    )


def _riot_dead(event: Building, draft: Draft) -> bool:
    """ "Police clashed with protesters, and two were killed": a killing told with no act of
    its own after a violent demonstration is its dead (the sides it guessed do not count)."""
    return event.sub_event_type == VIOLENT_DEMONSTRATION and draft.anaphoric and bool(
        draft.killed)


def _force_on_protesters(report: Draft | Building) -> bool:
    """A killing that continues a protest: by state forces or no one named, of protesters,
    civilians or no one named ("the four were shot dead"), never of fighters or soldiers."""
    by = report.actor1.inter if report.actor1 else None
    on = report.actor2.inter if report.actor2 else None
    # (protesters: the sides carried from the march)
    return by in (None, STATE_FORCES, PROTESTERS) and on in (None, PROTESTERS, CIVILIANS)


def _killing_at_protest(event: Building, draft: Draft) -> bool:
    """A protest and, at its place on the same day, people (not fighters) killed by state
    forces: the force used on that protest ("security forces killed 12 as demonstrations
    entered their second week"), one event of excessive force (codebook §2)."""
    subs = {event.sub_event_type, draft.sub_event_type}
    if "Attack" not in subs or not subs & PROTESTS:
        return False
    killing = event if event.sub_event_type == "Attack" else draft
    by_state = killing.actor1 is not None and killing.actor1.inter == STATE_FORCES
    return by_state and _force_on_protesters(killing) and _dates_overlap(event, draft, slack=0)


def _continues(event: Building, draft: Draft, location: Location | None) -> bool:
    """An anaphoric draft ("the strike", "the blast", "killing five") continues a violent event
    of the same family at a compatible place."""
    family = SUB_TO_TYPE.get(event.sub_event_type)
    if draft.weak and family != "Explosions/Remote violence":
        return False
    if family not in ANAPHORA_FAMILIES:
        return False
    if family == "Protests" and not _force_on_protesters(draft):
        return False
    if location is None or event.location is None:
        return True
    if same_place(event.location, location):
        return True
    here, there = location, event.location
    if here.neighbourhood and there.neighbourhood:
        return False  # two quarters named: two places
    if draft.anaphoric and (
        _vague_near(there, here, AROUND_KM)
        or (_vague_near(there, here, AROUND_KM, precise=(1, 2)) and _is_reference(here))
    ):
        # "pounded suburbs east of Damascus ... five killed in Douma": the dead of the
        # bombardment, in one of the places around its point of reference ("west of Mosul
        # ... the attack hit troops near the village of X": the spot given more closely)
        return True
    if not here.town or not there.town:
        return True
    # "the blast went off near a bakery in the X roundabout": a spot no gazetteer knows,
    # inside the event's place.
    return draft.weak and location.lat is None and DEFINITE.search(_trigger_prefix(draft))


def _trigger_prefix(draft: Draft) -> str:
    start = draft.triggers[0].start if draft.triggers else 0
    return draft.facts.sentence.text[max(0, start - 12) : start]


def _same_kind(event: Building, draft: Draft, undated: bool = False) -> bool:
    if event.sub_event_type == draft.sub_event_type:
        return True
    pair = {event.sub_event_type, draft.sub_event_type}
    if pair <= TERRITORY_SUBS:
        return True  # "recaptured X" and "rebels withdrew from X": one change of control
    if pair <= PROTESTS:
        return True  # a protest and the force used on it ("police fired to disperse the crowd")
    if VIOLENT_DEMONSTRATION in pair and (pair <= PROTEST_SUBS | RIOT_AND_FORCE):
        # a protest that turned violent, and the force used on that riot: one violent
        # demonstration
        return True
    if _riot_dead(event, draft) or _disrupted_here(event, draft):
        return True
    if _killing_at_protest(event, draft) or _arrests_at_protest(event, draft):
        return True
    if pair <= TERRITORY_SUBS | {CLASH}:
        # "retook X after heavy fighting": the fight ended in the capture, the same day(s),
        # or the capture claimed right after the fight is told, undated
        return undated or _dates_overlap(event, draft, slack=0)
    if pair == {ATTACK, ABDUCTION}:
        # "gunmen abducted a village head" ... "his body was found": one event, that day
        return undated or _dates_overlap(event, draft, slack=0)
    if _weapon_of_attack(event, draft, undated):
        return True
    explosive = SUB_TO_TYPE.get(draft.sub_event_type) == "Explosions/Remote violence"
    same_type = SUB_TO_TYPE.get(event.sub_event_type) == SUB_TO_TYPE.get(draft.sub_event_type)
    return explosive and same_type and (draft.weak or event.weak)


def _weapon_of_attack(event: Building, draft: Draft, undated: bool = False) -> bool:
    """An attack told with no weapon ("twenty were killed in an attack on a market"), then, the
    same day or undated, the weapon that carried it out ("two bombers blew themselves up among
    shoppers"): one event."""
    if not event.generic or draft.anaphoric or draft.facts.sentence.start <= event.first_offset:
        return False  # (within one sentence the parse groups a weapon with its act)
    told_plainly = SUB_TO_TYPE.get(event.sub_event_type) in PLAIN_ATTACK_TYPES
    weapon = SUB_TO_TYPE.get(draft.sub_event_type) == "Explosions/Remote violence"
    return told_plainly and weapon and (undated or _dates_overlap(event, draft, slack=0))


def _same_name(a: str | None, b: str | None) -> bool:
    """One place name in two spellings: the same transliteration key, and spellings not too far
    apart (the key alone is coarse: Saqeira and Sakhour share it)."""
    if not same_place_name(a, b):
        return False
    return fuzz.ratio(spelling_form(a or ""), spelling_form(b or "")) >= SIMILAR_SPELLING


def same_place(a: Location, b: Location) -> bool:
    """Same town (or a region holding it), and no two different neighbourhoods; a is the
    earlier report's place, b the later one's."""
    if a.neighbourhood and b.neighbourhood and not _same_name(a.neighbourhood, b.neighbourhood):
        return False
    if _vague_near(a, b) or (_vague_near(b, a) and _is_reference(b)):
        return True
    if a.town and b.town:
        # "Jobar" on its own names the same place as "Jobar, Damascus"
        crossed = _same_name(a.town, b.neighbourhood) or _same_name(a.neighbourhood, b.town)
        return _same_name(a.town, b.town) or crossed or _near(a, b)
    if a.town or b.town:
        region, town = (b, a) if a.town else (a, b)
        return not region.admin1 or not town.admin1 or _same_name(region.admin1, town.admin1)
    return _same_name(a.admin1, b.admin1) or _same_name(a.name, b.name)


def _vague_near(
    vague: Location, other: Location, km: float = REFERENCE_KM, precise: tuple[int, ...] = (1,)
) -> bool:
    """ "A town close to Damascus" and, later, the town itself: a place given only by a point
    of reference matches a named place around that point (of a `precise` precision)."""
    if vague.geo_precision != 2 or other.geo_precision not in precise:
        return False
    if None in (vague.lat, vague.lon, other.lat, other.lon):
        return False
    return distance_km(vague.lat, vague.lon, other.lat, other.lon) <= km


def _is_reference(loc: Location) -> bool:
    """A "near X" place whose point is X's own (not a village the gazetteer lacks, placed at
    its district town): only such a place may take in a named place around it."""
    known = next(iter(get_gazetteer().lookup(loc.name, loc.country)), None)
    return known is not None and known.lat == loc.lat and known.lon == loc.lon


def _near(a: Location, b: Location) -> bool:
    """Two named places at one point; a point borrowed from a district town (precision 2)
    does not make two villages one."""
    if None in (a.lat, a.lon, b.lat, b.lon) or 2 in (a.geo_precision, b.geo_precision):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def _dates_overlap(event: Building, draft: Draft, slack: int = MERGE_DAYS) -> bool:
    """Ranges overlap, allowing MERGE_DAYS of slack ("yesterday" in one sentence, a weekday in
    another, a process over several days). (A draft the text does not date, near the event,
    is not asked: its date is the publication's, which says nothing.)"""
    if not (event.date_start and draft.date_start and event.date_end and draft.date_end):
        return True
    gap = max((draft.date_start - event.date_end).days, (event.date_start - draft.date_end).days)
    return gap <= slack


def absorb(
    event: Building,
    draft: Draft,
    location: Location | None,
    claims: list[Claim],
    state: ArticleState,
) -> None:
    event.paragraph = max(event.paragraph, draft.paragraph)  # the last place it was spoken of
    if location is not None and _more_precise(location, event.location):
        event.location = location
    if event.weak and not draft.weak and not draft.anaphoric and draft.sub_event_type:
        event.sub_event_type, event.weak = draft.sub_event_type, False
    if _weapon_of_attack(event, draft, not is_dated(draft, state)):
        # the weapon types an attack on civilians; a fight stays a fight (a car bomb in an
        # assault on army positions is part of the battle, as ACLED codes it)
        if event.sub_event_type != CLASH:
            event.sub_event_type = draft.sub_event_type
        event.generic = False
    if event.sub_event_type in PROTESTS and draft.anaphoric and draft.killed is not None:
        event.sub_event_type = EXCESSIVE_FORCE  # "the four were shot dead": protesters killed
    if event.sub_event_type == VIOLENT_DEMONSTRATION and draft.sub_event_type == EXCESSIVE_FORCE:
        # live fire on rioters: the riot's dead, the force its other side (ACLED)
        event.actor2 = event.actor2 or draft.actor1
    elif _killing_at_protest(event, draft):
        protest, force = (event, draft) if event.sub_event_type in PROTESTS else (draft, event)
        _force_used(event, protest, force)
    elif _arrests_at_protest(event, draft):
        peaceful = event.sub_event_type == "Peaceful protest"
        _intervened(event, draft, "Protest with intervention" if peaceful else event.sub_event_type)
    elif event.sub_event_type in overrides().get(draft.sub_event_type, ()):
        if draft.sub_event_type == VIOLENT_DEMONSTRATION:  # the protest turned violent
            event.sub_event_type = VIOLENT_DEMONSTRATION
            event.actor1, event.actor2 = draft.actor1, draft.actor2 or event.actor2
        elif draft.sub_event_type == EXCESSIVE_FORCE:
            _force_used(event, event, draft)
        else:  # force used on the protest it reported, or the weapon use disrupted, by whom
            _intervened(event, draft, draft.sub_event_type)
    if event.sub_event_type == ABDUCTION and draft.sub_event_type == ATTACK:
        event.sub_event_type = ATTACK  # the abducted were killed (ACLED: an attack)
    denied = any(c.kind == "denial" for c in event.claims)
    if event.sub_event_type == CLASH and draft.sub_event_type in TERRITORY_SUBS and not denied:
        event.sub_event_type = draft.sub_event_type  # the clash ended in a change of control
    if draft.told_by is not None:
        event.told_by = min(filter(None, (event.told_by, draft.told_by)))
    # a day the text gave, the publication's too ("on Monday" in a Monday report), is no
    # default for a later sentence's date to replace
    told_day = event.dated or event.own_day
    event.own_day = event.own_day or draft.own_day
    if is_dated(draft, state) and draft.date_start and draft.date_end:
        if not told_day:
            # the events its first sentence told with it, undated as it was, are of that day
            # too: one sentence tells of one time ("killed 15 in A and B" ... "on Saturday")
            for told in [event, *(e for e in state.events if e is not event
                                  and e.first_offset == event.first_offset
                                  and not (e.dated or e.own_day))]:
                told.date_start, told.date_end = draft.date_start, draft.date_end
                told.time_precision, told.dated = draft.time_precision, True
        elif _widens(event, draft):
            event.date_start = min(event.date_start, draft.date_start)
            event.date_end = max(event.date_end, draft.date_end)
            event.time_precision = max(event.time_precision, 2)
    event.actor1 = event.actor1 or _other_side(draft.actor1, event.actor2)
    if not civilians_of_clash(event.sub_event_type, draft.actor2):
        event.actor2 = event.actor2 or _other_side(draft.actor2, event.actor1)
    for claim in event.claims[event.claims_indexed :]:
        event.claim_keys.add(_claim_key(claim))
    event.claims.extend(c for c in claims if _claim_key(c) not in event.claim_keys)
    event.claims_indexed = len(event.claims)
    event.claim_keys.update(_claim_key(c) for c in claims)


def _arrests_at_protest(event: Building, draft: Draft) -> bool:
    """Protesters arrested at a protest told before ("several protesters were detained"): the
    intervention in that protest, not an event of its own."""
    if draft.sub_event_type != "Arrests" or event.sub_event_type not in PROTESTS:
        return False
    if any(t.sub_event_type in PROTESTS for t in draft.triggers):
        return True  # "protesters were detained"
    held = [c for c in draft.facts.counts if c.kind == "arrested" and c.head]
    return any(PROTESTER_HEADS.search(c.head) for c in held)


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


def _claim_key(claim: Claim) -> tuple:
    return (claim.source, claim.kind, claim.value, claim.start)


def _widens(event: Building, draft: Draft) -> bool:
    """Two dated reports of one event: it spans both (codebook §5 date ranges). A follow-up
    ("bodies were retrieved on Tuesday"), or a sentence dated only by its paragraph, dates its
    own telling, not the event."""
    if not draft.facts.dates:
        return False
    if draft.anaphoric and not ENDED.search(draft.facts.sentence.text):
        return False
    return (draft.date_start, draft.date_end) != (event.date_start, event.date_end)


def _other_side(candidate: Actor | None, side: Actor | None) -> Actor | None:
    """A side for the event unless it is the one already on the other side."""
    if candidate is None or (side is not None and side.name == candidate.name):
        return None
    return candidate


def _more_precise(new: Location, old: Location | None) -> bool:
    if old is None:
        return True
    if _vague_near(old, new, AROUND_KM):
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
