"""Within one article, once its sides are settled: people hurt by a state's forces and a protest
told apart, at one place on one day, are the force used on that protest (codebook §2).

"One man was killed by police fire in X on Friday. Thousands had marched to the governor's
office": the sentence that tells the shooting names no crowd, and the one that tells the crowd
names no force; merging (events/same_kind.py `killing_at_protest`) asks for the killer's side
before the article settles it from words such as "police fire", so it is asked again here.
"""

from __future__ import annotations

from khaldun.actors.resolve import UNIDENTIFIED, find_actors
from khaldun.actors.role_actors import role_actor
from khaldun.events.assemble import VIOLENT_DEMONSTRATION
from khaldun.events.building import FOLLOW_UP_PARAGRAPHS, Building, final_dates
from khaldun.events.same_place import same_place
from khaldun.events.trace import Trace, note
from khaldun.events.triggers import word_class
from khaldun.records import (
    ARMED_CLASH,
    CIVILIANS,
    EXCESSIVE_FORCE,
    EXTERNAL,
    NON_STATE_ARMED,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    Actor,
)

ATTACK = "Attack"
UNSPECIFIED = word_class("unspecified_heads")
AFTERMATH = word_class("aftermath_told")
FORCES = (STATE_FORCES, EXTERNAL)
PROTESTERS_ROLE, CIVILIANS_ROLE = "protesters", "civilians"  # generic.yaml roles
# the protests no force has yet been told on (one that met force already has its own)
UNMET_PROTESTS = ("Peaceful protest", "Protest with intervention")
# a protest the article already tells as met with force, or a crowd that turned violent: the
# force of a state told again at its place that day is part of it, not an attack of its own
MET_PROTESTS = (EXCESSIVE_FORCE, VIOLENT_DEMONSTRATION)


def _force_of_the_state(event: Building) -> bool:
    """An attack by a state's forces (at home or abroad: troops firing on a march in occupied
    land) on people who are no fighters, or on no one named."""
    by = getattr(event.actor1, "inter", None)
    on = getattr(event.actor2, "inter", None)
    return event.sub_event_type == ATTACK and by in FORCES and on in (
        None, CIVILIANS, PROTESTERS)


def _marchers_shot(attack: Building, protest: Building) -> bool:
    """An armed group's attack on people named as a protest's people were, told after that
    protest ("Students held a sit-in ... Gunmen stormed the campus and shot dead two students"),
    or on people a protest told right after it, as going on before it, gathered ("Gunmen fired
    on mourners ... The mourners had been chanting against the governor"): force used on the
    protest (ACLED: by any side, lethal force on peaceful protesters)."""
    by = getattr(attack.actor1, "inter", None)
    on = getattr(attack.actor2, "inter", None)
    if not (attack.sub_event_type == ATTACK and by in NON_STATE_ARMED and on in (None, CIVILIANS)):
        return False
    if attack.sentence is None or protest.sentence is None:
        return False
    roles = (PROTESTERS_ROLE,)
    if protest.sentence.start > attack.sentence.start:
        if not word_class("scene_told_after").search(protest.sentence.text):
            return False
        if protest.paragraph - attack.paragraph <= 1:
            return True  # ("... killing six. Hundreds of residents had gathered outside")
        roles = (PROTESTERS_ROLE, CIVILIANS_ROLE)
    elif protest.sentence.start == attack.sentence.start:
        return False
    marchers = {_head_word(m.surface) for m in find_actors(protest.sentence.text)
                if m.role in roles}
    # ("Thousands gathered in the square ... Snipers shot dead four people there": people named
    # by no trait, shot in the paragraph right after the crowd is told, are of that crowd)
    next_told = 0 <= attack.paragraph - protest.paragraph <= 1
    return any(_head_word(m.surface) in marchers or (next_told and UNSPECIFIED.fullmatch(
        _head_word(m.surface))) for m in find_actors(attack.sentence.text)
        if m.role in (CIVILIANS_ROLE, PROTESTERS_ROLE))


def _head_word(surface: str) -> str:
    return surface.lower().split()[-1] if surface.split() else ""


