"""Which toll and which day each draft of a sentence takes: the count written before a place,
the count nearest a trigger group, a place's own toll, a toll tied to another place or day, a
list's toll (codebook §8.3), and the day of what an event "came a day after"."""

from __future__ import annotations

import re
from datetime import timedelta

from khaldun.dates.sequel import Sequel
from khaldun.events.assemble import DISTRIBUTIVE
from khaldun.events.building import ArticleState
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import governing_trigger, own_date
from khaldun.events.triggers import Trigger, alternation
from khaldun.nlp.possessive import owns_place
from khaldun.numbers import Count
from khaldun.numbers.lexicon import word_set
from khaldun.places import PlaceMention
from khaldun.places.transliteration import name_key

# "46 civilians in Qabun, 25 in Kafarsouseh", "six in and around X": text allowed between a
# count and its place.
# "five died in raids on X", "seven were killed in regime airstrikes on the town of X", "six
# killed by shelling on X"
_STRIKES_ON = (
    rf"(?:[\w-]+\s+)?[\w-]*(?:{alternation('remote_generic')}|{alternation('toll_fire_nouns')})\s+(?:on|in)\s+"
    r"(?:the\s+)?"
)

# "25 in Kafarsouseh", "three in the nearby town of X", "four in neighbouring X"
_PLACE_NOUN = (rf"(?:(?:(?-i:[a-z-]+)\s+){{0,2}}(?:{alternation('count_place_nouns')})s?"
               rf"\s+(?:of\s+)?|(?:{alternation('count_place_adjectives')})\s+)")
# ("nine members of one family in a house in X": the building they died in, then the place)
_SITE = (rf"(?:(?:an?|the|their|his|her)\s+)?(?:(?-i:[a-z-]+)\s+){{0,2}}"
         rf"(?:{alternation('count_site_nouns')})s?\s+(?:in|at|near)\s+(?:the\s+)?{_PLACE_NOUN}?")
COUNT_TO_PLACE = re.compile(
    rf"^[\s\w,-]{{0,30}}?\b(?:(?:{alternation('count_place_preps')})\s+(?:the\s+)?(?:{_STRIKES_ON})?"
    rf"|by\s+{_STRIKES_ON})"
    rf"(?:{_PLACE_NOUN}|{_SITE})?$",
    re.I,
)

DIED_OF_WOUNDS = re.compile(alternation("died_of_wounds"), re.I)

SEVERAL_EVENTS = re.compile(rf"\b(?:{alternation('several_events')})\s+$", re.I)

# "six others died in air strikes on X": a count, its death, and the act it died in
DEAD_IN = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation('death_phrases')})\s+(?:in|during|from)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def count_for_place(
    facts: SentenceFacts, place: PlaceMention, parts: bool = False
) -> Count | None:
    """A killed count written right before the place ("25 in Kafarsouseh"); with `parts`,
    also a part of a wider toll ("including eight in Mandalay"). None for a place of the
    speaker's ("..., killing two, an official in X said": where he speaks from)."""
    if facts.grammar.is_speaker(place.start, place.end):
        return None
    text = facts.sentence.text
    counts = facts.killed if not parts else [
        c for c in facts.counts if c.kind == "killed" and not c.vague]
    for c in reversed(counts):
        if c.end <= place.start and COUNT_TO_PLACE.match(text[c.end : place.start]) and not (
                _act_between(facts, c, place)):
            return c
    return _clause_count(facts, place, counts)


def _act_between(facts: SentenceFacts, count: Count, place: PlaceMention) -> bool:
    """An act named between the count and the place, in a clause of its own joined to the
    count's ("a car bomb killed 11, and a roadside bomb in Dora killed four"): the place is
    that act's, not the count's ("was killed when it exploded in X" is one act)."""
    grammar = facts.grammar
    verb = grammar.clause_verb(place.start, place.end)
    token = grammar.root(count.start, count.end)
    if verb is None or token is None or verb.dep_ != "conj" or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb == token or verb in token.ancestors:
        return False  # ("a fighter was shot dead in X": the count's own verb)
    return any(count.end <= t.start and t.end <= place.start for t in facts.event_triggers)


def _clause_count(facts: SentenceFacts, place: PlaceMention, counts: list[Count]) -> Count | None:
    """The one toll of the clause the place alone of the sentence's places stands in ("eight
    civilians were killed in raids on the town of A, while five died in B")."""
    grammar = facts.grammar
    verb = grammar.clause_verb(place.start, place.end)
    if verb is None:
        return None

    def in_clause(start: int, end: int) -> bool:
        other = grammar.clause_verb(start, end)
        return other is not None and other.i == verb.i

    if any(p is not place and p.role != "country" and in_clause(p.start, p.end)
           for p in facts.places):
        return None
    own = [c for c in counts if not c.subset and c.end <= place.start and in_clause(c.start, c.end)]
    return own[0] if len(own) == 1 else None


