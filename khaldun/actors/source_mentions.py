"""Sources named in running text: who a claim is attributed to (SOHR, SANA, activists...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from khaldun.actors.phrases import adjective_use
from khaldun.actors.source_lexicon import (
    FILE,
    NAME_WORD,
    SourceDictionary,
    SourceTarget,
    anaphoric_owners,
    forces_words,
    group_spokesman_words,
    load_sources,
    source_alternation,
    strip_the,
)
from khaldun.actors.speech_cues import speaks, titled_speaker
from khaldun.claims.lexicon import alternation as speech_alternation
from khaldun.claims.lexicon import words
from khaldun.data import read_mapping, word_list
from khaldun.nlp.possessive import POSSESSIVE
from khaldun.places.context import TOWN_BEFORE
from khaldun.places.lexicon import admin1_entries, admin1_nouns, building_nouns
from khaldun.records import ARMED_CLASSES, STATE_FORCES


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words that open no office's name ("The", "According")."""
    return frozenset(word_list(FILE, "not_name_words", read_mapping(FILE).get("not_name_words")))


# "the Qaboun Media Office": capitalised words that make a generic office a named one.
_PROPER_BEFORE = re.compile(rf"({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s+\Z")
# A title before a name is someone's rank, not the speaker of the nearest "said"; an
# adjective before an acronym ("the official SANA news agency") names no one either.
_TITLES = words("titles")
_TITLE_BEFORE_NAME = re.compile(r"\s+[A-Z](?:[a-z]|[A-Z]+\b)")
_SEAT_VERBS = f"{speech_alternation('speech_verbs')}|{speech_alternation('denial_verbs')}"
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{speech_alternation('locative_words')}|to|of)\s+\Z", re.I)
_SELF_CUE = re.compile(source_alternation("self_cues"), re.I)


@dataclass
class SourceMention:
    """One source named in a text, with character offsets into that text."""

    start: int
    end: int
    surface: str
    name: str
    wire: bool


def find_sources(text: str, country: str | None = None) -> list[SourceMention]:
    """Sources named in text, in text order; the longest alias wins where aliases overlap.

    Sources that are often actors too ("residents", "the UN", "the Turkish military") count
    only near a speech cue: "residents said", "according to the UN".
    """
    found = _outermost(
        [m for m in find_mentions(text, country, need_cue=True) if not _names_site(text, m)])
    found = _described(text, _naming(text, _outlets_named(text, found)))
    found = _serving(text, _owned(text, _not_voices_owned(text, found)))
    found = _joined(text, found, country)
    taken = [(f.start, f.end) for f in found]
    seats = [
        m for m in _seats_speaking(text) if not any(m.start < e and s < m.end for s, e in taken)
    ]
    return sorted(found + seats, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _site_next() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{speech_alternation('named_site_nouns')})\b", re.I)


def _names_site(text: str, m: SourceMention) -> bool:
    """The source's name begins a site's ("doctors at the al-Thawra hospital"): no source."""
    return bool(_site_next().match(text, m.end))


# "security and medical officials said": a word joined before a source's own words
_JOINED_BEFORE = re.compile(r"\b(?P<word>[A-Za-z]+)\s+(?:and|or)\s+\Z")


def _joined(text: str, found: list[SourceMention], country: str | None) -> list[SourceMention]:
    """With the sources that share a named source's head ("security and medical officials":
    security officials too)."""
    out = list(found)
    for m in found:
        words = strip_the(m.surface).split()
        joined = _JOINED_BEFORE.search(text, max(0, m.start - 30), m.start)
        if len(words) < 2 or joined is None:
            continue
        start, end = joined.span("word")
        if any(o.start < end and start < o.end for o in out):
            continue  # "police and medical sources": a source of its own already
        phrase = " ".join([joined.group("word"), *words[1:]])
        named = find_mentions(phrase, country, need_cue=False)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(phrase):
            out.append(SourceMention(start, end, text[start:end], named[0].name, named[0].wire))
    return sorted(out, key=lambda o: o.start)


# "a statement from their spokesman": a pronoun that owns the generic speaker after it
_PRONOUN_OWNER = re.compile(r"\b(?:its|their)\s+\Z", re.IGNORECASE)


