"""Everything the stage modules find in one sentence, gathered for event assembly."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date

from khaldun.actors import ActorMention, SourceMention, find_actors, find_sources
from khaldun.actors.resolve import home_countries
from khaldun.actors.role_actors import role_actor
from khaldun.actors.sources import names_an_outlet
from khaldun.claims.attribution import names_a_speaker, unknown_sources
from khaldun.claims.denial import negated
from khaldun.claims.speakers import describes_a_speaker
from khaldun.dates import DateMention, as_told, find_dateline, find_dates
from khaldun.events.astray import astray
from khaldun.events.besides import with_others_added
from khaldun.events.capital import in_the_capital
from khaldun.events.care_sources import locates_care_source
from khaldun.events.containers import THE_CITYS, province_containers, split_containers
from khaldun.events.date_roles import (
    bounds_a_count,
    dates_a_thing,
    frames_a_comparison,
    frames_a_count,
    longer_runs,
    restated,
    series_clauses,
    tally_clauses,
    told_relative,
)
from khaldun.events.homes import without_homes
from khaldun.events.losses import kin_losses, side_losses, targets_dead
from khaldun.events.origins import without_origins
from khaldun.events.parsed_counts import with_parsed_counts
from khaldun.events.placing import (
    clean_places,
    outside_the_town,
    overlaps,
    quarters_of_the_next,
    reference_points,
    siblings,
)
from khaldun.events.readings import (
    acted_on,
    acts_itself,
    counted_in,
    counted_victims,
    definite,
    describes_a_thing,
    generic_act,
    habitual,
    headline_like,
    names_a_place,
    names_an_actor,
    owns_source,
    state_acting,
)
from khaldun.events.realis import asked, undone, unreported
from khaldun.events.run_told import tells_leaving_since, tells_run_end
from khaldun.events.triggers import Trigger, alternation, find_triggers
from khaldun.nlp.consequence import consequence_clause, done_there
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.grammar_words import is_verb
from khaldun.nlp.motive import in_cause, in_grievance, in_motive
from khaldun.nlp.periods import (
    country_tally_verbs,
    in_record_span,
    in_span_relative,
    in_yardstick,
    measures_against,
)
from khaldun.numbers import Count, find_counts
from khaldun.places import Place, PlaceMention, find_places, get_gazetteer
from khaldun.places.bearing import directed_places
from khaldun.places.grounds import Grounds
from khaldun.places.nearby import resolve_unknown
from khaldun.places.operations import operation_context
from khaldun.places.scan import is_small
from khaldun.places.transliteration import name_key, same_place_name
from khaldun.places.unknown import find_unknown_places, listed_before
from khaldun.records import GROUP_CHANGE, Sentence
from khaldun.timing import timed

log = logging.getLogger("khaldun.events")
KINDRED = "kindred"  # the role of a trigger naming other events of its kind
EVENT_ROLES = frozenset({"instrument", "act", "territory", "kill", "generic"})
# "taken to the", "treated at a": a care verb and what leads to where victims were treated
_CARED_AT = (
    rf"\b(?:{alternation('care_verbs')})\s+(?:\w+\s+){{0,2}}?(?:to|at|in)\s+(?:an?\s+|the\s+)?"
)
# "two of the wounded died at a hospital in X": where victims were treated
_CARE_PLACE = re.compile(
    rf"{_CARED_AT}(?:\w+\s+)?(?:{alternation('care_places')})\s+(?:in|at|of)\s+(?:the\s+)?$",
    re.I,
)
# "the wounded were taken to al-Thawra hospital": a name before a care place is the
# hospital's, not a place of the act
_CARE_BEFORE = re.compile(rf"{_CARED_AT}$", re.I)
_CARE_AFTER = re.compile(rf"\s+(?:{alternation('care_places')})\b", re.I)


def _made_to_use(grammar: Grammar, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """A vehicle or weapon named in what an act made others do ("forcing the authorities to
    divert planes to X"): no act of its own, unless that clause's verb tells one."""
    if trigger.role != "instrument":
        return False
    verb = consequence_clause(grammar, trigger.start, trigger.end)
    return verb is not None and not any(
        grammar.root(t.start, t.end) is verb for t in triggers if t is not trigger)


def _cared_at(text: str, p: PlaceMention) -> bool:
    """The place is where victims were treated ("taken to a hospital in X", "taken to X
    hospital"), not where the event took place."""
    return bool(_CARE_PLACE.search(text, max(0, p.start - 80), p.start) or (
        _CARE_BEFORE.search(text, max(0, p.start - 60), p.start)
        and _CARE_AFTER.match(text, p.end)))


# "The dead included four children": a sentence opening on an event's casualties
_CASUALTIES_FIRST = re.compile(rf"\W*(?:{alternation('casualty_subjects')})\b", re.I)
_KINDRED = re.compile(
    rf"\b(?:{alternation('kindred_events')}|{alternation('series_events')})\b", re.I)
_OTHER = re.compile(rf"\b(?:{alternation('other_events')})\b", re.I)
_OTHER_PREP = re.compile(alternation("other_event_preps"), re.I)
_CHARGED = re.compile(rf"\b(?:{alternation('charge_phrases')})", re.I)

# 'a video entitled "Massacre at the mosque"': the words of a title report nothing
_QUOTED_TITLE = re.compile(
    rf"\b(?:{alternation('title_verbs')})\s+[\"“'‘][^\"”’]{{1,120}}[\"”’]", re.I
)


@dataclass
class SentenceFacts:
    """Mentions found in one sentence; offsets are relative to the sentence text."""

    sentence: Sentence
    grammar: Grammar  # the sentence's parse
    country: str | None  # the article's, unless the sentence is about another country
    triggers: list[Trigger]
    places: list[PlaceMention]
    dates: list[DateMention]
    counts: list[Count]
    actors: list[ActorMention]
    sources: list[SourceMention]
    dateline_places: list[PlaceMention]  # where the report was filed, from a dateline
    # place -> the larger place it is said to lie in ("Al-Masika village in the Dar'a
    # countryside"); containers are not event places themselves
    containers: dict[int, list[PlaceMention]] = field(default_factory=dict)  # by place start
    # where a statement was made ("said in Geneva") and when ("said on Tuesday"): not the event's
    statement_places: list[PlaceMention] = field(default_factory=list)
    statement_dates: list[DateMention] = field(default_factory=list)
    # weeks, months or years after the report ("next week", "later this month"): no day of an
    # act told, nor a period whose dead are counted; only what says an act is still to come
    ahead: list[DateMention] = field(default_factory=list)
    # the statement's places taken as the event's for want of any other ("..., police said in
    # Kirkuk"): a place borrowed, which a later sentence's own place of the act replaces
    said_at: frozenset[tuple[int, int]] = frozenset()
    # counts no event of the sentence takes: national totals ("across Iraq, 40 ..."), running
    # tallies, the dead of what an act avenges ("in response to the killing of two officers")
    # or is measured against ("the deadliest since an ambush that killed 30")
    tallies: list[Count] = field(default_factory=list)
    recent: frozenset[str] = frozenset()  # sub-types of the events the article just reported
    heard: bool = False  # someone heard the sounds of an act ("heard gunfire")
    # it counts a series of acts or another act ("the strikes have killed 62 this month")
    series: bool = False
    # spans of acts named as others of their kind ("a similar strike", "an earlier bombing")
    other_acts: list[tuple[int, int]] = field(default_factory=list)
    # the sides that carried out the remote attacks the article just reported, and the
    # sub-type of each one's
    strikers: dict[str, str] = field(default_factory=dict)
    # the acts a toll is said to be of, named again after they were told ("the toll from the
    # air strike rose to 12"): no act of the sentence, a hint at which event it speaks of
    counted_acts: list[Trigger] = field(default_factory=list)
    # the remote weapons the paragraphs just before named, events made of them or not
    weapons_told: frozenset[str] = frozenset()
    # answers of khaldun.events.frames for this sentence, computed once
    frames: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def event_triggers(self) -> list[Trigger]:
        return [t for t in self.triggers if t.role in EVENT_ROLES]

    @property
    def killed(self) -> list[Count]:
        """Death counts that can be an event's toll: not a subset, not a vague "dozens"."""
        return [
            c
            for c in self.counts
            if c.kind == "killed" and not c.subset and not c.vague and c not in self.tallies
        ]


def _as_told_before(
    found: list[PlaceMention], quarters: dict[str, PlaceMention]
) -> list[PlaceMention]:
    """ "the al-Hamdaniya district of Aleppo" ... "rockets hit al-Hamdaniya and the nearby X
    neighbourhood": a village the gazetteer spells like a quarter the article placed in its
    town is that quarter, and the quarters given that village for their town are that town's."""
    moved: dict[int, PlaceMention] = {}
    out = []
    for p in found:
        earlier = quarters.get(name_key(p.surface)) if p.role == "town" and (
            p.place is None or is_small(p.place)) else None
        if earlier is not None:
            if p.place is not None:
                moved[id(p.place)] = earlier
            p = replace(earlier, start=p.start, end=p.end, surface=p.surface)
        out.append(p)
    return [
        replace(p, town=moved[id(p.town)].town, town_surface=moved[id(p.town)].town_surface)
        if p.role == "neighbourhood" and p.town is not None and id(p.town) in moved else p
        for p in out
    ]


def _namesakes(name: str) -> list[Place]:
    """The gazetteer's places of a name, exact spellings and look-alikes."""
    exact, keyed = get_gazetteer().candidates(name)
    return [*exact, *keyed]


def _of_the_city(text: str, p: PlaceMention, town: str | None) -> PlaceMention:
    """ "the city's Dniprovskyi district": a quarter of the town the article speaks of, though
    a namesake lies elsewhere (a place of that town stays itself)."""
    if town is None or p.role not in ("town", "neighbourhood") or p.place is None:
        return p
    if not THE_CITYS.search(text, 0, p.start):
        return p
    if any(same_place_name(t, town) for t in (p.place.name, p.place.town or "")
           if t) or (p.town is not None and same_place_name(p.town.name, town)):
        return p
    return replace(p, place=None, role="neighbourhood", town=None, town_surface=None)


# A quoted phrase of at most this many words with no verb is an epithet, not a report.
EPITHET_WORDS = 6
_QUOTED = re.compile(r"[\"“]([^\"”]{1,80})[\"”]")


def _epithets(grammar: Grammar, text: str) -> list[tuple[int, int]]:
    """Short quoted phrases with no verb ('the deaths of two members "on the road to X"'):
    a slogan or a label, whose names place nothing."""
    out = []
    for m in _QUOTED.finditer(text):
        if len(m.group(1).split()) > EPITHET_WORDS:
            continue
        tokens = grammar.tokens(m.start(1), m.end(1))
        if tokens and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            out.append(m.span(1))
    return out


def opens_on_casualties(text: str) -> bool:
    """The sentence opens on an event's casualties ("The dead included four children"): more
    of the event told before it, though it names no act."""
    return _CASUALTIES_FIRST.match(text) is not None


def _grounds(actors: list[ActorMention], text: str, country: str | None,
             published: date | None) -> Grounds:
    """Where the sentence's actors fight: of same-named villages, the one there is meant;
    without a country, of namesakes in several countries, one where they fight."""
    theatres = home_countries(text, published).theatres if country is None else ()
    return Grounds((m.actor.name for m in actors if m.actor is not None), theatres=theatres)


def _spelled_in(surface: str, country: str) -> bool:
    """A town of that country has this very name: "near Dori in northern Burkina Faso" is
    that country's Dori, not a namesake in the article's."""
    return any(p.country == country and p.kind == "town" for p in get_gazetteer().exact(surface))


def _counted_by(grammar: Grammar, trigger: Trigger, series: set) -> bool:
    """The trigger is a noun whose relative clause is one of `series`' verbs ("clashes that
    killed 30 last month"): it names the acts that clause counts over its period."""
    token = grammar.root(trigger.start, trigger.end)
    return token is not None and not is_verb(token) and any(
        c.dep_ == "relcl" and c in series for c in token.children)


def analyse(
    sentence: Sentence,
    grammar: Grammar,
    country: str | None,
    town: str | None,
    published: date | None,
    recent: frozenset[str] = frozenset(),
    quarters: dict[str, PlaceMention] | None = None,
    province: str | None = None,
    parts: tuple[tuple[str, str], ...] = (),
    told_from: date | None = None,
    told_next: frozenset[str] = frozenset(),
) -> SentenceFacts | None:
    """Run the stage finders on a sentence that may report an event; None when it cannot.
    Places and dates attached to a verb of saying are the statement's, not the event's.
    `recent`: the sub-types of the events the article has just reported; after one, a sentence
    with no trigger where a named source speaks ("residents said the roof fell in") is read too,
    as a follow-up. `parts`: the parts of countries the article named ("southern Somalia").
    `told_from`: the first day of the events the article has just reported. `told_next`: the
    protest sub-types the next sentence tells, that force words here ("tear gas") may type."""
    text = sentence.text
    titles = [m.span() for m in _QUOTED_TITLE.finditer(text)]
    kindred = [m.span() for m in _KINDRED.finditer(text)]  # "previous attacks": others
    charged = [m.span() for m in _CHARGED.finditer(text)]  # "suspected of kidnapping": a charge
    triggers = [
        t
        for t in timed("events", find_triggers, text, recent | told_next)
        if t.role != "stative" and not any(s <= t.start < e for s, e in [*titles, *charged])
        and (headline_like(sentence) or not habitual(grammar, t))
        and not (t.role == "instrument" and grammar.conveys(t.start, t.end))
        and not unreported(grammar, t.start, t.end)
        and not undone(grammar, t.start, t.end, t.sub_event_type)
    ]
    # "residents heard gunfire": the sounds of an act told elsewhere, no act of their own
    heard = any(grammar.is_heard(t.start, t.end) for t in triggers)
    triggers = [t for t in triggers if not grammar.is_heard(t.start, t.end)]
    # "blamed for previous attacks": other events of the kind, no act of this one (kept to
    # mark the clause their actors belong to)
    triggers = [
        replace(t, role=KINDRED) if any(s <= t.start < e for s, e in kindred) else t
        for t in triggers
    ]
    # "protested against the killing of two civilians": the act a protest answers is an earlier
    # one, no event of this sentence when it tells another ("targeted" alone is no act to tell)
    motives = [t for t in triggers
               if t.role in EVENT_ROLES and in_grievance(grammar, t.start, t.end)]
    told_motive = bool(motives) and any(
        t.role in EVENT_ROLES - {"generic"} and t not in motives for t in triggers)
    if told_motive:
        triggers = [replace(t, role=KINDRED) if t in motives else t for t in triggers]
    # "the march was peaceful and no arrests were made": the act said not to have happened is
    # none of the sentence's (a sentence of negated acts only is read as a denial)
    told_not = [t for t in triggers if t.role in EVENT_ROLES and negated(grammar, t.start, t.end)]
    if told_not and any(t.role in EVENT_ROLES and t not in told_not for t in triggers):
        triggers = [t for t in triggers if t not in told_not]
    spoken = not triggers and bool(recent) and (
        names_a_speaker(text, country) or opens_on_casualties(text)
        or describes_a_speaker(grammar) or tells_run_end(text)
        # ("Some 1,500 fighters have left since Wednesday" after a handover: its run)
        or tells_leaving_since(text))
    if not triggers and not spoken:
        log.debug("sentence %d: no trigger, count or hint; skipped", sentence.start)
        return None
    actors = timed("actors", find_actors, text, country=country, when=published)
    found = timed("places", find_places, text, country=country, town=town, look_near=False,
                  grounds=_grounds(actors, text, country, published),
                  guess_country=False, province=province, parts=parts)
    found = [_of_the_city(text, p, town) for p in _as_told_before(found, quarters or {})
             if p.role in ("admin1", "country") or not grammar.in_speakers_name(p.start, p.end)]
    # "Israel struck a house in X": a country acting is its state's forces, no place
    acts = [t for t in triggers if t.role in EVENT_ROLES]
    # (not the country set after a town's name, "a car bomb in Balad, Iraq killed 7": the
    # parse may make it the verb's subject)
    acting = {(p.start, p.end): p.place.country for p in found if p.role == "country"
              and p.place and state_acting(grammar, p, acts)
              and not any(_APPOSED.fullmatch(text, q.end, p.start) for q in found if q is not p)}
    found = [p for p in found if (p.start, p.end) not in acting]
    stated = _stated(grammar, found)
    named = {
        p.place.country
        for p in found
        if p.role == "country" and p.place and p not in stated and names_a_place(grammar, p)
    }
    other = next(iter(named)) if len(named) == 1 else None
    at_home = any(p.role != "country" and p.place and p.place.country == country
                  and not (other and _spelled_in(p.surface, other)) for p in found)
    if len(named) == 1 and country not in named and not at_home:
        # "In Iraq, two policemen were killed ...": this sentence is about another country,
        # unless it names a place of the article's own ("backed by Turkey, shelled Afrin")
        country = named.pop()
        actors = timed("actors", find_actors, text, country=country, when=published)
        found = timed("places", find_places, text, country=country, town=None, look_near=False,
                      grounds=_grounds(actors, text, country, published))
        found = [p for p in found if (p.start, p.end) not in acting]
        stated = _stated(grammar, found)
    if acting:
        actors = sorted([*actors, *_states_acting(text, acting, country, published)],
                        key=lambda m: m.start)
    said_at: frozenset[tuple[int, int]] = frozenset()
    if all(p in stated for p in found):
        # "..., police said in Kirkuk": with no other place named, a home place of the
        # statement is where the event happened too; a foreign one ("in Geneva") never is,
        # nor one the statement itself was issued from ("in a statement issued in Kabul")
        kept = stated
        stated = [
            p for p in stated
            if (p.place is not None and p.place.country != country)
            or grammar.spoken_from(p.start, p.end)  # "told Reuters from X": where one spoke
            or not is_verb(grammar.statement_circumstance(p.start, p.end))
        ]
        said_at = frozenset((p.start, p.end) for p in kept if p not in stated)
    # ("Some of the wounded were evacuated to X.": with no act told, where victims were
    # taken, hospital named or not)
    no_act = not any(t.role in EVENT_ROLES for t in triggers)
    stated += [p for p in found if _cared_at(text, p)
               or (no_act and _CARE_BEFORE.search(text, max(0, p.start - 60), p.start))
               or grammar.names_a_body(p.start, p.end) or grammar.speaks_itself(p.start, p.end)
               or grammar.in_speakers_aside(p.start, p.end)
               or names_an_outlet(text, p.start)]  # ("the state news agency Saba")
    found = [p for p in found if p not in stated]
    # "fighters from X": where they come from is no place of what they did (but where a group
    # changes, "a battalion from X defected", its home is its place)
    changed = any(t.sub_event_type == GROUP_CHANGE for t in triggers)

    def home(p: PlaceMention) -> bool:
        return not changed and not _names_the_act(grammar, p, triggers) and (
            grammar.hails_from(p.start, p.end) or grammar.came_from(p.start, p.end))

    found = [p for p in found if p.role == "country" or not home(p)]
    actors = [
        a for a in actors
        if not any(_within(a, p) and p.end - p.start > a.end - a.start for p in found if p.place)
    ]  # "Imam Sahib": a title inside a known place's name names no one
    # ("raising the toll from the attack to six" after the attack was told: that attack's toll;
    # "the toll from Sunday's air raids" with no air raid told yet tells them)
    triggers = [t for t in triggers if not names_an_actor(grammar, text, t, actors)]
    counted_acts = [t for t in triggers
                    if (t.sub_event_type in recent if t.sub_event_type else recent)
                    and counted_in(grammar, t)]
    triggers = [t for t in triggers if t not in counted_acts]
    triggers = [t for t in triggers if not _made_to_use(grammar, t, triggers)]
    if not triggers and not spoken:
        return None
    sources = [
        s for s in timed("claims", find_sources, text, country)
        if not acted_on(grammar, text, s) and not acts_itself(grammar, text, s)
        and not describes_a_thing(grammar, s)
    ]
    all_dates = timed("dates", find_dates, text, published)
    # a statement is made on a day: a range ("over the past six days") is the event's
    statement_dates = [
        d
        for d in all_dates
        if d.precision == 1
        and d.date_start == d.date_end
        and (grammar.statement_circumstance(d.start, d.end)
             or grammar.said_just_before(d.start, d.end))
    ]
    statement_dates += restated(text, all_dates, statement_dates)
    # "KHARTOUM, May 20 (Reuters) -": the day the report was filed, neither an event's day nor
    # a statement's day that would re-date the sentence's weekdays
    filed = find_dateline(text)
    in_dateline = [d for d in all_dates if filed is not None and d.end <= filed.end]
    statement_dates = [d for d in statement_dates if d not in in_dateline]
    dates = [
        d for d in all_dates
        if d not in statement_dates and d not in in_dateline
        and not dates_a_thing(grammar, d, triggers)
        and not grammar.in_speakers_name(d.start, d.end)
        and not frames_a_comparison(grammar, d)
        and not bounds_a_count(grammar, d)
        # "to commemorate the death of three executed on 15 January 2017": the motive's day
        and not (told_motive and in_grievance(grammar, d.start, d.end))
    ]
    ahead = [d for d in dates if published is not None and d.precision > 1
             and d.is_future(published)]
    dates = [d for d in dates if d not in ahead]
    # "an earlier bombing at the checkpoint killed 18": another act, undated; the clause it is
    # the subject of tells its toll
    other_acts = [m.span() for m in _OTHER.finditer(text)]
    others = other_acts if not dates else []
    triggers = [replace(t, role=KINDRED) if any(s <= t.start < e for s, e in others) else t
                for t in triggers]
    others_told = {n.head for s, e in others if (n := grammar.root(s, e)) is not None
                   and n.dep_ in ("nsubj", "nsubjpass")}
    # ("the militants killed 30 in a similar raid": the verb the other act is the setting of)
    others_told |= {n.head.head for s, e in others if (n := grammar.root(s, e)) is not None
                    and n.dep_ == "pobj" and n.head.dep_ == "prep"
                    and _OTHER_PREP.fullmatch(n.head.text)}
    told = min((d.date_start for d in statement_dates), default=None)
    if told is not None and published is not None and told < published:
        dates = as_told(text, dates, told)  # "'... yesterday,' he said on Monday": Sunday
        dates = told_relative(grammar, text, dates, statement_dates, told)
    dateline = find_dateline(text)  # where the report was filed, not an event place
    # "Deir Ezzor, SANA-14 civilians were killed": the count after an agency's dateline dash
    # (a bare "Seventy-" read as a place is no dateline to cut)
    agency = dateline is not None and dateline.agency is not None
    counted = " " * dateline.end + text[dateline.end:] if agency else text
    counts = with_parsed_counts(grammar, text, timed("numbers", find_counts, counted))
    side_losses(grammar, counts, actors)
    targets_dead(grammar, counts, actors)
    kin_losses(grammar, counts)
    counts = with_others_added(grammar, text, counts, [(p.start, p.end) for p in found])
    # "it is unclear whether he was killed": a death asked about is no count
    counts = [c for c in counts if c.kind != "killed" or not asked(grammar, c.start, c.end)]
    if not counts:
        # ("It was the second bombing in the city this month.": with no toll of the period's
        # acts, whose series the period would frame, the period is no day of the act)
        dates = [d for d in dates if not frames_a_count(grammar, d)]
    triggers = [t for t in triggers if not counted_victims(text, t, counts)]
    acts = [t for t in triggers if t.role in EVENT_ROLES]
    if recent and acts and not dates and not counts and not any(
            p.role in ("town", "neighbourhood") for p in found) and all(
            generic_act(grammar, t) for t in acts):
        # "attacks continue", "the army has carried out air strikes in the region": after the
        # story's events, acts as a state of things with no day, place or toll are none
        log.debug("sentence %d: acts told as a state of things; skipped", sentence.start)
        return None
    series = series_clauses(grammar, dates)
    if told_from is not None and not any(p.role != "country" for p in found):
        # "the fighting has killed 70 over the past three days", after a clash told on one of
        # them: the dead of a longer run than the event's, no event's toll nor day
        series |= longer_runs(grammar, dates, counts, told_from, published)
    tally_verbs = tally_clauses(grammar, dates, counts, published, series)
    if recent:
        # "more than 5,000 people have been killed in Yemen": after the story's event, a
        # country's dead told in the perfect and undated are a running tally, whose acts are
        # none of the story's (its source is no second witness of the event)
        countrywide = country_tally_verbs(
            grammar, [(p.start, p.end) for p in found if p.role == "country"],
            [(p.start, p.end) for p in found if p.role != "country"],
            [(d.start, d.end) for d in all_dates])
        tally_verbs |= countrywide
        series |= countrywide
    # "air strikes on the province killed 47 last week", "an earlier bombing killed 18": the
    # series' or the other act's acts and days are no event's
    tally_verbs |= others_told
    series = series & tally_verbs | others_told
    # ("arrested 12 over clashes that killed 30 last month": the acts a series' relative clause
    # counts are the series', not acts of the day the sentence's other clause tells)
    triggers = [t for t in triggers if grammar.clause_verb(t.start, t.end) not in series
                and not _counted_by(grammar, t, series)]
    dates = [d for d in dates if grammar.clause_verb(d.start, d.end) not in series]
    measured = measures_against(text)
    if measured and not any(not d.background and in_yardstick(grammar, d.start, d.end)
                            for d in dates):
        # "the deadliest attack since July 2016, when a truck bomb killed 300": the act a
        # record is measured against is an older one, background (codebook §1), unless a
        # current day dates it
        triggers = [t for t in triggers if not in_yardstick(grammar, t.start, t.end)]
    reporting = [t for t in triggers if grammar.clause_verb(t.start, t.end) not in tally_verbs]
    if tally_verbs and reporting:
        # "protested on Saturday after eight women were killed since December": the tally's
        # clause reports no event, the rest of the sentence does
        triggers = reporting
        dates = [d for d in dates if grammar.clause_verb(d.start, d.end) not in tally_verbs]
    dateline_span = [(0, dateline.end)] if dateline else []
    taken = [
        *((m.start, m.end) for m in [*actors, *sources, *all_dates]),
        *((s, e) for s, e, _ in unknown_sources(text, country)),
        *_epithets(grammar, text),
    ]
    unknown = find_unknown_places(text, taken + dateline_span, country)
    # A longer name in a place slot beats a shorter gazetteer match inside it ("Kafar Naha").
    found = [
        p
        for p in found
        if not any(_within(p, u) and p.end - p.start < u.end - u.start for u in unknown)
    ]
    # "15 were killed in the fighting, according to a rights group in X": a place in the
    # source's phrase is the source's when the sentence tells again an act just reported
    # (a speaker "in X" who says "the toll there" still places it); a hospital's town in the
    # source's words too, after an event was placed ("according to medics at a hospital in X")
    told_again = bool(recent) and any(definite(grammar, t) for t in triggers)
    named_actors = [(m.start, m.end) for m in actors if not m.generic]
    known = clean_places(
        text,
        [p for p in found
         if not _inside(p, taken + dateline_span) and not owns_source(text, p, sources)
         and not _runs_into(p, named_actors)
         and not (told_again and grammar.according_to(p.start, p.end))
         # ("the attack, which targeted pilgrims walking to X": where they were going)
         and not (told_again and grammar.journey_goal(p.start, p.end))
         # ("the shelling forced families to flee to X": where those it drove out went)
         and not (told_again and grammar.fled_to(p.start, p.end))
         and not (recent and locates_care_source(grammar, p, sources))],
        country,
    )
    # (a known place's town, in the gazetteer's spelling, or as the text writes it after a
    # name the gazetteer lacks: "X area of D district" places X in D's seat, so D is no place
    # of its own; "D district of P", read the other way round, keeps D)
    towns = [k.town.name for k in known if k.town]
    written = [(k.start, k.town_surface) for k in known
               if k.town and k.place is None and k.town_surface]
    unknown = [
        u
        for u in unknown
        if not any(overlaps(u, k) for k in known)
        and not any(same_place_name(u.surface, t) for t in towns)  # a known place's town
        and not any(start < u.start and u.surface == t for start, t in written)
    ]
    spans = taken + [(p.start, p.end) for p in [*known, *unknown]]
    unknown += listed_before(text, known, spans)
    unknown = [
        u for u in unknown
        if not _is_stated(grammar, u)
        and not home(u)
        and not (told_again and grammar.according_to(u.start, u.end))
        and not (told_again and grammar.journey_goal(u.start, u.end))
        and not (told_again and grammar.fled_to(u.start, u.end))
        and not (recent and locates_care_source(grammar, u, sources))
        and not _cared_at(text, u)  # ("taken to a hospital in X", X in no gazetteer)
    ]
    places = siblings(text, sorted([*known, *unknown], key=lambda p: p.start))
    # "protested in X in solidarity with Y": Y is whom they stand for, X where they stood; so
    # is what they protest ("demonstrated in X against the offensive in Y", "protested the
    # shelling of Y")
    cause = [p for p in places if in_cause(grammar, p.start, p.end)
             or in_grievance(grammar, p.start, p.end)]
    if len(cause) < len(places):
        places = [p for p in places if p not in cause]
    # ("rockets hit the airport, forcing the authorities to divert flights to Y": where others
    # went because of the act)
    # ("prompting residents to seek shelter in Y", even with no other place named)
    made = [p for p in places if consequence_clause(grammar, p.start, p.end) is not None]
    if len(made) < len(places):
        places = [p for p in places if p not in made]
    places = [p for p in places if not done_there(grammar, p.start, p.end)]
    # ("the deadliest attack since 2016, when a bomb in X killed 300": the record's place)
    places = [p for p in places if not (measured and in_yardstick(grammar, p.start, p.end))]
    if not changed:  # (a group that changes is placed at its home)
        places = without_homes(grammar, text, places, counts)
    places = in_the_capital(text, places, country)
    places, containers = split_containers(text, places)
    containers = province_containers(get_gazetteer(), text, containers)
    directed = directed_places(text, [(p.start, p.end, p.place) for p in found if p.place])
    named = [p.place for p in found if p.place]
    named += operation_context(get_gazetteer(), text, country, named)
    # a name with nothing to place it by is guessed in the country only when the article is
    # about no town (a quarter of the town it is about is placed by that town)
    timed("places", resolve_unknown, get_gazetteer(), places, named, containers, directed,
          None if town else country)
    places = quarters_of_the_next(text, reference_points(text, places, containers))
    # Namesakes outside the place said to hold them, and names unknown but for a container
    # (a reference point, "X, south of Y"), looked for again near it.
    doubted = astray(places, containers, text, _namesakes)
    again = [p for p, q in zip(doubted, places, strict=True) if p is not q or (
        p.place is None and p.town is None and containers.get(p.start))]
    around = named + [p.place for p in doubted if p.place is not None and p.role != "country"]
    timed("places", resolve_unknown, get_gazetteer(), again, around, containers, directed)
    # (a look-alike found farther from the place it is said to be near than NEAR_CUE_KM is
    # none either: the name stays unknown, placed at that place's point)
    places = astray(doubted, containers, text, _namesakes)
    places = without_origins(text, outside_the_town(places, containers))
    return SentenceFacts(
        sentence=sentence,
        grammar=grammar,
        country=country,
        triggers=triggers,
        places=places,
        containers=containers,
        dates=dates,
        counts=counts,
        actors=actors,
        sources=sources,
        dateline_places=[p for p in found if dateline and p.end <= dateline.end],
        statement_places=stated,
        said_at=said_at,
        statement_dates=statement_dates,
        ahead=ahead,
        recent=recent,
        counted_acts=counted_acts,
        heard=heard,
        series=bool(series),
        other_acts=other_acts,
        tallies=[
            c
            for c in counts
            if c.kind == "killed"
            and (
                grammar.in_tally(c.start, c.end)
                or grammar.clause_verb(c.start, c.end) in tally_verbs
                or in_motive(grammar, c.start, c.end)
                or (measured and in_yardstick(grammar, c.start, c.end))
                or in_record_span(grammar, c.start, c.end)
                or in_span_relative(grammar, c.start, c.end)
            )
        ],
    )


# "Balad, Iraq": a place's country set after it
_APPOSED = re.compile(r"\s*,\s*")


def _states_acting(
    text: str, acting: dict[tuple[int, int], str], country: str | None, when: date | None
) -> list[ActorMention]:
    """The forces of each country named as acting (abroad: inter 8 where the act is)."""
    return [ActorMention(start, end, text[start:end],
                         role_actor("state", code, when, context=country), False, role="state")
            for (start, end), code in acting.items()]


def _stated(grammar: Grammar, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a statement's circumstances ("said in Kirkuk", "told Reuters by phone from
    the town of X")."""
    return [p for p in found if _is_stated(grammar, p)]


def _is_stated(grammar: Grammar, p: PlaceMention) -> bool:
    return (grammar.statement_circumstance(p.start, p.end) is not None
            or grammar.spoken_from(p.start, p.end))


def _names_the_act(grammar: Grammar, p: PlaceMention, triggers: list[Trigger]) -> bool:
    """The place is said as a word of an act's name ("the toll from the X car bomb", "after
    the X attack"): where that act was, not where anyone came from."""
    token = grammar.root(p.start, p.end)
    if token is None or token.dep_ not in ("compound", "nmod", "amod"):
        return False
    head_start, head_end = grammar.offsets(token.head)
    return any(t.role in EVENT_ROLES and t.start <= head_start and head_end <= t.end
               for t in triggers)


def _within(inner: PlaceMention, outer: PlaceMention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _runs_into(place: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    """A name read as a place ends inside an actor's name that starts after it ("Shi'i Huthi
    rebels": "Huthi" is the group's): the window took a word of the actor, it names no place."""
    return any(place.start < s < place.end < e for s, e in spans)


def _inside(place: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    """A place mention is void when it lies within an actor, source, date or dateline span."""
    return any(s <= place.start and place.end <= e for s, e in spans)