# "in A and B", "in Baghdad and the southern city of Nasiriya": what joins a list's places;
# "a market in A and a checkpoint in B": targets listed, each with its place
_LIST_GOES_ON = re.compile(
    rf"^(?:\s+(?:{alternation('list_item_kinds')})\b)?"
    rf"\s*(?:,\s*(?:and\s+|(?:{alternation('list_openers')})\s+)?|and\s+)"
    rf"(?:(?:{alternation('list_item_articles')})\s+(?:[a-z-]+\s+){{1,3}}?"
    rf"(?:{alternation('list_item_preps')})\s+)?(?:the\s+)?"
    rf"(?:(?:[a-z-]+\s+){{0,2}}(?:{alternation('place_of_nouns')})\s+of\s+)?$"
)

# "A, B, C and D" where the gazetteer knows no D: the list goes on past its last known item,
# in names, to its "and"
_NAME = r"(?-i:[A-Z][\w'‘’-]*)(?:\s+(?-i:[A-Z][\w'‘’-]*)){0,2}"
_LIST_ENDS_LATER = re.compile(rf"^(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}\b")



def counts_several(facts: SentenceFacts, group: list[Trigger], toll: Count | None) -> bool:
    """The group names several acts at once ("in the two attacks", "both blasts") in the
    toll's clause: its toll is theirs together, no one event's ("a bomb killed two,
    bringing the total killed in the two attacks to 14" leaves the bomb its two)."""
    text = facts.sentence.text
    grammar = facts.grammar
    verb = grammar.clause_verb(toll.start, toll.end) if toll is not None else None
    return any(
        t.role == "generic" and SEVERAL_EVENTS.search(text[max(0, t.start - 30) : t.start])
        and (verb is None or grammar.clause_verb(t.start, t.end) in (None, verb))
        for t in group
    )


def nearest_killed(
    facts: SentenceFacts, group: list[Trigger], sequel: Sequel | None = None
) -> Count | None:
    """The largest killed count the parse puts under this group's triggers; else the largest
    count of the sentence, if it belongs to this group: a toll follows
    the verb it counts ("struck Sarmin, killing six"), so it goes to the group of the nearest
    trigger before it (else of the nearest one after it). A "..., killing six" group of its
    own then continues the event before it. With a `sequel` ("..., a day after clashes in
    the town left 12 dead"), a count on the other side of its "after" is the other act's."""
    killed = facts.killed
    after = sequel is not None and group[0].start >= sequel.end
    # (only when an act is told on both sides: "bodies were found, weeks after they were
    # abducted" has the dead of the one act told)
    if sequel is not None and not all(
            any((t.start >= sequel.end) == side for t in facts.event_triggers)
            for side in (False, True)):
        sequel = None
    if sequel is not None:
        killed = [c for c in killed if (c.start >= sequel.end) == after]

    def governed(c: Count) -> bool | None:
        # (the sequel's clause hangs on the main verb: a count in it the parse puts under the
        # main act is under no trigger of its own side)
        found = governing_trigger(facts, c.start, c.end)
        if found is None or (sequel is not None and (found[0].start >= sequel.end) != after):
            return None
        return found[0] in group
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
    own = [c for c in killed if governed(c)]
    if own:
        return max(own, key=lambda c: c.value)
    best = max(killed, key=lambda c: c.value)
    owned = governed(best)
    if owned is not None:
        return best if owned else None
    triggers = facts.event_triggers
    before = [t for t in triggers if t.end <= best.start]
    if before:
        anchor = max(before, key=lambda t: t.end)
    else:
        anchor = min(triggers, key=lambda t: t.start - best.end)
    return best if anchor in group else None


def sequel_date(
    facts: SentenceFacts, sequel: Sequel, state: ArticleState, picked: tuple
) -> tuple:
    """The date of what an event "came a day after": its own date where the clause gives one,
    else that many days before the date of the event the sentence's subject tells (the
    sentence's earlier date, else the latest event's)."""
    own = [d for d in facts.dates if d.start >= sequel.end and not d.background]
    if own or (sequel.days_before is None and sequel.vague_span is None):
        return picked
    before = [d for d in facts.dates if d.end <= sequel.end and not d.background]
    if before:
        anchor = before[0].date_start
    elif state.events and state.events[-1].dated:
        anchor = state.events[-1].date_start
    else:
        anchor = state.published
    if anchor is None:
        return picked
    if sequel.days_before is None:  # "days after": a range of that many days before
        least, most = sequel.vague_span
        return anchor - timedelta(days=most), anchor - timedelta(days=least), 2
    day = anchor - timedelta(days=sequel.days_before)
    return day, day, 1


