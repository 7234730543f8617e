"""Extract the events one article reports, with the claims behind each (the pipeline's core)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rapidfuzz import fuzz
from unidecode import unidecode

from khaldun.actors import country_name
from khaldun.claims.attribution import Attribution, attribute
from khaldun.claims.status import event_status, fatality_range
from khaldun.dates import DateMention
from khaldun.events.assemble import (
    Draft,
    count_for_place,
    governed_places,
    group_sub_types,
    is_anaphoric,
    is_background,
    nearest_killed,
    pick_actors,
    pick_date,
    place_clusters,
    sentence_town,
    town_of,
    trigger_groups,
)
from khaldun.events.facts import SentenceFacts, analyse
from khaldun.nlp.segment import split_sentences
from khaldun.places import PlaceMention, document_country, to_location
from khaldun.places.gazetteer import distance_km
from khaldun.places.transliteration import name_key, same_place_name
from khaldun.places.unknown import entity_places
from khaldun.records import (
    SUB_TO_TYPE,
    Actor,
    Article,
    ArticleResult,
    Claim,
    Event,
    Location,
)
from khaldun.timing import timed

ANAPHORA_FAMILIES = frozenset(
    {"Explosions/Remote violence", "Battles", "Violence against civilians"}
)
TERRITORY_SUBS = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }
)
# A follow-up sentence ("The Observatory said 13 were killed") attaches to the last event if it
# is at most this many paragraphs away (wire copy puts one sentence in each paragraph).
FOLLOW_UP_PARAGRAPHS = 4
DEFINITE = re.compile(r"\b(?:the|that|this)\s+(?:\w+\s+)?$", re.I)
# Texts this short (ACLED notes, wire briefs) code an event even when it names no place.
BRIEF_SENTENCES = 2
# Within one article, reports of one kind at one place this many days apart are one event.
MERGE_DAYS = 2
# Two spellings at least this similar (rapidfuzz ratio, 0–100) name the same place.
SAME_SPELLING = 85
# Looser, for two names that already share a transliteration key (Deir Ezzor ~ Dayr az Zawr).
SIMILAR_SPELLING = 50
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|at|az)[-\s]")
# "Near X", "outside X": places up to this far from X may be the place meant.
REFERENCE_KM = 25.0
# Differently named places closer than this are one place (a district the gazetteer lists as
# a town of its own); neighbouring towns are further apart.
SAME_PLACE_KM = 1.0
# A daily round-up that dates nothing covers the day before publication and the day itself.
ROUNDUP = re.compile(
    r"\bround-? ?ups?\b|\bdaily (?:report|summary|briefing|update)\b|\bday \d+\b", re.I
)
# Summary bullets under a headline repeat the story: like the headline, they only add claims.
BULLET = re.compile(r"^\s*[*•·▪-]\s")


@dataclass
class _Building:
    """An event being assembled from one or more sentences of one article."""

    sub_event_type: str
    location: Location | None  # None until a later sentence names the place
    paragraph: int
    first_offset: int
    date_start: date | None
    date_end: date | None
    time_precision: int
    actor1: Actor | None
    actor2: Actor | None
    claims: list[Claim] = field(default_factory=list)
    weak: bool = False
    dated: bool = False  # the date comes from the text, not from the publication date


@dataclass
class _State:
    """What earlier sentences of the article leave for later ones."""

    country: str | None
    published: date | None
    default_dates: tuple[date | None, date | None, int]
    brief: bool  # a one- or two-sentence report: every event in it stands, placed or not
    town: str | None = None
    events: list[_Building] = field(default_factory=list)
    dates: dict[int, DateMention] = field(default_factory=dict)
    places: list[PlaceMention] = field(default_factory=list)  # every place the article names
    actor1: dict[int, Actor] = field(default_factory=dict)
    speakers: list[Attribution] = field(default_factory=list)


def extract_batch(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Extract each article in turn."""
    for article in articles:
        yield extract_one(article)


