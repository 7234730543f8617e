"""Extract the events one article reports, with the claims behind each (the pipeline's core)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from khaldun.actors import SourceMention, civilians, find_sources
from khaldun.actors.implied import Sides, aimed_at_someone, settle
from khaldun.actors.resolve import find_actors
from khaldun.actors.role_actors import role_actor
from khaldun.actors.source_lexicon import anaphoric_owners, strip_the
from khaldun.claims.attribution import (
    Attribution,
    attribute,
    claims_responsibility,
    stand_ins,
    subject_speaking,
)
from khaldun.claims.denial import (
    DENIAL_WORD,
    FALSE_REPORT,
    HELD_GROUND,
    Denial,
    find_denial,
    find_false_report,
    find_held_ground,
    instrument_negated,
    negated,
    negated_by,
)
from khaldun.claims.naming import described_speakers, ranked_speakers
from khaldun.claims.quotations import voices
from khaldun.claims.rivals import with_rival_accounts, with_stated_rivals
from khaldun.claims.speakers import organisation_speakers
from khaldun.dates import BACKGROUND_DAYS
from khaldun.dates.sequel import find_sequel
from khaldun.events.assemble import PROTEST_SUBS, Draft
from khaldun.events.building import FOLLOW_UP_PARAGRAPHS, TERRITORY_SUBS, ArticleState, Building
from khaldun.events.claiming import (
    actors_speaking,
    as_outlet,
    captures_held,
    dateline_outlet,
    deny,
    follow_up,
    group_denier,
    group_speaking,
    names_place,
    repulse_of_last,
)
from khaldun.events.context import (
    article_country,
    carry_period,
    carry_told_run,
    count_from_told_day,
    dateline_context,
    dateline_focus,
    default_dates,
    digest_source,
    dispatch_day,
    headline_day,
    headline_run,
    headline_town,
    report_day,
    roundup_day,
    without_statements,
)
from khaldun.events.draft_places import told_places, unspoken_places
from khaldun.events.facts import SentenceFacts, analyse
from khaldun.events.focus import in_background
from khaldun.events.forces import recall_forces, recall_perpetrators
from khaldun.events.headline_toll import headline_toll
from khaldun.events.integrate import finish_event, integrate, integrate_sentence
from khaldun.events.locate import document_location, update_focus
from khaldun.events.protest_force import (
    clashes_of_met_protests,
    join_force_on_protests,
    riots_of_clashing_marchers,
)
from khaldun.events.realis import doubted_death, says_death
from khaldun.events.sentence_drafts import sentence_drafts
from khaldun.events.structure import (
    opens_new_incident,
    without_country_tolls,
    without_summaries,
    without_summed_tolls,
)
from khaldun.events.subtypes import ATTACK, REMOTE_BEFORE
from khaldun.events.trace import Trace, note
from khaldun.events.triggers import find_triggers
from khaldun.events.unharmed import harmed, unharmed
from khaldun.nlp.grammar import Grammar
from khaldun.nlp.parse import PIPE_BATCH, parse, parse_all, sentence_span
from khaldun.nlp.segment import split_sentences
from khaldun.places.bearing import country_sides
from khaldun.places.transliteration import name_key
from khaldun.records import (
    ARMED_CLASH,
    ARMED_CLASSES,
    CIVILIANS,
    EXCESSIVE_FORCE,
    EXTERNAL,
    NON_STATE_ARMED,
    PROTESTERS,
    REPORTER,
    RIOTERS,
    STATE_FORCES,
    SUB_TO_TYPE,
    VIOLENT_TYPES,
    Actor,
    Article,
    ArticleResult,
    Sentence,
)
from khaldun.timing import timed

REMOTE = "Explosions/Remote violence"
MOB_VIOLENCE = "Mob violence"
# Texts this short (ACLED notes, wire briefs) code an event even when it names no place.
BRIEF_SENTENCES = 2
# Summary bullets under a headline repeat the story: like the headline, they only add claims.
BULLET = re.compile(r"^\s*[*•·▪-]\s")


def extract_batch(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Extract each article in turn, parsing them PIPE_BATCH at a time."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= PIPE_BATCH:
            yield from _extract_parsed(batch)
            batch = []
    yield from _extract_parsed(batch)


def _extract_parsed(articles: list[Article]) -> Iterator[ArticleResult]:
    split = [timed("nlp", split_sentences, a.text, a.title) for a in articles]
    docs = parse_all([(a.text, s) for a, s in zip(articles, split, strict=True)])
    for article, sentences in zip(articles, split, strict=True):
        yield extract_one(article, sentences, timed("parse", next, docs))


def extract_one(
    article: Article,
    sentences: list[Sentence] | None = None,
    doc: Doc | None = None,
    trace: Trace | None = None,
) -> ArticleResult:
    """The events an article reports (codebook §1), each with its claims; `trace` collects
    why each sentence did or did not make one."""
    warnings = []
    if article.published is None:
        warnings.append(
            f"article {article.doc_id}: no publication date; relative dates left unresolved"
        )
    if sentences is None or doc is None:
        sentences = timed("nlp", split_sentences, article.text, article.title)
        doc = timed("parse", parse, article.text, sentences)
    state = _article_state(article, sentences, doc, trace)
    state.voices = {
        at: (voice, Grammar(sentence_span(doc, voice), voice.start))
        for at, voice in voices(article.text, sentences).items()
    }
    title_drafts: list[tuple[Draft, list[Attribution]]] = []
    for i, sentence in enumerate(sentences):
        grammar = Grammar(sentence_span(doc, sentence), sentence.start)
        before = sentences[i - 1].text if i else ""  # what "since then" counts from
        state.protest_next = _protest_told(sentences[i + 1] if i + 1 < len(sentences) else None,
                                           sentence)
        _read_sentence(article, sentence, grammar, before, state, title_drafts)
    _finish_article(article.doc_id, state, title_drafts)
    _place_unplaced(state)
    _settle_sides(state, sentences)
    state.events = join_force_on_protests(state.events, state.trace)
    state.events = riots_of_clashing_marchers(state.events, state.trace)
    state.events = clashes_of_met_protests(state.events, state.trace)
    events = [finish_event(b, article.doc_id, n) for n, b in enumerate(state.events)]
    return ArticleResult(article=article, events=events, warnings=warnings)


def _protest_told(after: Sentence | None, sentence: Sentence) -> frozenset[str]:
    """The protest sub-types the sentence after this one tells in the same paragraph by protest
    words of its own (no force word needing a protest)."""
    if after is None or after.is_title or sentence.is_title or (
            after.paragraph != sentence.paragraph):
        return frozenset()
    return frozenset(t.sub_event_type for t in find_triggers(after.text)) & PROTEST_SUBS


def _article_state(
    article: Article, sentences: list[Sentence], doc: Doc, trace: Trace | None
) -> ArticleState:
    """What the article tells before its first sentence is read: its country, its "today",
    the dates an undated event takes, whether it is brief, and its dateline's outlet."""
    today = dispatch_day(article)  # what the report's "today" is
    state = ArticleState(
        country=article_country(article, without_statements(article.text, doc)),
        published=today,
        default_dates=default_dates(article, today),
        brief=len(sentences) <= BRIEF_SENTENCES,
        trace=trace,
    )
    state.outlet = dateline_outlet(article.text[:200], state.country)
    return state


