"""The draft events of one sentence: one per sub-type and place cluster of each trigger
group, with its sides, dates and toll."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from khaldun.actors.implied import says_unclaimed
from khaldun.actors.role_actors import strikes_from_air
from khaldun.data import read_mapping, word_mapping
from khaldun.dates import BACKGROUND_DAYS, DateMention
from khaldun.dates.sequel import Sequel, find_sequel
from khaldun.events.assemble import Draft, trigger_groups
from khaldun.events.building import ArticleState, Building
from khaldun.events.context import carry_date, carry_run, past_context
from khaldun.events.draft_dates import (
    GOES_ON,
    ONSET_VERBS,
    has_own_day,
    is_tally,
    pick_date,
    told_by,
)
from khaldun.events.draft_places import governed_places, place_clusters, sentence_town
from khaldun.events.facts import SentenceFacts
from khaldun.events.focus import points_to_focus
from khaldun.events.frames import frame
from khaldun.events.opponents import second_opponent
from khaldun.events.readings import definite, definite_mention
from khaldun.events.run_told import tells_run_end
from khaldun.events.sides import pick_actors
from khaldun.events.structure import (
    names_one_incident,
    opens_on_the_same_day,
    tells_another_incident,
)
from khaldun.events.subtypes import (
    ATTACK,
    PEACEFUL,
    PROTESTER_HEADS,
    group_sub_types,
    is_anaphoric,
)
from khaldun.events.tolls import (
    counts_several,
    dated_elsewhere,
    is_list,
    nearest_killed,
    own_count,
    sequel_date,
    tied_elsewhere,
)
from khaldun.events.trace import note
from khaldun.events.triggers import WORDS_FILE, Trigger
from khaldun.nlp.grammar_words import is_verb
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.numbers.lexicon import KINDS
from khaldun.numbers.words import parse_number
from khaldun.records import (
    AIR_STRIKE,
    ARMED_CLASH,
    ARMED_CLASSES,
    EXCESSIVE_FORCE,
    EXTERNAL,
    STATE_FORCES,
    SUB_TO_TYPE,
    VIOLENT_TYPES,
    Actor,
)

# devices planted or carried to their target, not fired from a side's lines
_WORDS = re.compile(r"[\w'-]+")
HIDDEN_DEVICES = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})

# taken_counts' key for the count kinds that tell an act of any sub-type in full
ANY_SUBTYPE = "any"


def _last_day(state: ArticleState, subs: list[str] | None = None) -> tuple | None:
    """The dates of the event the article told last (the last of one of `subs`, if given), if
    the text dated it."""
    last = next(
        (e for e in reversed(state.events) if subs is None or e.sub_event_type in subs), None)
    if last is None or not last.dated:
        return None
    return last.date_start, last.date_end, last.time_precision


def _victims_were_marchers(facts: SentenceFacts, group: list[Trigger], state: ArticleState
                           ) -> bool:
    """The group's protest words are a noun for the marchers that names the dead of the killing
    told last, and the protest words it holds: the noun told as known ("the three
    demonstrators") or what the victims were ("the victims were demonstrators who had joined a
    march"), after an attack that killed."""
    last = state.events[-1] if state.events else None
    dead = {c.value for c in last.claims if c.kind == "fatalities"} if last else set()
    dead = {v for v in dead if isinstance(v, int) and v > 0}
    if last is None or last.sub_event_type != ATTACK or not dead:
        return False
    for t in group:
        token = facts.grammar.root(t.start, t.end)
        if token is None or not token.tag_.startswith("NN") or not PROTESTER_HEADS.search(
                token.text):
            continue
        start, end = facts.grammar.subtree_offsets(token)
        if not all(start <= u.start and u.end <= end for u in group):
            continue
        # (known as the dead: "the three demonstrators" as many as were killed, "the slain
        # demonstrators"; not "the demonstrators demanded justice", maybe a protest after it)
        counted = {parse_number(c.text) for c in token.children if c.dep_ == "nummod"}
        if definite_mention(facts.grammar, t.start, t.end) and (
                counted & dead or _hint_within(facts, token)):
            return True
        if token.dep_ == "attr" and any(
                c.dep_ == "nsubj" and _hint_within(facts, c) for c in token.head.children):
            return True
    return False


def _hint_within(facts: SentenceFacts, token) -> bool:
    """A hint of harm ("victims", "the dead") within the token's words."""
    start, end = facts.grammar.subtree_offsets(token)
    return any(h.role == "hint" and start <= h.start and h.end <= end for h in facts.triggers)


def _run_told_before(facts: SentenceFacts, state: ArticleState, carried: DateMention | None
                     ) -> DateMention | None:
    """ "Militants stormed a hotel on Saturday night. Troops ended the siege on Sunday": the day
    a run the sentence may tell the end of began on: its paragraph's day, else the day told
    last when the sentence speaks of a run told before ("the siege"), if that day's act made
    no event of its own (an event of that day is another act: "a strike hit X on the 3rd. 4th:
    rebels continued their siege on Y")."""
    day = carried if carried is not None else (
        state.last_day if tells_run_end(facts.sentence.text) else None)
    if day is None:
        return None
    if any(e.dated and e.date_start is not None and e.date_end is not None
           and e.date_start <= day.date_end and day.date_start <= e.date_end
           for e in state.events):
        return None
    return day


def _before_sequel(facts: SentenceFacts, group: list[Trigger], sequel: Sequel | None
                   ) -> SentenceFacts:
    """The facts a group told before "came a day after" is dated by: without the dates of the
    clause after it, which are the other event's."""
    if sequel is None or group[-1].end > sequel.end:
        return facts
    own = [d for d in facts.dates if d.start < sequel.end]
    return facts if len(own) == len(facts.dates) else replace(facts, dates=own)


def _to_come(facts: SentenceFacts, group: list[Trigger], state: ArticleState) -> bool:
    """The group names its acts by nouns only, and every date the sentence tells is after the
    report, one of them on the verb of the group's clause ("the envoy is due in the capital
    next week for talks on a prisoner swap"): the act is still to come (codebook §1: no
    forecasts or plans)."""
    published = state.published
    told = [*facts.dates, *facts.ahead]
    if published is None or not facts.ahead or not all(m.is_future(published) for m in told):
        return False
    grammar = facts.grammar
    roots = [grammar.root(t.start, t.end) for t in group]
    if not all(r is not None and r.tag_.startswith("NN") for r in roots):
        return False  # a verb told done ("was burnt to death ... ahead of a vote next month")
    verb = grammar.clause_verb(group[0].start, group[0].end)
    # (a date of a noun, "elections set for next month", "next month's vote", is that
    # thing's, not the act's)
    return verb is not None and any(
        _dates_a_verb(grammar, m) and grammar.clause_verb(m.start, m.end) == verb
        for m in told)


def _dates_a_verb(grammar, mention: DateMention) -> bool:
    """The date phrase hangs on a verb or a predicate itself ("arrives next week", "is due in
    X next week", "meets on Monday"), not on a noun it dates."""
    token = grammar.root(mention.start, mention.end)
    if token is not None and token.dep_ == "pobj":
        token = token.head  # "on Monday"
    if token is None or token.dep_ not in ("npadvmod", "tmod", "prep", "advmod"):
        return False
    return is_verb(token.head) or token.head.tag_ == "JJ"  # ("due", "set", "likely")


def sentence_drafts(facts: SentenceFacts, state: ArticleState) -> list[Draft]:
    """One draft per sub-type and place cluster of each trigger group of the sentence."""
    sequel = find_sequel(facts.sentence.text)
    groups = trigger_groups(facts, sequel)
    paragraph = facts.sentence.paragraph
    carried = state.dates.get(paragraph)  # what the paragraph dated before this sentence
    begun = _run_told_before(facts, state, carried)
    state.past_acts = []
    carry_date(facts, state)
    if past_context(facts, state):
        note(state.trace, facts.sentence, "background (dated only by an old day told before)")
        return []
    context_town = sentence_town(facts, state.town) or state.town
    tally = is_tally(facts)
    drafts: list[Draft] = []
    for i, group in enumerate(groups):
        guess1, guess2 = pick_actors(facts, group, "", facts.country)
        guess1 = guess1 or state.actor1.get(paragraph)
        subs, weak = group_sub_types(facts, groups, i, (guess1, guess2))
        anaphoric = is_anaphoric(group)
        victims_marched = subs == [PEACEFUL] and _victims_were_marchers(facts, group, state)
        if victims_marched:
            # "Police shot dead three people ... The three demonstrators were buried", "the
            # victims were demonstrators": the killing told before was force used on their
            # protest (codebook §2), no protest of its own, on the killing's day
            subs, anaphoric = [EXCESSIVE_FORCE], True
        if not subs and not anaphoric:
            note(state.trace, facts.sentence, f"{trigger_words(group)}: no sub-type")
            continue
        # ("The shelling came a day after rebels fired mortars on Monday": the subject's act is
        # not of the day the clause after "after" gives, codebook §8.6)
        told = _before_sequel(facts, group, sequel)
        if _to_come(told, group, state):
            note(state.trace, facts.sentence,
                 f"{trigger_words(group)}: not yet happened (its dates are after the report)")
            continue
        start, end, precision, background = pick_date(
            told, group, carried, state.default_dates, state.published, begun
        )
        own_day = has_own_day(facts, carried, state.published)
        if background:
            note(state.trace, facts.sentence,
                 f"{trigger_words(group)}: background (its dates are old)")
            state.past_acts += group
            continue
        if victims_marched:
            start, end, precision = _last_day(state) or (start, end, precision)
        elif not facts.dates and opens_on_the_same_day(facts.sentence.text):
            # "Hours later, gunmen attacked a hotel": the day of the event just told
            start, end, precision = _last_day(state) or (start, end, precision)
        elif not facts.dates and any(definite(facts.grammar, t) for t in group):
            # "The strikes hit two districts": the act told before, on its days
            start, end, precision = _last_day(state, subs) or (start, end, precision)
        after = sequel is not None and group[0].start >= sequel.end
        if after:
            counted = sequel_date(facts, sequel, state, (start, end, precision))
            told_back = counted != (start, end, precision)
            start, end, precision = counted
            if told_back and (state.events or drafts) and min(
                    filter(None, (sequel.days_before, *(sequel.vague_span or ()))),
                    default=0) > BACKGROUND_DAYS:
                # "It came two weeks after a raid killed 20": over a week before an event
                # told, the earlier one is background (codebook §1), not "a week after"; with
                # no event told ("bodies were found, weeks after they were abducted") it is
                # the text's act
                note(state.trace, facts.sentence,
                     f"{trigger_words(group)}: background (counted back to an old day)")
                state.past_acts += group
                continue
        clusters = place_clusters(facts, governed_places(facts, groups, i), context_town) or [[]]
        if victims_marched:
            clusters = [[]]  # (where the killing was told: "a march to parliament" is not it)
        # "Hours later, gunmen attacked a hotel": a new incident told with no place of its own
        # is at the place the article is speaking of
        # (as is "the first blast", one of the incidents a lead summed up)
        text = facts.sentence.text
        focused = state.brief or points_to_focus(text) or tells_another_incident(text) or (
            names_one_incident(text[max(0, group[0].start - 20) : group[0].start]))
        # a national tally's part for each place ("including eight in Mandalay")
        parts = [own_count(facts, c, parts=True) if tally else None for c in clusters]
        # "the militants used car bombs and grenades in the attack", "the fighting involved
        # gunfire and grenades": the weapons of an act told before, one event, not one for
        # each weapon
        told_before = bool(state.events) and any(_known_act(facts, t) for t in group)
        # ("debris from the missile wounded two": the act told before, not one told in full)
        told_again = bool(state.events) and any(definite(facts.grammar, t) for t in group)
        means_of_it = bool(state.events) and _means_only(facts, group) and any(
            _known_act(facts, t) for t in facts.triggers if t.end <= group[0].start)
        # "The attackers first set off a car bomb at the gate": done by those the story told of,
        # at no place of its own, a part of the act told before
        # (not one the sentence dates on a day of its own: "On Tuesday, the army shelled the
        # town again" after Monday's shelling is an act of that day)
        means_of_it = means_of_it or (bool(state.events) and clusters == [[]]
                                      and _by_known_doers(facts, group, state.events[-1])
                                      and not _another_day(facts, start, end, state.events[-1]))
        for k, sub in enumerate(subs or [""]):
            actor1, actor2 = pick_actors(facts, group, sub, facts.country)
            if anaphoric and says_unclaimed(facts.sentence.text):
                # "no one claimed that attack, but the Taliban are active in the area": the
                # groups named are guesses, no side of the act told before
                actor1 = None
            actor1 = actor1 or _carried_actor1(
                state.actor1.get(paragraph), actor2, sub, state.actor1_act.get(paragraph),
                facts.country)
            if actor1:
                state.actor1[paragraph] = actor1
                state.actor1_act[paragraph] = sub
            if actor1 and actor2 and actor1.name == actor2.name:
                actor2 = None  # one side named twice is not both sides
            listed = is_list(facts, clusters)
            owns = [own_count(facts, c) if len(clusters) > 1 else None for c in clusters]
            wider = False  # places of the parts are named beside the wider toll's
            if len(clusters) > 1 and not any(owns):
                # "killed 19, including 11 in A and eight in B": each place its part; "strikes
                # on X killed 38, including 13 in A and nine in B": X keeps the toll
                parted = [own_count(facts, c, parts=True) for c in clusters]
                wider = any(parted) and not all(parted)
                owns = parted if any(parted) else owns
            elif len(clusters) == 1 and clusters[0] and _wider_area_named(facts):
                # "killed 18 in the Gaza Strip, including nine in a house in X": X's part is
                # its toll, the wider area's is no total of its event (codebook §8.1)
                owns = [own_count(facts, clusters[0], parts=True)]
            if k > 0 or (listed and not any(owns[1:]) and not _told_after_list(owns[0], clusters)):
                # "25 killed in A and B": the list's toll, not A's (codebook §8.3; "shelled A
                # and B, killing 20 in A" is A's); a toll goes to the first of a group's
                # sub-types, as a shared one does
                owns = [None] * len(owns)
            if tally:  # a national tally: only its places with their own tolls are events
                owns = [part if k == 0 else None for part in parts]
            for cluster, own, part in zip(clusters, owns, parts, strict=True):
                if tally and part is None:
                    continue
                # "shelled Douma and Zabadani, killing five in Douma": a toll tied to one place
                # is not the others'.
                # A toll for a list of places goes to none of them (codebook §8.3).
                shared = nearest_killed(facts, group, sequel) if k == 0 and (
                    wider or not any(owns)) else None
                shared = None if listed or tally or counts_several(facts, group, shared) else shared
                if shared is not None and tied_elsewhere(facts, shared, cluster):
                    shared = None
                if shared is not None and dated_elsewhere(facts, shared, start, end):
                    shared = None
                killed = own or shared
                unplaced = (not cluster and killed is None and not focused and not after
                            and not (_victims_counted(facts, sub) and not told_again))
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
                        merge_only=not sub or (told_before and k > 0) or means_of_it
                        or unplaced,
                        unplaced=bool(sub) and unplaced and not (
                            (told_before and k > 0) or means_of_it),
                        anaphoric=anaphoric,
                        sequel=after,
                        told_by=told_by(facts, carried, state.published),
                        own_day=own_day,
                        context_town=context_town,
                        triggers=group,
                        listed_part=len(clusters) > 1 and all(owns),
                        one_of_list=len(clusters) > 1 and listed,
                    )
                )
                other = (second_opponent(facts, group, actor1, actor2) if sub == ARMED_CLASH
                         else None)
                if other is not None:
                    # "clashed with the army and, separately, with tribesmen": a clash of
                    # its own with the second side, the toll told for neither
                    drafts.append(replace(drafts[-1], actor2=other, killed=None, second_pair=True))
    drafts = _went_on_from(drafts, sequel)
    carry_run(drafts, state)
    return drafts


