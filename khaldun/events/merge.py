"""Within one article: which earlier event a draft reports again (how it joins it:
khaldun.events.absorb)."""

from __future__ import annotations

import re

from khaldun.actors.resolve import UNIDENTIFIED
from khaldun.claims.rivals import accused_at
from khaldun.dates import BACKGROUND_DAYS
from khaldun.events.absorb import states_its_place
from khaldun.events.assemble import (
    DEFINITE,
    DEMONSTRATIVE,
    DISRUPTED,
    Draft,
    last_words,
    trigger_prefix,
)
from khaldun.events.building import (
    FOLLOW_UP_PARAGRAPHS,
    TERRITORY_SUBS,
    ArticleState,
    Building,
    is_dated,
)
from khaldun.events.claiming import ACT_ROLES
from khaldun.events.draft_dates import ENDED_VERBS, GOES_ON, in_side_clause_dates, tells_onset
from khaldun.events.frames import speakers
from khaldun.events.locate import told_elsewhere
from khaldun.events.run_told import tells_run_end
from khaldun.events.same_kind import (
    dates_overlap,
    force_on_protesters,
    killing_at_protest,
    riot_dead,
    same_kind,
    told_in_same_sentence,
    victims_told_before,
)
from khaldun.events.same_place import (
    AROUND_KM,
    SIDE_TOLD_AGAIN_KM,
    in_district,
    is_reference,
    names_the_unnamed,
    nearby,
    on_side_told,
    same_place,
    vague_near,
)
from khaldun.events.structure import (
    adds_to_it,
    incident_ordinal,
    largest_toll,
    names_one_incident,
    opens_new_incident,
    opens_on_another_time,
    opens_on_the_perpetrator,
    opens_quoted_pronoun,
    tells_one_incident,
    told_act_opener_end,
    told_apart,
)
from khaldun.nlp.grammar_words import is_reporting, is_verb, words
from khaldun.numbers import toll_victims
from khaldun.places.geometry import distance_km
from khaldun.places.transliteration import same_place_name
from khaldun.records import (
    ARMED_CLASH,
    ARMED_CLASSES,
    CIVILIANS,
    EXTERNAL,
    STATE_FORCES,
    SUB_TO_TYPE,
    VIOLENT_TYPES,
    Location,
)
from khaldun.resolve.compat import compatible_actors

# The end of a quote a sentence opens on.
QUOTE_CLOSE = re.compile(r"[\"\u201d\u2019]")

# Event types whose reports a later "the strike", "killing five" may continue.
ANAPHORA_FAMILIES = frozenset(
    {"Explosions/Remote violence", "Battles", "Violence against civilians", "Protests"}
)

# Of those, the violent acts: a day apart, two of them are two incidents.
VIOLENT_FAMILIES = ANAPHORA_FAMILIES - {"Protests"}

# Families whose acts, each dated on a day of its own, are two incidents: the violent ones and
# the gatherings (a protest on a later day is that day's protest, as ACLED codes one a day).
DAILY_FAMILIES = VIOLENT_FAMILIES | {"Protests", "Riots"}

# Event types a bare act word ("the attack") gets from its sides alone, not from its words.
SIDES_DECIDE = frozenset({"Battles", "Violence against civilians"})

# Roles of words that name an act, not a death ("another bomb", not "another person died").
ACT_WORDS = ACT_ROLES | {"generic"}


def _other_target(event: Building, draft: Draft) -> bool:
    """The draft's dead are of another side than the one the event struck."""
    return draft.actor2 is not None and event.actor2 is not None and (
        draft.actor2.name != event.actor2.name)