def _read_sentence(
    article: Article,
    sentence: Sentence,
    grammar: Grammar,
    before: str,
    state: ArticleState,
    title_drafts: list[tuple[Draft, list[Attribution]]],
) -> None:
    """One sentence's part in the article: the events it reports, the claims it adds to earlier
    ones and the denial it tells; a headline's or bullet's drafts go to `title_drafts`."""
    facts = _sentence_facts(article.text, sentence, grammar, before, state, title_drafts)
    if state.trace is not None:
        state.trace.see(sentence, facts)
    denial = _sentence_denial(sentence, grammar, facts, state)
    if not sentence.is_title and (facts is None or not facts.killed) and doubted_death(grammar):
        _doubt_one_death(sentence, state)
    if facts is None:
        if not sentence.is_title:
            state.quiet_sentences.append(sentence.text)
            _tell_subjects(sentence, grammar, state)
        carry_period(sentence, state)
        carry_told_run(sentence, state)
        roundup_day(sentence, state)
        digest_source(sentence, state)
        if denial is not None:
            deny(denial, sentence, state, article.doc_id)
        return
    if facts.triggers:  # a follow-up with no trigger only adds claims
        _follow_story(facts, sentence, state, article.text)
    speakers = _speakers(facts, sentence, state)
    drafts, denial = _drafts_told(facts, sentence, speakers, denial, state)
    if not drafts and state.past_acts and _told_long_before(facts, state):
        # "In January, it overran a base in X": every act told is background, on days well
        # before the report (codebook §1), so X is no place of the story an act told without
        # one happened at ("massacred them in X earlier this month" may retell the act)
        state.story_places = [p for p in state.story_places
                              if all(p is not q for q in facts.places)]
    if sentence.is_title or BULLET.match(sentence.text):
        title_drafts.extend((d, speakers) for d in drafts)
        if drafts:
            note(state.trace, sentence,
                 "headline or bullet: its drafts count only if no body event")
        return
    _take_up(article.doc_id, sentence, facts, drafts, speakers, denial, state)