def extract_one(article: Article) -> ArticleResult:
    """The events an article reports (codebook §1), each with its claims."""
    warnings = []
    if article.published is None:
        warnings.append(
            f"article {article.doc_id}: no publication date; relative dates left unresolved"
        )
    sentences = timed("nlp", split_sentences, article.text, article.title)
    state = _State(
        country=timed("places", document_country, article.text),
        published=article.published,
        default_dates=_default_dates(article),
        brief=len(sentences) <= BRIEF_SENTENCES,
    )
    title_drafts: list[tuple[Draft, list[Attribution]]] = []
    for sentence in sentences:
        facts = analyse(sentence, state.country, state.town, article.published)
        if facts is None:
            continue
        state.places.extend(facts.places)
        _dateline_context(facts, state)
        speakers = timed(
            "claims", attribute, sentence.text, facts.country, state.speakers, facts.sources
        )
        if any(s.source != "reporter" for s in speakers):
            state.speakers = speakers
        drafts = _drafts(facts, state)
        if sentence.is_title or BULLET.match(sentence.text):
            title_drafts.extend((d, speakers) for d in drafts)
            continue
        if not drafts:
            _follow_up(facts, speakers, state, article.doc_id)
        for draft in drafts:
            _integrate(draft, speakers, state, article.doc_id)
    if not state.events:
        for draft, speakers in title_drafts:
            _integrate(draft, speakers, state, article.doc_id)
    fallback = _document_location(state)
    for building in state.events:
        building.location = building.location or fallback
    events = [_finish(b, article.doc_id, n) for n, b in enumerate(state.events)]
    return ArticleResult(article=article, events=events, warnings=warnings)


def _dateline_context(facts: SentenceFacts, state: _State) -> None:
    """A dateline in the story's own country ("Aleppo province:") is the town context for
    neighbourhoods named without their town."""
    for place in facts.dateline_places:
        if (
            place.place
            and place.place.country == state.country
            and place.role
            in (
                "town",
                "admin1",
            )
        ):
            state.town = place.place.name


def _default_dates(article: Article) -> tuple[date | None, date | None, int]:
    """The date of an event the text does not date: publication day, or the day before and the
    day itself for a daily round-up."""
    published = article.published
    if published is None:
        return None, None, 3
    head = f"{article.title or ''} {article.text[:300]}"
    if ROUNDUP.search(head):
        return published - timedelta(days=1), published, 2
    return published, published, 1


def _drafts(facts: SentenceFacts, state: _State) -> list[Draft]:
    groups = trigger_groups(facts)
    paragraph = facts.sentence.paragraph
    _carry_date(facts, state)
    context_town = sentence_town(facts) or state.town
    drafts: list[Draft] = []
    for i, group in enumerate(groups):
        guess1, guess2 = pick_actors(facts, group, "", facts.country)
        guess1 = guess1 or state.actor1.get(paragraph)
        subs, weak = group_sub_types(facts, groups, i, (guess1, guess2))
        anaphoric = is_anaphoric(group)
        if not subs and not anaphoric:
            continue
        start, end, precision, background = pick_date(
            facts, group, state.dates.get(paragraph), state.default_dates, state.published
        )
        if background:
            continue
        clusters = place_clusters(facts, governed_places(facts, groups, i), context_town) or [[]]
        for k, sub in enumerate(subs or [""]):
            actor1, actor2 = pick_actors(facts, group, sub, facts.country)
            actor1 = actor1 or state.actor1.get(paragraph)
            if actor1:
                state.actor1[paragraph] = actor1
            owns = [
                count_for_place(facts, c[0]) if len(clusters) > 1 and c else None for c in clusters
            ]
            for cluster, own in zip(clusters, owns, strict=True):
                # "shelled Douma and Zabadani, killing five in Douma": a toll tied to one place
                # is not the others'.
                shared = nearest_killed(facts, group) if k == 0 and not any(owns) else None
                if shared is not None and _tied_elsewhere(facts, shared, cluster):
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
                        merge_only=not sub or (not cluster and killed is None and not state.brief),
                        anaphoric=anaphoric,
                        context_town=context_town,
                        triggers=group,
                    )
                )
    return drafts