def find_compatible(
    draft: Draft, location: Location | None, state: ArticleState
) -> Building | None:
    """The earlier event this draft reports again, if any: for a sentence that opens on "In a
    separate incident" only one its own words told, the event just told for one that opens on
    "The attacker"; none of another day for what an event "came a day after"."""
    if draft.second_pair or told_apart(draft.facts.grammar, draft.triggers):
        return None  # "clashed with the army and, separately, with tribesmen"
    if not draft.places and told_elsewhere(draft) is not None:
        return None  # "another 15 were killed in shelling elsewhere in the province"
    if any(s <= t.start < e for s, e in draft.facts.other_acts for t in draft.triggers):
        return None  # "last week, a similar strike killed 12": another act of its kind
    text = draft.facts.sentence.text
    events = [e for e in state.events if not any(e is x for x in draft.apart_from)]
    if draft.sequel:  # what an event "came a day after": it joins none of another day
        events = [e for e in events if dates_overlap(e, draft, slack=0)]
    if opens_new_incident(text):
        # "Separately, ...": none told before; the sentence's own acts are still one another's
        events = [e for e in events if told_in_same_sentence(e, draft)]
    if opens_quoted_pronoun(text) and not draft.places and not draft.facts.dates and not (
            _side_in_quote(draft)) and SUB_TO_TYPE.get(draft.sub_event_type) in VIOLENT_TYPES:
        # "'They rammed a car bomb into the gate and stormed in,' an officer said": how the act
        # just told was carried out, no place, day or side of its own (codebook §1; a "first"
        # there orders its steps, it names no incident); a riot or a protest word there
        # ("they ransacked the town") gives sides of its kind the act told had not
        recent = _just_told(events, draft)
        if recent:
            return recent[-1]
    opener = told_act_opener_end(text)
    if opener and draft.triggers and draft.triggers[0].start < opener and not (
            draft.places or draft.facts.dates):
        # "After the explosion, armed fighters entered the police station": the act just told
        # is the sentence's time, and what it tells there, with no place or day of its own,
        # is part of it (codebook §1)
        # (not another side's act then: "After the attack, the army shelled the village")
        recent = _just_told(events, draft)
        if recent and not _another_doer(recent[-1], draft):
            return recent[-1]
    if names_one_incident(trigger_prefix(draft)) and not (
            _orders_steps(draft) and _opens_on_its_side(draft)):
        # "The first blast hit a hotel": one of the incidents a lead summed up, not the lead
        events = [e for e in events if not e.summary]
        # ("The first bomb exploded in A ... The second exploded in B": not the first one)
        own = incident_ordinal(trigger_prefix(draft))
        events = [e for e in events if e.ordinal in (None, own)]
        if draft.triggers[0].role in ACT_WORDS and not DEFINITE.search(trigger_prefix(draft)):
            return None  # "a second car bomb", "another attack": none told before
    # ("A day later, the fighting was still raging": the run told before goes on, §8.4)
    if opens_on_another_time(text) and not _opens_on_its_telling(draft) and not (
        tells_run_end(text) and not _new_act(draft)) and (
        not (draft.anaphoric or draft.weak) or draft.actor1 is not None
        or (not DEFINITE.search(trigger_prefix(draft))
            and any(t.role != "kill" for t in draft.triggers))
    ):
        # "Hours later, gunmen attacked a hotel", "Two hours later, a bomb killed a
        # policeman": another incident, by its own side or weapon (not "the blast"); the
        # sentence's own acts are still one another's
        events = [e for e in events if told_in_same_sentence(e, draft)]
    if opens_on_the_perpetrator(text) or opens_on_the_perpetrator(_reported_opening(draft)):
        # "The attacker ... detonated his explosives in the X area", "Police said the attacker
        # detonated ...": the event just told
        recent = [e for e in events if draft.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
                  and not (e.summary and location is not None)]  # (its incidents are events)
        if recent and nearby(recent[-1].location, location) and not (
                draft.one_of_list and _listed_apart(recent[-1], draft, location)):
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
            and not (e.summary and location is not None and not draft.merge_only
                     and not told_in_same_sentence(e, draft))
            and _continues(e, draft, location, dated)
            and not (draft.one_of_list and _listed_apart(e, draft, location))
            # ("The assault lasted until dawn on Monday": the run told before ended that day)
            and (_ends_its_run(e, draft, location) or (
                (not dated or not e.dated or dates_overlap(e, draft))
                and not _own_act_another_day(e, draft)))
            and not _turned_on_the_killers(e, draft)
        ]
        # "the group said it had killed 17 policemen": the event that counts such dead
        victims = toll_victims(draft.killed, draft.facts.sentence.text)
        counted = [
            f for f in fits
            if victims and any(c.victims == victims for c in events[-f[1]].claims)
            # (not one whose dead were of another side: "a bomb killed three soldiers ...
            # militants attacked a police post; they said they had killed 15 policemen")
            and not _other_target(events[-f[1]], draft)
        ]
        # "a bomb hit a market ... Taliban ambushed a convoy ... 'The bomb was placed by a
        # stall'": words that name a kind of act ("the bomb", not "killing five") tell of the
        # latest event of that kind, not of the latest of another
        # "22 died in the mosque bombing" after 22 were told killed in one act and two in a
        # later one: the toll restated is of the act it was told for
        restated = [f for f in fits if _restates_toll(events[-f[1]], draft)]
        # "IS said it carried out the attack on the church" after an attack on a church and a
        # later bombing: the act whose sentences named the target the words name
        targets = _target_nouns(draft)
        aimed = [f for f in fits if targets and _names_target(events[-f[1]], targets)]
        # ("X said it carried out the attack": a bare act word, no place, day or toll, whose
        # kind, a fight or an attack on civilians, only its sides guessed, names no kind the
        # act told before must be of; "the bomb" still names one)
        guessed = bare_acts(draft) and SUB_TO_TYPE.get(draft.sub_event_type) in SIDES_DECIDE
        kin = [f for f in fits if not guessed and _of_its_kind(events[-f[1]], draft)]
        if not DEMONSTRATIVE.search(trigger_prefix(draft)):
            fits = kin or fits  # ("that attack": the act told last, whatever its kind)
        # "the cadets killed on Thursday" after a Thursday bombing and a Friday raid: the act
        # of the day the sentence itself gives, not one a day's slack away
        own_day = [f for f in fits if _on_its_day(events[-f[1]], draft, dated)]
        if restated or own_day or aimed or counted or fits:
            best = max(restated or own_day or aimed or counted or fits)
            placed_here = [f for f in fits if _placed_at(events[-f[1]], location)]
            if placed_here and not _placed_at(events[-best[1]], location):
                # "Soldiers clashed with militants near the border. X claimed responsibility
                # for the A attack": the act told at the place the words name, not a later
                # one that has no place of its own (nor another place)
                best = max(placed_here)
            listed = [f for f in fits if f[0] == best[0]]
            earlier = [f for f in fits if f[0] < best[0]]
            if len(listed) > 1 and location is None and draft.killed is not None and earlier:
                # "the raids hit A, B and C. X said 31 were killed": a toll of the whole list
                # is no one place's (codebook §8.3); it is the toll the lead told
                best = max(earlier)
            return events[-best[1]]
    for event in reversed(events):
        near = draft.paragraph - event.paragraph <= FOLLOW_UP_PARAGRAPHS
        undated = near and not is_dated(draft, state)
        if undated and (_own_account(event, draft, location)
                        or (location is None and _same_side_again(event, draft))
                        or (location is None and _accused_of(event, draft))):
            return event
        if not same_kind(event, draft, undated) or not (
                undated or dates_overlap(event, draft) or _began_before(event, draft)
                or _went_on_to(event, draft, location)):
            continue
        if _own_day_apart(event, draft, state):
            continue
        if (draft.anaphoric or draft.weak) and not undated and _own_act_another_day(
                event, draft) and _dates_its_act(draft):
            # ("On Saturday, 30 soldiers were killed in an assault on the positions" after
            # Monday's attack on them: a killing by a side on a day of its own, which the
            # follow-up test above already set apart, is not the event even two days off)
            continue
        if _other_sides(event, draft):
            continue
        if _one_of_its_acts(event, draft, location):
            event.summary = True  # ("car bombs killed 30 in X", then "a car bomb" in a part of X)
        if event.summary and location is not None and not names_the_set(draft) and not (
                told_in_same_sentence(event, draft)):
            continue  # an incident the lead sums up is an event of its own (codebook §8.7)
        if location is None or event.location is None or event.borrowed:
            if near:
                return event
            continue
        told_here = told_in_same_sentence(event, draft)
        if _listed_apart(event, draft, location):
            continue  # one sentence's places are apart by construction ("A, B and C")
        if _another_town_added(event, draft, location):
            continue
        if near and states_its_place(event, draft, location, not undated):
            return event  # "... clashed in Y. The fighting took place in X": where it was
        if same_place(event.location, location) or (near and event.sentence is not None and (
                names_the_unnamed(event.sentence.text, event.location,
                                  draft.facts.sentence.text, location))):
            return event
        if _part_of_a_lead(event, draft):
            continue
        # ("... in the explosion at a market in Sadr City": the day the lead gave, not a new one)
        if not told_here and near and (undated or not draft.facts.dates) and _told_again(
                event, draft, location):
            return event
    return None