def _told_long_before(facts: SentenceFacts, state: ArticleState) -> bool:
    """Every date the sentence tells ends more than a week before the report ("in January",
    "last year"), none reaching its days ("earlier this month")."""
    return bool(facts.dates) and state.published is not None and all(
        (state.published - d.date_end).days > BACKGROUND_DAYS for d in facts.dates)


def _doubt_one_death(sentence: Sentence, state: ArticleState) -> None:
    """ "A local official was shot ... It was not clear whether he was killed": the one death
    the event just told counted is in doubt, so it has no toll (codebook §6)."""
    recent = [e for e in state.events if sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS]
    if not recent:
        return
    event = recent[-1]
    tolls = [c for c in event.claims if c.kind == "fatalities"]
    if tolls and all(c.value == 1 and not says_death(c.quote) for c in tolls):
        event.claims = [c for c in event.claims if c not in tolls]


def _sentence_facts(
    text: str,
    sentence: Sentence,
    grammar: Grammar,
    before: str,
    state: ArticleState,
    title_drafts: list[tuple[Draft, list[Attribution]]],
) -> SentenceFacts | None:
    """What the sentence tells (None when it has no trigger), read in the article's context:
    its country, town (a dateline's, from the sentence that opens on it), province and
    quarters, the acts just told or headlined, the day told last, the forces named before and
    who struck from afar in the paragraphs just before."""
    dateline_focus(text, sentence, state)
    recent = frozenset(
        e.sub_event_type
        for e in state.events
        if sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
    ) | frozenset(  # what the headline reports, for the lead that tells it
        d.sub_event_type for d, _ in title_drafts
        if sentence.paragraph <= FOLLOW_UP_PARAGRAPHS
    )
    # the first day of the acts just told: a run of days back from the report that starts
    # before it is a longer period than theirs
    told_from = min((e.date_start for e in state.events
                     if sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
                     and e.dated and e.date_start is not None), default=None)
    facts = analyse(
        sentence, grammar, state.country, state.town, state.published, recent, state.quarters,
        state.province.admin1 if state.province else None, tuple(state.country_parts),
        told_from, state.protest_next,
    )
    abroad = _paragraph_abroad(sentence, state)
    if facts is not None and abroad is not None and facts.country == state.country and not any(
            p.place is not None for p in facts.places):
        # "In Mali, troops struck X. The army said ...": a sentence that names no place goes
        # on about the other country its paragraph is about, not the article's
        facts = analyse(sentence, grammar, abroad, None, state.published, recent, {}, None,
                        tuple(state.country_parts))
    if facts is not None:
        for part in country_sides(sentence.text, [(p.start, p.end, p.place) for p in facts.places
                                                  if p.role == "country" and p.place]):
            if part not in state.country_parts:
                state.country_parts.append(part)
        count_from_told_day(facts, state, before)
        recall_forces(facts, state)
        recall_perpetrators(facts, state)
        facts.strikers = {
            e.actor1.name: e.sub_event_type for e in state.events
            if e.actor1 is not None and e.sub_event_type in REMOTE_BEFORE
            and sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS}
        facts.weapons_told = frozenset(
            sub for sub, paragraph in state.weapons_told.items()
            if sentence.paragraph - paragraph <= FOLLOW_UP_PARAGRAPHS)
        for t in facts.triggers:
            if t.role == "instrument" and t.sub_event_type in REMOTE_BEFORE:
                state.weapons_told[t.sub_event_type] = sentence.paragraph
    return facts


