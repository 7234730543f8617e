"""Summaries and the incidents they sum up (codebook §8.7)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations

import yaml

from khaldun.actors.resolve import UNIDENTIFIED
from khaldun.events.assemble import DEFINITE, Draft, last_words
from khaldun.events.building import Building
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_verb, words
from khaldun.nlp.initials import compile_guarded
from khaldun.places.districts import QUARTERED_CITY, QUARTERS_RADIUS_KM
from khaldun.places.gazetteer import get_gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.transliteration import same_place_name
from khaldun.records import SUB_TO_TYPE, VIOLENT_TYPES, Claim, Location

# "villages south of Mosul", "towns around Aleppo": a lead placed by a town sums up the
# incidents this far from it
SURROUNDS_RADIUS_KM = 60.0
# A place the gazetteer gives no province counts as inside a province whose point lies this near
PROVINCE_RADIUS_KM = 100.0
# A lead summing up more incidents than this is not searched for the ones its toll adds up
MAX_SUMMED_PARTS = 12


@lru_cache(maxsize=1)
def _lists() -> dict[str, str]:
    """Each list of structure.yaml as a regex alternation."""
    text = resources.files("khaldun.data").joinpath("structure.yaml").read_text("utf-8")
    words = yaml.load(text, Loader=yaml.CSafeLoader)
    keys = ("summary_counters", "incident_nouns", "new_incident_openers", "succession_openers",
            "succession_approximators",
            "perpetrator_references", "spread_cues", "same_day_openers", "same_day_adverbs",
            "incident_ordinals", "incident_places", "place_taking_verbs", "apart_adverbs",
            "summary_spreads", "series_members", "run_day_words", "quoted_pronoun_subjects",
            "told_act_openers", "list_breakers", "list_joints")
    try:
        return {k: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words[k]) for k in keys}
    except (KeyError, TypeError) as err:
        raise ValueError(f"khaldun/data/structure.yaml: missing or malformed list {err}") from err


def incident_nouns() -> str:
    """structure.yaml's plural incident nouns ("bombings", "air strikes") as an alternation."""
    return _lists()["incident_nouns"]


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_lists()['new_incident_openers']})\b", re.I)


@lru_cache(maxsize=1)
def _succession() -> re.Pattern[str]:
    # (with a count before it: "Two hours later", "About 20 minutes later")
    return re.compile(
        rf"^\W*(?:(?:{_lists()['succession_approximators']})\s+)?(?:(?:\d+|[a-z]+)\s+)?"
        rf"(?:{_lists()['succession_openers']})\b", re.I)


@lru_cache(maxsize=1)
def _perpetrator() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_lists()['perpetrator_references']})\b", re.I)


@lru_cache(maxsize=1)
def _perpetrator_words() -> re.Pattern[str]:
    return re.compile(rf"(?:{_lists()['perpetrator_references']})", re.I)


@lru_cache(maxsize=1)
def _quoted_pronoun() -> re.Pattern[str]:
    return re.compile(
        rf"^\s*[\"\u201c\u2018'](?:{_lists()['quoted_pronoun_subjects']})\b", re.I)


def opens_quoted_pronoun(text: str) -> bool:
    """The sentence opens on a quote whose subject is a pronoun ("'They stormed in,' ..."): a
    witness's or an officer's words of the act just told."""
    return _quoted_pronoun().search(text) is not None


@lru_cache(maxsize=1)
def _told_act_opener() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_lists()['told_act_openers']})\s+the\s+[^,]*,", re.I)


def told_act_opener_end(text: str) -> int:
    """Where an opener that names the act just told as the sentence's time ("After the
    explosion,") ends; 0 when the sentence does not open on one."""
    found = _told_act_opener().search(text)
    return found.end() if found else 0


def is_perpetrator_reference(words: str) -> bool:
    """The words are a definite reference to the perpetrator of an act told ("the gunmen")."""
    return _perpetrator_words().fullmatch(words.strip()) is not None


def opens_on_the_perpetrator(text: str) -> bool:
    """The sentence opens on "The attacker", "The gunmen": it goes on with the event told."""
    return _perpetrator().search(text) is not None