def _take_claims(event: Building, joined: Building) -> None:
    """The claims of the event joined to `event` that it does not hold already."""
    keys = {(c.source, c.kind, c.value, c.quote) for c in event.claims}
    event.claims += [c for c in joined.claims if (c.source, c.kind, c.value, c.quote) not in keys]


def _at_the_protest(attack: Building, protest: Building) -> bool:
    """Near in the text, at one place, on one day: the day each ends with (a sentence that
    dates neither takes its story's day only once the article is told); not a crowd told after
    the attack as its sequel ("clashes later broke out in his village")."""
    if _sequel(attack, protest):
        return False
    near = abs(attack.paragraph - protest.paragraph) <= FOLLOW_UP_PARAGRAPHS
    placed = attack.location is not None and protest.location is not None and same_place(
        protest.location, attack.location)
    (a_start, a_end, _), (p_start, p_end, _) = final_dates(attack), final_dates(protest)
    if None in (a_start, a_end, p_start, p_end):
        return near and placed
    return near and placed and max((p_start - a_end).days, (a_start - p_end).days) <= 0


def _sequel(attack: Building, protest: Building) -> bool:
    """The protest is told after the attack in words that set it after it."""
    if attack.sentence is None or protest.sentence is None:
        return False
    return protest.sentence.start > attack.sentence.start and bool(
        AFTERMATH.search(protest.sentence.text))


def join_force_on_protests(events: list[Building], trace: Trace | None = None) -> list[Building]:
    """The events with each attack by a state's forces that falls at the place and on the day of
    a protest the article tells (before or after it) joined to that protest as excessive force:
    the forces are actor1, the protesters actor2, the claims of both kept. A protest the article
    already tells as met with force, or as a riot ("forces shot dead two people as thousands
    rallied ... Protesters threw stones at police"), takes in such an attack as it is: the force
    and the protest are one event (codebook §2), whose dead are the attack's."""
    events = _protests_met(events, trace)
    protests = [e for e in events if e.sub_event_type in UNMET_PROTESTS + MET_PROTESTS]
    attacks = [e for e in events if e.sub_event_type == ATTACK]
    if not protests or not attacks:
        return events
    joined: list[Building] = []
    for attack in attacks:
        state = _force_of_the_state(attack)
        candidates = [p for p in protests if _at_the_protest(attack, p) and all(
            p is not j for j in joined) and (state or (
                p.sub_event_type in UNMET_PROTESTS and _marchers_shot(attack, p)))]
        if not candidates:
            continue
        protest = min(candidates, key=lambda p: abs(p.first_offset - attack.first_offset))
        if protest.sub_event_type in MET_PROTESTS:
            _take_claims(protest, attack)
            if protest.sub_event_type == EXCESSIVE_FORCE and (
                    protest.actor1 is None or protest.actor1.name.startswith(UNIDENTIFIED)):
                protest.actor1 = attack.actor1
            joined.append(attack)
            if attack.sentence is not None:
                note(trace, attack.sentence,
                     f"{attack.label} at the place and on the day of {protest.label} "
                     f"({protest.sub_event_type}): the force used on it, one event")
            continue
        attack.sub_event_type = EXCESSIVE_FORCE
        marchers = protest.actor1 if getattr(protest.actor1, "inter", None) == PROTESTERS else None
        attack.actor2 = marchers or attack.actor2
        _take_claims(attack, protest)
        joined.append(protest)
        if attack.sentence is not None:
            note(trace, attack.sentence,
                 f"{attack.label} and the protest {protest.label} at its place that day: "
                 "one event of force used on the protest")
    return [e for e in events if all(e is not j for j in joined)]


