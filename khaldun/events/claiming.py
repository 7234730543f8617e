"""The claims a sentence makes: about its own drafts, or, as a follow-up with a toll or a named
source and no event of its own, about an earlier event; and the outlet a dateline names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from khaldun.actors import is_wire, resolve_source
from khaldun.actors.resolve import UNIDENTIFIED
from khaldun.actors.source_lexicon import anaphoric_owners, group_spokesman_words, load_sources
from khaldun.claims.attribution import UNNAMED, Attribution, tells_perpetrator
from khaldun.claims.denial import DENIAL_WORD, Denial, standing_charges
from khaldun.claims.lexicon import alternation, speech_after
from khaldun.claims.lexicon import words as claim_words
from khaldun.claims.naming import source_name
from khaldun.dates import BACKGROUND_DAYS, DateMention, find_dateline
from khaldun.events.absorb import absorb
from khaldun.events.assemble import Draft
from khaldun.events.building import (
    FOLLOW_UP_PARAGRAPHS,
    TERRITORY_SUBS,
    ArticleState,
    Building,
    final_dates,
)
from khaldun.events.context import past_context
from khaldun.events.draft_dates import is_background, run_end
from khaldun.events.facts import SentenceFacts, opens_on_casualties
from khaldun.events.focus import points_back
from khaldun.events.frames import frame, governed_by
from khaldun.events.locate import event_location, told_elsewhere_count
from khaldun.events.of_the_act import no_account
from khaldun.events.run_told import tells_run_end
from khaldun.events.same_kind import dates_overlap
from khaldun.events.same_place import in_district, nearby, same_place
from khaldun.events.several import attest_list, attest_others, list_mates
from khaldun.events.structure import attesting
from khaldun.events.toll_speakers import clause_speakers, other_sides_dead, speakers_tolls
from khaldun.events.trace import note
from khaldun.events.triggers import alternation as event_words
from khaldun.nlp.grammar_words import is_reporting, is_verb, words
from khaldun.nlp.possessive import POSSESSIVE
from khaldun.numbers import toll_victims
from khaldun.numbers.words import parse_number
from khaldun.places import PlaceMention
from khaldun.places.transliteration import name_key, same_place_name
from khaldun.records import (
    ARMED_CLASH,
    ARMED_CLASSES,
    CIVILIANS,
    NON_STATE_ARMED,
    REPORTER,
    STATE_FORCES,
    SUB_TO_TYPE,
    VIOLENT_TYPES,
    Actor,
    Claim,
    Location,
    Sentence,
)


def dateline_outlet(head: str, country: str | None) -> str | None:
    """The source whose dispatch this is, when its dateline names one that is not a wire
    (a wire's own voice stays "reporter"; a state agency's is that agency)."""
    dateline = find_dateline(head)
    if dateline is None:
        return None
    # "Damascus, SANA –": an agency in the region's slot
    for named in (dateline.agency, dateline.region):
        name = resolve_source(named, country) if named else None
        if name:
            return None if is_wire(name) else name
    return None


def actors_speaking(facts: SentenceFacts, speakers: list[Attribution]) -> list[Attribution]:
    """ "Houthi forces said they seized the town": where the attribution finds only the
    outlet's voice but the parse finds an actor speaking, that actor is the source; a state's
    forces named by a bare role ("the army put the toll at 12") are the source the sources
    list makes of those words saying something ("the army said")."""
    grammar = facts.grammar
    if any(s.source != REPORTER for s in speakers):
        # "the Houthis said they had launched drones, but Saudi authorities said ...": a named
        # group speaking in a clause of its own is a source beside the one the list found
        # (one that owns a speaker found, "a minister of the X republic", is that speaker)
        named = {s.source for s in speakers}
        found = {grammar.speaker_phrase(s.at, s.at + 1) for s in speakers if s.at is not None}
        return speakers + [
            Attribution(m.actor.name, m.actor.name, at=m.start) for m in facts.actors
            if not m.generic and m.actor.name not in named
            and (grammar.is_speaker(m.start, m.end) or grammar.claims_done(m.start, m.end))
            and not any(s.at is not None and m.start <= s.at < m.end for s in speakers)
            and not any(o.start < m.end and m.start < o.end for o in facts.sources)
            and grammar.speaker_phrase(m.start, m.end) not in found - {None}
        ]
    for m in facts.actors:
        if not grammar.is_speaker(m.start, m.end):
            if not m.generic and grammar.claims_done(m.start, m.end):
                # "the rebels claimed to have killed 30 soldiers": their claim, not the outlet's
                return [Attribution(m.actor.name, m.actor.name, at=m.start)]
            continue
        if not m.generic:
            return [Attribution(m.actor.name, m.actor.name, at=m.start)]
        said = facts.sentence.text[m.start : m.end]
        role = resolve_source(f"{said} said", facts.country)
        if m.actor.inter in (STATE_FORCES, CIVILIANS) and role is not None:
            # ("residents fleeing to X said": people speaking, the source their words make)
            return [Attribution(role, role, at=m.start, said_as=said)]
    return speakers


@lru_cache(maxsize=1)
def _group_speaker() -> re.Pattern[str]:
    """ "the group said", "the group's spokesman said", "an insurgent spokesman said": words
    that stand for an armed group named before, speaking."""
    nouns = "|".join(sorted(anaphoric_owners(), key=len, reverse=True))
    adjectives, spokesmen = (
        "|".join(sorted(words, key=len, reverse=True)) for words in group_spokesman_words()
    )
    person = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"  # "Abu X Y"
    named = rf"(?:,\s+{person},)?"
    serving = alternation("serving_preps")
    # ("the group's military operations spokesman": up to two words for his brief)
    speaker = (
        rf"(?P<noun>(?i:the)\s+(?:(?i:{adjectives})\s+)?(?:{nouns}))(?:{POSSESSIVE}\s+(?:\w+\s+){{0,2}}(?i:{spokesmen}){named})?"
        # "Abu X, the group's spokesman, said": his name before the words for his office
        rf"|{person},\s+(?P<titled>(?i:the)\s+(?:(?i:{adjectives})\s+)?(?:{nouns})){POSSESSIVE}\s+(?:\w+\s+){{0,2}}(?i:{spokesmen}),"
        rf"|(?i:an?\s+|the\s+)?(?i:{adjectives})\s+(?:\w+\s+)?(?i:{spokesmen}){named}"
        # "a spokesman for the group, Abu X, said": the same as "the group's spokesman"
        rf"|(?i:an?\s+|the\s+)?(?i:{spokesmen})\s+(?i:{serving})\s+"
        rf"(?P<owner>(?i:the)\s+(?:(?i:{adjectives})\s+)?(?:{nouns})){named}"
    )
    adverbs = alternation("speech_adverbs")
    return re.compile(
        rf"\b(?:{speaker})\s+(?:(?i:{adverbs})\s+)?(?:{speech_after(plural=True, role=True)})\b"
    )


def group_speaking(
    facts: SentenceFacts, speakers: list[Attribution], state: ArticleState
) -> list[Attribution]:
    """ "Al Shabaab fighters attacked a base ... The group said it had killed 15": "the group"
    speaking is the armed group the article last made a side (codebook §6), unless a source
    named by name spoke just before ("the Observatory said ... The group said": the monitor)."""
    said = _group_speaker().search(facts.sentence.text)
    if said is None:
        return speakers
    anaphor = said.group("noun") or said.group("owner") or said.group("titled")
    if anaphor and any(_named_source(s.source) for s in state.speakers):
        return speakers
    named = [s for s in state.speakers if _named_organisation(s)]
    if anaphor and named:
        # ("the Darfur Lawyers Union said ... The group said": the organisation named by
        # its own name before, though the sources list lacks it)
        return [replace(s, at=said.start()) for s in named]
    group = _group_before(facts, state, said.start())
    if group is None:
        return speakers
    # "the group claimed to have killed 41; the army said it lost five": a named source
    # speaking in a clause of its own beside the group's still speaks
    return [Attribution(group.name, group.name, at=said.start()),
            *(s for s in speakers if _speaks_beside(facts, s, said.start(), said.end()))]


def _speaks_beside(facts: SentenceFacts, speaker: Attribution, start: int, end: int) -> bool:
    """The speaker is named, outside the words at start..end, and speaks in a clause of its
    own: one joined to theirs ("...; the army said"), neither one said within the other."""
    if speaker.source == REPORTER or speaker.at is None or start <= speaker.at < end:
        return False
    grammar = facts.grammar
    own = grammar.clause_verb(speaker.at, speaker.at + 1)
    other = grammar.clause_verb(start, end)
    if own is None or other is None or own == other:
        return False
    if ";" in facts.sentence.text[min(end, speaker.at) : max(start, speaker.at)]:
        return True  # (a parse may hang the clause before a semicolon under the one after)
    if other in own.ancestors:
        low, high = own, other
    elif own in other.ancestors:
        low, high = other, own
    else:
        return True
    joins = words()["joined_clause_labels"]
    while low != high:
        if _contrasted_statement(low):
            return True  # (the parse may hang it under the clause the other speaker reports)
        if low.dep_ not in joins:
            return False
        low = low.head
    return True


def _contrasted_statement(verb: Token) -> bool:
    """A verb of saying a contrast opens ("..., while the AU said four died"): a statement set
    against the one the parse hangs it under, of its own speaker."""
    return verb.dep_ == "advcl" and is_reporting(verb) and any(
        c.dep_ == "mark" and c.lower_ in claim_words("statement_contrasts")
        for c in verb.children)


def _group_before(facts: SentenceFacts, state: ArticleState, at: int) -> Actor | None:
    """The armed group this sentence names before `at`, else the last the article made a side."""
    named_here = [m.actor for m in reversed(facts.actors) if not m.generic and m.end <= at]
    sides = (a for b in reversed(state.events) for a in (b.actor1, b.actor2))
    return next(
        (a for a in (*named_here, *sides) if a is not None and a.inter in NON_STATE_ARMED), None
    )


def group_denier(denial: Denial, facts: SentenceFacts, state: ArticleState) -> Denial:
    """ "the group's spokesman denied any role": the armed group that words standing for one
    name (codebook §6: the group denies, not its described spokesman)."""
    words = denial.source.lower().replace("'s", "").split()
    if not words or words[0] not in anaphoric_owners():
        return denial
    group = _subject_actor(facts, denial.start) or _group_before(facts, state, denial.start)
    return replace(denial, source=group.name) if group is not None else denial


def _subject_actor(facts: SentenceFacts, subject_end: int) -> Actor | None:
    """The armed side the denier's own words were read as ("the rebels denied", the rebels
    being the movement the article named before), whatever its class."""
    return next((m.actor for m in facts.actors if m.end == subject_end
                 and m.actor.inter in ARMED_CLASSES), None)


def _named_source(name: str) -> bool:
    """A source the sources list knows by its own name, an organisation "the group" may stand
    for (not "local officials", "residents", "a military source", nor a wire agency)."""
    entry = load_sources().entries.get(name)
    return entry is not None and not (entry.generic or entry.national or entry.cue or entry.wire)


def _named_organisation(speaker: Attribution) -> bool:
    """A speaker named by a proper name of an unarmed organisation ("the Darfur Lawyers
    Union"), not a class of people nor one described by common words ("a rights group")."""
    said = (speaker.said_as or speaker.source).split()
    entry = load_sources().entries.get(speaker.source)
    return (len(said) >= 2 and said[0][:1].isupper() and said[-1][:1].isupper()
            and said[-1].lower() in claim_words("organisation_nouns")
            and said[-1].lower() not in claim_words("armed_organisation_nouns")
            and not (entry is not None and (entry.generic or entry.wire)))


def as_outlet(speaker: Attribution, outlet: str) -> Attribution:
    """The outlet's own voice named as the outlet whose dispatch this is ("Deir Ezzor, SANA -"),
    still the reporter when sources are counted: it restates the sources it names (§8.5)."""
    return (
        replace(speaker, source=outlet, originator=REPORTER)
        if speaker.source == REPORTER
        else speaker
    )


def follow_up(
    facts: SentenceFacts, speakers: list[Attribution], state: ArticleState, doc_id: str
) -> None:
    """A sentence with a toll or a named source but no event of its own adds claims."""
    if is_background(facts, state.published) or past_context(facts, state):
        note(state.trace, facts.sentence, "no event: background")
        return
    # ("It came two weeks after a truck bomb killed 30": the toll of the act told as background)
    killed = max(
        (c for c in facts.killed if not governed_by(facts, state.past_acts, c.start, c.end)
         # ("Another 15 were killed elsewhere in the province": not the last event's dead)
         and not told_elsewhere_count(facts.grammar, c.start, c.end)),
        key=lambda c: c.value, default=None)
    named = [s for s in speakers if s.source != REPORTER]
    told = killed is not None or bool(named) or opens_on_casualties(facts.sentence.text)
    # ("The siege ended on Tuesday.": the day a told run ended, with no toll or source)
    ends = tells_run_end(facts.sentence.text)
    leaving = _leaving_since(facts, state)
    if not (told or ends or leaving):
        note(state.trace, facts.sentence, "no event: no draft, no toll, no named source")
        return
    if killed is None and standing_charges(facts.grammar):
        # "X accuses Y of arming the rebels, which Y denies": a standing charge and its
        # denial, no account of the act told
        note(state.trace, facts.sentence, "no event: a standing charge of backing a side")
        return
    if killed is None and facts.tallies and not ends:
        # ("Across Syria, 60 were killed on Monday, the Observatory said": its source counts a
        # wider area's dead, and attests no event of it, codebook §8.1)
        note(state.trace, facts.sentence, "no event: a tally's source attests no event")
        return
    if killed is not None and _restates_tally(facts, state):
        note(state.trace, facts.sentence, "no event: another figure for the tally before it")
        return
    event = _follow_up_target(facts, state, killed is not None, named)
    if event is None:
        note(state.trace, facts.sentence, "no event: a follow-up with no recent event")
        return
    if leaving is not None and not _withdrawal_of(event, leaving):
        leaving = None
        if not (told or ends):
            note(state.trace, facts.sentence, "no event: a side leaving since a day, no handover")
            return
    # "The Red Cross said it was sending supplies": its sources tell nothing of the act, and
    # join it as evidence of no account, with no day or place
    idle = killed is None and not ends and (no_account(facts) or _told_after(facts, event))
    note(state.trace, facts.sentence, f"follow-up: its toll and sources go to {event.label}"
         + (" (no account of the act)" if idle else ""))
    # "The attack lasted until Sunday morning": a later day the dated event ran to
    end = run_end(facts, state.published) if event.dated and not idle else None
    if end is not None and event.date_end is not None and end.date_end <= event.date_end:
        end = None
    # "Some 1,500 fighters have left since Wednesday" after the handover told on Thursday: the
    # withdrawal that is the change of control runs from that day up to the telling
    end = end or leaving
    if not told and (end is None or event.date_end is None
                     or (end.date_end - event.date_end).days > RUN_END_DAYS):
        note(state.trace, facts.sentence, "no event: a run's end told after no recent day")
        return
    draft = Draft(
        sub_event_type=event.sub_event_type,
        places=[],
        facts=facts,
        actor1=None,
        actor2=None,
        date_start=end.date_start if end else None,
        date_end=end.date_end if end else None,
        time_precision=end.precision if end else event.time_precision,
        killed=killed,
        own_day=end is not None,  # (the publication's day too: "the siege ended on Tuesday")
    )
    claims = claims_of(draft, speakers, doc_id)
    if killed is None:
        claims = _confirmed_toll(facts, event, claims)
    if idle:
        claims = [replace(c, account=False) for c in claims]
    # ("Shells hit A and B ... The Observatory put the toll at seven": a sentence naming no
    # place speaks of the whole list, its toll no one place's, codebook §8.3)
    mates = [] if _placing(facts) else list_mates(event, state)
    if mates and not (killed is not None and killed.value == 0):
        claims = attesting(claims, [])  # (none killed in all of them is none in each)
    absorb(event, draft, None if idle else _first_place(facts, event), claims, state)
    attest_others(event, facts, claims, state)
    attest_list(event, mates, facts, claims, state)


def _leaving_since(facts: SentenceFacts, state: ArticleState) -> DateMention | None:
    """The sentence's one date is a run up to publication ("since Wednesday") that a verb of a
    side leaving governs ("fighters have left since Wednesday", "rebels have been withdrawing
    since Monday")."""
    if len(facts.dates) != 1 or state.published is None:
        return None
    mention = facts.dates[0]
    if mention.background or not (mention.date_start < mention.date_end == state.published):
        return None
    verb = facts.grammar.clause_verb(mention.start, mention.end)
    return mention if verb is not None and _LEAVING.fullmatch(verb.lower_) else None


def _withdrawal_of(event: Building, leaving: DateMention) -> bool:
    """The event is a change of control dated (or, undated, told) up to a week after the
    leaving began: the withdrawal is its run (codebook §8.4)."""
    return (event.sub_event_type in TERRITORY_SUBS and event.date_start is not None
            and 0 < (event.date_start - leaving.date_start).days <= BACKGROUND_DAYS)


def _told_after(facts: SentenceFacts, event: Building) -> bool:
    """The sentence dates what it tells only on days after the event ("Iraqi forces launched an
    operation on Saturday to clear the area" after Friday's ambush): a later act, no account
    of the event."""
    _, last, _ = final_dates(event)
    return last is not None and bool(facts.dates) and all(
        d.date_start > last for d in facts.dates)


def _confirmed_toll(facts: SentenceFacts, event: Building, claims: list[Claim]) -> list[Claim]:
    """ "The Observatory confirmed the toll": a named source's words for the toll told last
    for the event, with no number of their own, are its claim of that toll."""
    confirms = _CONFIRMS_TOLL.search(facts.sentence.text)
    if confirms is None or _negated(facts, confirms.start()):
        return claims  # ("the Observatory could not confirm the toll": no figure of its own)
    told = [c.value for c in event.claims if c.kind == "fatalities" and isinstance(c.value, int)]
    if not told:
        return claims
    return [replace(c, kind="fatalities", value=told[-1])
            if c.kind == "occurred" and c.source not in (REPORTER, UNNAMED) else c
            for c in claims]


def _negated(facts: SentenceFacts, at: int) -> bool:
    """The verb at `at` is negated ("could not confirm", "did not verify")."""
    return any(c.dep_ == "neg" for t in facts.grammar.tokens(at, at + 1) for c in t.children)


_CONFIRMS_TOLL = re.compile(rf"\b(?:{event_words('toll_confirmations')})", re.I)


def _restates_tally(facts: SentenceFacts, state: ArticleState) -> bool:
    """ "Rights groups say 40 have been killed since the protests began. The government puts
    the toll at 26.": a toll told right after a tally, naming no place or day of its own, is
    another figure for that tally, not a toll of the last event."""
    if state.tally_end is None or facts.places or facts.dates:
        return False
    if facts.sentence.start - state.tally_end > TALLY_GAP:
        return False  # another sentence came between
    toll_words = words()["toll_nouns"] | words()["toll_statement_verbs"]
    return any(t.lower_ in toll_words for t in facts.grammar.words)


def _first_place(facts: SentenceFacts, event: Building) -> Location | None:
    """ "Most of the dead were in the town of X": the one town a follow-up names places an
    event told with no place of its own, or only with the district that holds the town, or
    only with the country or province that holds it (a shooting told in a province, then "the
    shooter entered the Y cafe in the city of X": of two names, the one the gazetteer
    knows)."""
    towns = [p for p in _placing(facts) if p.role in ("town", "neighbourhood")]
    if len(towns) != 1:
        known = [p for p in towns if p.place is not None]
        if len(known) != 1 or not _only_wider(event.location):
            return None
        towns = known
    town = event_location(towns, None, facts.containers)
    return town if event.location is None or in_district(event.location, town) or (
        _holds(event.location, town)) else None


def _placing(facts: SentenceFacts) -> list[PlaceMention]:
    """The places that may tell where a follow-up's event is: not those of a clause that tells
    why ("delayed because fighters blocked the road to X"; grammar.yaml reason_markers)."""
    return [p for p in facts.places if not _in_reason(facts.grammar.root(p.start, p.end))]


def _in_reason(token: Token | None) -> bool:
    """The word comes after a reason marker ("because ...") with no comma, colon or the
    sentence's main verb between (read in order: a parse may hang a clause after "because"
    on the verb before it)."""
    if token is None:
        return False
    markers = words()["reason_markers"]
    for before in reversed(token.doc[token.sent.start : token.i]):
        if before.lower_ in markers:
            return True
        if before.dep_ == "ROOT" or before.text in (",", ";", ":"):
            return False
    return False


def _only_wider(location: Location | None) -> bool:
    """The event is placed by no town nor quarter (only by its country or province, if any)."""
    return location is None or not (location.town or location.neighbourhood)


def _holds(wider: Location | None, town: Location) -> bool:
    """The event's place is only a country or province, the one the town lies in."""
    if wider is None or not _only_wider(wider) or town.lat is None or not town.country:
        return False
    if wider.country != town.country:
        return False
    return not wider.admin1 or bool(town.admin1 and same_place_name(wider.admin1, town.admin1))


# A run told ending (or going on) with no toll or source of its own reaches at most this many
# days past its event's last day ("late on Monday ... The siege ended on Tuesday morning"); a
# later day is another day's news ("2 May: ... 4 May: The siege continued").
RUN_END_DAYS = 1
# characters between a tally's sentence and the next one (a space, a paragraph break)
TALLY_GAP = 3
# the roles of triggers that tell an act of their own kind (not "killed", not a generic "hit")
ACT_ROLES = frozenset({"instrument", "act", "territory"})

# "no casualties in (southern) Israel": a country the sentence places something in
_IN_COUNTRY = re.compile(
    rf"\b(?:{event_words('country_locatives')})\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)

# "Monday's explosion": a day written as the owner of the act
_OWNED_DAY = re.compile(rf"{POSSESSIVE}\Z")

# The actor class of the side acted on whose dead a toll counts (numbers.yaml victim_classes).
_SIDE_OF_VICTIMS = {"state forces": STATE_FORCES, "civilians": CIVILIANS}


def _recent_spoken_of(
    facts: SentenceFacts, state: ArticleState, places: list[Location]
) -> list[Building]:
    """The recent events a follow-up may speak of: at or near a place it names ("most of the
    dead were in the towns of A and B" after strikes on the city's suburbs), in the country it
    places something in ("no casualties in Israel" is not of a strike in Gaza), and not
    another named side's ("militants fired rockets in response"; an unnamed perpetrator may
    still be named: "IS said its fighters carried out the attack")."""
    text = facts.sentence.text
    countries = {p.place.country for p in facts.places if p.role == "country" and p.place
                 and _IN_COUNTRY.search(text, 0, p.start)}
    agents = {m.actor.name for m in frame(facts, facts.event_triggers).agents
              if m.actor.inter in ARMED_CLASSES}
    days = _own_act_days(facts)
    # "engineers combed the old quarters of the city, including X": the place the article is
    # speaking of, pointed back at, is one the sentence speaks of beside those it names
    back = state.focus[1] if state.focus is not None and points_back(text) else None
    return [
        e
        for e in state.events
        if facts.sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
        and (not days or not (e.dated or e.own_day)
             or any(dates_overlap(e, d, slack=1) for d in days))
        and (not places or e.location is None
             or any(nearby(e.location, p) or in_district(e.location, p) for p in places)
             or (back is not None and same_place(e.location, back)))
        and (e.location is None or not countries or e.location.country in countries)
        and (e.actor1 is None or not agents or e.actor1.name in agents
             or e.actor1.name.startswith(UNIDENTIFIED))
    ]


def _own_act_days(facts: SentenceFacts) -> list:
    """The days a sentence tells an act of its own on ("rockets hit homes overnight"): such a
    sentence speaks of no event of other days (a toll told on a later day still may)."""
    if not any(t.role in ACT_ROLES for t in facts.event_triggers):
        return []
    return [d for d in facts.dates if d.precision == 1 and not d.background
            and d not in facts.statement_dates]


def _follow_up_target(
    facts: SentenceFacts, state: ArticleState, toll: bool, voices: Sequence[Attribution] = ()
) -> Building | None:
    """The event a follow-up sentence speaks of: one of the kind its words name, else the last
    one with a toll (for a toll), else the last one; of those alike, the last one its named
    speaker already spoke of ("the governor said 3 were killed in A ... an air strike hit B,
    the Observatory said ... the governor said the attackers fled": the attack in A)."""
    # ("the government in X said the toll was 15": a place in the speaker's phrase is where
    # the speaker sits, a hint as a statement's place is, not where the dead must have been)
    placing = [p for p in _placing(facts) if p.role != "country"]
    speaking = [p for p in placing if facts.grammar.is_speaker(p.start, p.end)]
    # ("two died in the city, the governor said in X": where it was said, kept as the place
    # of an act told nowhere else, is such a hint too)
    speaking += [p for p in placing if (p.start, p.end) in facts.said_at and p not in speaking]
    places = [
        event_location([p], None, facts.containers)
        for p in placing
        if p not in speaking
    ]
    # (not the occasion a sentence told as what came before its act: "clashes erupted after
    # a man was shot dead. The hospital received nine bodies": the clashes' dead)
    recent = _recent_spoken_of(facts, state, places)
    recent = [e for e in recent if not e.precursor] or recent
    named = {t.sub_event_type for t in facts.triggers if t.sub_event_type}
    # "the toll from the air strike rose to 12": the kind of act the toll is said to be of
    counted = {t.sub_event_type for t in facts.counted_acts if t.sub_event_type}
    # "activists in Khan Sheikhoun said the toll rose to 13": where the speakers are hints
    # at which event they speak of
    spoken_from = [
        event_location([p], None, facts.containers)
        for p in [*facts.statement_places, *speaking]
        if p.role in ("town", "neighbourhood")
    ]
    named_towns = {name_key(p.town) for p in [*places, *spoken_from] if p.town}
    named_quarters = {name_key(p.neighbourhood) for p in places if p.neighbourhood}
    # "the group said it had killed 17 policemen": the event that counts such dead, else the
    # one whose side acted on they were
    toll_count = max(facts.killed, key=lambda c: c.value, default=None) if toll else None
    victims = toll_victims(toll_count, facts.sentence.text)
    hit = _SIDE_OF_VICTIMS.get(victims)
    # "the governor blamed X", "X claimed responsibility", "residents heard gunfire": a
    # sentence of who did an act of violence, or of its sounds
    violent = facts.heard or tells_perpetrator(facts.sentence.text)
    told = _told_number(facts)
    # "the toll from Monday's explosion rose to 20": the event of the day the words own
    owned_days = [d for d in facts.dates
                  if _OWNED_DAY.search(facts.sentence.text, d.start, d.end)]
    for choice in (
        [e for e in recent if owned_days and (e.dated or e.own_day)
         and all(dates_overlap(e, d, slack=0) for d in owned_days)],
        # "11 bodies were pulled from the rubble in A alone": the event at the quarter named
        [e for e in recent if e.location and e.location.neighbourhood
         and name_key(e.location.neighbourhood) in named_quarters],
        [e for e in recent if e.location and name_key(e.location.town or "") in named_towns],
        [e for e in recent if e.location and any(same_place(e.location, p) for p in spoken_from)],
        [e for e in recent if e.sub_event_type in counted],
        # "the three were members of its armed wing": the event whose toll was three
        [e for e in recent if told is not None and any(
            c.kind == "fatalities" and c.value == told for c in e.claims)],
        # "health officials said 22 died in the mosque bombing" after 22 were told killed in
        # one act and two in a later one: the toll restated is of the act it was told for
        [e for e in recent if toll_count is not None and toll_count.value and any(
            c.kind == "fatalities" and c.value == toll_count.value for c in e.claims)],
        # "... told AP that 12 of their fighters were killed. / He said the rebels had lost
        # 60": a speaker who goes on talking speaks of the event its last words were of
        _continued(facts, recent, voices),
        [e for e in recent if e.sub_event_type in named],
        [e for e in recent if violent and SUB_TO_TYPE[e.sub_event_type] in VIOLENT_TYPES],
        [e for e in recent if victims and any(c.victims == victims for c in e.claims)],
        [e for e in recent if hit is not None and e.actor2 is not None and e.actor2.inter == hit],
        # "no one was hurt" tells of an event no one has given a toll yet
        [e for e in recent if toll_count is not None and toll_count.value == 0 and not _dead(e)],
        [e for e in recent if toll and any(c.kind == "fatalities" for c in e.claims)],
    ):
        if choice:
            return ([e for e in choice if _spoke_of(e, voices)] or choice)[-1]
    # (nothing in the sentence ties it to an event: its speaker turns back to the one before
    # the last at most, not past two acts told since)
    return ([e for e in recent[-2:] if _spoke_of(e, voices)] or recent[-1:] or [None])[-1]


def _continued(
    facts: SentenceFacts, recent: list[Building], voices: Sequence[Attribution]
) -> list[Building]:
    """The recent events the article's last claim before this sentence went to, when that
    claim's source is one of the sentence's named speakers (the speaker goes on)."""
    sources = {" ".join(s.source.split()).casefold() for s in voices} - {REPORTER, UNNAMED}
    at = facts.sentence.start
    told = [(c.start, e) for e in recent for c in e.claims
            if c.start is not None and c.start < at]
    if not sources or not told:
        return []
    last = max(start for start, _ in told)
    events = [e for start, e in told if start == last]
    if not any(" ".join(c.source.split()).casefold() in sources
               for e in events for c in e.claims if c.start == last):
        return []
    return [e for e in recent if any(e is o for o in events)]


def _spoke_of(event: Building, voices: Sequence[Attribution]) -> bool:
    """One of the sentence's named speakers made a claim of the event before."""
    sources = {" ".join(s.source.split()).casefold() for s in voices} - {REPORTER, UNNAMED}
    return any(" ".join(c.source.split()).casefold() in sources for c in event.claims)


def _told_number(facts: SentenceFacts) -> int | None:
    """The number a follow-up names people by as ones told before ("the three were ...")."""
    definite = event_words("definite_determiners")
    for token in facts.grammar.words:
        if token.tag_ == "CD" and token.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and re.fullmatch(definite, c.lower_) for c in token.children):
            return parse_number(token.text)
    return None


def _dead(event: Building) -> bool:
    """Some source has given the event a toll above zero."""
    return any(c.kind == "fatalities" and c.value for c in event.claims)


def _control_change(draft: Draft) -> str | None:
    """The words of the draft's sentence that tell ground changing hands: a side taking it (of
    a territorial event or a clash, whose claimed gain is ground claimed, codebook §8.2) or
    leaving a place it names (of a territorial event only); None when they tell none."""
    text = draft.facts.sentence.text
    if draft.sub_event_type in TERRITORY_SUBS:
        # ("most left on Wednesday": a leaving told of no place it names is no ground told)
        found = _CONTROL_TAKEN.search(text) or _CONTROL_LEFT.search(text)
    elif draft.sub_event_type in _CLAIMED_GROUND:
        found = _CONTROL_TAKEN.search(text)
    else:
        return None
    return found.group(0) if found else None


_CONTROL_TAKEN = re.compile(rf"\b(?:{event_words('control_taken')})\b", re.I)
_CONTROL_LEFT = re.compile(
    rf"\b(?i:{event_words('control_left')})\s+(?:(?i:from|of)\s+)?(?:(?i:the)\s+)?"
    rf"(?!(?i:{event_words('control_left_times')})\b)"
    rf"(?:[A-Z]|(?i:{event_words('control_left_places')})\b)")
_CLAIMED_GROUND = frozenset({ARMED_CLASH})
_LEAVING = re.compile(rf"(?:{event_words('control_left')})", re.I)


def claims_of(draft: Draft, speakers: list[Attribution], doc_id: str) -> list[Claim]:
    sentence = draft.facts.sentence
    # a sentence claims ground when its own words tell a change of control ("took the town"),
    # not when it tells of a territorial event otherwise ("the evacuation is complete")
    if draft.sub_event_type in TERRITORY_SUBS and any(
        t.role == "territory" for t in draft.triggers
    ):
        words = [t.surface for t in draft.triggers[:1]] + [p.surface for p in draft.places]
        kind, value = "territory", " ".join(words) or None
    elif told := _control_change(draft):
        # "the last rebels left the town", "state TV said the town was purified of
        # terrorists": ground changing hands in the sentence's own words (codebook §8.2)
        words = [told] + [p.surface for p in draft.places]
        kind, value = "territory", " ".join(words)
    else:
        kind, value = "occurred", None
    speakers = clause_speakers(draft, speakers)
    tolls = speakers_tolls(draft, speakers)
    claims = []
    # the draft's one toll, given by one speaker or by speakers of one statement
    one_toll = bool(tolls) and all(t is draft.killed for t in tolls.values())
    sides_dead = other_sides_dead(draft) if one_toll else []
    for toll_by in (s for s in speakers if id(s) in tolls and sides_dead):
        # "seven policemen were killed and 12 Taliban fighters died": one source's dead of
        # each side, added up into its total (codebook §8.1)
        claims.extend(
            Claim(
                source=toll_by.source,
                kind="fatalities",
                value=count.value,
                quote=sentence.text,
                start=sentence.start,
                end=sentence.end,
                doc_id=doc_id,
                originator=toll_by.originator,
                victims=toll_victims(count, sentence.text),
            )
            for count in sides_dead
        )
    beside = _told_beside_denial(draft)
    for s in speakers:
        own_toll = tolls.get(id(s))
        if beside:
            s = replace(s, denial=False)  # ("denied X and accused Y of shelling Z": Y's act)
        if s.denial and own_toll:
            # "denied losing any fighters and said 20 police were killed": a denier's toll is
            # its figure for the event, as well as its denial
            claims.append(Claim(s.source, "denial", None, sentence.text, sentence.start,
                                sentence.end, doc_id, originator=s.originator))
        claims.append(
            Claim(
                source=s.source,
                kind="denial" if s.denial and not own_toll else (
                    "fatalities" if own_toll else kind),
                value=own_toll.value if own_toll else value,
                quote=sentence.text,
                start=sentence.start,
                end=sentence.end,
                doc_id=doc_id,
                originator=s.originator,
                victims=toll_victims(own_toll, sentence.text),
            )
        )
    return claims


def _told_beside_denial(draft: Draft) -> bool:
    """The draft's act is told in a clause joined to a denial's verb, not in what is denied
    ("the rebels denied firing on the town and accused the army of shelling X": the shelling
    of X is the rebels' account of an act, no denial of it)."""
    grammar = draft.facts.grammar
    for trigger in draft.triggers:
        node = grammar.root(trigger.start, trigger.end)
        while node is not None and node.head.i != node.i:
            if node.dep_ == "conj" and is_verb(node) and DENIAL_WORD.fullmatch(node.head.text):
                return True
            node = node.head
    return False


def captures_held(events: Sequence[Building], places: Sequence[PlaceMention]) -> list[Building]:
    """ "The attackers were repulsed": the claimed captures among `events` a held ground denies
    (of the places the sentence names, if it names any), nothing else."""
    towns = [p for p in places if p.role in ("town", "neighbourhood")]
    where = [event_location([p], None, {}) for p in towns]
    return [
        e for e in events
        if e.sub_event_type in TERRITORY_SUBS
        and (not where or e.location is None or any(same_place(e.location, w) for w in where))
    ]


def deny(
    denial: Denial,
    sentence: Sentence,
    state: ArticleState,
    doc_id: str,
    named: frozenset[str] = frozenset(),
    places: Sequence[PlaceMention] = (),
    later: bool = False,
    besides: bool = False,
) -> None:
    """A denial is a claim on the latest recent event, of a sub-type the denied words name if
    they name one (codebook §6: it makes the event contested). A denied change of control stays
    one while the article is read, so later claims of it join it; it ends an armed clash (§8.2).
    A denial told before any event ("the army denied that its troops shelled the village",
    then the residents' account) is kept, and `later` it goes to the first event told after it.
    With `besides`, the sentence tells an act of its own after the denial's words ("denied
    shelling the town and accused the army of shelling X"): an event it started is not denied."""
    if later:
        recent = [e for e in state.events if e.first_offset > sentence.start
                  and e.paragraph - sentence.paragraph <= FOLLOW_UP_PARAGRAPHS]
    else:
        recent = [e for e in state.events
                  if sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
                  and not (besides and e.first_offset == sentence.start)]
    if not recent:
        if not later and not denial.ground:
            state.early_denials.append((denial, sentence, named, places))
        note(state.trace, sentence, f"denial by {denial.source}: no recent event")
        return
    if denial.ground and not later and repulse_of_last(recent, sentence, places):
        note(state.trace, sentence, f"held ground by {denial.source}: of the fight told last")
        return
    if denial.ground:
        # ("'Our forces are in full control of Sake,' the rebels said": the side that took
        # the ground holds it, no denial of its capture)
        recent = [e for e in captures_held(recent, places)
                  if not _capturer(e, denial.source, sentence.text, state.country)]
        if not recent:
            note(state.trace, sentence, f"held ground by {denial.source}: no claimed capture")
            return
    if named & TERRITORY_SUBS:
        # "denied the district had fallen": a change of control either way (the side that
        # gained it is the event's, not the denied word's)
        named = named | TERRITORY_SUBS
    # "the Taliban denied involvement": the event they are said to have done
    theirs = [e for e in recent if e.actor1 is not None
              and _names_actor(denial.source, e.actor1.name, state.country)]
    kinds = {SUB_TO_TYPE[s] for s in named if s in SUB_TO_TYPE}
    if kinds and not theirs and not any(SUB_TO_TYPE[e.sub_event_type] in kinds for e in recent):
        # "police said no arrests were made" after a march: no act the article told is denied
        note(state.trace, sentence, f"denial by {denial.source}: of no kind of act told")
        return
    # "the coalition denied striking civilians in A" after a strike on A and a missile on B:
    # the events at a town the denial names, whichever was told last
    placed = _at_places(recent, places, sentence.text)
    if placed and not denial.ground:
        recent, theirs = placed, [e for e in theirs if any(e is p for p in placed)]
    chosen = [e for e in recent if e.sub_event_type in named] or theirs or recent
    event = chosen[0] if later else chosen[-1]
    for denied in [*_listed_with(event, recent), event]:
        told = [i for i, c in enumerate(denied.claims)
                if c.kind == "denial" and c.quote == sentence.text]
        if told:
            # "denied the town had fallen, saying insurgents had pushed back the attack": the
            # speaker's act told beside the denial already made it its denial; it gains the
            # denied words
            first = denied.claims[told[0]]
            denied.claims[told[0]] = replace(first, value=first.value or denial.what or None)
            continue
        if any(c.kind == "denial" and c.source == denial.source for c in denied.claims):
            continue
        denied.claims.append(
            Claim(
                source=denial.source,
                kind="denial",
                value=denial.what or None,
                quote=sentence.text,
                start=sentence.start,
                end=sentence.end,
                doc_id=doc_id,
            )
        )
        note(state.trace, sentence, f"denial by {denial.source}: a claim on {denied.label}")


def _names_actor(source: str, actor: str, country: str | None) -> bool:
    """The source is the actor under its own name or the one a source takes ("the Israeli
    military" denying is Military Forces of Israel, the side said to have done the act)."""
    if source == actor:
        return True
    from khaldun.actors.resolve import find_actors

    return any(m.actor.name == actor and not m.generic for m in find_actors(source, country))


def repulse_of_last(
    events: Sequence[Building], sentence: Sentence, places: Sequence[PlaceMention]
) -> bool:
    """A held ground that names no town, told in the paragraph of the fight the article told
    last before it, which is no capture ("militants attacked a checkpoint in B. He said
    soldiers had repelled the attack"): the repulse of that fight, no denial of a capture
    told earlier."""
    if any(p.role in ("town", "neighbourhood") for p in places):
        return False
    told = [(max(c.start for c in e.claims if c.start < sentence.start), e) for e in events
            if any(c.start < sentence.start for c in e.claims)]
    if not told:
        return False
    _, last = max(told, key=lambda pair: pair[0])
    return (last.paragraph == sentence.paragraph and SUB_TO_TYPE.get(last.sub_event_type)
            == "Battles" and last.sub_event_type not in TERRITORY_SUBS
            and not any(c.kind == "territory" for c in last.claims))


def _capturer(event: Building, source: str, quote: str, country: str | None) -> bool:
    """The source is the side that carried out the event (its actor1), by name or by the
    name its claims go by."""
    side = event.actor1
    return side is not None and source in (side.name, source_name(side.name, quote, country))


def _at_places(
    events: Sequence[Building], places: Sequence[PlaceMention], text: str
) -> list[Building]:
    """The events placed at a town or quarter among `places`, or whose town or quarter the
    text names as the event's place was written ("denied losing X", X found no place of its
    own there); else those in a province among them or named so ("denied that its fighters
    were killed in <province>"); [] if none."""
    where = [event_location([p], None, {}) for p in places if p.role in ("town", "neighbourhood")]
    provinces = [p.place.admin1 or p.place.name for p in places
                 if p.role == "admin1" and p.place is not None]
    placed = _not_inside_another([
        e for e in events if e.location is not None
        and (any(same_place(e.location, w) for w in where) or names_place(e.location, text))])
    return placed or [
        e for e in events if e.location is not None and e.location.admin1
        and (any(same_place_name(e.location.admin1, name) for name in provinces)
             or re.search(rf"(?<![\w-]){re.escape(e.location.admin1)}(?![\w-])", text))]


def _not_inside_another(events: list[Building]) -> list[Building]:
    """The events but those whose town or quarter name lies inside another's ("denied losing
    Tell A" names A too: the event at Tell A only)."""
    def names(event: Building) -> set[str]:
        return {n.casefold() for n in (event.location.town, event.location.neighbourhood) if n}
    return [e for e in events if not any(
        n != m and n in m for o in events if o is not e for n in names(e) for m in names(o))]


def names_place(location: Location, text: str) -> bool:
    """The text names the location's town or quarter, as a whole name."""
    return any(
        name and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        for name in (location.town, location.neighbourhood)
    )


def _listed_with(event: Building, recent: list[Building]) -> list[Building]:
    """The other events of one claimed capture of a list of places ("seized A and B"): a
    denial of it denies each (codebook §8.3)."""
    claimed = {c.start for c in event.claims if c.kind == "territory"}
    return [e for e in recent if e is not event and claimed
            and any(c.kind == "territory" and c.start in claimed for c in e.claims)]