def _opens_on_its_side(draft: Draft) -> bool:
    """The sentence, or the words its opening speaker said, open on the side of the act just
    told named again ("The fighters ...", "The attackers ...")."""
    text = draft.facts.sentence.text
    return opens_on_the_perpetrator(text) or opens_on_the_perpetrator(_reported_opening(draft))


def _orders_steps(draft: Draft) -> bool:
    """The ordinal before the draft's first act word orders the steps of one act, as an adverb
    of its verb ("The fighters first rammed a car bomb into the gate"), naming no incident of
    several ("the first blast", "a second car bomb"); told by the act's side named again, they
    are that act's steps (not "Militants had first detonated a car bomb", another act)."""
    prefix = trigger_prefix(draft)
    found = incident_ordinal(prefix)
    if found is None:
        return False
    start = draft.triggers[0].start - len(prefix) + prefix.casefold().rfind(found)
    return any(t.dep_ == "advmod" and is_verb(t.head)
               for t in draft.facts.grammar.tokens(start, start + len(found)))


def _reported_opening(draft: Draft) -> str:
    """The words of what the sentence's opening speaker said ("Police said the attacker
    detonated ...": "the attacker detonated ..."), from the subject of the clause reported;
    "" when the sentence does not open on a speaker and a verb of saying."""
    grammar = draft.facts.grammar
    verb = grammar.clause_verb(draft.triggers[0].start, draft.triggers[0].end)
    if verb is None or verb.dep_ != "ccomp" or not is_reporting(verb.head):
        return ""
    said, text = verb.head, draft.facts.sentence.text
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker is None or said.i > subject.left_edge.i or text[
            : grammar.offsets(speaker.left_edge)[0]].strip():
        return ""
    return text[grammar.offsets(subject.left_edge)[0]:]


