"""Speaker phrases to canonical sources ("a spokesman for the Observatory"); the source
dictionary and mention finder live in source_lexicon and source_mentions."""

from __future__ import annotations

import re

from khaldun.actors.source_lexicon import (
    NAME_WORD,
    PEOPLE_CLASSES,
    load_sources,
    source_alternation,
)
from khaldun.actors.source_mentions import find_mentions
from khaldun.records import ARMED_CLASSES

# "Abu Omar, head of the Qaboun Media Office": the organisation a named speaker speaks for.
_TITLE = re.compile(
    r",?\s*(?:an?\s+|the\s+)?(?:[a-z]+\s+)?"
    rf"(?:{source_alternation('title_nouns')})"
    r"\s+(?:of|for|at|with|in|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|al|el|and|the|in|on)){0,7})"
)
_TRAILING = re.compile(r"(?:\s+(?:of|for|al|el|and|the|in|on))+$")

# "the pro-government news site Sham Times": an outlet named after its description.
_OUTLET_NAMED = re.compile(
    rf"(?:{source_alternation('outlet_nouns')})"
    r"\s+(?P<name>(?:[A-Z][\w'\u2019-]*)(?:\s+(?:[A-Z][\w'\u2019-]*|"
    r"al[-\s][\w'\u2019-]+|and|of)){0,5})"
)
# "a 45-year-old |shopkeeper": words of a person's age before the noun that describes him
_AGE = re.compile(rf"\b(?:([Aa]n?)\s+)?(?:{source_alternation('age_words')})\s+")
# "the state news agency |Saba": an outlet's description right before a name
_OUTLET_BEFORE = re.compile(rf"\b(?:{source_alternation('outlet_nouns')})\s+$")
# "Saleem al-Amr, a journalist from ...": a named person speaking for himself.
_PERSON_FIRST = re.compile(
    rf"^\s*(?P<name>[A-Z][\w'\u2019-]+(?:\s+{NAME_WORD}){{1,3}}),\s+(?:a|an|the)\s"
)


def resolve_source(phrase: str, country: str | None = None) -> str | None:
    """The canonical source a speaker phrase stands for ("a spokesman for the Observatory")."""
    d = load_sources()
    # ("a 45-year-old shopkeeper": a shopkeeper; the age tells nothing of the source)
    phrase = _AGE.sub(lambda m: "a " if m.group(1) else "", phrase)
    mentions = find_mentions(phrase, country, need_cue=False)
    for m in mentions:
        entry = d.entries.get(m.name)
        if entry is not None and not entry.generic:
            return m.name
    if mentions and mentions[0].name not in d.entries:
        return mentions[0].name  # a named office: "Qaboun Media Office"
    org = _title_org(phrase) or _outlet_name(phrase)
    if org:
        return org
    person = _PERSON_FIRST.match(phrase)
    if mentions and (person is None or mentions[0].name in PEOPLE_CLASSES):
        return mentions[0].name
    return _named_actor(phrase, country) or (person.group("name") if person else None)


def names_an_outlet(text: str, start: int) -> bool:
    """The name at `start` follows an outlet's description ("the state news agency Saba"): it
    names the outlet, no place (nor a person) of its own."""
    return _OUTLET_BEFORE.search(text, max(0, start - 40), start) is not None


def _outlet_name(phrase: str) -> str | None:
    """The name after an outlet's description: "pro-opposition news agency Ajil Syria"."""
    m = _OUTLET_NAMED.search(phrase)
    return _TRAILING.sub("", m.group("name")).strip() if m else None


def _title_org(phrase: str) -> str | None:
    """A proper-named organisation after a title: "X, manager of the Qaboun Media Office"."""
    m = _TITLE.search(phrase)
    if not m:
        return None
    org = _TRAILING.sub("", m.group("org")).strip()
    return org if len(org) > 2 else None


def _named_actor(phrase: str, country: str | None) -> str | None:
    """A speaker for an armed group or state: "a Houthi spokesman" speaks for the Houthis."""
    from khaldun.actors.resolve import find_actors

    for mention in find_actors(phrase, country):
        if not mention.generic and mention.actor.inter in ARMED_CLASSES:
            return mention.actor.name
    return None