def _not_voices_owned(text: str, found: list[SourceMention]) -> list[SourceMention]:
    """Without a generic speaker a pronoun owns ("the Taliban said in a statement from their
    spokesman"): the voice of the side the sentence names, no class of officials of its own."""
    d = load_sources()
    return [m for m in found
            if not ((e := d.entries.get(m.name)) is not None and e.generic
                    and _PRONOUN_OWNER.search(text, max(0, m.start - 8), m.start))]


# "the U.S. military's Africa Command": from an owner's possessive to the part of it that speaks
_OWNS_NEXT = re.compile(rf"{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}$")


def _owned(text: str, found: list[SourceMention]) -> list[SourceMention]:
    """Without an owner named in the possessive right before a source of its own ("the U.S.
    military's Africa Command" is one source, the command)."""
    return [m for i, m in enumerate(found)
            if i + 1 == len(found) or not _OWNS_NEXT.match(text[m.end : found[i + 1].start])]


@lru_cache(maxsize=1)
def _serves_next() -> re.Pattern[str]:
    """The words from a generic speaker to the source it serves ("a spokesman| for the |rebels",
    "a spokesman| for the Somali |police": the body's own proper words may come between)."""
    return re.compile(
        rf"^\s+(?i:{speech_alternation('serving_preps')})\s+(?i:the\s+)?(?:[A-Z][\w'-]*\s+){{0,2}}$"
    )


def _serving(text: str, found: list[SourceMention]) -> list[SourceMention]:
    """Without a generic speaker that serves the source named right after it ("a spokesman
    for the rebels" is the rebels, one source: codebook §8.5)."""
    d = load_sources()
    return [
        m for i, m in enumerate(found)
        if i + 1 == len(found)
        or not ((e := d.entries.get(m.name)) is not None and e.generic)
        or not _serves_next().match(text[m.end : found[i + 1].start])
    ]


def _outermost(found: list[SourceMention]) -> list[SourceMention]:
    """Without a source inside a longer one named with its words ("Associated Press" in "an
    Associated Press reporter")."""
    return [m for m in found if not any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in found
    )]


def _naming(text: str, found: list[SourceMention]) -> list[SourceMention]:
    """Without a description in lower case set right before the name of another source ("the
    monitoring group Raqqa is Being Slaughtered Silently" is that group, not the Observatory
    the words would stand for alone)."""
    d = load_sources()
    return [
        m for i, m in enumerate(found)
        if i + 1 == len(found)
        or not _in_lower_case(strip_the(m.surface))
        # ("the government said security forces ...": a speaker with its verb describes none)
        or m.surface.split()[-1].lower() in words("speech_verbs")
        or text[m.end : (n := found[i + 1]).start].strip()
        or n.name == m.name
        or ((e := d.entries.get(n.name)) is not None and e.generic)
    ]


# "the opposition website |Zaman al-Wasl": a generic source that ends in an outlet's description
_OUTLET_END = re.compile(rf"\b(?:{source_alternation('outlet_nouns')})\Z")
# ... and the outlet's proper name right after it
_OUTLET_NAME_NEXT = re.compile(
    r"\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|al[-\s][\w'\u2019-]+|and|of))"
    r"{0,5})")


def _outlets_named(text: str, found: list[SourceMention]) -> list[SourceMention]:
    """A generic source in lower case that describes an outlet, with the outlet's proper name
    right after it that names no source of its own ("the opposition website Zaman al-Wasl
    said"): the source is that outlet, as written."""
    d = load_sources()
    out = []
    for m in found:
        entry = d.entries.get(m.name)
        named = _OUTLET_NAME_NEXT.match(text, m.end)
        if (entry is not None and entry.generic and named is not None
                and _in_lower_case(strip_the(m.surface)) and _OUTLET_END.search(m.surface)
                and not any(o.start < named.end() and named.start("name") < o.end
                            for o in found if o is not m)):
            name = re.sub(r"(?:\s+(?:and|of))+$", "", named.group("name"))
            end = named.start("name") + len(name)
            out.append(SourceMention(m.start, end, text[m.start:end], name, False))
        else:
            out.append(m)
    return out