def _just_told(events: list[Building], draft: Draft) -> list[Building]:
    """The events told in the draft's paragraph or the one before it, no summing-up lead."""
    return [e for e in events if draft.paragraph - e.paragraph <= 1 and not e.summary]


def _side_in_quote(draft: Draft) -> bool:
    """The draft's acting side is named inside the quote its sentence opens on (not only by
    the speaker after it: "..., an army officer said")."""
    if draft.actor1 is None:
        return False
    text = draft.facts.sentence.text
    close = QUOTE_CLOSE.search(text, 1)
    end = close.start() if close else len(text)
    return any(m.actor.name == draft.actor1.name and m.start < end
               for m in draft.facts.actors)


def bare_acts(draft: Draft) -> bool:
    """The draft has only bare act words ("attacked", "targeted") and no place, day or toll of
    its own (merge-only): it can only tell more of an act already told."""
    return draft.merge_only and all(t.role == "generic" for t in draft.triggers)


def _opens_on_its_telling(draft: Draft) -> bool:
    """The time the sentence opens on is the day of its statement ("A day later, the group
    said it had carried out the bombing"): what was said tells of an act told before, not of
    another incident that time."""
    text = draft.facts.sentence.text
    return any(not text[: d.start].strip(" \"'") for d in draft.facts.statement_dates)


def _restates_toll(event: Building, draft: Draft) -> bool:
    """The draft's toll (above zero) is one a source already gave the event."""
    toll = draft.killed.value if draft.killed is not None else None
    return bool(toll) and any(c.kind == "fatalities" and c.value == toll for c in event.claims)


def _target_nouns(draft: Draft) -> set[str]:
    """The common nouns that head the targets an act's words name ("the attack on the police
    academy": academy; not "police", which names many a source), lower case."""
    preps = words()["target_preps"]
    grammar = draft.facts.grammar
    found: set[str] = set()
    for token in (w for t in draft.triggers for w in grammar.tokens(t.start, t.end)):
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for head in prep.children:
                if head.dep_ == "pobj" and head.tag_ in ("NN", "NNS"):
                    found.add(head.lower_)
    return found


def _names_target(event: Building, targets: set[str]) -> bool:
    """A sentence that gave the event a claim names one of the target's nouns."""
    return any(re.search(rf"\b{re.escape(noun)}\b", c.quote, re.I)
               for c in event.claims for noun in targets)


def _on_its_day(event: Building, draft: Draft, dated: bool) -> bool:
    """The draft's sentence gives a day of its own (not a statement's) that the event's
    dates hold, with no slack."""
    facts = draft.facts
    return dated and event.dated and any(
        d.precision == 1 and not d.background and d not in facts.statement_dates
        for d in facts.dates) and dates_overlap(event, draft, slack=0)


def _turned_on_the_killers(event: Building, draft: Draft) -> bool:
    """ "Gunmen killed 18 villagers ... soldiers pursued the attackers and killed four of
    them": an armed side other than the one that struck civilians, killing armed men, fought
    them after: an act of its own, not another toll of the attack on the civilians."""
    by, on = draft.actor1, draft.actor2
    # (its dead counted and typed as fighters: not "they were killed by security forces as
    # they fled", a rival account of who killed the civilians)
    fought = draft.sub_event_type == ARMED_CLASH and draft.killed is not None
    return fought and (event.actor2 is not None and event.actor2.inter == CIVILIANS
            and event.actor1 is not None and by is not None and by.inter in ARMED_CLASSES
            and by.name != event.actor1.name
            and on is not None and on.inter in ARMED_CLASSES and on.name != by.name)