def _tied_elsewhere(facts: SentenceFacts, count, cluster: list[PlaceMention]) -> bool:
    """The toll is written against a place that is not one of the cluster's."""
    names = {name_key(p.surface) for p in cluster}
    return any(
        count_for_place(facts, p) is count and name_key(p.surface) not in names
        for p in facts.places
    )


def _own_count(facts: SentenceFacts, cluster: list[PlaceMention]):
    """A toll written against one of the cluster's places ("five civilians in Douma")."""
    return next((c for p in cluster if (c := count_for_place(facts, p)) is not None), None)


def _carry_date(facts: SentenceFacts, state: _State) -> None:
    """Remember the paragraph's most precise current date for sentences that give none."""
    paragraph = facts.sentence.paragraph
    for mention in facts.dates:
        if mention.background:
            continue
        held = state.dates.get(paragraph)
        if held is None or mention.precision <= held.precision:
            state.dates[paragraph] = mention


def _integrate(draft: Draft, speakers: list[Attribution], state: _State, doc_id: str) -> None:
    claims = _claims(draft, speakers, doc_id)
    draft.places = [_resolved_earlier(p, state) for p in draft.places]
    location = (
        _location(draft.places, draft.context_town, draft.facts.containers)
        if draft.places
        else None
    )
    if location and location.town and location.country in (None, state.country):
        state.town = location.town
    target = _find_compatible(draft, location, state)
    if target is not None:
        _absorb(target, draft, location, claims, state)
        return
    if draft.merge_only:
        return
    sub = draft.sub_event_type
    if sub == "Disrupted weapons use" and draft.killed is not None and draft.killed.value > 0:
        sub = "Remote explosive/landmine/IED"  # the device went off: not a disrupted use
    sentence = draft.facts.sentence
    state.events.append(
        _Building(
            sub_event_type=sub,
            location=location or _fallback_location(draft, state),
            paragraph=sentence.paragraph,
            first_offset=sentence.start,
            date_start=draft.date_start,
            date_end=draft.date_end,
            time_precision=draft.time_precision,
            actor1=draft.actor1,
            actor2=draft.actor2,
            claims=claims,
            weak=draft.weak,
            dated=_is_dated(draft, state),
        )
    )


def _resolved_earlier(place: PlaceMention, state: _State) -> PlaceMention:
    """A name the gazetteer missed here may have been resolved where the article named it
    earlier ("the Khaldiyeh district of Homs" ... "in Khaldiyeh")."""
    if place.place is not None:
        return place
    key = name_key(place.surface)
    for earlier in state.places:
        if (
            (earlier.place or earlier.town)
            and name_key(earlier.surface) == key
            and fuzz.ratio(_spelling(earlier.surface), _spelling(place.surface)) >= SAME_SPELLING
        ):
            return replace(earlier, start=place.start, end=place.end, surface=place.surface)
    return place


def _is_dated(draft: Draft, state: _State) -> bool:
    return (draft.date_start, draft.date_end, draft.time_precision) != state.default_dates


def _find_compatible(draft: Draft, location: Location | None, state: _State) -> _Building | None:
    """The earlier event this draft reports again, if any."""
    if draft.anaphoric or draft.weak:
        # "the strike", "killing five": the latest sentence's main (first) event it fits
        fits = [
            (e.first_offset, -i)
            for i, e in enumerate(state.events)
            if draft.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
            and _continues(e, draft, location)
        ]
        if fits:
            return state.events[-max(fits)[1]]
    for event in reversed(state.events):
        near = draft.paragraph - event.paragraph <= FOLLOW_UP_PARAGRAPHS
        if not _same_kind(event, draft) or not _dates_overlap(event, draft):
            continue
        if location is None or event.location is None:
            if near:
                return event
            continue
        if _same_place(event.location, location):
            return event
    return None