def _in_lower_case(words: str) -> bool:
    """Lower case but for the capital that may open a sentence ("Pro-government daily")."""
    return (words[:1].lower() + words[1:]).islower()


# "the White Helmets rescue service", "the Observatory, a Britain-based monitoring group":
# the words between a named source and a generic one that describes it
_DESCRIBED_GAP = re.compile(r"^\s*(?:,\s*(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,4}?)?$")


def _described(text: str, found: list[SourceMention]) -> list[SourceMention]:
    """Without the generic sources that only describe the named source before them (one
    source, not two: codebook §8.5)."""
    d = load_sources()
    named = [m for m in found if (e := d.entries.get(m.name)) is None or not e.generic]
    return [
        m for m in found
        if m in named or not any(
            n.end <= m.start and _DESCRIBED_GAP.match(text[n.end : m.start]) for n in named
        )
    ]


def _seats_speaking(text: str) -> list[SourceMention]:
    """ "Moscow denied", "Kyiv said": a capital as a speaker stands for its government."""
    out = []
    for m in _seat_pattern().finditer(text):
        if _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "officials in Moscow said": where they are
        if _named_with(text, m.start()):
            continue  # "Radio Mogadishu reported": a name the capital ends
        name = f"{_capitals()[m.group('seat')]} government"
        out.append(SourceMention(m.start(), m.end("seat"), m.group("seat"), name, False))
    return out