def _one_of_its_acts(event: Building, draft: Draft, location: Location | None) -> bool:
    """The event was told by acts in the plural ("car bombs killed 30 people in X"), and the
    draft tells one new incident of them in a part of its place (a quarter of its town, a town
    of its province): the lead sums the incidents up (codebook §8.7)."""
    if not event.at_large or location is None or event.location is None or event.borrowed:
        return False
    if told_in_same_sentence(event, draft) or not tells_one_incident(draft):
        return False
    there = event.location
    if there.town:
        return bool(location.neighbourhood and not there.neighbourhood
                    and same_place_name(location.town, there.town)) or (
            in_district(there, location))
    return bool(location.town and there.admin1
                and same_place_name(location.admin1, there.admin1))


def names_the_set(draft: Draft) -> bool:
    """ "Three blasts hit the city ... The explosions struck near a market": a definite plural
    act noun tells the acts a lead summed up again, all together, not one incident of them."""
    if not draft.triggers or not DEFINITE.search(trigger_prefix(draft)):
        return False
    first = draft.triggers[0]
    token = draft.facts.grammar.root(first.start, first.end)
    if token is None or token.tag_ != "NNS":
        return False
    # "two of the bombs": a part of the set, some of its incidents; "the heaviest raids",
    # "the latest strikes": those the superlative singles out of it
    return not (token.dep_ == "pobj" and token.head.lower_ == "of") and not any(
        c.dep_ == "amod" and c.tag_ == "JJS" for c in token.children)


def _own_account(event: Building, draft: Draft, location: Location | None) -> bool:
    """ "The RSF said it had clashed with army-allied fighters in the area": the side that
    carried out a violent event telling its own act otherwise, undated and at no other place,
    is its account of that event (a rival one, codebook §6), not a new event."""
    if event.actor1 is None or SUB_TO_TYPE.get(event.sub_event_type) not in ANAPHORA_FAMILIES:
        return False
    if SUB_TO_TYPE.get(draft.sub_event_type) not in ANAPHORA_FAMILIES:
        return False  # ("... the military said its air defences intercepted two rockets")
    if draft.actor1 is not None and draft.actor1.name != event.actor1.name:
        return False
    elsewhere = location is not None and (
        event.location is None or not same_place(event.location, location))
    if elsewhere:
        return False
    return any(m.actor.name == event.actor1.name for m in speakers(draft.facts))


def _accused_of(event: Building, draft: Draft) -> bool:
    """ "The RSF accused the army of a massacre and said 45 were killed": a violent act put,
    at no place of its own, on the side that carried out a violent event just told is that
    event in the accuser's account (its toll a claim on it, codebook §6), not a new event."""
    if event.actor1 is None or SUB_TO_TYPE.get(event.sub_event_type) not in VIOLENT_FAMILIES:
        return False
    if SUB_TO_TYPE.get(draft.sub_event_type) not in VIOLENT_FAMILIES:
        return False
    mentions = {m.start: m for m in draft.facts.actors}
    at = accused_at(draft.facts.sentence.text, list(mentions))
    return at is not None and mentions[at].actor.name == event.actor1.name


def _same_side_again(event: Building, draft: Draft) -> bool:
    """ "Soldiers killed 25 villagers in X ... the soldiers rounded up men at the market before
    shooting them": an undated strategic development (an arrest, a looting) at no place of its
    own, by the side of a violent event just told, named with the definite article, is part of
    that event told again."""
    if event.actor1 is None or draft.actor1 is None or draft.actor1.name != event.actor1.name:
        return False
    if SUB_TO_TYPE.get(event.sub_event_type) not in ANAPHORA_FAMILIES or SUB_TO_TYPE.get(
            draft.sub_event_type) != "Strategic developments":
        return False
    if draft.sub_event_type == DISRUPTED:
        return False  # ("... the military said its air defences intercepted two rockets")
    text = draft.facts.sentence.text
    return any(m.actor.name == draft.actor1.name and (
        DEFINITE.search(last_words(text, m.start))
        or DEFINITE.search(m.surface.split()[0] + " "))
        for m in draft.facts.actors)