def _went_on_from(drafts: list[Draft], sequel: Sequel | None) -> list[Draft]:
    """ "Fighting continued on Wednesday in X, a day after rebels launched an assault there":
    the act told going on and the one it went on from, of one kind and place, are one event
    over both days (codebook §8.4)."""
    if sequel is None or not drafts:
        return drafts
    text = drafts[0].facts.sentence.text
    if not GOES_ON.search(text, 0, sequel.end) and not _opened_after(text, sequel):
        return drafts
    kept = []
    for draft in drafts:
        going = next((d for d in drafts if not d.sequel and d.sub_event_type
                      and d.sub_event_type == draft.sub_event_type
                      and {p.surface for p in draft.places} <= {p.surface for p in d.places}),
                     None) if draft.sequel else None
        if (going is None or None in (going.date_start, draft.date_start)
                or not draft.date_start < going.date_start
                or (going.date_start - draft.date_start).days > BACKGROUND_DAYS):
            kept.append(draft)
            continue
        going.date_start, going.time_precision = draft.date_start, max(going.time_precision, 2)
        going.killed = going.killed or draft.killed
        going.actor1, going.actor2 = going.actor1 or draft.actor1, going.actor2 or draft.actor2
    return kept


def _opened_after(text: str, sequel: Sequel) -> bool:
    """ "Rebels kept up their attack on Tuesday, a day after the assault began": the clause
    after the sequel's "after" tells the act's onset, so the act told before it went on from
    that day (one event over both days, codebook §8.4); not one that itself began ("fighting
    erupted on Wednesday, a day after rebels launched an assault": another clash)."""
    clause = text[sequel.end:].split(",", 1)[0]
    return any(ONSET_VERBS.fullmatch(w) for w in _WORDS.findall(clause)) and not any(
        ONSET_VERBS.fullmatch(w) for w in _WORDS.findall(text[:sequel.end]))


