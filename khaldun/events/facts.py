"""Everything the stage modules find in one sentence, gathered for event assembly."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date

from khaldun.actors import ActorMention, SourceMention, find_actors, find_sources
from khaldun.claims.attribution import unknown_sources
from khaldun.claims.lexicon import alternation as alternation_of
from khaldun.dates import DateMention, find_dateline, find_dates, is_running_tally
from khaldun.events.triggers import Trigger, alternation, find_triggers
from khaldun.nlp.grammar import Grammar, is_reporting
from khaldun.numbers import Count, find_counts
from khaldun.places import PlaceMention, find_places, get_gazetteer
from khaldun.places.bearing import directed_places
from khaldun.places.lexicon import demonyms, reference_cues, site_nouns
from khaldun.places.location import display_name
from khaldun.places.nearby import resolve_unknown
from khaldun.places.transliteration import same_place_name
from khaldun.places.unknown import find_unknown_places, listed_before
from khaldun.records import Sentence
from khaldun.timing import timed

log = logging.getLogger("khaldun.events")
EVENT_ROLES = frozenset({"instrument", "act", "territory", "kill", "generic"})

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
    tallies: list[Count] = field(default_factory=list)  # national totals ("across Iraq, 40 ...")
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


def analyse(
    sentence: Sentence,
    grammar: Grammar,
    country: str | None,
    town: str | None,
    published: date | None,
    recent: frozenset[str] = frozenset(),
) -> SentenceFacts | None:
    """Run the stage finders on a sentence that may report an event; None when it cannot.
    Places and dates attached to a verb of saying are the statement's, not the event's.
    `recent`: the sub-types of the events the article has just reported."""
    text = sentence.text
    titles = [m.span() for m in _QUOTED_TITLE.finditer(text)]
    triggers = [
        t
        for t in timed("events", find_triggers, text, recent)
        if t.role != "stative" and not any(s <= t.start < e for s, e in titles)
    ]
    if not triggers:
        log.debug("sentence %d: no trigger, count or hint; skipped", sentence.start)
        return None
    found = timed("places", find_places, text, country=country, town=town, look_near=False)
    stated = [p for p in found if grammar.statement_circumstance(p.start, p.end) is not None]
    named = {
        p.place.country
        for p in found
        if p.role == "country" and p.place and p not in stated and _names_a_place(grammar, p)
    }
    at_home = any(p.role != "country" and p.place and p.place.country == country for p in found)
    if len(named) == 1 and country not in named and not at_home:
        # "In Iraq, two policemen were killed ...": this sentence is about another country,
        # unless it names a place of the article's own ("backed by Turkey, shelled Afrin")
        country = named.pop()
        found = timed("places", find_places, text, country=country, town=None, look_near=False)
        stated = [p for p in found if grammar.statement_circumstance(p.start, p.end) is not None]
    if all(p in stated for p in found):
        # "..., police said in Kirkuk": with no other place named, a home place of the
        # statement is where the event happened too; a foreign one ("in Geneva") never is
        stated = [p for p in stated if p.place is not None and p.place.country != country]
    found = [p for p in found if p not in stated]
    actors = timed("actors", find_actors, text, country=country, when=published)
    triggers = [t for t in triggers if not _names_an_actor(grammar, t, actors)]
    if not triggers:
        return None
    sources = [
        s for s in timed("claims", find_sources, text, country) if not _acted_on(grammar, s)
    ]
    all_dates = timed("dates", find_dates, text, published)
    # a statement is made on a day: a range ("over the past six days") is the event's
    statement_dates = [
        d
        for d in all_dates
        if d.precision == 1
        and d.date_start == d.date_end
        and grammar.statement_circumstance(d.start, d.end)
    ]
    dates = [d for d in all_dates if d not in statement_dates]
    counts = timed("numbers", find_counts, text)
    tally_verbs = _tally_clauses(grammar, dates, counts, published)
    reporting = [t for t in triggers if grammar.clause_verb(t.start, t.end) not in tally_verbs]
    if tally_verbs and reporting:
        # "protested on Saturday after eight women were killed since December": the tally's
        # clause reports no event, the rest of the sentence does
        triggers = reporting
        dates = [d for d in dates if grammar.clause_verb(d.start, d.end) not in tally_verbs]
    dateline = find_dateline(text)  # where the report was filed, not an event place
    dateline_span = [(0, dateline.end)] if dateline else []
    taken = [
        *((m.start, m.end) for m in [*actors, *sources, *all_dates]),
        *((s, e) for s, e, _ in unknown_sources(text, country)),
    ]
    unknown = find_unknown_places(text, taken + dateline_span, country)
    # A longer name in a place slot beats a shorter gazetteer match inside it ("Kafar Naha").
    found = [
        p
        for p in found
        if not any(_within(p, u) and p.end - p.start < u.end - u.start for u in unknown)
    ]
    known = _clean_places(
        text, [p for p in found if not _inside(p, taken + dateline_span)], country
    )
    towns = [k.town.name for k in known if k.town]
    unknown = [
        u
        for u in unknown
        if not any(_overlaps(u, k) for k in known)
        and not any(same_place_name(u.surface, t) for t in towns)  # a known place's town
    ]
    spans = taken + [(p.start, p.end) for p in [*known, *unknown]]
    unknown += listed_before(text, known, spans)
    unknown = [u for u in unknown if grammar.statement_circumstance(u.start, u.end) is None]
    places = _siblings(text, sorted([*known, *unknown], key=lambda p: p.start))
    places = _in_the_capital(text, places, country)
    places, containers = _split_containers(text, places)
    directed = directed_places(text, [(p.start, p.end, p.place) for p in found if p.place])
    timed("places", resolve_unknown, get_gazetteer(), places,
          [p.place for p in found if p.place], containers, directed)
    places = _reference_points(text, places, containers)
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
        statement_dates=statement_dates,
        tallies=[
            c
            for c in counts
            if c.kind == "killed"
            and (
                grammar.in_tally(c.start, c.end)
                or grammar.clause_verb(c.start, c.end) in tally_verbs
            )
        ],
    )


_CAPITAL = alternation("capital_nouns")
_IN_CAPITAL = re.compile(rf"\bin the (?:\w+ )?(?:{_CAPITAL})\b", re.I)
# "in Somalia's capital", "near the Iraqi capital", "in the capital": the capital city is the
# place, unless its name follows ("the Yemeni capital Sanaa") or another place is meant
# ("the capital of Hama province").
_CAPITAL_SLOT = re.compile(
    rf"\b(?:{alternation('capital_prepositions')})\s+"
    r"(?:(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+|the\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?)"
    rf"(?:{_CAPITAL})\b(?!\s+(?:of\b|city\b|[A-Z]))"
)


def _in_the_capital(
    text: str, places: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """ "clashes spread to the vicinity of Mazeh airport in the capital": names the gazetteer
    lacks, said to be in the capital, are its quarters; "a blast in Somalia's capital" took
    place in the capital city."""
    capitals = _capital_places(text, places, country)
    if capitals:  # "Somalia's capital": the country names the capital, not a place of its own
        kept = [p for p in places if not any(_overlaps(p, c) for c in capitals)]
        places = [*kept, *capitals]
    said = _IN_CAPITAL.search(text)
    capital = get_gazetteer().capital(country) if said and country else None
    if capital is None:
        return sorted(places, key=lambda p: p.start)
    return sorted(
        (
            replace(p, role="neighbourhood", town=capital)
            if p.place is None and p.role == "town" and p.start < said.start()
            else p
            for p in places
        ),
        key=lambda p: p.start,
    )


def _capital_places(
    text: str, places: list[PlaceMention], country: str | None
) -> list[PlaceMention]:
    """The capital city, where the text names it by its role rather than its name."""
    found = []
    for m in _CAPITAL_SLOT.finditer(text):
        owner, adj = m.group("owner"), m.group("adj")
        if owner or adj:
            owned = demonyms().get(adj.lower()) if adj else _country_named(places, m.start("owner"))
            if owned is None:
                continue  # "the rebel capital", "Idlib's capital"
        else:
            owned = country
        capital = get_gazetteer().capital(owned)
        start = m.start("owner") if owner else m.start() + m.group().index("the")
        if capital is None or any(p.start < m.end() and start < p.end and p.role != "country"
                                  for p in places):
            continue
        found.append(PlaceMention(start, m.end(), display_name(capital) or capital.name,
                                  capital, "town"))
    return found


def _country_named(places: list[PlaceMention], start: int) -> str | None:
    """The country of the country mention that starts at `start`."""
    return next(
        (p.place.country for p in places if p.start == start and p.role == "country" and p.place),
        None,
    )


def _tally_clauses(
    grammar: Grammar, dates: list[DateMention], counts: list[Count], published: date | None
) -> set:
    """The verbs (with their conjuncts) of clauses that count the dead "since <an old date>":
    running tallies ("500 have been killed and 2,500 detained since March")."""
    verbs = {grammar.clause_verb(d.start, d.end) for d in dates if is_running_tally(d, published)}
    verbs.discard(None)
    verbs |= {c for v in verbs for c in v.conjuncts}
    counted = {grammar.clause_verb(c.start, c.end) for c in counts if c.kind == "killed"}
    return verbs if verbs & counted else set()


def _acted_on(grammar: Grammar, mention: SourceMention) -> bool:
    """The source's words are the object of an act ("gunmen shot dead a local official"): a
    victim, not a speaker."""
    token = grammar.root(mention.start, mention.end)
    while token is not None and token.dep_ == "conj":
        token = token.head
    if token is None or token.dep_ != "dobj":
        return False
    return not is_reporting(token.head)


# "the air force said": a speech verb right after a name (the parse is not asked: it often
# makes the subject of a long sentence the subject of its closing "said")
_SAYS_NEXT = re.compile(rf"\s+(?:{alternation_of('plain_speech')})\b", re.IGNORECASE)


def _names_an_actor(grammar: Grammar, trigger: Trigger, actors: list[ActorMention]) -> bool:
    """The trigger word modifies the head of an actor's name ("riot police", "protest
    leaders"), or is the name of an actor who speaks ("the air force said"): it names who
    they are, and reports nothing."""
    text = grammar.span.text
    if any(
        m.start <= trigger.start and trigger.end <= m.end and _SAYS_NEXT.match(text, m.end)
        for m in actors
    ):
        return True
    token = grammar.root(trigger.start, trigger.end)
    if token is None or token.dep_ not in ("compound", "amod", "nmod"):
        return False
    head_start, _ = grammar.offsets(token.head)
    return any(
        m.start <= trigger.start and trigger.end <= m.end and m.start <= head_start < m.end
        for m in actors
    )


def _names_a_place(grammar: Grammar, mention: PlaceMention) -> bool:
    """The country is where something is ("in Iraq"), not whose it is ("a U.S. drone strike",
    "Iraq's army")."""
    token = grammar.root(mention.start, mention.end)
    return token is None or token.dep_ not in ("compound", "amod", "poss", "nmod")


def _within(inner: PlaceMention, outer: PlaceMention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: PlaceMention, b: PlaceMention) -> bool:
    return a.start < b.end and b.start < a.end


# "30 people in Town A, 12 in Town B and 9 more in Town C": list items share
# the first one's kind of place and its town.
_LIST_GAP = re.compile(
    r"^[\s,]*(?:and\s+)?(?:\d+\s+(?:more\s+|others?\s+)?)?(?:in\s+)?(?:the\s+)?$"
)


def _siblings(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Unresolved names listed right after a neighbourhood are neighbourhoods of its town."""
    out: list[PlaceMention] = []
    for p in places:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.place is None
            and p.role == "town"
            and prev.role == "neighbourhood"
            and _LIST_GAP.match(text[prev.end : p.start])
        ):
            p = replace(p, role="neighbourhood", town=prev.town or None)
        out.append(p)
    return out