def _told_again(event: Building, draft: Draft, location: Location) -> bool:
    """ "The gunfight broke out after troops cordoned off X village": an act of the kind just
    told, named with a definite article in an undated sentence, is that act told again, at a
    spot inside or near its place (a name no gazetteer knows, within AROUND_KM, or in the
    district it was placed at)."""
    text = draft.facts.sentence.text
    # ("their car hit the bomb": the act told again by any of the group's words)
    if not any(DEFINITE.search(last_words(text, t.start)) for t in draft.triggers):
        return False
    if location.lat is None or event.location.lat is None:
        return True
    told = event.sentence.text if event.sentence is not None else ""
    return distance_km(
        location.lat, location.lon, event.location.lat, event.location.lon
    ) <= AROUND_KM or in_district(event.location, location) or on_side_told(
        # "a bomber struck pilgrims south of Baghdad", then "the attack struck a tent on the
        # road between Hilla and Karbala": a place on the side told, however far along it
        told, event.location, location, SIDE_TOLD_AGAIN_KM, precise=(1, 2))


def mark_summaries(draft: Draft, location: Location | None, state: ArticleState) -> None:
    """A province-level event whose toll a town's toll in it follows sums that town's up: it is
    marked a summary (codebook §8.7), which no located draft joins."""
    if location is None:
        return
    for event in state.events:
        if _sums_up(event, draft, location):
            event.summary = True
            if draft.anaphoric and SUB_TO_TYPE.get(draft.sub_event_type) != SUB_TO_TYPE.get(
                    event.sub_event_type):
                # "... killing 20. Eight were killed in A": the dead of the acts summed up
                draft.sub_event_type = event.sub_event_type
                draft.actor1 = draft.actor1 or event.actor1


def _sums_up(event: Building, draft: Draft, location: Location) -> bool:
    """ "17 people died in raids across Hama province", then "nine of them died in raids on
    Kafr Zita": a province's toll told before a town's is their sum, not the
    town's (codebook §8.7)."""
    return (
        event.location is not None
        and event.location.geo_precision >= 3
        # (a town no gazetteer knows is placed at its province's point: still a town)
        and (location.geo_precision == 1 or (
            location.geo_precision >= 3 and bool(location.town) and not event.location.town))
        and draft.killed is not None
        and (draft.anaphoric
             or SUB_TO_TYPE.get(event.sub_event_type) == SUB_TO_TYPE.get(draft.sub_event_type))
        and (not event.location.admin1
             or same_place_name(event.location.admin1, location.admin1))
        # a part is smaller than its sum: "air strikes killed 20 in Hajjah province", then "the
        # ministry said 33 were killed in the raids on village X" tells the one event again
        and draft.killed.value < (largest_toll(event) or 0)
    )


def _began_before(event: Building, draft: Draft) -> bool:
    """ "Clashes in Kidal killed 11, an official said on Thursday. The clashes erupted on
    Monday": the day an event the text left undated began, up to a week before the day it
    stands on (codebook §8.4)."""
    if event.dated or event.own_day or not (event.date_start and draft.date_start):
        return False
    return 0 < (event.date_start - draft.date_start).days <= BACKGROUND_DAYS and tells_onset(
        draft.facts, draft.triggers)


def _ends_its_run(event: Building, draft: Draft, location: Location | None) -> bool:
    """ "Gunmen stormed X late on Sunday, killing 12. The assault lasted until dawn on Monday":
    a sentence that speaks of a run told before ("the assault") and tells the later day it
    ended or still went on tells that run's last day (codebook §8.4), not an act of that day."""
    return tells_run_end(draft.facts.sentence.text) and _went_on_to(event, draft, location)


def _went_on_to(event: Building, draft: Draft, location: Location | None) -> bool:
    """ "Troops stormed X on Sunday. On Wednesday, fighting in the town continued": a later day
    the text tells the act still went on, or ended, up to a week after the day the event was
    told on, is the last day of its run (codebook §8.4), not a new event; told at no town of
    its own or at the event's (a wider area days later may be other fighting)."""
    if not (event.dated or event.own_day) or not (event.date_start and draft.date_end):
        return False
    if location is not None and not (
            location.town and event.location is not None and event.location.town):
        return False
    text = draft.facts.sentence.text
    if not (GOES_ON.search(text) or ENDED_VERBS.search(text)):
        return False
    return 0 < (draft.date_end - event.date_start).days <= BACKGROUND_DAYS


def _other_sides(event: Building, draft: Draft) -> bool:
    """Two different pairs of sides are two events (the cross-article actor rule,
    resolve/compat.py); a change of control is told from either side, so it does not count."""
    if {event.sub_event_type, draft.sub_event_type} & TERRITORY_SUBS or riot_dead(event, draft):
        return False
    if killing_at_protest(event, draft, undated=True):
        # a state's killing of people, and its force on a protest there: the people killed and
        # the protesters are one side told two ways (events/same_kind.py decides the day)
        return False
    if event.actor2 is None or draft.actor2 is None:
        return False
    if event.actor1 is None and draft.actor1 is None:
        told = _tolls_apart(event, draft)  # no side named that acted, in either
    else:
        told = event.actor1 is not None and draft.actor1 is not None
    if told and _generic_forces_of(event, draft):
        return False
    return told and compatible_actors(event, draft, unnamed_agrees=True) is None