def is_list(facts: SentenceFacts, clusters: list[list[PlaceMention]]) -> bool:
    """The clusters are the items of one coordinated list of places of one kind ("shelled
    A, B and C", or the items of a distributive tail), not a place and its surroundings
    ("Dresa, north-east of Jebel Marra")."""
    firsts = sorted((c[0] for c in clusters if c), key=lambda p: p.start)
    if len(firsts) < 2:
        return False
    text = facts.sentence.text
    tail = DISTRIBUTIVE.search(text)
    if tail is not None and all(tail.start() < p.start < tail.end() for p in firsts[1:]):
        return True  # "..., one near a school and the other at a market"
    roles = {p.role for p in firsts}
    if len(roles) > 1 and not roles <= {"town", "neighbourhood"}:
        return False  # (a city's quarters and a town listed together are still a list)
    # each item ends at its cluster's last mention before the next item ("shelled A, killing
    # 20 in A and B": the second A and B are the list)
    mentions = sorted((p for c in clusters for p in c), key=lambda p: p.start)
    ends = [max((p for p in mentions if p.end <= b.start), key=lambda p: p.end) for b in firsts[1:]]
    gaps = [text[a.end : b.start] for a, b in zip(ends, firsts[1:], strict=True)]
    # "A, B" without "and" is an apposition: B holds A ("Egbe, Yagba West council"), unless
    # the list's "and" comes after names the gazetteer does not know ("A, B, C and D")
    last = max(mentions, key=lambda p: p.end)
    # "shelled A, B, C, D in X": three or more towns in a row, commas alone between them, are
    # a list written without its "and" (an apposition names a town and what holds it)
    bare = len(firsts) > 2 and roles == {"town"} and all(g.strip() == "," for g in gaps)
    return all(_LIST_GOES_ON.match(g) for g in gaps) and (
        "and" in gaps[-1] or bare or (len(firsts) > 2 and _LIST_ENDS_LATER.match(
            text[last.end :]) is not None))


def tied_elsewhere(facts: SentenceFacts, count: Count, cluster: list[PlaceMention]) -> bool:
    """The toll is written against a place that is not one of the cluster's, nor the country
    or province holding them ("killed nine in Nigeria's Gwoza district"), nor one whose
    possessive names a place of the cluster, known to the gazetteer or not."""
    names = {name_key(p.surface) for p in cluster}
    text = facts.sentence.text
    return any(
        count_for_place(facts, p) is count and name_key(p.surface) not in names
        and not _holds(p, cluster)
        # "a tribal elder in Pakistan's North Waziristan district": the owner holds what it owns
        and not any(owns_place(text, p.end, c.start) for c in cluster)
        # "shot dead a soldier in A front in B": the count is written against A first, B
        # only says where A lies
        and not any(count.end <= c.start and c.end <= p.start for c in cluster)
        for p in facts.places
    )


def _holds(outer: PlaceMention, cluster: list[PlaceMention]) -> bool:
    """The country or province `outer` is the one the cluster's places lie in (or the cluster
    names no place: "15 were killed in bombings in Iraq")."""
    if outer.place is None or outer.role not in ("country", "admin1"):
        return False
    if not cluster:
        return True
    field = "country" if outer.role == "country" else "admin1"
    own = getattr(outer.place, field)
    return any(p.place is not None and getattr(p.place, field) == own for p in cluster)


def dated_elsewhere(facts: SentenceFacts, count: Count, start, end) -> bool:
    """The toll's own clause gives a day outside the event's ("..., adding that 12 had died on
    Sunday"); a day inside its range ("on the second day ..., raising the toll to 17 since
    Monday") is the event's."""
    own = _killed_on(facts, count) or own_date(facts, count.start, count.end)
    if own is None or _died_of_wounds(facts, count):
        return False
    if start is None or end is None:
        return True
    return own.date_end < start or own.date_start > end


def _killed_on(facts: SentenceFacts, count: Count):
    """The day of the killing participle the count's noun carries ("buried on Friday 12
    people killed in a strike on Thursday": Thursday), where that clause gives one; the
    count's dead are that killing's, whatever the day of the clause around them."""
    grammar = facts.grammar
    token = grammar.root(count.start, count.end)
    noun = token.head if token is not None and token.dep_ == "nummod" else token
    if noun is None:
        return None
    kill = word_set("parse_kill_verbs")
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.lower_ in kill):
        for d in facts.dates:
            verb = grammar.clause_verb(d.start, d.end)
            if verb is not None and verb.i == participle.i:
                return d
    return None


def _died_of_wounds(facts: SentenceFacts, count: Count) -> bool:
    """The count's clause tells a death from wounds ("a boy died of his wounds on Wednesday"):
    the dead are the act's that wounded them, on whatever day they died."""
    verb = facts.grammar.clause_verb(count.start, count.end)
    return verb is not None and DIED_OF_WOUNDS.match(
        facts.sentence.text, facts.grammar.offsets(verb)[0]) is not None


def own_count(
    facts: SentenceFacts, cluster: list[PlaceMention], parts: bool = False
) -> Count | None:
    """A toll written against one of the cluster's places ("five civilians in Douma")."""
    return next(
        (c for p in cluster if (c := count_for_place(facts, p, parts)) is not None), None
    )