def _sentence_denial(
    sentence: Sentence, grammar: Grammar, facts: SentenceFacts | None, state: ArticleState
) -> Denial | None:
    """The denial the sentence tells, by the group it names as denier. Ground said held where
    no capture of those places is claimed is no denial yet ("rebels repelled several attacks
    on X"): like ground said held before any capture, it is kept to deny one claimed later."""
    denial = _denial(sentence, grammar, facts, state, state.published)
    if denial is not None and facts is not None:
        denial = group_denier(denial, facts, state)
    if denial is not None and denial.ground and facts is not None and not captures_held(
            state.events, unspoken_places(facts, facts.places)):
        denial = None
    if denial is not None and denial.ground and facts is not None and repulse_of_last(
            state.events, sentence, unspoken_places(facts, facts.places)):
        # "attacked a checkpoint in B. He said the attack was repelled": that fight's end,
        # kept (below) only to deny a capture of it claimed later
        denial = None
    if denial is None and facts is not None:
        _hold_ground_said(sentence, grammar, facts, state)
    return denial


def _follow_story(
    facts: SentenceFacts, sentence: Sentence, state: ArticleState, text: str
) -> None:
    """A sentence that tells an act moves the story on: its places join the article's (its
    quarters of known towns too), and the story's unless it opens another incident; the focus
    follows the places it is told at (not those of what it "came days after"), and its dateline
    and a day's tally in the lead date and place what follows."""
    state.places.extend(facts.places)
    state.quarters.update((name_key(p.surface), p) for p in facts.places
                          if p.role == "neighbourhood" and p.town is not None)
    if not opens_new_incident(sentence.text):
        state.story_places.extend(facts.places)
    sequel = find_sequel(sentence.text)
    # (nor those of what came before the story: "the deadliest since the fall of X")
    current = told_places(facts, [
        p for p in facts.places if (sequel is None or p.start < sequel.end)
        and not in_background(facts.grammar.root(p.start, p.end))])
    update_focus(current, facts.containers, sentence.paragraph, state)
    dateline_context(facts, state, text)
    report_day(facts, state)


def _speakers(facts: SentenceFacts, sentence: Sentence, state: ArticleState) -> list[Attribution]:
    """Who makes the sentence's claims: the speaker of the quotation it lies inside when
    another sentence names that speaker, else its named sources, the previous speaker for "he said",
    organisations and the sides of its acts speaking, the article's armed group for "the group
    said", else the reporter, which a dateline's outlet stands for. Any source but the reporter
    is who the next sentences' "he said" refers to."""
    speakers = _quoted(sentence, facts.country, state) or _subject_speaking(
        facts, sentence, state)
    if not speakers:
        speakers = timed(
            "claims",
            attribute,
            sentence.text,
            facts.country,
            state.speakers,
            facts.sources,
            state.people,
            state.all_speakers,
        )
        speakers = organisation_speakers(
            facts.grammar, sentence.text, facts.country, speakers, state.people, state.speakers
        )
        speakers = group_speaking(facts, actors_speaking(facts, speakers), state)
        speakers = ranked_speakers(described_speakers(speakers), sentence.text)
    if state.digest and all(s.source == REPORTER for s in speakers):
        speakers = [Attribution(state.digest, state.digest)]  # an item of the source's list
    if state.outlet:
        speakers = [as_outlet(s, state.outlet) for s in speakers]
    if any(s.source != REPORTER for s in speakers):
        state.speakers = speakers
        state.all_speakers.extend(s for s in speakers if s.source != REPORTER)
        state.subjects = None
    else:
        _tell_subjects(sentence, facts.grammar, state)
    return speakers


def _tell_subjects(sentence: Sentence, grammar: Grammar, state: ArticleState) -> None:
    """The sources a sentence in the outlet's own voice tells of as the subject of its main
    verb ("Police gave details of the attack": police) are those a later "they said" may
    stand for."""
    out = []
    for m in find_sources(sentence.text, state.country):
        token = grammar.root(m.start, m.end)
        if (not m.wire and token is not None and token.dep_ == "nsubj"
                and token.head.dep_ == "ROOT"):
            out.append(Attribution(m.name, m.name, said_as=m.surface))
    if out:
        state.subjects = (sentence.paragraph, out)