def _generic_forces_of(event: Building, draft: Draft) -> bool:
    """ "militants attacked an African Union base ... the group said it killed 30 soldiers": a
    force noun with no nation of its own ("soldiers", "troops"), which the country's army stands
    for by default, names the foreign or international force the event acted on, not another
    side (the actor acted by is the event's)."""
    if draft.actor2.inter != STATE_FORCES or event.actor2.inter != EXTERNAL:
        return False
    if draft.actor1 is not None and event.actor1 is not None and (
            draft.actor1.name != event.actor1.name):
        return False
    mentions = [m for m in draft.facts.actors if m.actor.name == draft.actor2.name]
    return bool(mentions) and all(m.generic and m.role == "state" for m in mentions)


def _part_of_a_lead(event: Building, draft: Draft) -> bool:
    """ "17 killed in Idlib province ... eight in A, five in B": a place of a list told with a
    toll of its own is no province-wide lead with another toll told again, but a part of it."""
    location = event.location
    return (draft.listed_part and location is not None and not location.town
            and not event.summary and _tolls_apart(event, draft))


def _listed_apart(event: Building, draft: Draft, location: Location | None) -> bool:
    """The event and the draft are places of one sentence's list ("the attackers struck A, B
    and C"): apart by construction, however close their points (codebook §8.3)."""
    return (location is not None and event.location is not None
            and told_in_same_sentence(event, draft) and event.location.name != location.name)


def _tolls_apart(event: Building, draft: Draft) -> bool:
    """ "A car bomb killed seven at a market ... A roadside bomb hit a police patrol, killing
    two policemen": by no side named, acts on two sides with tolls of their own are two
    incidents; one toll told again, in parts, is one."""
    told = {c.value for c in event.claims if c.kind == "fatalities"}
    return bool(told) and draft.killed is not None and draft.killed.value not in told


def _own_act_another_day(event: Building, draft: Draft) -> bool:
    """ "... who was killed by gunmen on Friday" after Sunday's bombing: a killing with its own
    perpetrator on a day of its own is another event (the wounded dying later are not)."""
    return (
        draft.actor1 is not None
        and bool(draft.facts.dates)
        and not in_side_clause_dates(draft.facts)
        and event.dated
        and not dates_overlap(event, draft, slack=0)
    )


def _dates_its_act(draft: Draft) -> bool:
    """A date of the sentence hangs on the verb of one of the draft's acts ("On Saturday, 30
    were killed"), not on another verb ("those killed were buried on Wednesday")."""
    grammar = draft.facts.grammar
    acts = {grammar.root(t.start, t.end) for t in draft.triggers}
    return any(grammar.clause_verb(d.start, d.end) in acts for d in draft.facts.dates)


def _own_day_apart(event: Building, draft: Draft, state: ArticleState) -> bool:
    """ "A car bomb killed four in X on Saturday ... On Sunday, a car bomb exploded outside a
    hospital in X": an act of its own (a weapon or a deed, not a death) the text dates on
    another day than the event's own (or than the story's, for an event placed only by the
    story's focus) is another incident, even a day apart; so is a gathering on a later day than
    a protest or riot ("On Friday, relatives marched")."""
    return (
        (event.dated or event.borrowed)
        and SUB_TO_TYPE.get(event.sub_event_type) in DAILY_FAMILIES
        and not draft.anaphoric
        and bool(draft.facts.dates)
        and is_dated(draft, state)
        and _new_act(draft)
        and not dates_overlap(event, draft, slack=0)
        # ("Fighting went on on Tuesday", "the clashes broke out on Monday": a run's days)
        and not (GOES_ON.search(draft.facts.sentence.text)
                 or ENDED_VERBS.search(draft.facts.sentence.text)
                 or tells_onset(draft.facts, draft.triggers))
    )


def _new_act(draft: Draft) -> bool:
    """The draft tells an act of its own: a verb ("exploded") or a noun with an indefinite
    article ("a car bomb"), not a death (unless a killer new to the text did it), nor an act
    named as a mass ("Fighting went on")."""
    grammar = draft.facts.grammar
    for trigger in draft.triggers:
        token = grammar.root(trigger.start, trigger.end)
        if token is None:
            continue
        if trigger.role == "kill":
            if token.tag_.startswith("VB") and any(map(_new_agent, token.children)):
                return True  # "a sniper killed two soldiers": a killer of its own
            continue
        if token.tag_.startswith("VB") or any(
                c.dep_ == "det" and c.lower_ in words()["indefinite_articles"]
                for c in token.children):
            return True
    return False