def _told_after_list(count, clusters: list[list]) -> bool:
    """The count is written after the list's last item: against a place named again."""
    last = max((c[0].start for c in clusters if c), default=None)
    return count is not None and last is not None and count.start > last


def _known_act(facts: SentenceFacts, trigger) -> bool:
    """An act told as one already known ("the attack", "the fighting")."""
    return trigger.role in ("generic", "act") and definite(facts.grammar, trigger)


def _by_known_doers(facts: SentenceFacts, group: list, last: Building) -> bool:
    """The group's agent is named as already known ("the attackers", "the gunmen"), and is
    the side that did the last act told."""
    return last.actor1 is not None and any(
        m.actor.name == last.actor1.name and definite_mention(facts.grammar, m.start, m.end)
        for m in frame(facts, group).agents)


def _another_day(facts: SentenceFacts, start: date | None, end: date | None, last: Building
                 ) -> bool:
    """The sentence gives the act a day of its own, other than the one the last event was
    told on."""
    return bool(facts.dates) and last.dated and start is not None and (
        (start, end) != (last.date_start, last.date_end))


def _means_only(facts: SentenceFacts, group: list) -> bool:
    """The group names only weapons and generic acts, as nouns none of which is counted as
    an incident ("gunfire and grenades", not "a shooting in A and a bombing in B")."""
    return all(
        t.role in ("instrument", "generic")
        and (root := facts.grammar.root(t.start, t.end)) is not None
        and root.tag_.startswith("NN")
        and not any(c.dep_ == "nummod" or c.lower_ in grammar_words()["indefinite_articles"]
                    for c in root.children)
        for t in group
    )