def _named_with(text: str, start: int) -> bool:
    """The word right before `start` is a capitalised word of the same name ("Radio
    Mogadishu"), not one that opens a sentence ("But Kabul said")."""
    before = _PROPER_BEFORE.search(text, 0, start)
    return before is not None and before.group(1).split()[-1] not in _not_names()


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital name -> the demonym of its country."""
    from khaldun.actors.dictionary import load
    from khaldun.places import get_gazetteer

    countries = load().countries
    return {
        seat: countries[iso].demonyms[0]
        for iso, seat in get_gazetteer().capitals.items()
        if iso in countries and countries[iso].demonyms
    }


@lru_cache(maxsize=1)
def _seat_pattern() -> re.Pattern[str]:
    seats = "|".join(re.escape(c) for c in sorted(_capitals(), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<seat>{seats})\s+(?:has\s+|have\s+|had\s+)?(?:{_SEAT_VERBS})\b"
    )


def find_mentions(text: str, country: str | None, need_cue: bool) -> list[SourceMention]:
    """Dictionary sources named in text, each read on its own (need_cue: the ones that count
    only near a speech cue must have one)."""
    from khaldun.actors.resolve import country_before

    d = load_sources()
    out = []
    for hit in d.index.find(text):
        # ("the Saudi civil defence" in a story from Syria: another state's body, not the
        # one a local alias names at home)
        state = country_before(text, hit.start)
        name = _choose(d, [e.target for e in hit.entries], country, state and state[1])
        if name is None:
            continue
        entry = d.entries.get(name)
        if TOWN_BEFORE.search(text, max(0, hit.start - 30), hit.start):
            continue  # "the town of Mayadeen": a place named like an outlet
        if _building_after(text, hit.end):
            continue  # "a doctor at Al-Thawra hospital": a building named like an outlet
        if adjective_use(text, hit.start, hit.end, generic=entry is None or entry.generic):
            continue  # "pro-opposition", "rebel-held"
        if need_cue and entry is not None and entry.cue and not _speaks(text, hit):
            continue
        named_itself = entry is not None and entry.inside_names and (
            entry.proper_name or entry.as_written)
        if entry is not None and entry.cue and not named_itself and _in_a_name(text, hit):
            continue  # "the Sudan Doctors Network": a name of its own, not doctors
        if entry is not None and entry.generic and _runs_into_a_name(text, hit):
            continue  # "the local People's Defense Force": a name, not local people
        if entry is not None and entry.generic and _TITLE_BEFORE_NAME.match(text, hit.end):
            titled = titled_speaker(text, hit.start, hit.end)
            if hit.surface.split()[-1].lower() in _TITLES and not titled:
                continue  # "President Bashar al-Assad": a title, the person is someone else
        start = hit.start
        member = _member_before(text, hit.start) if entry is not None and entry.members else None
        if member is not None and _a_groups_name(text, hit, country):
            member = None  # "a member of the Arakan Army": the group speaks, as it is named
        if entry is not None and entry.members and member is not None:
            start, name = member, entry.members  # "an officer in the Iraqi army": a member
        elif entry is not None and entry.as_written:
            start, name = _as_written(text, hit, country)
        elif entry is not None and entry.proper_name:
            named = _proper_before(text, hit.start)
            if named:  # ("the LNA's media office": the LNA media office, no owner's 's)
                owner = re.sub(rf"{POSSESSIVE}$", "", named[1])
                start, name = named[0], f"{owner} {strip_the(hit.surface)}"
            else:  # "the provincial governor": no name of its own, a class of source if any
                others = [e.target for e in hit.entries if e.target.name != entry.name]
                name = _choose(d, others, country) if others else name
                entry = d.entries.get(name or "")
                if name is None:
                    continue
        if entry is not None and entry.at_home:
            # "a U.S. official said": a state's official only as the country's words name one
            people = _people_before(text, hit.start) if state is None else None
            if state is None and people is None:
                continue
            if people is not None:  # "a Kurdish official said": named as written
                start, name = people, text[people : hit.end]
            else:
                foreign = _foreign_office(text, hit, country) if country else None
                start, name = foreign or (state[0], entry.at_home)
        elif entry is not None and entry.national and country:
            start, name = _foreign_office(text, hit, country) or (start, name)
        if entry is not None and entry.of_state:
            if _OWNER_OF.search(text, max(0, hit.start - 40), hit.start):
                continue  # "the health ministry of the exiled government said": the ministry
            name = _government(text, hit, country) or name
        official = entry is not None and (entry.generic or entry.national)
        # ("a Houthi spokesman", "Houthi military spokesman X": the forces' own spokesman)
        *qualifiers, noun = strip_the(hit.surface).lower().split() or [""]
        bare = noun in group_spokesman_words()[1] | _owned_speakers() and set(
            qualifiers) <= forces_words()
        owner = _armed_owner(text, hit.start, country, bare) if official else None
        if owner is not None and owner[1] is None:
            continue  # "the group's spokesman": the group's, not an official's
        if owner is not None:
            start, name = owner
        elif official and (served := _armed_served(text, hit.end, country)):
            name = served
        wire = bool(entry and entry.wire)
        out.append(SourceMention(start, hit.end, text[start : hit.end], name, wire))
    return out


def _people_before(text: str, start: int) -> int | None:
    """Where the name of a people without a state of its own ("Kurdish", `people_words` in
    sources.yaml) starts, right before start; None when no such word is there."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m and m.group(1) in _people_words() else None


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return frozenset(word_list(FILE, "people_words", read_mapping(FILE).get("people_words")))