def _protests_met(events: list[Building], trace: Trace | None = None) -> list[Building]:
    """The events with each protest not yet met with force, told at the place and on the day
    of force the article tells as used on a protest ("mourners chanted against the militias,
    and gunmen fired on the procession"), joined to that force: the march and the fire on it
    are one event (codebook §2), whose claims it keeps."""
    forces = [e for e in events if e.sub_event_type == EXCESSIVE_FORCE]
    joined: list[Building] = []
    for protest in events:
        if protest.sub_event_type not in UNMET_PROTESTS:
            continue
        met = [f for f in forces if _at_the_protest(f, protest)]
        if not met:
            continue
        force = min(met, key=lambda f: abs(f.first_offset - protest.first_offset))
        _take_claims(force, protest)
        if getattr(force.actor2, "inter", None) != PROTESTERS and getattr(
                protest.actor1, "inter", None) == PROTESTERS:
            force.actor2 = protest.actor1
        joined.append(protest)
        if protest.sentence is not None:
            note(trace, protest.sentence,
                 f"{protest.label} at the place and on the day of {force.label}: the protest "
                 "the force was used on, one event")
    return [e for e in events if all(e is not j for j in joined)]


def _marchers_side(event: Building) -> tuple[Actor, Actor | None] | None:
    """A clash one of whose sides are demonstrators and the other a state's (or foreign)
    forces, or none named: (the demonstrators, the forces)."""
    if event.sub_event_type != ARMED_CLASH:
        return None
    for marchers, other in ((event.actor1, event.actor2), (event.actor2, event.actor1)):
        marching = getattr(marchers, "inter", None) in (PROTESTERS, RIOTERS)
        if marching and (other is None or other.inter in FORCES or other.name.startswith(
                UNIDENTIFIED)):
            forces = other if other is not None and other.inter in FORCES else None
            return marchers, forces
    return None


def riots_of_clashing_marchers(events: list[Building],
                               trace: Trace | None = None) -> list[Building]:
    """ "Six were killed in clashes between police and residents who were demonstrating": a
    clash the article's sides give to demonstrators and the forces is no battle but the
    protesters fighting, a riot (codebook §2): a violent demonstration by rioters against the
    forces, which takes in the protest told at its place that day (its claims kept)."""
    joined: list[Building] = []
    for riot in events:
        sides = _marchers_side(riot)
        if sides is None:
            continue
        marchers, forces = sides
        country = riot.location.country if riot.location else marchers.country
        riot.sub_event_type = VIOLENT_DEMONSTRATION
        riot.actor1, riot.actor2 = role_actor("rioters", country), forces
        for other in events:
            if other is not riot and all(other is not j for j in joined) and (
                    other.sub_event_type in UNMET_PROTESTS and _at_the_protest(riot, other)):
                _take_claims(riot, other)
                joined.append(other)
        if riot.sentence is not None:
            note(trace, riot.sentence, f"{riot.label}: demonstrators fought the forces, a riot")
    return [e for e in events if all(e is not j for j in joined)]



def _forces_of(protest: Building) -> Actor | None:
    """The side that met a protest with force: the force's doer, the riot's other side."""
    return protest.actor1 if protest.sub_event_type == EXCESSIVE_FORCE else protest.actor2


def clashes_of_met_protests(events: list[Building],
                            trace: Trace | None = None) -> list[Building]:
    """ "Clashes broke out between Huthis and police when police fired on protesters": a clash
    told in the sentence that tells force used on a protest (or a riot), at its place that day,
    one of whose sides is the forces that met the protest, is that protest's fight, not a battle
    of its own (codebook §2): one event, the protest's, which keeps the clash's claims."""
    met = [e for e in events if e.sub_event_type in MET_PROTESTS and e.sentence is not None]
    joined: list[Building] = []
    for clash in events:
        if clash.sub_event_type != ARMED_CLASH or clash.sentence is None:
            continue
        sides = {a.name for a in (clash.actor1, clash.actor2) if a is not None}
        candidates = [p for p in met if p.sentence.start == clash.sentence.start and (
            forces := _forces_of(p)) is not None and forces.name in sides
            and _at_the_protest(clash, p)]
        if not candidates:
            continue
        protest = candidates[0]
        _take_claims(protest, clash)
        joined.append(clash)
        note(trace, clash.sentence, f"{clash.label} told with {protest.label} "
             f"({protest.sub_event_type}) by the forces that met it: the protest's fight, "
             "one event")
    return [e for e in events if all(e is not j for j in joined)]