def _continues(event: _Building, draft: Draft, location: Location | None) -> bool:
    """An anaphoric draft ("the strike", "the blast", "killing five") continues a violent event
    of the same family at a compatible place."""
    family = SUB_TO_TYPE.get(event.sub_event_type)
    if draft.weak and family != "Explosions/Remote violence":
        return False
    if family not in ANAPHORA_FAMILIES:
        return False
    if location is None or event.location is None:
        return True
    if _same_place(event.location, location) or not location.town or not event.location.town:
        return True
    # "the explosion had occurred near a school in Sabaa Bahrat": a spot no gazetteer knows,
    # inside the event's place.
    return draft.weak and location.lat is None and DEFINITE.search(_trigger_prefix(draft))


def _trigger_prefix(draft: Draft) -> str:
    start = draft.triggers[0].start if draft.triggers else 0
    return draft.facts.sentence.text[max(0, start - 12) : start]


def _same_kind(event: _Building, draft: Draft) -> bool:
    if event.sub_event_type == draft.sub_event_type:
        return True
    if {event.sub_event_type, draft.sub_event_type} <= TERRITORY_SUBS:
        return True  # "recaptured X" and "rebels withdrew from X": one change of control
    explosive = SUB_TO_TYPE.get(draft.sub_event_type) == "Explosions/Remote violence"
    same_type = SUB_TO_TYPE.get(event.sub_event_type) == SUB_TO_TYPE.get(draft.sub_event_type)
    return explosive and same_type and (draft.weak or event.weak)


def _same_name(a: str | None, b: str | None) -> bool:
    """One place name in two spellings: the same transliteration key, and spellings not too far
    apart (the key alone is coarse: Saqeira and Sakhour share it)."""
    if not same_place_name(a, b):
        return False
    return fuzz.ratio(_spelling(a), _spelling(b)) >= SIMILAR_SPELLING