def _new_agent(token) -> bool:
    """The token is a verb's subject introduced as new: "a sniper", "gunmen" (not "the
    sniper", "they")."""
    if token.dep_ != "nsubj":
        return False
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if dets:
        return all(d in words()["indefinite_articles"] for d in dets)
    return token.tag_ in ("NNS", "NNPS")


def _another_town_added(event: Building, draft: Draft, location: Location) -> bool:
    """ "The strikes also hit the outskirts of nearby X": a town added to what was told, not the
    event's own, is another event's place, however close."""
    there = event.location
    return bool(there is not None and there.town and location.town) and adds_to_it(
        draft.facts.sentence.text) and not same_place_name(there.town, location.town)


def _placed_at(event: Building, location: Location | None) -> bool:
    """The event has a place of its own, the same as the draft's."""
    return location is not None and event.location is not None and not event.borrowed and (
        same_place(event.location, location))


def _of_its_kind(event: Building, draft: Draft) -> bool:
    """The event is of the type the draft's own words name (a weapon or an act, not a death)."""
    return bool(draft.sub_event_type) and any(t.role != "kill" for t in draft.triggers) and (
        SUB_TO_TYPE.get(event.sub_event_type) == SUB_TO_TYPE.get(draft.sub_event_type))


def _continues(event: Building, draft: Draft, location: Location | None, dated: bool) -> bool:
    """An anaphoric draft ("the strike", "the blast", "killing five") continues a violent event
    of the same family at a compatible place."""
    family = SUB_TO_TYPE.get(event.sub_event_type)
    if draft.weak and family != "Explosions/Remote violence":
        return False
    if family not in ANAPHORA_FAMILIES:
        return False
    if family == "Protests" and not force_on_protesters(draft):
        return False
    if location is None or event.location is None or event.borrowed:
        return True
    if _part_of_a_lead(event, draft):
        return False
    if states_its_place(event, draft, location, dated):
        return True  # "... killed 12. The attack took place in X": where the act happened
    if victims_told_before(draft) and nearby(event.location, location):
        return True  # "... killing four. The four were shot in X": where those dead fell
    if _another_town_added(event, draft, location):
        return False
    if same_place(event.location, location):
        return True
    here, there = location, event.location
    if here.neighbourhood and there.neighbourhood:
        return False  # two quarters named: two places
    if draft.anaphoric and (
        vague_near(there, here, AROUND_KM)
        or (vague_near(there, here, AROUND_KM, precise=(1, 2)) and is_reference(here))
    ):
        # "pounded suburbs east of Damascus ... five killed in Douma": the dead of the
        # bombardment, in one of the places around its point of reference ("west of Mosul
        # ... the attack hit troops near the village of X": the spot given more closely)
        return True
    if draft.anaphoric and in_district(there, here):
        return True  # "a drone strike in North Waziristan ... the missiles hit X" in it
    told_again = draft.anaphoric or draft.weak and DEFINITE.search(trigger_prefix(draft))
    if told_again and event.sentence is not None and on_side_told(
            event.sentence.text, there, here):
        return True  # "a car bomb killed 12 south of Kabul ... the blast hit X", south of it
    if event.sentence is not None and names_the_unnamed(
            event.sentence.text, there, draft.facts.sentence.text, here):
        return True  # "an attack on a village east of Y ... stormed the village of X"
    if not here.town or not there.town:
        # ("soldiers killed 15 insurgents in X province" after a strike by another side on a
        # town of Y province: another side's act in another province, no more of the event)
        return not (_apart_provinces(here, there) and _another_doer(event, draft))
    # "the blast went off near a bakery in the X roundabout": a spot no gazetteer knows,
    # inside the event's place.
    return draft.weak and location.lat is None and DEFINITE.search(trigger_prefix(draft))


def _apart_provinces(here: Location, there: Location) -> bool:
    """The two places lie in different countries, or in different provinces of one."""
    if here.country and there.country and here.country != there.country:
        return True
    return bool(here.admin1 and there.admin1 and here.admin1 != there.admin1)


def _another_doer(event: Building, draft: Draft) -> bool:
    """The draft names a side that acted, and it is not the event's."""
    return (draft.actor1 is not None and event.actor1 is not None
            and not draft.actor1.name.startswith(UNIDENTIFIED)
            and draft.actor1.name != event.actor1.name)