def _subject_speaking(
    facts: SentenceFacts, sentence: Sentence, state: ArticleState
) -> list[Attribution]:
    """The source told of as a subject since the last speaker, in this paragraph or the one
    before, where this sentence's "they said" or "the statement said" stands for it."""
    if state.subjects is None or sentence.paragraph - state.subjects[0] > 1:
        return []
    return subject_speaking(sentence.text, facts.country, state.subjects[1], facts.sources,
                            state.people)


def _paragraph_abroad(sentence: Sentence, state: ArticleState) -> str | None:
    """The country of the place the sentence's paragraph last told an act at, when that is
    not the article's country."""
    if state.focus is None or state.focus[0] != sentence.paragraph:
        return None
    here = state.focus[1].country
    return here if here and here != state.country else None


def _quoted(sentence: Sentence, country: str | None, state: ArticleState) -> list[Attribution]:
    """The speaker another sentence names for the quotation this one lies inside ('"The gunmen
    came at night. They shot everyone," said X.'), named nowhere in this sentence; [] if none
    or that sentence names only the reporter."""
    if sentence.start not in state.voices:
        return []
    voice, grammar = state.voices[sentence.start]
    said = attribute(voice.text, country, state.speakers, find_sources(voice.text, country),
                     state.people, state.all_speakers)
    said = organisation_speakers(grammar, voice.text, country, said, state.people, state.speakers)
    if all(s.source == REPORTER for s in said):
        return []
    return [replace(s, at=None) for s in said]


def _drafts_told(
    facts: SentenceFacts,
    sentence: Sentence,
    speakers: list[Attribution],
    denial: Denial | None,
    state: ArticleState,
) -> tuple[list[Draft], Denial | None]:
    """The sentence's drafts, less those inside its denial ("the army denied shelling the
    town") and those whose acts it tells were not done ("he said the rebels had not entered
    the town"); with no denial told, the first such act is its speaker's denial."""
    drafts = sentence_drafts(facts, state)
    if denial is not None:
        drafts = [d for d in drafts if not _inside(d.triggers, denial)]
    told_not = [d for d in drafts if d.triggers and all(_negated(facts, t) for t in d.triggers)]
    if told_not:
        note(state.trace, sentence, "no event: its act is negated")
        drafts = [d for d in drafts if all(d is not n for n in told_not)]
        first = told_not[0].triggers[0]
        denial = denial or negated_by(
            speakers, first.start, len(sentence.text), sentence.text[first.start :].strip(" .;")
        )
    return drafts, denial


def _take_up(
    doc_id: str,
    sentence: Sentence,
    facts: SentenceFacts,
    drafts: list[Draft],
    speakers: list[Attribution],
    denial: Denial | None,
    state: ArticleState,
) -> None:
    """A body sentence's drafts join the article's events; with no denial, its words that
    join no event and start none add what its source says of the last one; its denial denies
    the acts it names."""
    if not drafts and denial is None:
        follow_up(facts, speakers, state, doc_id)
    elif not drafts and (beside := _counts_beside(facts, denial)) is not None:
        # "the army denied that civilians were hurt, saying 12 militants died": the denier's
        # own toll for the event, beside what it denies
        follow_up(beside, speakers, state, doc_id)
    integrate_sentence(drafts, speakers, state, doc_id)
    if drafts and denial is None and not _told(sentence, state):
        # "the command said the bomber drove a car packed with explosives"
        follow_up(facts, speakers, state, doc_id)
    if denial is not None:
        _deny_told(doc_id, sentence, facts, denial, state)
    state.tally_end = sentence.end if facts.tallies else None


def _counts_beside(facts: SentenceFacts, denial: Denial) -> SentenceFacts | None:
    """The sentence's facts less the counts inside its denial, if a death count is left."""
    outside = [c for c in facts.counts if not denial.start <= c.start < denial.end]
    beside = replace(facts, counts=outside)
    return beside if beside.killed else None