def opens_on_another_time(text: str) -> bool:
    """The sentence opens on "Hours later", "Meanwhile": an act it tells is another incident."""
    return _succession().search(text) is not None


def opens_new_incident(text: str) -> bool:
    """The sentence opens on "In a separate incident", "Separately": it tells of an incident
    of its own."""
    return _opener().search(text) is not None


@lru_cache(maxsize=1)
def _same_day() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_lists()['same_day_openers']})\b", re.I)


def opens_on_the_same_day(text: str) -> bool:
    """The sentence opens on "Hours later", "Later that day", or adds to the occasion just told
    ("warplanes also struck X"): the day of the event just told."""
    return _same_day().search(text) is not None or adds_to_it(text)


@lru_cache(maxsize=1)
def _adds_to_it() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_lists()['same_day_adverbs']})\b", re.I)


def adds_to_it(text: str) -> bool:
    """The sentence adds to what was just told ("warplanes also struck X", "meanwhile")."""
    return _adds_to_it().search(text) is not None


@lru_cache(maxsize=1)
def _apart() -> re.Pattern[str]:
    return re.compile(rf"(?:{_lists()['apart_adverbs']})", re.I)


def told_apart(grammar: Grammar, triggers: list) -> bool:
    """An adverb on the act's own verb, in a clause after the sentence's first, sets it apart
    from what the sentence told before it ("..., and gunmen separately attacked a police
    station": structure.yaml apart_adverbs)."""
    apart = _apart()
    for trigger in triggers:
        token = grammar.root(trigger.start, trigger.end)
        verb = token if token is None or is_verb(token) else token.head
        if verb is not None and verb.dep_ in ("conj", "advcl", "parataxis") and any(
                c.dep_ == "advmod" and apart.fullmatch(c.text) for c in verb.children):
            return True
    return False


def tells_another_incident(text: str) -> bool:
    """The sentence opens on another incident or another time ("Separately", "Hours later")."""
    return opens_new_incident(text) or opens_on_another_time(text)


@lru_cache(maxsize=1)
def _summary() -> re.Pattern[str]:
    counters, nouns = _lists()["summary_counters"], _lists()["incident_nouns"]
    places = _lists()["incident_places"]
    taking = _lists()["place_taking_verbs"]
    spreads = _lists()["summary_spreads"]
    # "three bombings", "12 separate air strikes", "a wave of suicide attacks", "attacks on
    # two villages", "recaptured three villages", "bombings across the city killed 25",
    # "struck cities across the country", "air strikes killed 30 people across the province"
    summary = (
        rf"\b(?:\d+|{counters})\s+(?:(?:{counters})\s+)?(?:[\w-]+\s+)?(?:{nouns})\b"
        rf"|\b(?:{nouns})\s+(?:(?:[^\W\d]+|\d[\d,]*)\s+){{0,6}}?(?:{spreads})\s"
        rf"|\b(?:{nouns})\s+(?:on|in|against|across)\s+(?:\d+|{counters})\s+(?:[\w-]+\s+)?"
        rf"(?:{places})\b"
        rf"|\b(?:{taking})\s+(?:\d+|{counters})\s+(?:[\w-]+\s+)?(?:{places})\b"
        # "a barrage of missiles at cities across Ukraine": places in the plural spread over
        # a wider one are several incidents' places
        rf"|\b(?:{places})\s+(?:{spreads})\s"
    )
    return compile_guarded(summary, re.I)


@lru_cache(maxsize=1)
def _spread() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_lists()['spread_cues']})\b", re.I)


@lru_cache(maxsize=1)
def _ordinal() -> re.Pattern[str]:
    lists = _lists()
    return re.compile(rf"\b(?P<ordinal>{lists['incident_ordinals']})\s+"
                      rf"(?!(?:{lists['run_day_words']})\b)(?:[\w-]+\s+){{0,2}}$", re.I)


@lru_cache(maxsize=1)
def refines() -> dict[str, tuple[str, ...]]:
    """structure.yaml `lead_refines`: a sub-type -> the less telling ones it replaces (an
    incident's under its lead's, an event's told again with more detail)."""
    text = resources.files("khaldun.data").joinpath("structure.yaml").read_text("utf-8")
    table = yaml.load(text, Loader=yaml.CSafeLoader).get("lead_refines") or {}
    return {lead: tuple(subs) for lead, subs in table.items()}