def _building_after(text: str, end: int) -> bool:
    """A building noun in lower case follows ("X hospital", "the X mosque": places.lexicon
    building_nouns), so the name before it is the building's."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in building_nouns()


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _choose(d: SourceDictionary, targets: list[SourceTarget], country: str | None,
            named: str | None = None) -> str | None:
    """Prefer a source of this country; local aliases count only at home or with no country,
    and not after another state's name (named: the country a demonym before the mention
    names)."""
    usable: list[str] = []
    for t in targets:
        if t.role:
            role = d.roles[t.role]
            usable.append((role.get("by_country") or {}).get(country or "", role["default"]))
            continue
        entry = d.entries[t.name or ""]
        if t.local and entry.countries and any(
                c and c not in entry.countries for c in (country, named)):
            continue
        usable.append(entry.name)
    if not usable:
        return None
    home = [n for n in usable if country and country in _countries_of(d, n)]
    return (home or usable)[0]


def _countries_of(d: SourceDictionary, name: str) -> tuple[str, ...]:
    entry = d.entries.get(name)
    return entry.countries if entry else ()


def _speaks(text: str, hit: Any) -> bool:
    """A speech cue next to the mention: "X said", "according to X", "a X spokesman"."""
    return bool(_SELF_CUE.search(hit.surface)) or speaks(text, hit.start, hit.end)


def _proper_before(text: str, start: int) -> tuple[int, str] | None:
    """Capitalised words just before start (not sentence words like "The"): (start, words)."""
    m = _PROPER_BEFORE.search(text, max(0, start - 60), start)
    if not m:
        return None
    words = m.group(1).split()
    while words and words[0] in _not_names():
        words.pop(0)
    if not words:
        return None
    return start - len(m.group(0)) + m.group(0).index(words[0]), " ".join(words)


def _a_groups_name(text: str, hit: Any, country: str | None) -> bool:
    """The body's words end the name of an armed group of the actor dictionary, not a state's
    forces ("the Arakan Army", not "the Iraqi army")."""
    from khaldun.actors.resolve import find_actors

    named = _proper_before(text, hit.start)
    if not named:
        return False
    phrase = text[named[0] : hit.end]
    return any(not a.generic and a.actor.inter in ARMED_CLASSES - {STATE_FORCES}
               and a.start == 0 and a.end == len(phrase) for a in find_actors(phrase, country))


def _as_written(text: str, hit: Any, country: str | None) -> tuple[int, str]:
    """An office named by its own words, without its article and the words for its voice
    ("an army spokesman": army), with the proper words before it ("the Gaza health ministry",
    "Borno state governor", "the Somali National Army") or the place after it that it serves
    ("the governor of Kandahar": Kandahar governor): (start, name). The story's own state
    named before it is no part of its name ("the Afghan defence ministry" in a story from
    Afghanistan, as "Syrian state television" is state television)."""
    start, words = _own_words(hit)
    named = _without_own_state(_proper_before(text, hit.start), country)
    if named and re.search(rf"{POSSESSIVE}$", named[1]):
        # "Iraq's interior ministry": a state owns it, no part of the office's own name; a
        # place of its own ("Anbar's governor") names the office it has, as "Anbar governor"
        owner = re.sub(rf"{POSSESSIVE}$", "", named[1])
        named = (named[0], owner) if _a_place_of_its_own(owner, country) else None
    if not (named and named[1]) and words[1:] == words[1:].lower():
        # "Defence ministry" opening a sentence is the office written "defence ministry"
        words = words[:1].lower() + words[1:]
    if named:
        return named[0], f"{named[1]} {words}".strip()
    served = _PLACE_AFTER.match(text, hit.end)
    if served and not _a_country(served.group("place")):
        return start, f"{served.group('place')} {words}"
    return start, words


_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)


@lru_cache(maxsize=1)
def _member_pattern() -> re.Pattern[str]:
    """An unnamed member of the body named right after ("a source in the", "an officer of the
    Iraqi": its own state's name may come between)."""
    return re.compile(
        rf"\b(?:(?i:an?|the)\s+)?(?:[a-z]+\s+)?(?i:{source_alternation('member_nouns')})\s+"
        rf"(?i:{source_alternation('member_preps')})\s+(?:(?i:the)\s+)?(?:{NAME_WORD}\s+)?\Z"
    )


def _member_before(text: str, start: int) -> int | None:
    """Where an unnamed member's words open right before a body's name, if they do."""
    m = _member_pattern().search(text, max(0, start - 60), start)
    return m.start() if m else None


def _own_words(hit: Any) -> tuple[int, str]:
    """Where an office's own words begin in the text, and the words: the mention without its
    article and without the words for its voice after them ("the army's statement": army)."""
    surface = hit.surface
    article = _ARTICLE.match(surface)
    lead = article.end() if article else 0
    own = _voice_after().sub("", surface[lead:])
    return hit.start + lead, re.sub(rf"{POSSESSIVE}$", "", own)


def without_voice(words: str) -> str:
    """A body's words without the words for its voice after them ("LNA spokesman": LNA)."""
    return _voice_after().sub("", words)


@lru_cache(maxsize=1)
def _voice_after() -> re.Pattern[str]:
    return re.compile(rf"(?<=\S)\s+(?:{source_alternation('voice_words')})$", re.I)


def _without_own_state(
    named: tuple[int, str] | None, country: str | None
) -> tuple[int, str] | None:
    """Proper words before an office without the story's own state's demonym or "<name>'s"
    opening them ("Yemen's Houthi-run": Houthi-run); a demonym opening a longer proper name
    stays ("Somali National": the Somali National Army)."""
    from khaldun.actors.dictionary import load

    state = load().countries.get(country or "")
    if named is None or state is None:
        return named
    first, _, rest = named[1].partition(" ")
    own = {w.casefold() for w in (*state.demonyms, *state.names)}
    bare = re.sub(rf"{POSSESSIVE}$", "", first)
    if bare.casefold() not in own or (rest and bare == first):
        return named
    return named[0], rest  # (the mention still opens with the state's words)


# "the mayor of Bankass": the place an office serves, named right after it
_PLACE_AFTER = re.compile(rf"\s+of\s+(?P<place>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?![\w-])")


def _a_place_of_its_own(words: str, country: str | None) -> bool:
    """The words name no country and no actor ("Anbar", not "Iraq" or "Hezbollah"): a place
    whose own office ("Anbar's governor") is named after it."""
    from khaldun.actors.resolve import find_actors

    return not _a_country(words) and not find_actors(words, country)


def _a_country(words: str) -> bool:
    """The words name a country ("the foreign minister of Iraq"): the state's office."""
    from khaldun.actors.dictionary import load

    folded = words.casefold()
    return any(folded == n.casefold() for c in load().countries.values() for n in c.names)


def _foreign_office(text: str, hit: Any, country: str) -> tuple[int, str] | None:
    """ "Russia's defence ministry" in a story from Ukraine: another state's office, a source
    of its own (the dictionary's, if it has one): (start, name)."""
    from khaldun.actors.resolve import country_before

    found = country_before(text, hit.start)
    if found is None or found[1] == country:
        return None
    name = f"{found[2]} {strip_the(hit.surface)}"
    d = load_sources()
    known = [
        m.name for m in find_mentions(name, None, need_cue=False)
        if (e := d.entries.get(m.name)) is not None and not e.generic
    ]
    return found[0], (known or [name])[0]


# "the ministry of the exiled government": a government that owns the office named before it
_OWNER_OF = re.compile(r"\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}\Z", re.I)


def _government(text: str, hit: Any, country: str | None) -> str | None:
    """ "a government spokesman" in a story from Nigeria: "Nigerian government"; "the Russian
    government": "Russian government"; "the regional government": local officials (None where
    the country is unknown)."""
    from khaldun.actors.dictionary import load
    from khaldun.actors.resolve import country_before

    before = text[max(0, hit.start - 30) : hit.start].split()
    if before and before[-1].lower() in _local_government_words():
        return "local officials"
    found = country_before(text, hit.start)
    if found is not None:
        return f"{found[2]} government"
    state = load().countries.get(country or "")
    return f"{state.demonyms[0]} government" if state and state.demonyms else None


@lru_cache(maxsize=1)
def _local_government_words() -> frozenset[str]:
    raw = read_mapping(FILE).get("local_government_words")
    return frozenset(w.lower() for w in word_list(FILE, "local_government_words", raw))


# Capitalised words before a generic alias: two, or one with another after it
_NAME_BEFORE = re.compile(rf"{NAME_WORD}\s+(?:{NAME_WORD}\s+)?\Z")
_NAME_AFTER = re.compile(rf"\s+{NAME_WORD}")


# "People's Defense Force", "People Power": capitalised words going on after a word
_NAME_GOES_ON = re.compile(rf"(?:['’]s)?\s+{NAME_WORD}")


def _runs_into_a_name(text: str, hit: Any) -> bool:
    """A generic alias whose last word, capitalised inside the sentence, begins a proper name
    that goes on after it ("the local People's Defense Force": not local people)."""
    said = hit.surface.split()
    return len(said) > 1 and said[0][:1].islower() and said[-1][:1].isupper() and bool(
        _NAME_GOES_ON.match(text, hit.end))


def _in_a_name(text: str, hit: Any) -> bool:
    """A capitalised generic alias inside a longer proper name ("Sudan Doctors Network",
    "the National Alliance Army said")."""
    if not hit.surface[:1].isupper():
        return False
    if _NAME_OF_BEFORE.search(text, max(0, hit.start - 60), hit.start):
        return True
    before = _NAME_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if before is None:
        return False
    words = [w for w in before.group(0).split() if w not in _not_names()]
    if _names_a_province(words):
        return False  # "the Kano State Police Command": the province's police, no name
    return len(words) >= 2 or (len(words) == 1 and _NAME_AFTER.match(text, hit.end) is not None)


def _names_a_province(words: list[str]) -> bool:
    """The words name a first-level division ("Kano State", "Nineveh Province", "Basra")."""
    if not words:
        return False
    if words[-1].lower() in admin1_nouns():
        return True
    return " ".join(words).lower() in _province_names()


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    return frozenset(n.lower() for e in admin1_entries().values() for n in (e.name, *e.aliases))


# "the Central Committee of Sudanese Doctors": a name's words, "of", and the alias's own
_NAME_OF_BEFORE = re.compile(rf"{NAME_WORD}\s+of\s+(?:the\s+)?(?:{NAME_WORD}\s+)?\Z")


@lru_cache(maxsize=1)
def _owned_speakers() -> frozenset[str]:
    """Speakers a name before them owns as a spokesman is owned ("Houthi officials")."""
    raw = read_mapping(FILE).get("owned_speaker_nouns")
    return frozenset(word_list(FILE, "owned_speaker_nouns", raw))


# "the group's military spokesman", "Al Shabaab's spokesman", "Al Shabaab's military
# operations spokesman": whose official speaks
_OWNER = re.compile(
    rf"(?P<owner>(?i:the)\s+[a-z]+|{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}){POSSESSIVE}\s+"
    r"(?:[a-z]+\s+){0,3}\Z"
)


# "M23 spokesman Lawrence Kanyuka": a group's name set right before its official
_NAMED_OWNER = re.compile(rf"(?P<owner>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s+\Z")


def _armed_owner(
    text: str, start: int, country: str | None, bare: bool = False
) -> tuple[int, str | None] | None:
    """The armed group that owns the speaker ("Al Shabaab's spokesman", "M23 spokesman"):
    (start, its name); None for the name when the owner only stands for a group named before
    ("the group's spokesman"). A state's forces own a `bare` spokesman ("a Houthi spokesman")
    but not an office's ("the Taliban's police spokesman" is the police's)."""
    from khaldun.actors.resolve import find_actors

    m = _OWNER.search(text, max(0, start - 60), start)
    if m is None:
        m = _NAMED_OWNER.search(text, max(0, start - 60), start)
    elif m.group("owner").lower().split()[-1] in anaphoric_owners():
        return m.start(), None
    if m is None:
        return None
    found = [a for a in find_actors(m.group("owner"), country) if not a.generic]
    classes = ARMED_CLASSES if bare else ARMED_CLASSES - {STATE_FORCES}
    armed = [a.actor.name for a in found if a.actor.inter in classes]
    return (m.start(), armed[0]) if armed else None


# How far after "a spokesman for" the armed group he serves may begin ("the rebel group X").
_SERVED_WITHIN = 25


def _armed_served(text: str, end: int, country: str | None) -> str | None:
    """The armed group a speaker serves, named right after him ("a spokesman for the Houthis",
    "a spokesman for the rebel group X"): the group speaks (codebook §6)."""
    from khaldun.actors.resolve import find_actors

    prep = _serves_after().match(text, end)
    if prep is None:
        return None
    rest = re.split(r"[,;.\"]", text[prep.end() : prep.end() + 80])[0]
    found = [a for a in find_actors(rest, country) if not a.generic and a.start <= _SERVED_WITHIN]
    armed = [a.actor.name for a in found if a.actor.inter in ARMED_CLASSES - {STATE_FORCES}]
    return armed[0] if armed else None


@lru_cache(maxsize=1)
def _serves_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{speech_alternation('serving_preps')})\s+", re.I)