def _victims_counted(facts: SentenceFacts, sub: str | None) -> bool:
    """ "Gunmen abducted 30 passengers", "wounding three soldiers": a count of those the act
    took or hurt, an act told in full though its place comes later."""
    taken = _taken_counts()
    kinds = taken.get(sub or "", frozenset()) | taken.get(ANY_SUBTYPE, frozenset())
    return any(c.kind in kinds and c.value > 0 for c in facts.counts)


@lru_cache(maxsize=1)
def _taken_counts() -> dict[str, frozenset[str]]:
    return taken_counts(read_mapping(WORDS_FILE).get("taken_counts"))


def taken_counts(raw: object) -> dict[str, frozenset[str]]:
    """event_words.yaml `taken_counts`: sub-type (or `any`) -> the count kinds of those its
    act takes or hurts; a key that is no sub-type or a value that is no count kind is an error
    naming the file and the entry."""
    out = {}
    for sub, kinds in word_mapping(WORDS_FILE, "taken_counts", raw, str).items():
        if sub != ANY_SUBTYPE and sub not in SUB_TO_TYPE or not set(kinds.split()) <= set(KINDS):
            raise ValueError(f"{WORDS_FILE}: bad taken_counts entry {sub!r}: {kinds!r}")
        out[sub] = frozenset(kinds.split())
    return out