def _deny_told(
    doc_id: str, sentence: Sentence, facts: SentenceFacts, denial: Denial, state: ArticleState
) -> None:
    """The denial denies the kinds of act its words name ("denied that aircraft struck ..."),
    not a weapon they tell was hit ("denied that any aircraft had been lost"), at the places
    the sentence tells."""
    within = [t for t in facts.triggers
              if denial.start <= t.start < denial.end and not _weapon_hit(facts, t)]
    denied = frozenset(t.sub_event_type for t in within if t.sub_event_type)
    if any(t.role == "kill" for t in within) and not any(
            t.role != "kill" and t.sub_event_type for t in within):
        # "denied killing civilians": deaths alone, which any violent act may have caused
        denied |= {s for s, kind in SUB_TO_TYPE.items() if kind in VIOLENT_TYPES}
    # ("denied shelling the town and accused the army of shelling X": X is the place of the act
    # told after the denial's words, which the sentence tells of its own, not of the denied one)
    after = [t for t in facts.event_triggers if t.start >= denial.end]
    told = [p for p in unspoken_places(facts, facts.places) if not after or p.start < denial.end]
    deny(denial, sentence, state, doc_id, denied, told, besides=bool(after))


def _finish_article(
    doc_id: str, state: ArticleState, title_drafts: list[tuple[Draft, list[Attribution]]]
) -> None:
    """What only the whole article decides: denials told before the event they deny, ground
    said held before a capture was claimed (§8.2), the headline's events when the body tells
    none, the headline's day, leads that sum up the incidents told after them, and tolls that
    sum others."""
    for denial, sentence, denied, places in state.early_denials:
        deny(denial, sentence, state, doc_id, denied, places, later=True)
    for held, sentence, places in state.held_ground:
        if any(e.sub_event_type in TERRITORY_SUBS for e in state.events):
            deny(held, sentence, state, doc_id, frozenset(), places)
    if not state.events:
        for draft, speakers in title_drafts:
            integrate(draft, speakers, state, doc_id)
    headline_day([d for d, _ in title_drafts], state)
    headline_run([d for d, _ in title_drafts], state)
    headline_town([d for d, _ in title_drafts], state)
    headline_toll(title_drafts, state, doc_id)
    kept = without_summaries(state.events)
    for dropped in (b for b in state.events if all(b is not k for k in kept)):
        note(state.trace, dropped.sentence,
             f"{dropped.label} dropped: a summary, its incidents follow")
    state.events = kept
    without_summed_tolls(state.events)
    without_country_tolls(state.events)


def _place_unplaced(state: ArticleState) -> None:
    """An event the text never places is where the document is (looked for only when some
    event needs it: it may ask spaCy's entities, which costs)."""
    if any(b.location is None for b in state.events):
        fallback = document_location(state)
        for building in state.events:
            building.location = building.location or fallback


def _people_named(quotes: list[str], country: str | None, when: date | None) -> bool:
    """Some sentence of the event names civilians or protesters ("fired at farmers")."""
    return any(m.actor.inter in (CIVILIANS, PROTESTERS)
               for quote in quotes for m in find_actors(quote, country, when))


def _side_of_the_toll(building: Building, where: str | None) -> Actor | None:
    """The armed side whose dead or wounded all of an event's counted tolls are (numbers.yaml
    victim_classes): a state's forces, or fighters of a group the text does not name (ACLED's
    unidentified armed group; none when that group is the one that acted), or None."""
    classes = {c.victims for c in building.claims if c.kind == "fatalities" and c.value}
    if len(classes) != 1:
        return None
    victims = classes.pop()
    if victims == "state forces":
        return role_actor("state", where, building.date_start)
    if victims != "fighters":
        return None
    group = role_actor("gunmen", where, building.date_start)
    return None if building.actor1 is not None and building.actor1.name == group.name else group


def _own_forces_hit(sides: Sides, actor1: Actor | None) -> Actor | None:
    """The state's forces the sentences named as the side acted on, when the text named no one
    who acted and the sub-type's default perpetrator is those same forces (settle drops a side
    named twice), or None."""
    named = sides.actor2
    if sides.actor1 is not None or named is None or actor1 is None:
        return None
    return named if named.inter == STATE_FORCES and actor1.name == named.name else None


