"""A sentence that speaks of several events told before it at once ("the two attacks killed
12, police said", "both blasts were condemned"): its sources attest each of them, its toll
none (codebook §8.1, §8.3, §8.7)."""

from __future__ import annotations

import re
from functools import lru_cache

from khaldun.events.building import FOLLOW_UP_PARAGRAPHS, ArticleState, Building
from khaldun.events.facts import SentenceFacts
from khaldun.events.structure import attesting, incident_nouns, whole_words
from khaldun.events.trace import note
from khaldun.events.triggers import alternation
from khaldun.numbers.words import parse_number
from khaldun.records import SUB_TO_TYPE, VIOLENT_TYPES, Claim

# a word that counts no number ("both") counts two
_PAIR = 2


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    """ "the two attacks", "both deadly blasts": the words that count acts, then a plural act
    noun (event_words.yaml several_events, structure.yaml incident_nouns)."""
    return re.compile(
        rf"\b(?P<count>{alternation('several_events')})\s+(?:[\w-]+\s+)?"
        rf"(?:{incident_nouns()})\b", re.I)


@lru_cache(maxsize=1)
def _numbered() -> re.Pattern[str]:
    """ "two bombs", "three suicide attacks": a number, then a plural act noun."""
    return re.compile(
        rf"\b(?P<count>[\w-]+)\s+(?:(?P<then>[\w-]+)\s+)?(?:{incident_nouns()})\b", re.I)


def acts_counted(text: str) -> int | None:
    """How many acts the sentence counts by a plural act noun ("the three bombings": 3;
    "both attacks": 2), None when it counts none."""
    found = _counted().search(text)
    if found is None:
        return None
    numbers = [n for w in found.group("count").split() if (n := parse_number(w)) is not None]
    return numbers[0] if numbers else _PAIR


def attest_others(
    target: Building, facts: SentenceFacts, claims: list[Claim], state: ArticleState
) -> None:
    """The sentence counts several acts and has told of `target`: the other acts it counts,
    the events of the same family told last before it, gain its claims as accounts."""
    count = acts_counted(facts.sentence.text)
    if count is None or count < 2 or _told_as_several(target):
        return
    family = _family(target.sub_event_type)
    others = [
        e for e in reversed(state.events)
        if e is not target and e.first_offset < facts.sentence.start
        and facts.sentence.paragraph - e.paragraph <= FOLLOW_UP_PARAGRAPHS
        and _family(e.sub_event_type) == family
    ][: count - 1]
    for other in others:
        other.claims += attesting(claims, other.claims)
        note(state.trace, facts.sentence, f"one of the acts it counts: attests {other.label}")


def list_mates(event: Building, state: ArticleState) -> list[Building]:
    """The other events of the list of places one sentence told `event`'s act at ("shells hit
    A and B": B's event for A's), each an event of its own (codebook §8.3)."""
    if event.location is None:
        return []
    return [e for e in state.events if e is not event and e.first_offset == event.first_offset
            and e.sub_event_type == event.sub_event_type and e.location is not None
            and e.location != event.location and _listed_together(event, e)]


def _listed_together(one: Building, other: Building) -> bool:
    """The sentence names the two places as items of one list ("A, B and C"): only commas,
    "and"/"or" and the items' own words between them, no word that sets one in, near or
    beside the other ("A village in B district", "A, headquarters of B")."""
    told = one.sentence.text if one.sentence is not None else ""
    names = [loc.name for loc in (one.location, other.location)]
    found = [told.find(n) for n in names if n]
    if len(found) != 2 or min(found) < 0:
        return False
    first, second = sorted(zip(found, names, strict=True))
    between = told[first[0] + len(first[1]):second[0]]
    if whole_words("list_breakers").search(between):
        return False
    if whole_words("list_joints").search(between):
        return True
    # ("A, B and C": a comma between two items, an "and" before the list ends; not "A, B
    # district of C", an item and where it lies)
    after = told[second[0] + len(second[1]):]
    breaker = whole_words("list_breakers").search(after)
    joined = whole_words("list_joints").search(after)
    return "," in between and joined is not None and (
        breaker is None or joined.start() < breaker.start())



def attest_list(
    target: Building, mates: list[Building], facts: SentenceFacts, claims: list[Claim],
    state: ArticleState,
) -> None:
    """A sentence naming no place goes on about a list of places told before: its sources
    attest each place's event, as they do the one it joined; none killed in all of them is
    none in each."""
    for mate in mates:
        told = {(c.source, c.kind, c.quote) for c in mate.claims}
        mate.claims += [c for c in claims if c.kind == "fatalities" and c.value == 0
                        and (c.source, c.kind, c.quote) not in told]
        mate.claims += attesting(claims, mate.claims)
        note(state.trace, facts.sentence,
             f"one of the list {target.label} was told in: attests {mate.label}")


def _told_as_several(event: Building) -> bool:
    """The event was told by a count of acts ("two bombs went off near a market"): "the two
    bombs" told on are its own, no others."""
    told = event.sentence.text if event.sentence is not None else ""
    return any((n := parse_number(word or "")) is not None and n >= 2
               for m in _numbered().finditer(told) for word in m.group("count", "then"))


def _family(sub_event_type: str | None) -> str | None:
    kind = SUB_TO_TYPE.get(sub_event_type or "")
    return "violent" if kind in VIOLENT_TYPES else kind