def trigger_words(triggers: list) -> str:
    """The triggers' words, for trace notes ("shelled+killing")."""
    return "+".join(t.surface for t in triggers) or "(none)"


def _wider_area_named(facts: SentenceFacts) -> bool:
    """The sentence places something in a province, region or country as well as a town."""
    return any(p.role in ("admin1", "country") for p in facts.places)


def _carried_actor1(
    carried: Actor | None,
    actor2: Actor | None,
    sub: str,
    carried_act: str | None = None,
    country: str | None = None,
) -> Actor | None:
    """The paragraph's last actor1, standing in for an act that names none: only where it
    could have done it (marchers or civilians do not carry out an armed act) and is not the
    side acted on; a hidden device ("a roadside bomb later exploded") is no act of the
    state's forces that did another kind of act before it (troops that raided houses):
    whoever planted it the text does not say (codebook §3); an air strike is no act of a
    side told doing another kind of act ("rebels shelled A, and an air strike hit B") unless
    it strikes from the air (event_words.yaml `air_powers`) or is who strikes there when the
    text names no one (the dictionary's default for air strikes in the country); the force
    that made an arrest is no doer of a violent act told after it."""
    if carried is None or (actor2 is not None and carried.name == actor2.name):
        return None
    if sub == AIR_STRIKE and carried_act not in (None, sub) and not strikes_from_air(
            carried, country):
        return None
    if sub in HIDDEN_DEVICES and carried.inter in (STATE_FORCES, EXTERNAL) and (
            carried_act not in (None, sub)):
        return None
    if SUB_TO_TYPE.get(sub) in VIOLENT_TYPES and carried.inter not in ARMED_CLASSES:
        return None
    if carried_act == "Arrests" and SUB_TO_TYPE.get(sub) in VIOLENT_TYPES:
        # "police arrested 11 in connection with the burning of four women": those who made
        # the arrests did not do the act they arrested for
        return None
    return carried