def _spelling(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", _ARTICLE.sub("", unidecode(name or "").lower()))


def _same_place(a: Location, b: Location) -> bool:
    """Same town (or a region holding it), and no two different neighbourhoods."""
    if a.neighbourhood and b.neighbourhood and not _same_name(a.neighbourhood, b.neighbourhood):
        return False
    if _vague_near(a, b) or _vague_near(b, a):
        return True
    if a.town and b.town:
        # "Jobar" on its own names the same place as "Jobar, Damascus"
        crossed = _same_name(a.town, b.neighbourhood) or _same_name(a.neighbourhood, b.town)
        return _same_name(a.town, b.town) or crossed or _near(a, b)
    if a.town or b.town:
        region, town = (b, a) if a.town else (a, b)
        return not region.admin1 or not town.admin1 or _same_name(region.admin1, town.admin1)
    return _same_name(a.admin1, b.admin1) or _same_name(a.name, b.name)


def _vague_near(vague: Location, other: Location) -> bool:
    """ "A town close to Damascus" and, later, the town itself: a place given only by a point
    of reference matches a named place around that point."""
    if vague.geo_precision != 2 or other.geo_precision != 1:
        return False
    if None in (vague.lat, vague.lon, other.lat, other.lon):
        return False
    return distance_km(vague.lat, vague.lon, other.lat, other.lon) <= REFERENCE_KM


def _near(a: Location, b: Location) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def _dates_overlap(event: _Building, draft: Draft) -> bool:
    """Ranges overlap, allowing MERGE_DAYS of slack ("yesterday" in one sentence, a weekday in
    another, a process over several days)."""
    if not (event.date_start and draft.date_start and event.date_end and draft.date_end):
        return True
    gap = max((draft.date_start - event.date_end).days, (event.date_start - draft.date_end).days)
    return gap <= MERGE_DAYS


def _absorb(
    event: _Building, draft: Draft, location: Location | None, claims: list[Claim], state: _State
) -> None:
    event.paragraph = max(event.paragraph, draft.paragraph)  # the last place it was spoken of
    if location is not None and _more_precise(location, event.location):
        event.location = location
    if event.weak and not draft.weak and not draft.anaphoric and draft.sub_event_type:
        event.sub_event_type, event.weak = draft.sub_event_type, False
    if _is_dated(draft, state) and draft.date_start and draft.date_end:
        if not event.dated:
            event.date_start, event.date_end = draft.date_start, draft.date_end
            event.time_precision, event.dated = draft.time_precision, True
        elif (draft.date_start, draft.date_end) != (event.date_start, event.date_end):
            # Two dated reports of one event: it spans both (codebook §5 date ranges).
            event.date_start = min(event.date_start, draft.date_start)
            event.date_end = max(event.date_end, draft.date_end)
            event.time_precision = max(event.time_precision, 2)
    event.actor1 = event.actor1 or draft.actor1
    event.actor2 = event.actor2 or draft.actor2
    known = {(c.source, c.kind, c.value, c.start) for c in event.claims}
    event.claims.extend(c for c in claims if (c.source, c.kind, c.value, c.start) not in known)


def _more_precise(new: Location, old: Location | None) -> bool:
    if old is None:
        return True
    if not _same_place(old, new) and old.town:
        return False
    return bool(
        (old.geo_precision > new.geo_precision and new.lat is not None)
        or (new.neighbourhood and not old.neighbourhood)
        or (new.town and not old.town)
        # the same town, now with coordinates
        or (new.lat is not None and old.lat is None and bool(new.town and old.town))
    )


def _follow_up(
    facts: SentenceFacts, speakers: list[Attribution], state: _State, doc_id: str
) -> None:
    """A sentence with a toll or a named source but no event of its own adds claims."""
    if is_background(facts, state.published):
        return
    killed = max(facts.killed, key=lambda c: c.value, default=None)
    named = [s for s in speakers if s.source != "reporter"]
    if killed is None and not named:
        return
    event = _follow_up_target(facts, state, killed is not None)
    if event is None:
        return
    draft = Draft(
        sub_event_type=event.sub_event_type,
        places=[],
        facts=facts,
        actor1=None,
        actor2=None,
        date_start=None,
        date_end=None,
        time_precision=event.time_precision,
        killed=killed,
    )
    _absorb(event, draft, None, _claims(draft, speakers, doc_id), state)


def _follow_up_target(facts: SentenceFacts, state: _State, toll: bool) -> _Building | None:
    """The event a follow-up sentence speaks of: one of the kind its words name, else the last
    one with a toll (for a toll), else the last one."""
    paragraph = facts.sentence.paragraph
    places = [_location([p], None, facts.containers) for p in facts.places if p.role != "country"]
    recent = [
        e
        for e in state.events
        if paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
        and (not places or e.location is None or any(_same_place(e.location, p) for p in places))
    ]
    named = {t.sub_event_type for t in facts.triggers if t.sub_event_type}
    for choice in (
        [e for e in recent if e.sub_event_type in named],
        [e for e in recent if toll and any(c.kind == "fatalities" for c in e.claims)],
        recent,
    ):
        if choice:
            return choice[-1]
    return None


def _claims(draft: Draft, speakers: list[Attribution], doc_id: str) -> list[Claim]:
    sentence = draft.facts.sentence
    if draft.sub_event_type in TERRITORY_SUBS:
        words = [t.surface for t in draft.triggers[:1]] + [p.surface for p in draft.places]
        kind, value = "territory", " ".join(words) or None
    else:
        kind, value = "occurred", None
    toll_by = _toll_speaker(draft, speakers)
    claims = []
    for s in speakers:
        own_toll = draft.killed is not None and s is toll_by
        claims.append(
            Claim(
                source=s.source,
                kind="denial" if s.denial else ("fatalities" if own_toll else kind),
                value=draft.killed.value if own_toll else value,
                quote=sentence.text,
                start=sentence.start,
                end=sentence.end,
                doc_id=doc_id,
                originator=s.originator,
            )
        )
    return claims


def _toll_speaker(draft: Draft, speakers: list[Attribution]) -> Attribution | None:
    """Whose figure the toll is: with several named speakers in one sentence ("the Observatory
    said 17 were killed, while activists said ..."), the one named nearest to it."""
    if draft.killed is None or not speakers:
        return None
    placed = [s for s in speakers if s.at is not None]
    if not placed:
        return speakers[0]
    return min(placed, key=lambda s: abs(s.at - draft.killed.start))


def _location(
    places: list[PlaceMention], context_town: str | None, containers: dict[int, list[PlaceMention]]
) -> Location:
    """The most precise place of a cluster; its name lists every place as written. A place the
    gazetteer does not know takes the coordinates of the place it is said to lie in."""
    rank = {"neighbourhood": 0, "town": 1, "admin1": 2, "country": 3}
    primary = min(places, key=lambda p: (rank.get(p.role, 4), p.start))
    location = to_location(primary)
    names = list(dict.fromkeys(p.surface for p in places))
    if len(names) > 1:
        location = replace(location, name=", ".join(names[:-1]) + " and " + names[-1])
    outer = containers.get(primary.start, [])
    if location.town is None and primary.role == "neighbourhood":
        town = next((o for o in outer if o.role == "town"), None)
        context_town = (town.place.name if town and town.place else None) or context_town
    if location.town is None and primary.role in ("neighbourhood", "town"):
        location = replace(location, town=town_of(primary, context_town))
    known = next((o for o in outer if o.place and o.place.lat is not None), None)
    if location.lat is None and known is not None:
        where = to_location(known)
        location = replace(
            location,
            lat=where.lat,
            lon=where.lon,
            admin1=location.admin1 or where.admin1,
            country=location.country or where.country,
            geo_precision=max(location.geo_precision, 2),
        )
    return location


def _fallback_location(draft: Draft, state: _State) -> Location | None:
    """A sentence naming no place continues the town of the paragraph's last event."""
    for event in reversed(state.events):
        if draft.paragraph - event.paragraph <= FOLLOW_UP_PARAGRAPHS and event.location:
            loc = event.location
            return replace(loc, name=loc.town or loc.name, neighbourhood=None) if loc.town else loc
    return None


def _document_location(state: _State) -> Location:
    """Where an event the text never places happened: the article's most precise place."""
    rank = {"neighbourhood": 0, "town": 0, "admin1": 1, "country": 2}
    named = [p for p in state.places if p.role in rank and (p.place or p.role != "country")]
    if not named and state.events and state.events[0].claims:
        # Not even a country the gazetteer or a place slot knows: ask spaCy, on the first
        # event's sentence (only here: NER on every sentence would double the pipeline's cost).
        quote = state.events[0].claims[0].quote
        named = timed("nlp", entity_places, quote, state.country) or named
    if named:
        best = min(named, key=lambda p: (rank[p.role], p.start))
        return replace(_location([best], state.town, {}), geo_precision=max(best.precision, 2))
    if state.country:
        name = country_name(state.country) or state.country
        return Location(name=name, country=state.country, geo_precision=3)
    # No place at all: the event is still reported; its place is unknown (precision 3).
    return Location(name="", geo_precision=3)


def _finish(b: _Building, doc_id: str, n: int) -> Event:
    return Event(
        event_type=SUB_TO_TYPE[b.sub_event_type],
        sub_event_type=b.sub_event_type,
        date_start=b.date_start,
        date_end=b.date_end,
        time_precision=b.time_precision,
        location=b.location,
        actor1=b.actor1,
        actor2=b.actor2,
        fatalities=fatality_range(b.claims),
        status=event_status(b.claims),
        claims=b.claims,
        doc_id=doc_id,
        report_id=f"{doc_id}:{n}",
    )