_DIRECTION = f"(?:{alternation('direction_words')})"
_SITES = "|".join(sorted(site_nouns()))  # "near the KM4 junction in Mogadishu"
_IN_CONTAINER = re.compile(
    rf"^\s*(?:{alternation('container_nouns')}|{_SITES})?"
    r"\s*(?:,\s*(?:which|that)\s+(?:is|lies|was)\s+(?:located\s+)?)?(?:in|of|near)\s+(?:the\s+)?"
    rf"(?:(?:{alternation('surroundings_nouns')})\s+of\s+)?"
    rf"(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(rf"^\s*(?:{_SITES})\b", re.IGNORECASE)
_COMMA_CONTAINER = re.compile(
    rf"^\s*(?:{alternation('comma_container_nouns')})?\s*[,(]\s*(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
# "the Idlib suburb of Kafaroweid": the name after "of" is the smaller place ...
_NOUN_OF = re.compile(rf"\b(?:{alternation('place_of_nouns')})\s+of\b", re.I)
# ... but "the Sadr City district of Baghdad": the name before it is.
_PART_OF = re.compile(rf"^(?:{alternation('part_of_nouns')})\s+of(?:\s+the)?$", re.I)
# "'s mainly Shi'ite district of ": from a city's name to its quarter's
_CITY_PART = re.compile(
    rf"^(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation('part_of_nouns')})\s+of\s+(?:the\s+)?$",
    re.I,
)
_REGION_AFTER = re.compile(rf"^\s*(?:{alternation('region_nouns')})\b", re.I)


def _split_containers(
    text: str, places: list[PlaceMention]
) -> tuple[list[PlaceMention], dict[int, list[PlaceMention]]]:
    """Separate places that only locate the place before them ("X village in the Y
    countryside", "X area (Y district), southern Z"), innermost first."""
    kept: list[PlaceMention] = []
    containers: dict[int, list[PlaceMention]] = {}
    inner: PlaceMention | None = None
    for p in places:
        if inner is not None and inner is kept[-1] and _city_holds(text, inner, p):
            # "the Baghdad district of Sadr City": the quarter is the place, in the city
            part = {"role": "neighbourhood", "town": inner.place, "town_surface": inner.surface}
            kept[-1] = replace(p, **part)
            containers.setdefault(p.start, []).append(inner)
            inner = kept[-1]
            continue
        if inner is not None and _contains(text, inner, p):
            containers.setdefault(kept[-1].start, []).append(p)
            inner = p  # a chain: X in Y of Z
            continue
        kept.append(p)
        inner = p
    return _city_of_quarters(text, kept, containers), containers


# A town this populous before "district of X" is the city X lies in, not a part of X.
CITY_POPULATION = 100_000


def _city_holds(text: str, city: PlaceMention, part: PlaceMention) -> bool:
    """ "the Baghdad district of Sadr City", "Baghdad's mainly Shi'ite district of Sadr City":
    a city, then a part noun and "of": the name after it is the city's quarter."""
    if city.place is None or city.place.kind != "town":
        return False  # ("the Baghdad district": a city the scanner read as a district's name)
    if city.place.population < CITY_POPULATION:
        return False
    if part.role not in ("town", "neighbourhood"):
        return False
    if part.place is not None and part.place.population >= city.place.population:
        return False
    return bool(_CITY_PART.match(text[city.end : part.start]))


def _city_of_quarters(
    text: str, places: list[PlaceMention], containers: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """ "the neighbourhoods of A and B, and the X Road, in the city of Y": the quarters named
    before Y without their town, and a site right before it, are parts of Y; Y is no event
    place of its own."""
    cue = reference_cues().city_of
    for i, city in enumerate(places):
        if city.role != "town" or city.place is None or not cue.search(text[: city.start]):
            continue
        held = [p for p in places[:i] if p.role == "neighbourhood" and p.town_surface is None]
        if held and places[i - 1] not in held and _SITE_AFTER.match(text[places[i - 1].end :]):
            held.append(places[i - 1])
        if not held:
            continue
        for p in held:
            containers.setdefault(p.start, []).append(city)
        # the quarters and the site are parts of the city
        part = {"role": "neighbourhood", "town": city.place, "town_surface": city.surface}
        return [replace(p, **part) if p in held else p for p in places if p is not city]
    return places


def _contains(text: str, inner: PlaceMention, outer: PlaceMention) -> bool:
    gap = text[inner.end : outer.start]
    if _PART_OF.match(gap.strip()):
        return True
    if _NOUN_OF.search(gap) and (
        (inner.place is not None and inner.role != "neighbourhood")
        or (outer.town is not None and same_place_name(outer.town.name, inner.surface))
    ):
        return False  # "the Idlib suburb of Kafaroweid": the later name is the smaller place
    if _IN_CONTAINER.match(gap):
        return True
    regional = outer.role == "admin1" or bool(_REGION_AFTER.match(text[outer.end :]))
    return regional and bool(_COMMA_CONTAINER.match(gap))


def _reference_points(
    text: str, places: list[PlaceMention], containers: dict[int, list[PlaceMention]]
) -> list[PlaceMention]:
    """Move reference points ("Tarmiyah, north of Baghdad", "X, 30 km from Y") from the event
    places to the context of the place they locate (cues: reference_cues.yaml)."""
    cues = reference_cues()
    kept: list[PlaceMention] = []
    for p in places:
        prev = kept[-1] if kept else None
        towns = prev is not None and {prev.role, p.role} <= {"town", "neighbourhood"}
        if towns and _AND.match(text[prev.end : p.start]) and cues.between.search(
            text[max(0, prev.start - 40) : prev.start]
        ):
            # "on the road between A and B": near A, B only says where
            near = {"precision": max(prev.precision, 2), "qualifier": prev.qualifier or "near"}
            kept[-1] = replace(prev, **near)
            containers.setdefault(prev.start, []).append(p)
            continue
        right_after = kept and cues.after_previous.match(text[kept[-1].end : p.start])
        if kept and (right_after or cues.before.search(text[max(0, p.start - 40) : p.start])):
            containers.setdefault(kept[-1].start, []).append(p)
            continue
        kept.append(p)
    return kept


_AND = re.compile(r"^\s*and\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s?\b")
_LOWER_NOUN = re.compile(rf"^(?!(?:{alternation('name_particles')})[-'’])[a-z]")


def _clean_places(text: str, places: list[PlaceMention], country: str | None) -> list[PlaceMention]:
    """Drop "Washington's" (a government, not a place) and lower-case common nouns; a small
    foreign place in a known country's story is a homonym, so it is unresolved."""
    kept: list[PlaceMention] = []
    for p in places:
        foreign = bool(country and p.place and p.place.country and p.place.country != country)
        if foreign and _POSSESSIVE.match(text[p.end :]):
            continue
        if _LOWER_NOUN.match(p.surface):
            continue  # "the west coast of X": a common noun, not a name
        if foreign and p.role in ("town", "neighbourhood"):
            p = replace(p, place=None, town=None)
        kept.append(p)
    return kept


def _inside(place: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    """A place mention is void when it lies within an actor, source, date or dateline span."""
    return any(s <= place.start and place.end <= e for s, e in spans)
