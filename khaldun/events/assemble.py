"""Turn the facts of one sentence into draft events: trigger groups and their places, dates
and tolls (their sub-types: khaldun.events.subtypes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from khaldun.dates import BACKGROUND_DAYS, DateMention, background_cues, is_running_tally
from khaldun.dates import is_background as is_background_date
from khaldun.dates.sequel import Sequel
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import governed_by
from khaldun.events.placing import holds_the_one_before, lies_in
from khaldun.events.triggers import RUN_UP, Trigger, alternation, word_class
from khaldun.nlp.grammar import is_reporting
from khaldun.nlp.grammar import words as grammar_words
from khaldun.numbers import Count
from khaldun.places import PlaceMention, get_gazetteer
from khaldun.places.districts import district_of, town_named
from khaldun.places.transliteration import name_key, same_place_name
from khaldun.records import Actor

ONSET_VERBS = word_class("onset_verbs", whole=True)
ENDED_VERBS = word_class("event_end_verbs")  # "the siege ended on Sunday": the event's last day
# A statement's day bounds an undated event only when a report could carry it: up to three
# days before publication ("said on Monday" in Tuesday's paper, "said on Friday" in Monday's,
# across a weekend). One further back says more about a publication date that is not the
# report's own than about the event.
TOLD_DAYS = 3
PROTEST_SUBS = frozenset({"Peaceful protest", "Protest with intervention"})
DISRUPTED = "Disrupted weapons use"
VIOLENT_DEMONSTRATION = "Violent demonstration"
# Phrase patterns around word classes of khaldun/data/event_words.yaml.
PASSIVE = re.compile(
    rf"^[^.;]{{0,25}}?\b(?:{alternation('passive_auxiliaries')})\s+(?:\w+ly\s+)?"
    rf"(?:{alternation('passive_victim_verbs')})\b",
    re.I,
)
# "46 civilians in Qabun, 25 in Kafarsouseh": text allowed between a count and its place.
# "five died in raids on X", "seven were killed in regime airstrikes on the town of X", "six
# killed by shelling on X"
_STRIKES_ON = (
    rf"(?:[\w-]+\s+)?[\w-]*(?:{alternation('remote_generic')}|{alternation('toll_fire_nouns')})\s+(?:on|in)\s+"
    r"(?:the\s+)?"
)
COUNT_TO_PLACE = re.compile(
    rf"^[\s\w,-]{{0,30}}?\b(?:in\s+(?:the\s+)?(?:{_STRIKES_ON})?|by\s+{_STRIKES_ON})"
    rf"(?:(?:{alternation('count_place_nouns')})s?\s+(?:of\s+)?)?$",
    re.I,
)
# "..., killing six people, while warplanes struck ...": a new clause, a new event
CLAUSE_BREAK = re.compile(
    rf";|,\s*(?:{alternation('clause_break_conjunctions')})\b"
    rf"|\b(?:{alternation('clause_break_adverbs')})\b",
    re.I,
)
# "two bombs went off, one near a school and the other at a market": a distributive tail
DISTRIBUTIVE = re.compile(
    rf",\s*(?:{alternation('distributive_firsts')})\b[^;]*?"
    rf"\b(?:{alternation('distributive_others')})\b[^;]*",
    re.I,
)
SEVERAL_EVENTS = re.compile(rf"\b(?:{alternation('several_events')})\s+$", re.I)
# "six others died in air strikes on X": a count, its death, and the act it died in
DEAD_IN = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation('death_phrases')})\s+(?:in|during|from)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
TALLY = re.compile(
    rf"\b(?:{alternation('tally_deaths')})\b[^.;]{{0,40}}\b(?:{alternation('tally_spread')}) "
    rf"(?:{alternation('tally_wholes')}|[A-Z]\w+)\b|\b(?:{alternation('tally_nationwide')})\b",
    re.I,
)
# Undated background the date finder leaves: habits and trends, not one event.
BACKGROUND = re.compile(
    rf"\b(?:{alternation('background_periods')})\b|\b(?:{alternation('habit_adverbs')})\b|"
    rf"\b(?:{alternation('kindred_events')})\b|"
    rf"\b(?:{alternation('conflict_nouns')})"
    rf"\b[^.;]{{0,40}}\bha(?:s|ve) (?:{alternation('conflict_toll_verbs')})\b",
    re.I,
)


@dataclass
class Draft:
    """One candidate event from one sentence, before merging within the article."""

    sub_event_type: str
    places: list[PlaceMention]
    facts: SentenceFacts
    actor1: Actor | None
    actor2: Actor | None
    date_start: date | None
    date_end: date | None
    time_precision: int
    killed: Count | None = None
    weak: bool = False  # from an explosion word only: merges into a specific explosion event
    merge_only: bool = False  # no place, date or count of its own: only adds claims
    anaphoric: bool = False  # only attack verbs or killings: may continue an earlier event
    sequel: bool = False  # told as what an event "came a day after": joins none of other days
    told_by: date | None = None  # undated, but told on this day ("police said on Monday")
    own_day: bool = False  # the sentence or its paragraph gives a date (maybe the publication's)
    context_town: str | None = None  # town for neighbourhoods that name none
    triggers: list[Trigger] = field(default_factory=list)

    @property
    def paragraph(self) -> int:
        return self.facts.sentence.paragraph


def trigger_groups(facts: SentenceFacts, sequel: Sequel | None) -> list[list[Trigger]]:
    """Event triggers grouped: a new group starts after a place mention or a clause break,
    except for a participle of killing that modifies the group's verb ("a bomb exploded in
    the market on Monday, killing six"): the outcome of that act, not an act of its own;
    `sequel` (dates.sequel.find_sequel): "came a day after" always starts a group."""
    groups: list[list[Trigger]] = []
    for trig in facts.event_triggers:
        if groups and attends_clash(facts, trig, groups[-1]):
            continue  # "clashes ..., amid mutual shelling": the clash's own fire
        if groups and _joins(facts, trig, groups[-1], sequel):
            groups[-1].append(trig)
        else:
            groups.append([trig])
    return groups


def attends_clash(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """A weapon in an "amid" phrase right after a clash: the fire of that fighting."""
    if trig.role != "instrument" or not any(t.sub_event_type == "Armed clash" for t in group):
        return False
    gap = facts.sentence.text[group[-1].end : trig.start]
    return _attendant().search(gap) is not None


@lru_cache(maxsize=1)
def _attendant() -> re.Pattern[str]:
    markers = "|".join(re.escape(w) for w in sorted(grammar_words()["attendant_markers"]))
    return re.compile(rf"\b(?:{markers})\b[^,;.]*$", re.I)


def _joins(facts: SentenceFacts, trig: Trigger, group: list[Trigger], sequel: Sequel | None
           ) -> bool:
    last = group[-1].end
    if sequel is not None and last <= sequel.end <= trig.start:
        return False  # "the blast came a day after a car bomb ...": two events
    if _outcome_of(facts, trig, group) or _cause_of(facts, trig, group):
        return True
    if in_distributive_tail(facts.sentence.text, group, trig):
        return True
    gap = facts.sentence.text[last : trig.start]
    return not CLAUSE_BREAK.search(gap) and not _said_apart(facts, group[-1], trig) and not any(
        last <= p.start < trig.start for p in facts.places
    )


def _said_apart(facts: SentenceFacts, before: Trigger, trig: Trigger) -> bool:
    """ "32 were killed, the sources said, adding that jets struck rebel positions": a verb of
    saying between two triggers that holds the later one and not the earlier tells another
    act."""
    grammar = facts.grammar
    first, second = grammar.root(before.start, before.end), grammar.root(trig.start, trig.end)
    if first is None or second is None:
        return False
    for token in second.ancestors:
        if is_reporting(token) and before.end <= grammar.offsets(token)[0] < trig.start:
            return first not in token.subtree
    return False


def in_distributive_tail(text: str, group: list[Trigger], trig: Trigger) -> bool:
    """A trigger with no act of its own ("targeting", "killing") in a distributive tail after
    the group ("..., one targeting a patrol and the other near a market, killing seven"):
    each item of the tail is the group's act at another place."""
    if trig.role != "kill" and trig.sub_event_type is not None:
        return False
    tail = DISTRIBUTIVE.search(text, group[0].end)
    return tail is not None and tail.start() < trig.start < tail.end()