@lru_cache(maxsize=1)
def dead_told_by() -> dict[str, str]:
    """structure.yaml `dead_told_by`: the act a later sentence tells -> the sub-type it gives an
    event told by its dead alone."""
    text = resources.files("khaldun.data").joinpath("structure.yaml").read_text("utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader).get("dead_told_by") or {}


def names_one_incident(before: str) -> bool:
    """The words before an act's word end on an ordinal ("the first", "a second car"): one
    incident of several, told on its own."""
    return _ordinal().search(before) is not None


def incident_ordinal(before: str) -> str | None:
    """The ordinal that names one incident of several in the words before an act's word ("the
    second" in "The second exploded in X"), in lower case; None when they name none."""
    found = _ordinal().search(before)
    return found.group("ordinal").casefold() if found else None


@lru_cache(maxsize=1024)
def is_summary(text: str) -> bool:
    """The sentence counts incidents in the plural: a lead that sums up others (remembered: a
    sentence is asked once per event it tells); not one that tells its act as one of them
    ("the latest in a string of attacks")."""
    return any(not _member_before().search(text, 0, m.start())
               for m in _summary().finditer(text))


@lru_cache(maxsize=1)
def _member_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_lists()['series_members']})\s+(?:in|of)\s+(?:the\s+)?\Z",
                      re.I)


@cache
def whole_words(name: str) -> re.Pattern[str]:
    """A structure.yaml list as whole words: `list_breakers` (a word between two places that
    makes them no items of one list), `list_joints` (one that joins two items)."""
    return re.compile(rf"\b(?:{_lists()[name]})\b", re.I)


def attesting(lead: list[Claim], own: list[Claim]) -> list[Claim]:
    """Claims told of a set of incidents as accounts that one of them occurred, less those it
    holds: their sources speak of them all, their tolls of none (codebook §8.3, §8.7)."""
    told = {(c.source, c.quote) for c in own}
    out = []
    for claim in lead:
        if claim.kind in ("occurred", "fatalities") and (claim.source, claim.quote) not in told:
            told.add((claim.source, claim.quote))
            out.append(replace(claim, kind="occurred", value=None, victims=None))
    return out


def without_summaries(events: list[Building]) -> list[Building]:
    """Drop each summary followed by incidents of its type inside its area (any violent type
    for a lead told by attack words alone; a province-wide lead whose toll their tolls add up
    to is one too): they are the events, the lead is not one (its toll goes to none of them).
    A lead placed in towns the
    incidents are not in ("strikes on A and B", then "barrel bombs on C") is an event. Undated
    incidents, and the acts told in their sentences, take the lead's day; the lead's sources
    attest each incident."""
    kept = []
    for event in events:
        kind = SUB_TO_TYPE.get(event.sub_event_type)
        listed = [
            other
            for other in events
            if not other.summary
            and other.first_offset > event.first_offset
            # (an act of another sub-type of the type, by another side or told as one more,
            # is no incident of it: "Russian jets carried out 12 air strikes on X", then
            # "regime forces also shelled a village in X"; "warplanes carried out air strikes
            # on X ... the army also shelled X")
            and ((SUB_TO_TYPE.get(other.sub_event_type) == kind
                  and (other.sub_event_type == event.sub_event_type or (
                      _same_side(event, other) and not _added_act(other))))
                 or other.sub_event_type in refines().get(event.sub_event_type or "", ())
                 # "a wave of attacks killed 23": typed from attack words alone, it sums up
                 # bombings and shootings alike (not what other sides did, "separately")
                 or (event.generic and SUB_TO_TYPE.get(other.sub_event_type) in VIOLENT_TYPES
                     and _same_side(event, other)))
            and _inside(other.location, event.location)
        ]
        if not ((event.summary or _sums_up(event, listed)) and listed):
            kept.append(event)
            continue
        for incident in listed:  # "two suicide car bombs", then "the first blast"
            if incident.sub_event_type in refines().get(event.sub_event_type, ()):
                incident.sub_event_type = event.sub_event_type
            if incident.actor1 is None or incident.actor1.name.startswith(UNIDENTIFIED):
                incident.actor1 = event.actor1 or incident.actor1
            incident.claims += attesting(event.claims, incident.claims)
        if event.dated:
            # the day the lead gives is theirs, unless they give one, and that of the acts told
            # in one sentence with them ("a bomb killed four in A, and a bomber struck B")
            told_with = {id(i.sentence) for i in listed}
            for incident in [e for e in events if id(e.sentence) in told_with]:
                if not incident.dated:
                    incident.date_start, incident.date_end = event.date_start, event.date_end
                    incident.time_precision, incident.dated = event.time_precision, True
    return kept