def _settle_sides(state: ArticleState, sentences: list[Sentence]) -> None:
    """Each event's sides settled from what the article tells of it (its own claims' sentences
    and those told after it that no event took up, or the whole text for the only violent
    event), a named actor1 of an earlier event of its sub-type standing in; then its claims,
    with an account accusing another armed side as a denial of actor1's part."""
    earlier: dict[str, tuple[Actor, Actor | None]] = {}
    violent = [b for b in state.events if SUB_TO_TYPE[b.sub_event_type] in VIOLENT_TYPES]
    told = {q for b in state.events for q in (c.quote for c in b.claims)}
    for building in state.events:
        where = (building.location.country if building.location else None) or state.country
        quotes = list(dict.fromkeys(c.quote for c in building.claims))
        sides = Sides(
            building.sub_event_type,
            building.actor1,
            building.actor2,
            where,
            building.date_start,
            quotes,
            [s.text for s in sentences if s.text not in quotes] if violent == [building]
            else [*_told_after(building, violent, sentences, told),
                  *_claimed_later(building, violent, sentences, quotes)],
        )
        building.actor1, building.actor2 = settle(sides, earlier)
        if building.sub_event_type == ATTACK and _fought(building.actor1, building.actor2):
            # the people it killed were soldiers or police, or fighters a state's forces
            # killed, the article says: a fight (ACLED)
            building.sub_event_type = ARMED_CLASH
        if SUB_TO_TYPE[building.sub_event_type] == REMOTE and getattr(
                building.actor2, "inter", None) == CIVILIANS and unharmed(quotes):
            building.actor2 = None  # shells on houses that hurt no one: no civilians acted on
        elif building.sub_event_type == ATTACK and getattr(
                building.actor2, "inter", None) == CIVILIANS and unharmed(quotes) and (
                not _people_named(quotes, where, building.date_start)) and (
                not aimed_at_someone(quotes)):
            # "troops opened fire on the village; no one was hurt": gunfire at a place that hit
            # no one, its words naming no people nor telling it aimed at someone, has no side
            # acted on (codebook §3)
            building.actor2 = None
        elif SUB_TO_TYPE[building.sub_event_type] == REMOTE and building.actor2 is None and (
                harmed(quotes)):
            hit = _own_forces_hit(sides, building.actor1)
            if hit is not None:
                # "a drone strike killed three members of the army": the forces the sentence
                # named were hit; who flies there was only the sub-type's default, and no side
                # strikes itself: an unnamed perpetrator (codebook §3)
                building.actor1 = role_actor("gunmen", where, building.date_start)
                building.actor2 = hit
            else:
                # "shelled the town, causing injuries": those it hurt, whom the text gives no
                # side, are the residents it hit (codebook §3); a toll only of soldiers or
                # fighters ("killing one fighter") is of the armed side it hit
                building.actor2 = _side_of_the_toll(building, where) or civilians(where)
        if building.sub_event_type == ATTACK and getattr(building.actor1, "inter", None) == (
                RIOTERS):
            # "a crowd of residents lynched a suspected thief": a crowd that fell on someone is
            # no armed group but a mob, its violence a riot (codebook §2: Riots / Mob violence)
            building.sub_event_type = MOB_VIOLENCE
        if building.sub_event_type == ATTACK and getattr(building.actor2, "inter", None) == (
                PROTESTERS):
            # marchers shot at or killed by any armed side: force against protesters (ACLED)
            building.sub_event_type = EXCESSIVE_FORCE
        building.claims = with_rival_accounts(building.claims, building.actor1, where,
                                              building.date_start)
        building.claims = with_stated_rivals(building.claims, building.actor1, building.actor2,
                                             where, building.date_start)


def _fought(actor1: Actor | None, actor2: Actor | None) -> bool:
    """Those acted on are a state's forces, or an armed group a state's forces acted on."""
    hit = getattr(actor2, "inter", None)
    state = (STATE_FORCES, EXTERNAL)
    return hit in state or (hit in ARMED_CLASSES and getattr(actor1, "inter", None) in state)


def _told_after(
    event: Building, violent: list[Building], sentences: list[Sentence], told: set[str]
) -> list[str]:
    """The sentences told right after a violent event, before the next one begins, that no
    event took up ("Al Shabaab claimed responsibility"): they speak of that event."""
    if all(b is not event for b in violent):
        return []
    later = [b.first_offset for b in violent if b.first_offset > event.first_offset]
    end = min(later, default=None)
    return [
        s.text for s in sentences
        if s.start > event.first_offset and (end is None or s.start < end) and s.text not in told
    ]