def _cause_markers() -> frozenset[str]:
    return grammar_words()["cause_markers"]


def _cause_of(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is a weapon or an attack in a "when" clause under the group's killing verb
    ("three were killed in Mosul when a device exploded"): what did the killing."""
    if trig.role not in ("instrument", "generic") or not any(t.role == "kill" for t in group):
        return False
    verb = facts.grammar.clause_verb(trig.start, trig.end)
    if verb is None or verb.dep_ != "advcl":
        return False
    markers = _cause_markers()
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in markers for c in verb.children):
        return False
    kills = [facts.grammar.root(t.start, t.end) for t in group if t.role == "kill"]
    return verb.head in kills


def _outcome_of(facts: SentenceFacts, trig: Trigger, group: list[Trigger]) -> bool:
    """The trigger is a killing participle whose clause modifies the group's verb, or a killing
    verb whose subject is the group's weapon or act."""
    if trig.role != "kill":
        return False
    token = facts.grammar.root(trig.start, trig.end)
    if token is None:
        return False
    roots = [facts.grammar.root(t.start, t.end) for t in group]
    if any(c.dep_ == "nsubj" and any(r in c.subtree for r in roots) for c in token.children):
        return True  # "a series of bombings across Baghdad killed 25": the bombings killed
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    verb = token.head
    for t in group:
        root = facts.grammar.root(t.start, t.end)
        # the verb itself ("exploded, killing"), or the verb whose object or subject the
        # trigger is ("fired rocket shells ..., killing", "warplanes struck ..., killing")
        if root is not None and verb in (root, root.head):
            return True
    return False


def governed_places(
    facts: SentenceFacts, groups: list[list[Trigger]], i: int
) -> list[PlaceMention]:
    """The places a trigger group speaks of: those after it, else those just before it, else
    those the sentence opens on. (The parse is no better guide here: it hangs list items and
    appositives on whichever verb.)"""
    places = [p for p in facts.places if p.role != "country"]
    first = groups[i][0].start
    nxt = groups[i + 1][0].start if i + 1 < len(groups) else len(facts.sentence.text) + 1
    # "... after two weeks of capturing X": the run-up's places are not this group's
    nxt = min([nxt, *(t.start for t in facts.triggers if t.role == RUN_UP and t.start > first)])
    prev = groups[i - 1][-1].end if i > 0 else -1
    # (a group's own span holds a place only when a killing joined it: "struck X, killing")
    after = [p for p in places if first < p.start < nxt and p.start >= groups[i][0].end]
    if after:
        return after
    before = [p for p in places if prev <= p.start and p.end <= first]
    if before or i == 0:
        return before
    # "In the city of X, protesters burned tyres, and police shot dead a man": the place the
    # sentence opens on frames its every act
    return [p for p in places if p.end <= groups[0][0].start]


def pick_date(
    facts: SentenceFacts,
    group: list[Trigger],
    carried: DateMention | None,
    default: tuple[date | None, date | None, int],
    published: date | None,
) -> tuple[date | None, date | None, int, bool]:
    """(start, end, precision, is_background) for a group from the sentence's dates.

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
    mentions = sorted(
        (m for m in current
         if governed[id(m)] is not False or not long_before(m, published)),
        key=lambda d: (governed[id(d)] is not True, abs(d.start - group[0].start)),
    )
    chosen = mentions[0] if mentions else carried
    if chosen is None:
        return (*default, False)
    chosen = _run_up_to(facts, chosen, current)
    # "clashes that began on Friday continued on Sunday": from the first day to the last
    onsets = [m.date_start for m in current if _opens(facts, group, m)]
    if onsets:
        first, last = min(onsets), max(m.date_end for m in current)
        if first < last and (last - first).days <= BACKGROUND_DAYS:
            return first, last, 2, False
    # "troops ended the siege on Sunday after gunmen stormed the hotel on Friday": to its end
    ends = [m.date_end for m in current if m is not chosen and _ends(facts, m)]
    last = max(ends, default=chosen.date_end)
    if chosen.date_start < last and (last - chosen.date_start).days <= BACKGROUND_DAYS:
        return chosen.date_start, last, 2, False
    return chosen.date_start, chosen.date_end, chosen.precision, False


def _ends(facts: SentenceFacts, mention: DateMention) -> bool:
    """The date is governed by a verb that ends an event ("ended", "was lifted")."""
    verb = facts.grammar.clause_verb(mention.start, mention.end)
    if verb is None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = facts.grammar.offsets(helpers[0] if helpers else verb)[0]
    return ENDED_VERBS.match(facts.sentence.text, first) is not None


def _run_up_to(facts: SentenceFacts, day: DateMention, current: list[DateMention]
               ) -> DateMention:
    """The ongoing run that ends on the chosen day in the same clause ("blocked roads for a
    third day on Monday": Saturday to Monday), else the day itself."""
    if day.ongoing or day not in current:
        return day
    verb = facts.grammar.clause_verb(day.start, day.end)
    return next(
        (m for m in current
         if m.ongoing and m.date_end == day.date_end
         and facts.grammar.clause_verb(m.start, m.end) is verb),
        day,
    )


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


def _opens(facts: SentenceFacts, group: list[Trigger], mention: DateMention) -> bool:
    """The date is governed by a verb of beginning whose subject is the group's event
    ("clashes that began on Friday", "the fighting, which started on Friday")."""
    grammar = facts.grammar
    verb = grammar.clause_verb(mention.start, mention.end)
    if verb is None or not ONSET_VERBS.fullmatch(verb.lower_):
        return False
    events = {grammar.root(t.start, t.end) for t in group} - {None}
    subjects = {c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return (verb.dep_ == "relcl" and _noun_phrase_head(verb.head) in events) or bool(
        subjects & events
    )


def _noun_phrase_head(token: Token) -> Token:
    """The head noun of the phrase a token ends: "clashes between rebels and troops [that
    began]" hangs the clause on "troops", which belongs to "clashes"."""
    while token.dep_ in ("pobj", "prep", "conj") and token.head is not token:
        token = token.head
    return token


def is_background(facts: SentenceFacts, published: date | None) -> bool:
    """A sentence about the past or about the war as a whole, not a reported event: all its
    dates are old, a "since <old date>" tally (facts.py leaves out a tally's clause where
    another clause reports), or an undated background phrase."""
    current = [m for m in facts.dates if not _is_old(m, published)]
    if facts.dates and not current:
        return True
    if any(is_running_tally(m, published) for m in facts.dates):
        return True  # "since 15 March 2011, 500 have been killed": a tally
    text = facts.sentence.text
    if is_tally(facts) and not any(count_for_place(facts, p, True) for p in facts.places):
        # "31 people were killed across Syria yesterday": a national tally (its places with
        # their own tolls, "including eight in Mandalay", are events)
        return True
    if current:
        return False
    spans = [*background_cues(text), *(m.span() for m in BACKGROUND.finditer(text))]
    return any(not _in_side_clause(facts, start, end) for start, end in spans)


def _in_side_clause(facts: SentenceFacts, start: int, end: int) -> bool:
    """ "The attack took place in X, where insurgents have stepped up raids in recent weeks":
    the background phrase sits in a relative clause, and an act outside it is reported."""
    grammar = facts.grammar
    token = grammar.root(start, end)
    acts = {
        t.i for trig in facts.event_triggers
        if (t := grammar.root(trig.start, trig.end)) is not None
    }
    while token is not None and token.head.i != token.i:
        if token.dep_ == "relcl":
            inside = {t.i for t in token.subtree}
            return bool(acts - inside)
        token = token.head
    return False


def is_tally(facts: SentenceFacts) -> bool:
    """The sentence counts the dead of a whole country or region."""
    return TALLY.search(facts.sentence.text) is not None


def _is_old(mention: DateMention, published: date | None) -> bool:
    """Background, or a relative or vague date over a week old; an explicit day is a dated
    event however old (codebook §1)."""
    if mention.background or is_background_date(mention, published):
        return True
    explicit_day = not mention.relative and mention.precision == 1
    return (
        published is not None and not explicit_day and mention.age_days(published) > BACKGROUND_DAYS
    )


def place_clusters(
    facts: SentenceFacts, places: list[PlaceMention], context_town: str | None
) -> list[list[PlaceMention]]:
    """Places that become separate events (codebook §8.3): one per named place; a town and a
    neighbourhood inside it, or one name written twice, stay one event."""
    # "the Idlib suburb of Kafaroweid": Idlib only contains the place of the event.
    containers = {name_key(p.town.name) for p in places if p.town and p.role == "town"}
    if len(places) > 1:
        places = [
            p
            for p in places
            if name_key(town_of(p, None) or p.surface) not in containers
            or p.role != "town"
            or p.town is not None
        ] or places
    places = _held_in_the_next(facts.sentence.text, places)
    # "on the outskirts of Morek, in the countryside of Hama": the province holds the town
    finer = [p for p in places if p.role in ("town", "neighbourhood")]
    places = [p for p in places if p.role != "admin1" or not _holds(p, finer)] or places
    clusters: dict[str, list[PlaceMention]] = {}
    for p in places:
        clusters.setdefault(name_key(p.surface), []).append(p)
    quarters = {
        name_key(town_of(p, context_town) or "") for p in places if p.role == "neighbourhood"
    }
    if any(name_key(p.surface) in quarters for p in places if p.role == "town"):
        # "in Jobar, in Damascus": the town only holds its quarter
        clusters = {k: v for k, v in clusters.items() if k not in quarters} or clusters
    return list(clusters.values())


def _held_in_the_next(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "the X toll gate in Y": a bigger town written just after a known town, "in" between,
    only says where that one lies: one event, at X (a namesake of X far from Y is made Y's
    quarter before this: events.placing.quarters_of_the_next)."""
    return [
        p for i, p in enumerate(places)
        if not (i and holds_the_one_before(text, places[i - 1], p)
                and lies_in(places[i - 1].place, p.place))
    ]


def _holds(province: PlaceMention, places: list[PlaceMention]) -> bool:
    """A finer place of the list lies in the province (or its province is unknown)."""
    name = province.place.name if province.place else province.surface
    return any(
        (p.place or p.town) is None or same_place_name((p.place or p.town).admin1, name)
        for p in places
    )


def sentence_town(facts: SentenceFacts, article_town: str | None = None) -> str | None:
    """The known town the sentence names that holds its bare neighbourhoods ("... in the
    city of Aleppo"): the most populous, as quarters are a city's; the article's own city
    when that town is a district of it the gazetteer lists as a town ("Sadr City")."""
    towns = [p for p in facts.places if p.role == "town" and p.place]
    if not towns:
        return None
    best = max(towns, key=lambda p: (p.place.population, -p.start))
    city = town_named(get_gazetteer(), article_town, facts.country) if article_town else None
    if district_of(best.place, city):
        return city.name
    return town_of(best, None)


def town_of(p: PlaceMention, context_town: str | None) -> str | None:
    """The town a mention stands in: itself, a neighbourhood's town, or the context's town."""
    if p.role == "neighbourhood":
        if p.town:
            return p.town.name
        return (p.place.town if p.place else None) or context_town
    if p.role == "town":
        return p.place.name if p.place else p.surface
    return None


def count_for_place(
    facts: SentenceFacts, place: PlaceMention, parts: bool = False
) -> Count | None:
    """A killed count written right before the place ("25 in Kafarsouseh"); with `parts`,
    also a part of a wider toll ("including eight in Mandalay")."""
    text = facts.sentence.text
    counts = facts.killed if not parts else [
        c for c in facts.counts if c.kind == "killed" and not c.vague]
    for c in reversed(counts):
        if c.end <= place.start and COUNT_TO_PLACE.match(text[c.end : place.start]):
            return c
    return None


def counts_several(facts: SentenceFacts, group: list[Trigger]) -> bool:
    """The group names several acts at once ("in the two attacks", "both blasts"): its toll
    is theirs together, no one event's."""
    text = facts.sentence.text
    return any(
        t.role == "generic" and SEVERAL_EVENTS.search(text[max(0, t.start - 30) : t.start])
        for t in group
    )


def nearest_killed(facts: SentenceFacts, group: list[Trigger]) -> Count | None:
    """The largest killed count the parse puts under this group's triggers; else the largest
    count of the sentence, if it belongs to this group: a toll follows
    the verb it counts ("struck Sarmin, killing six"), so it goes to the group of the nearest
    trigger before it (else of the nearest one after it). A "..., killing six" group of its
    own then continues the event before it."""
    killed = facts.killed
    if not killed:
        return None
    # "six others died in air strikes": the count dead in the act named right after it
    text = facts.sentence.text
    dead_in = [
        (c, t) for c in killed for t in facts.event_triggers
        if c.end <= t.start and DEAD_IN.match(text[c.end : t.start])
    ]
    mine = [c for c, t in dead_in if t in group]
    if mine:
        return max(mine, key=lambda c: c.value)
    killed = [c for c in killed if all(c is not d for d, _ in dead_in)]
    if not killed:
        return None
    # "9 were killed in strikes on A, while 3 others were killed when shells hit B": each
    # count the parse puts under this group's verb is its toll
    own = [c for c in killed if governed_by(facts, group, c.start, c.end)]
    if own:
        return max(own, key=lambda c: c.value)
    best = max(killed, key=lambda c: c.value)
    owned = governed_by(facts, group, best.start, best.end)
    if owned is not None:
        return best if owned else None
    triggers = facts.event_triggers
    before = [t for t in triggers if t.end <= best.start]
    if before:
        anchor = max(before, key=lambda t: t.end)
    else:
        anchor = min(triggers, key=lambda t: t.start - best.end)
    return best if anchor in group else None