def _sums_up(event: Building, listed: list[Building]) -> bool:
    """A lead placed in no town whose toll is the sum of two or more incidents' inside its
    area ("17 killed in Idlib province ... eight in A, five in B and four in C")."""
    if event.location is not None and event.location.town:
        return False
    tolls = [largest_toll(e) for e in listed]
    own = largest_toll(event)
    return own is not None and len(tolls) > 1 and None not in tolls and sum(tolls) == own


def _added_act(incident: Building) -> bool:
    """The incident is told as one more act ("the army also shelled X")."""
    return incident.sentence is not None and adds_to_it(incident.sentence.text)


def _same_side(summary: Building, incident: Building) -> bool:
    """The incident, not told as another one, is by the side the summary names (if both name
    one)."""
    if incident.sentence is not None and opens_new_incident(incident.sentence.text):
        return False
    return summary.actor1 is None or incident.actor1 is None or (
        summary.actor1.name == incident.actor1.name)


def _inside(incident: Location | None, summary: Location | None) -> bool:
    """The incident's place lies in the summary's: a province, a city, or no place at all."""
    if summary is None or incident is None:
        return True
    if summary.geo_precision >= 3 or not summary.town:
        if summary.admin1 and not incident.admin1:
            # a village the gazetteer gives no province: near the province's point
            return _within(incident, summary, PROVINCE_RADIUS_KM)
        return not summary.admin1 or same_place_name(incident.admin1, summary.admin1)
    if same_place_name(incident.town, summary.town):
        return True
    points = (summary.lat, summary.lon, incident.lat, incident.lon)
    if None in points:
        return False
    if summary.geo_precision == 2:
        # "three villages south of Mosul": the places around the town it names
        return distance_km(*points) <= SURROUNDS_RADIUS_KM
    # a quarter the gazetteer lists as a town of its own ("Sadr City" in Baghdad)
    return distance_km(*points) <= QUARTERS_RADIUS_KM and _is_city(summary)


def _within(place: Location, other: Location, km: float) -> bool:
    points = (place.lat, place.lon, other.lat, other.lon)
    return None not in points and distance_km(*points) <= km


def _is_city(location: Location) -> bool:
    """The location is a city big enough to have quarters."""
    town = get_gazetteer().home_first(location.town or "", location.country, kind="town")
    return town is not None and town.population >= QUARTERED_CITY


def without_summed_tolls(events: list[Building]) -> None:
    """A toll in the lead that the tolls told after it add up to ("15 protesters were killed on
    Thursday" ... "nine in Nasiriyah", "four in Baghdad", "two more in Najaf") sums them up: it
    is no toll of the event it was told with (codebook §8.7), even where one part joined it."""
    if not events:
        return
    start = min(e.first_offset for e in events)  # the first sentence that tells an event
    leads = [e for e in events if e.first_offset == start]
    if len(leads) > 1:
        return  # a lead telling incidents of its own lists them, it sums up none
    lead = leads[0]
    later = [
        t for o in events
        if o is not lead and _same_country(o.location, lead.location) and (t := largest_toll(o))
    ]
    for claim in [c for c in lead.claims if c.kind == "fatalities" and c.start == start]:
        if not (is_summary(claim.quote) or _spread().search(claim.quote)):
            continue  # a lead of one incident: its toll is its own
        own = [
            c.value for c in lead.claims
            if c.kind == "fatalities" and isinstance(c.value, int) and c.value != claim.value
            and (c.start or 0) > (claim.start or 0)
        ]
        if _parts_add_up(claim.value, later, own[-1:]):
            lead.claims = [
                c for c in lead.claims if not (c.kind == "fatalities" and c.value == claim.value)
            ]