def _claimed_later(
    event: Building, violent: list[Building], sentences: list[Sentence], quotes: list[str]
) -> list[str]:
    """The article's claims of responsibility that name this event by its place ("X later
    claimed responsibility for the A attack") or, naming no place of another violent event,
    by its kind when it is the article's only violent event of that kind ("claimed the car
    bombing"): they say who did it, however many incidents were told in between."""
    if all(b is not event for b in violent):
        return []
    found = []
    for sentence in sentences:
        text = sentence.text
        if sentence.start <= event.first_offset or text in quotes or not (
                claims_responsibility(text)):
            continue
        named = [b for b in violent if b.location is not None and names_place(b.location, text)]
        if named:
            if any(b is event for b in named):
                found.append(text)
            continue
        kinds = {t.sub_event_type for t in find_triggers(text)}
        if event.sub_event_type in kinds and [b for b in violent if (
                b.sub_event_type == event.sub_event_type)] == [event]:
            found.append(text)
    return found


def _denial(
    sentence: Sentence,
    grammar: Grammar,
    facts: SentenceFacts | None,
    state: ArticleState,
    published: date | None,
) -> Denial | None:
    """The denial the sentence reports, if it names who denies: a denial verb; after a claimed
    change of control, a named source saying the ground was held; after an event, a named
    source calling it or its reports false."""
    denies = DENIAL_WORD.search(sentence.text) is not None
    claimed = any(e.sub_event_type in TERRITORY_SUBS for e in state.events)
    held = claimed and HELD_GROUND.search(sentence.text) is not None
    false = bool(state.events) and FALSE_REPORT.search(sentence.text) is not None
    if not (denies or held or false):
        return None
    if facts is not None:
        actors, sources = facts.actors, facts.sources
    else:
        actors = timed("actors", find_actors, sentence.text, country=state.country, when=published)
        sources = timed("claims", find_sources, sentence.text, state.country)
    sources = [*sources, *(_group_named_before(s, actors)
                           for s in stand_ins(sentence.text, state.speakers))]
    if denies:
        return find_denial(grammar, sentence.text, actors, sources)
    if held:
        return find_held_ground(grammar, sentence.text, actors, sources)
    return find_false_report(grammar, sentence.text, actors, sources)


def _group_named_before(stand_in: SourceMention, actors: list) -> SourceMention:
    """ "rebels blamed IS for the bombing, but the group denied any role": words that stand for
    an armed group ("the group") after the sentence names one stand for the last one named,
    not for the source that spoke before."""
    if strip_the(stand_in.surface).lower() not in anaphoric_owners():
        return stand_in
    named = [m.actor.name for m in actors if not m.generic and m.end <= stand_in.start
             and m.actor.inter in NON_STATE_ARMED]
    return replace(stand_in, name=named[-1]) if named else stand_in


def _hold_ground_said(
    sentence: Sentence, grammar: Grammar, facts: SentenceFacts, state: ArticleState
) -> None:
    """A named source saying the ground was held ("the army said it had repelled the
    assault") before any capture is claimed: kept, to deny a capture claimed later."""
    if not (state.events or facts.triggers) or not HELD_GROUND.search(sentence.text):
        return
    sources = [*facts.sources, *stand_ins(sentence.text, state.speakers)]
    held = find_held_ground(grammar, sentence.text, facts.actors, sources)
    if held is not None:
        state.held_ground.append((held, sentence, unspoken_places(facts, facts.places)))


def _told(sentence: Sentence, state: ArticleState) -> bool:
    """Some event of the article carries a claim this sentence makes."""
    return any(c.start == sentence.start for e in state.events for c in e.claims)


def _weapon_hit(facts: SentenceFacts, trigger) -> bool:
    """A weapon's name that is the passive subject of its verb: what was acted on."""
    token = facts.grammar.root(trigger.start, trigger.end)
    return trigger.role == "instrument" and token is not None and token.dep_ == "nsubjpass"


def _negated(facts: SentenceFacts, trigger) -> bool:
    return negated(facts.grammar, trigger.start, trigger.end) or (
        trigger.role == "instrument"
        and instrument_negated(facts.grammar, trigger.start, trigger.end))


def _inside(triggers: list, denial: Denial) -> bool:
    return bool(triggers) and all(denial.start <= t.start < denial.end for t in triggers)