def _parts_add_up(total: object, later: list[int], own: list[int]) -> bool:
    """Two or more of the tolls told after the lead (with the part that joined the lead's event,
    if one did) add up to the lead's toll: "seven in A, six in B and five in C" for 18, while
    the text tells other dead besides ("police killed two of the attackers")."""
    if not isinstance(total, int) or len(later) > MAX_SUMMED_PARTS:
        return False
    for size in range(max(1, 2 - len(own)), len(later) + 1):
        if any(sum(chosen) + sum(own) == total for chosen in combinations(later, size)):
            return True
    return False


def without_country_tolls(events: list[Building]) -> None:
    """A lead that counts the dead over a whole country with no act of its own ("45 people
    were killed in Iraq on Monday", "violence across Syria killed 80"), then told in a town
    by an incident that names the act, while the text tells other incidents or that one's own
    toll: the lead's toll is the country's, no incident's (codebook §8.1, §8.7)."""
    for lead in events:
        if not lead.country_toll or lead.sentence is None or not (
                lead.location is not None and lead.location.town):
            continue
        start, end = lead.sentence.start, lead.sentence.end
        own = [c for c in lead.claims if c.kind == "fatalities" and start <= (c.start or 0) < end]
        if not own:
            continue
        later_toll = any(c.kind == "fatalities" and (c.start or 0) >= end for c in lead.claims)
        # (a place listed with the one the lead was told at is the same telling: "the clashes
        # broke out around A and B")
        told = {c.quote for c in lead.claims}
        others = any(o is not lead and o.location is not None and o.location.town
                     and _same_country(o.location, lead.location)
                     and (o.sentence is None or o.sentence.text not in told) for o in events)
        if later_toll or others:
            lead.claims = [told_only(c) if any(c is o for o in own) else c for c in lead.claims]


def told_only(claim: Claim) -> Claim:
    """A fatalities claim as the mere telling of the event."""
    if claim.kind != "fatalities":
        return claim
    return replace(claim, kind="occurred", value=None, victims=None)


def largest_toll(event: Building) -> int | None:
    """The largest toll any source gives the event."""
    values = [c.value for c in event.claims if c.kind == "fatalities" and isinstance(c.value, int)]
    return max(values, default=None)


def _same_country(a: Location | None, b: Location | None) -> bool:
    return a is None or b is None or not (a.country and b.country) or a.country == b.country


def acts_at_large(draft: Draft) -> bool:
    """The draft's acts are named in the plural, not as ones told before ("27 were killed in
    air strikes", not "the strikes killed 27"): acts at large, not one event told again."""
    text, grammar = draft.facts.sentence.text, draft.facts.grammar
    acts = [t for t in draft.triggers if t.role != "kill"]
    return bool(acts) and all(
        (root := grammar.root(t.start, t.end)) is not None and root.tag_ == "NNS"
        and not DEFINITE.search(last_words(text, t.start))
        for t in acts)


def on_one_target(draft: Draft) -> bool:
    """The draft's attack verb falls on one thing named new ("jihadists attacked an army post
    in the north, killing 20 soldiers"): one act, whose toll is its own, not a count of the
    dead over the country it is placed in."""
    grammar = draft.facts.grammar
    for trigger in draft.triggers:
        if trigger.role != "generic":
            continue
        verb = grammar.root(trigger.start, trigger.end)
        if verb is None or not is_verb(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NN"):
            if any(d.dep_ == "det" and d.lower_ in words()["indefinite_articles"]
                   for d in obj.children):
                return True
    return False


def tells_one_incident(draft: Draft) -> bool:
    """The draft's first act is named as one new incident ("a car bomb exploded"): a singular
    act noun, not one told before ("the blast")."""
    acts = [t for t in draft.triggers if t.role != "kill"]
    if not acts:
        return False
    root = draft.facts.grammar.root(acts[0].start, acts[0].end)
    text = draft.facts.sentence.text
    return root is not None and root.tag_ == "NN" and not DEFINITE.search(
        last_words(text, acts[0].start))
