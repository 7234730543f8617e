"""Who says what a sentence says: attribution cues and the sources they point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khaldun.actors import SourceMention, find_actors, find_sources, resolve_source
from khaldun.actors.source_lexicon import (
    NAME_WORD,
    group_spokesman_words,
    is_wire,
    load_sources,
    role_nouns,
    source_alternation,
)
from khaldun.claims.lexicon import alternation, not_sources, speech, speech_after, words
from khaldun.dates import find_dateline
from khaldun.nlp.grammar_words import words as grammar_words
from khaldun.nlp.initials import compile_guarded
from khaldun.records import ARMED_CLASSES, REPORTER

_CUE = compile_guarded(rf"\b(?:{speech()})\b", re.IGNORECASE)
_DENIAL = re.compile(rf"\b(?:{alternation('denial_verbs')})\b", re.IGNORECASE)
# "he said", "he accused the army of ...": a stand-in for the speaker named before
_TOLL_GIVEN = (  # "he put the toll at 18", "she gave the death toll as 12"
    rf"(?:{'|'.join(sorted(grammar_words()['toll_statement_verbs']))})\s+(?:the\s+)?"
    rf"(?:death\s+)?(?:{'|'.join(sorted(grammar_words()['toll_nouns']))})"
)
# ("he also said", "it later added": an adverb between)
_ADVERB = rf"(?:(?:{alternation('speech_adverbs')})\s+)?"
# ("the group, which formed last year, added", "the report, released in Geneva, said": an
# aside between)
_STAND_IN_ASIDE = (
    rf"(?:,\s+(?:{alternation('aside_openers')}|{alternation('aside_participles')})\s+"
    r"[^,;\"“”]{1,160},)?")
_PRONOUN_SUBJECT = re.compile(
    rf"\b(?P<who>{alternation('pronoun_speakers')}){_STAND_IN_ASIDE}\s+{_ADVERB}"
    rf"(?:{speech_after(role=True)}|{alternation('accusation_verbs')}|{_TOLL_GIVEN})\b",
    re.IGNORECASE,
)
# "it denied", "the statement denied": a stand-in for the speaker named before who denies
_PRONOUN_DENIES = re.compile(
    rf"\b(?P<who>{alternation('pronoun_speakers')})\s+{_ADVERB}"
    rf"(?:{alternation('denial_verbs')})\b",
    re.IGNORECASE,
)
# "according to the group": a stand-in for the speaker named before, cited
_PRONOUN_CITED = re.compile(
    rf"\b(?:{alternation('relaying_cues')})\s+(?P<who>{alternation('cited_stand_ins')})\b",
    re.IGNORECASE,
)
# " and the ", ", as well as ": what joins two sources that speak together
_JOINED = re.compile(
    rf"\s*,?\s+(?:{alternation('source_conjunctions')})\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
# "Its spokesman, X, said": the voice of the speaker named before, opening the sentence
_OWNED_VOICE = re.compile(rf"^\W*(?P<who>{alternation('owned_voices')})\b", re.IGNORECASE)
# "statement", "spokesman": what owns a voice in "its statement", "its spokesman"
_OWNED_NOUNS = "|".join(sorted({v.split()[-1] for v in words("owned_voices")}))
# "the committee said": a stand-in for the speaker named before, if its name ends so
_STAND_IN = re.compile(
    # ("the officials, who spoke on condition of anonymity, said": an aside between)
    rf"\bthe\s+(?P<noun>[a-z]+)(?:,\s+(?:{alternation('aside_openers')})\s+[^,]{{1,160}},)?"
    rf"\s+{_ADVERB}(?:{speech_after()})\b"
    # "..., said the officer": the same, after its verb
    rf"|\b(?:{speech_after()})\s+the\s+(?P<after>[a-z]+)\b(?!\s+(?:of|for)\b)"
    # "ministry spokesman X said" after the defence ministry spoke: its spokesman
    rf"|\b(?P<owner>[a-z]+)\s+(?:{'|'.join(sorted(group_spokesman_words()[1]))})\b"
    # "the ministry's statement added" after the defence ministry spoke: its voice, owned by
    # its own noun as "its statement" is by a pronoun
    rf"|\bthe\s+(?P<possessor>[a-z]+)['’]s\s+(?:{_OWNED_NOUNS})\s+{_ADVERB}(?:{speech_after()})\b"
    # "one of the officers said", "another officer said" after two army officers spoke: one
    # of the speakers named before (not of a body: "another group said" is a new source)
    rf"|\b(?:{alternation('member_stand_ins')})\s+"
    rf"(?!(?:{alternation('organisation_nouns')})\b)(?P<member>[a-z]+)\s+(?:{speech_after()})\b",
    re.IGNORECASE,
)
# A proper name right after "reported"/"according to" or right before "said": an unknown source.
_AFTER_CUE = re.compile(
    rf"\b(?i:{alternation('name_after_cues')})\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:(?!(?:{alternation('cue_filler_stops')})\b)[a-z-]+\s+){{0,3}}?(?P<name>[A-Z][\w'’-]+"
    r"(?:\s+(?:[A-Z][\w'’-]+|al-\w+|(?:of|for)(?:\s+the)?(?=\s+[A-Z])|and))*"
    # "according to a statement from the Colombian army": the body its adjective names
    rf"(?:\s+(?:{alternation('organisation_nouns')})\b)?)"
)
_BEFORE_CUE = re.compile(
    # "the Institute for the Study of War said": "of the", "for the" inside a name
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|(?:of|for)(?:\s+the)?(?=\s+[A-Z])))*)"
    r"\s*,?\s+"
    # "Saleem al-Amr, a journalist from the countryside, told ...": an aside between
    r"(?:(?:a|an|the)\s+[^,;\"“”]{1,80},\s+)?"
    rf"(?:{speech_after()})\b"
)
# "a local resistance committee said", "according to the Emergency Lawyers group": an
# organisation named by its description (no article, "of" or "and" inside it)
_DESCRIBED = (
    r"(?i:a|an|the)\s+(?P<name>(?:(?!(?i:a|an|the|of|and|in|said)\b)[\w'’-]+\s+){1,4}?"
    rf"(?i:{alternation('organisation_nouns')}))\b"
)
_ORGANISATION_BEFORE = re.compile(
    rf"\b{_DESCRIBED},?\s+(?:{speech_after()})\b", re.IGNORECASE
)
_ORGANISATION_AFTER = re.compile(
    rf"\b(?:{alternation('name_after_cues')})\s+{_DESCRIBED}", re.IGNORECASE
)
_NOT_SOURCES = not_sources()
_ARTICLE = re.compile(r"(?:The|A|An)\s+(?=[A-Z])")
_MEMBER_OF = re.compile(
    rf"\s+(?:{alternation('member_preps')})\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){{0,2}}",
    re.IGNORECASE)
# "Major General Ali Musa said": the ranks before a speaker's name, no part of it
_RANKS = re.compile(rf"(?:(?:{alternation('ranks')})\.?\s+)+(?=[A-Z])")
# "citing a hospital official": the relay cue right before the one cited
_RELAYED = re.compile(rf"\b(?:{alternation('relay_cues')})\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "state television(, which cited|said, citing)": the relay cue right after the one citing
_RELAYS = re.compile(
    rf"(?:\s+(?:{speech_after()}))?\s*,?\s*(?:{alternation('relay_cues')})\b", re.IGNORECASE
)
# "a military source told SANA": the one told relays the claim; it does not make it
_LISTENER = re.compile(
    rf"\b(?:{alternation('listener_verbs')})\s+(?:(?:{alternation('listener_determiners')})\s+)?$"
    # ("in a statement carried by the official news agency"): the outlet that carries it
    rf"|\b(?:{alternation('carrier_cues')})\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,2}}$",
    re.IGNORECASE,
)
# "killed 20 people, including government officials": among the counted, not a speaker
_INCLUDED = re.compile(
    rf"\b(?:{alternation('inclusion_cues')})\s+(?:[\w'-]+\s+){{0,3}}$", re.IGNORECASE
)
_LOCATIVE = re.compile(
    rf"\b(?:{alternation('locative_words')})\s+(?:the\s+)?$", re.IGNORECASE
)
# "according to a statement from the X Command": "from" names who issued it, not a place
_CITED = re.compile(
    rf"\b(?:{alternation('source_cues_before')})\s+(?:the\s+)?$", re.IGNORECASE
)
_AGENTLESS = re.compile(rf"\b(?:{alternation('agentless_cues')})\b", re.IGNORECASE)
# '"Our men held the hill."': a sentence that opens a quotation with no cue of its own
_QUOTE_OPENS = re.compile(r"^\s*[\"“]")
# the source of a claim the text attributes to no one it names ("it was claimed that")
UNNAMED = "unnamed sources"


@dataclass(frozen=True)
class Attribution:
    """One source a sentence attributes its content to."""

    source: str
    originator: str
    denial: bool = False
    at: int | None = None  # where the sentence names the source (None: the outlet's own voice)
    said_as: str = ""  # the words that name it there ("Niger's defence ministry")


def attribute(
    sentence: str,
    country: str | None,
    previous: list[Attribution],
    mentions: list[SourceMention],
    people: dict[str, str] | None = None,
    earlier: Sequence[Attribution] = (),
) -> list[Attribution]:
    """Sources of a sentence: named sources near a cue, the previous speaker for 'he said' (for
    "the ministry said", the last of the `earlier` speakers so named if the previous is not),
    else the outlet's own voice. `people` maps the names of people met earlier in the article
    to the source they speak for ("Abu Kinan, an activist in Daraya" ... "Kinan said"); it is
    updated here."""
    people = {} if people is None else people
    mentions = _one_of_before(sentence, mentions, [*earlier, *previous])
    mentions = _without_members(sentence, _same_speakers(sentence, mentions, previous))
    _learn_people(sentence, mentions, people)
    if not _CUE.search(sentence):
        if _QUOTE_OPENS.match(sentence) and any(p.source != REPORTER for p in previous):
            # a quote running on from the speaker named before (named nowhere in it)
            return [replace(p, at=None) for p in previous]
        return [Attribution(REPORTER, REPORTER)]
    # "KHARTOUM (Reuters) -": the wire whose dispatch this is speaks in its own voice
    dateline = find_dateline(sentence)
    opening = dateline.end if dateline is not None else 0
    # ("a statement received by the Iraqi News Agency (INA)": the one told, named again)
    told = {m.name for m in mentions if _LISTENER.search(sentence, 0, m.start)}
    mentions = [
        m
        for m in mentions
        if not (m.wire and m.start < opening)
        and not _reported_subject(sentence, m.start, m.end)
        and m.name not in told
        and not _INCLUDED.search(sentence, 0, m.start)
    ]
    mentions = _without_relays(sentence, mentions)
    cues = [c.span() for c in _CUE.finditer(sentence)]
    speaking = [m for m in mentions if _next_to_cue(sentence, m.start, m.end, cues)]
    # ("according to the LCC and the Observatory": the one joined to a speaker speaks too)
    speaking += [m for m in mentions if m not in speaking and any(
        _JOINED.fullmatch(sentence, *sorted((s.end, m.start) if s.end <= m.start else
                                            (m.end, s.start))) for s in speaking)]
    speaking.sort(key=lambda m: m.start)
    # "SOHR, a monitor with local sources, said": the sources inside the aside are SOHR's
    asides = [(m.end, c) for m in speaking for c, _ in cues if _aside(sentence, m.end, c)]
    speaking = [m for m in speaking if not any(a < m.start < c for a, c in asides)]
    mentions = speaking or mentions
    spans = [(m.start, m.end, m.name) for m in mentions if not m.wire]
    if not spans:
        spans = [
            (start, end, _described_before(sentence, start, previous)
             or _organisation_named_before(name, [*earlier, *previous])
             or _speaks_for(name, people))
            for start, end, name in unknown_sources(sentence, country)
        ]
        _learn_named(sentence, spans, people)
    outlet = _outlet_stand_in(sentence, mentions, [*earlier, *previous])
    if outlet:
        return outlet
    back, noun = _back_reference(sentence, previous)
    if back is None and earlier:
        # "the ministry said" after residents spoke: the ministry that spoke before them
        back, noun = _back_reference(sentence, earlier)
        previous = [p for p in reversed(earlier) if noun in _last_words(p)][:1] if back else []
    # (a class of source after the stand-in's verb is what it said: "he said 15 fighters died";
    # so is a name no list knows with no cue of its own: "they reported shelling of Azaz")
    if back and previous and all(
            back.start() <= s < back.end() or (s >= back.end() and (
                _generic(name) or _told_of(sentence, back.end(), s, name)))
            for s, _, name in spans):
        # "he said", "the official said": the speaker named before ("the ministry said":
        # the one of them it names), speaking where this sentence stands for it; it denies
        # only where its verb here denies (not because it denied before)
        said = [p for p in previous if noun in _last_words(p)] if noun else previous
        denies = bool(_DENIAL.search(back.group())) or _denies(sentence, back.start(), back.end())
        return [replace(p, at=back.start(), denial=denies) for p in said]
    if not spans:
        spans = [(m.start, m.end, m.name) for m in mentions if m.wire]
    if not spans:
        unnamed = _AGENTLESS.search(sentence)
        if unnamed:
            return [Attribution(UNNAMED, UNNAMED, at=unnamed.start())]
        return [Attribution(REPORTER, REPORTER)]
    # A wire relaying a named source is that source's claim: the originator counts.
    out: dict[str, Attribution] = {}
    for start, end, name in _named_after_description(sentence, spans):
        denies = _denies(sentence, start, end)
        said_as = _with_title_before(sentence, start, sentence[start:end])
        out.setdefault(name, Attribution(name, name, denies, start, said_as))
    return list(out.values())


def _with_title_before(sentence: str, start: int, said_as: str) -> str:
    """The words that name a source, with the title of the one who spoke for it after them
    ("a spokesman for the Kirkuk police": "Kirkuk police spokesman"), by which a later "the
    spokesman said" names it again (codebook §8.5: one source named twice in other words)."""
    title = _role_for().search(sentence, max(0, start - 60), start)
    if title is None or title.group("title").lower() in said_as.lower().split():
        return said_as
    return f"{said_as} {title.group('title').lower()}"


@lru_cache(maxsize=1)
def _role_for() -> re.Pattern[str]:
    """ "a spokesman for the |": a role held for the source named right after it."""
    roles = "|".join(sorted((w.lower() for w in role_nouns()), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<title>(?i:{roles}))\s+(?:{alternation('serving_preps')})\s+(?:the\s+)?"
        rf"(?:{NAME_WORD}\s+){{0,3}}$")


def _named_after_description(
    sentence: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The spans less a lower-case description right before the name it describes ("the
    internet monitoring group NetBlocks": NetBlocks alone)."""
    starts = {start for start, _, _ in spans if sentence[start : start + 1].isupper()}
    return [
        (start, end, name) for start, end, name in spans
        if not (sentence[start:end].islower() and sentence[end:end + 1] == " "
                and end + 1 in starts)
    ]


# "Agbor Balla": a person's name, two to four capitalised words
_PERSON_NAME = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}")


def _learn_named(sentence: str, spans: list[tuple[int, int, str]], people: dict[str, str]) -> None:
    """ "according to Agbor Balla, a lawyer" ... "Balla said": a person no list knows, named
    in full by a cue, is known later by the last of his names (one source, codebook §8.5)."""
    for start, end, name in spans:
        said = sentence[start:end]
        if name != said or not _PERSON_NAME.fullmatch(said):
            continue
        if any(w.lower() in words("organisation_nouns") for w in said.split()):
            continue
        people.setdefault(_bare(said.split()[-1]), name)


# "the interior ministry said, according to the Pajhwok news agency": the one after
# "according to" reports what the one before said
_ACCORDING_TO = re.compile(rf"\b(?:{alternation('relaying_cues')})\s+(?:the\s+)?$", re.I)
_SAID_THEN = re.compile(rf"^\s+(?:{speech_after()})\b[^.;]{{0,40}}?,\s*$", re.I)
# "X reported that, according to Y, ...": "according to" inside what the one before reports
_CLAUSE_OPENS = re.compile(rf"\b(?:{alternation('reported_clause_openers')})\b", re.I)


def _said_according_to(sentence: str, mentions: list[SourceMention]) -> list[SourceMention]:
    """The mentions less one that only relays, "according to" it, what the mention before it
    said (codebook §8.5); where the words between open what the one before reports ("the TV
    reported that, according to a military source, ..."), the one before relays instead."""
    out = []
    relays: set[int] = set()
    for i, m in enumerate(mentions):
        told = _ACCORDING_TO.search(sentence, max(0, m.start - 20), m.start)
        before = [p for p in mentions[:i] if told and _SAID_THEN.match(
            sentence[p.end:told.start()])]
        inside = [p for p in before if _CLAUSE_OPENS.search(sentence, p.end, told.start())]
        if before and not inside:
            continue
        relays.update(id(p) for p in inside)
        out.append(m)
    return [m for m in out if id(m) not in relays]


def _without_relays(sentence: str, mentions: list[SourceMention]) -> list[SourceMention]:
    """ "state television, citing a hospital official, said": the claim is the official's, not
    a second one of the outlet's (codebook §8.5); unnamed sources cited ("the Observatory,
    citing sources on the ground") are the citing source's own."""
    mentions = _said_according_to(sentence, mentions)
    cited = [m for m in mentions if _RELAYED.search(sentence, max(0, m.start - 30), m.start)]
    citing = [m for m in mentions if m not in cited and _RELAYS.match(sentence, m.end)]
    if not cited or not citing:
        return mentions
    if all(m.name == UNNAMED for m in cited):
        return [m for m in mentions if m not in cited]
    # ("the state news agency SANA reported, quoting ...": the one citing, named twice)
    relaying = {m.name for m in citing} - {m.name for m in cited}
    return [m for m in mentions if m not in citing and m.name not in relaying]


def _back_reference(
    sentence: str, previous: list[Attribution]
) -> tuple[re.Match[str] | None, str | None]:
    """ "he said", "the monitor said", or "the committee said" after the local resistance
    committee spoke (or "the ministry said" after the defence ministry, named by its
    words or its source's): words that stand for the previous speaker, and the noun they
    name it by (None for a pronoun)."""
    pronoun = (_PRONOUN_SUBJECT.search(sentence) or _OWNED_VOICE.search(sentence)
               or _PRONOUN_CITED.search(sentence))
    if pronoun:
        return pronoun, None
    stand_in = _STAND_IN.search(sentence)
    if stand_in is None:
        return None, None
    noun = _spelt(_singular((stand_in.group("noun") or stand_in.group("after")
                             or stand_in.group("owner") or stand_in.group("possessor")
                             or stand_in.group("member")).lower()))
    if any(noun in _last_words(p) for p in previous):
        return stand_in, noun
    return None, None


# "the Saudi-owned channel said", "the station reported": a kind of outlet, the words before it
# describing it, by a speech verb
_OUTLET_STAND_IN = re.compile(
    rf"\bthe\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation('outlet_nouns')})\s+(?:{speech_after()})\b",
    re.IGNORECASE)
_OUTLET_WORD = re.compile(rf"\b(?:{alternation('outlet_name_words')})\b", re.IGNORECASE)


def _outlet_stand_in(
    sentence: str, mentions: list[SourceMention], speakers: list[Attribution]
) -> list[Attribution]:
    """ "the Saudi-owned channel said" after Al Arabiya spoke: words for a kind of news outlet
    that name no source the dictionary knows stand for the last news outlet that spoke (a news
    agency, or one whose name or the words that named it say it is one), not for a described
    source of their own."""
    found = _OUTLET_STAND_IN.search(sentence)
    if found is None or any(found.start() <= m.start < found.end() for m in mentions):
        return []
    outlets = [s for s in speakers if s.source != REPORTER and (
        is_wire(s.source) or _OUTLET_WORD.search(f"{s.source} {s.said_as}"))]
    if not outlets:
        return []
    denies = _denies(sentence, found.start(), found.end())
    return [replace(outlets[-1], at=found.start(), denial=denies)]


def subject_speaking(
    sentence: str,
    country: str | None,
    subjects: list[Attribution],
    mentions: list[SourceMention],
    people: dict[str, str] | None = None,
) -> list[Attribution]:
    """ "Police gave details of the attack. They said ...", "The ministry issued a statement.
    ... the statement said": a pronoun or stand-in before a speech verb, with no speaker named
    since, stands for the source the outlet last told of as the subject of its own sentence
    (`subjects`; codebook §6, §8.5: who says it); "he"/"she" only for one person named by a
    title ("a police officer"). [] where the sentence names a speaker of its own."""
    if not subjects:
        return []
    back, _ = _back_reference(sentence, subjects)
    if back is None:
        return []
    who = (back.groupdict().get("who") or "").lower()
    if who in words("person_pronouns") and not all(
            p.said_as.split()[-1].lower() in _titles() for p in subjects if p.said_as):
        return []
    said = attribute(sentence, country, subjects, mentions, people)
    named = {p.source for p in subjects}
    if said and all(s.source in named and s.at is not None for s in said):
        return said
    return []


def _told_of(sentence: str, after: int, start: int, name: str) -> bool:
    """A name no list knows, after a stand-in's verb with no cue of its own between ("they
    also reported heavy shelling of Azaz"): what the speaker named before tells of, not a
    source ("he said, citing Ali Musa, ...": a cue of its own)."""
    return name not in load_sources().entries and not _CUE.search(sentence, after, start)


def _generic(name: str) -> bool:
    """The source is a class of people ("residents", "rebels"), not a named body."""
    entry = load_sources().entries.get(name)
    return entry is not None and entry.generic


def stand_ins(sentence: str, previous: list[Attribution]) -> list[SourceMention]:
    """ "he said": the pronoun as a mention of the speaker named before, so that what he
    denies or says of the ground has a named source."""
    named = [p for p in previous if p.source != REPORTER]
    pronoun = _PRONOUN_SUBJECT.search(sentence) or _PRONOUN_DENIES.search(sentence)
    if not named or pronoun is None:
        return []
    start, end = pronoun.span("who")
    return [SourceMention(start, end, sentence[start:end], named[0].source, False)]


def _last_words(speaker: Attribution) -> set[str]:
    """The last words of a speaker's name and of the words that named it, lower case, in one
    spelling ("Media Centre", "Media Center": center)."""
    last = {_spelt(words.lower().split()[-1]) for words in (speaker.source, speaker.said_as)
            if words}
    return last | {_singular(w) for w in last}


def _singular(noun: str) -> str:
    """A plural noun's singular by its ending ("officers": officer), else the noun."""
    return noun[:-1] if _PLURAL_END.search(noun) else noun


# "officers", "sources", not "press" or "status"
_PLURAL_END = re.compile(r"[^su']s$")


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    return dict(pair.split(": ") for pair in words("spelling_pairs"))


def _spelt(word: str) -> str:
    """A word in American spelling ("centre": center)."""
    return _spellings().get(word, word)


# "Abu Kinan, an activist in Daraya," / "Rami Abdel Rahman, the Observatory's director,"
_APPOSED_PERSON = re.compile(rf"((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD}),\s+(?:an?\s+|the\s+)?$")
# "police chief| Ziaud Din", "spokesman| Faleh al-Essawi": the name a title is set before
# (ranks before the name are no part of it: "spokesman Brig. Gen. Ahmed Ali": Ahmed Ali)
_TITLED_PERSON = re.compile(
    rf"\s+(?:(?:{alternation('ranks')})\.?\s+)*((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})\b")
# " spokesman": the lower-case word right after a source's name
_TITLE_WORD = re.compile(r"\s+([a-z]+)(?=\s)")
# "al-Essawi": a name's Arabic article, which a later mention may drop ("Essawi said")
_NAME_ARTICLE = re.compile(rf"^(?i:{source_alternation('name_articles')})[-\u2010\u2011](?=[A-Z])")


def _learn_people(sentence: str, mentions: list[SourceMention], people: dict[str, str]) -> None:
    for m in mentions:
        found = _APPOSED_PERSON.search(sentence[: m.start]) or _serving().search(
            sentence[: m.start])
        # ("police Colonel Ahmed Khalaf": a rank, then the name, after the body's)
        titled = _TITLED_PERSON.match(sentence, m.end) if _title_of(m) or _RANKED.match(
            sentence, m.end) else None
        # ("Ghazni governor spokesman Arif Noori": the body, its officer's title, the name)
        after = _TITLE_WORD.match(sentence, m.end)
        if titled is None and after and after.group(1).lower() in _titles():
            titled = _TITLED_PERSON.match(sentence, after.end())
        for named in (found, titled):
            for word in named.group(1).split() if named else ():
                if word not in _NOT_SOURCES and word.lower().rstrip(".") not in _rank_words():
                    people.setdefault(_bare(word), m.name)


@lru_cache(maxsize=1)
def _serving() -> re.Pattern[str]:
    """ "Omar Zahid, a spokesman for the |provincial governor": a person described by a
    title held for the source named right after it."""
    titles = "|".join(sorted(_titles(), key=len, reverse=True))
    return re.compile(
        rf"((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD}),\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
        rf"(?i:{titles})\s+(?:{alternation('serving_preps')})\s+(?:the\s+)?$")


# " Colonel", "The officer, Major": the rank or title set right before a speaker's name
_RANKED = re.compile(rf"\s+(?:(?:{alternation('ranks')})\.?\s+)+(?=[A-Z])")
_TITLE_BEFORE = re.compile(r"((?:[A-Za-z]+\.?,?\s+){1,3})$")


def _described_before(sentence: str, start: int, previous: list[Attribution]) -> str | None:
    """ "a police colonel said" ... "Colonel Ahmed Khalaf said": a person the text names by the
    rank or title the speaker before was described with is that speaker (codebook §8.5: one
    source named twice in other words)."""
    before = _TITLE_BEFORE.search(sentence[max(0, start - 40) : start])
    if before is None:
        return None
    said = {w.strip(".,").lower() for w in before.group(1).split()}
    said &= _rank_words() | _titles()
    at = start - len(before.group(1))
    return next((p.source for p in previous
                 if p.source not in (REPORTER, UNNAMED) and said & _last_words(p)
                 and not _owned_by_another(sentence, at, p)), None)


# "the governor's spokesman": the word owning a title
_OWNER_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)['’]s\s*$")


def _owned_by_another(sentence: str, title_start: int, prior: Attribution) -> bool:
    """ "the provincial governor's spokesman Omar Zwak" after a Taliban spokesman spoke: a title
    a possessive owns is its owner's, not the speaker's before (unless the owner names him)."""
    owner = _OWNER_BEFORE.search(sentence, 0, title_start)
    return owner is not None and owner.group(1).lower() not in _last_words(prior)


def _organisation_named_before(name: str, speakers: Sequence[Attribution]) -> str | None:
    """ "the doctors' group said" after the Sudan Doctors Network spoke: an organisation
    described by words all of which the name of one that spoke before holds is that one
    (codebook §8.5: one source named twice in other words), the last such to speak."""
    said = name.split()
    if len(said) < 2 or said[-1].lower() not in words("organisation_nouns"):
        return None
    own = _description_words(" ".join(said[:-1]))
    if not own:
        return None
    return next((p.source for p in reversed(speakers)
                 if p.source not in (REPORTER, UNNAMED) and len(p.source.split()) >= 2
                 and own <= _description_words(f"{p.source} {p.said_as}")), None)


def _description_words(words_: str) -> set[str]:
    """Lower-case words of a name or description, singular, without possessive endings."""
    found = re.findall(r"[a-z][a-z'’-]*", words_.lower())
    return {_singular(w.replace("’", "'").removesuffix("'s").rstrip("'"))
            for w in found if w not in ("the", "a", "an", "of", "for", "and")}


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    return words("ranks")


def _title_of(mention: SourceMention) -> str | None:
    """The title a mention ends on ("police chief", "the spokesman"), lower case, if any."""
    last = mention.surface.split()[-1].lower()
    return last if last in _titles() else None


def _same_speakers(
    sentence: str, mentions: list[SourceMention], previous: list[Attribution]
) -> list[SourceMention]:
    """ "X, the spokesman, said" or "Spokesman X said" after "a military spokesman said": a
    bare title, definite or set before a name, is the speaker named before with that title;
    a source named by the head of the one before ("governor" after "regional governor") is
    that one (codebook §8.5: one source named twice in other words)."""
    named = [p for p in previous if p.source != REPORTER]
    out = []
    for m in mentions:
        words = m.surface.split()
        definite = words[0].lower() == "the"
        title = _title_of(m) if len(words) == 1 + definite else None
        if title and not definite and not _TITLED_PERSON.match(sentence, m.end):
            title = None
        prior = next((p for p in named if title and title in _last_words(p)
                      and not _owned_by_another(sentence, m.start, p)), None)
        # "the regional governor said" ... "X, the governor of Y, said": one office named
        # again by its head alone
        prior = prior or next((p for p in named if head_of(m.name, p.source)), None)
        out.append(replace(m, name=prior.source) if prior else m)
    return out


# "the activists": a class named definite, as one told of before
_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _one_of_before(
    sentence: str, mentions: list[SourceMention], speakers: Sequence[Attribution]
) -> list[SourceMention]:
    """ "the activists said", "the activist group said" after the Local Coordination Committees
    spoke: a class of source named definite stands for the last speaker that is one of that
    class (sources.yaml `one_of`; codebook §8.5: one source named twice in other words), not
    for a class of its own."""
    entries = load_sources().entries
    out = []
    for m in mentions:
        definite = _DEFINITE.search(sentence, max(0, m.start - 8), m.start) or (
            m.surface.lower().startswith("the "))
        # (the last of that class to speak: the class itself, if it spoke since, stays)
        prior = next((p for p in reversed(speakers) if p.source == m.name or (
            (e := entries.get(p.source)) is not None and e.one_of == m.name)),
            None) if definite else None
        out.append(replace(m, name=prior.source) if prior else m)
    return out


def _without_members(sentence: str, mentions: list[SourceMention]) -> list[SourceMention]:
    """ "Sources in the Diyala police said": a class of speakers named as members of the body
    named right after them is that body speaking, not a second source."""
    return [
        m for m in mentions
        if not (_generic(m.name) and m.surface.split()[-1].lower() in words("member_nouns")
                and any(_MEMBER_OF.fullmatch(sentence, m.end, o.start) for o in mentions))
    ]


def head_of(name: str, source: str) -> bool:
    """A one-word name that is the last word of a longer source's name ("governor", "regional
    governor")."""
    return " " not in name and " " in source and source.lower().split()[-1] == name.lower()


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in role_nouns()) | words("office_holders")


def _speaks_for(name: str, people: dict[str, str]) -> str:
    """The source an unknown name stands for, when the article introduced that person."""
    for word in name.split():
        if _bare(word) in people:
            return people[_bare(word)]
    return name


def _bare(word: str) -> str:
    """A name word without its Arabic article ("al-Essawi", "Al-Essawi": "Essawi")."""
    return _NAME_ARTICLE.sub("", word)


# "said (that) (the / at least five) fighters were killed", "said the police chief's driver
# was shot": the mention opens the reported clause
_AFTER_SAID = re.compile(
    rf"\b(?:{alternation('speech_verbs')})\s+(?:that\s+)?(?:[\w-]+\s+){{0,3}}$", re.I
)
_CLAUSE_VERB = re.compile(
    r"^(?:['’]s(?:\s+\w+){1,2})?"
    # "said 17 rebels and nine soldiers were killed", "said four fighters from the group died"
    rf"(?:\s+(?:and|{alternation('serving_preps')})\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?"
    r"\s+(?:had|have|has|were|was|are|is|will|would|could|did|do|does|\w+ed"
    rf"|{alternation('irregular_past')})\b",
    re.IGNORECASE,
)


# How far a source may stand from its "said" / "according to" (characters).
CUE_DISTANCE = 30


# ", an aid group that counts the dead from clinic records," before "said"
_APPOSITIVE = re.compile(
    rf"^[^,.;:]{{0,40}},\s+(?:{alternation('appositive_openers')})\b[^.;:\"]*,\s*$", re.I)


# "... targeted Houthi fighters and that claims of casualties would be investigated": words
# that open another reported clause between a name and a cue part the two
_NEW_CLAUSE = re.compile(rf"\b(?:{alternation('new_clause_marks')})\b", re.I)
# "said it had targeted Houthi fighters": a name after an auxiliary is inside what was said
_SAID_CLAUSE = re.compile(rf"\b(?:{alternation('clause_auxiliaries')})\b", re.I)


def _next_to_cue(sentence: str, start: int, end: int, cues: list[tuple[int, int]]) -> bool:
    """ "X said", "X, a monitor with sources in ..., told ...", "according to X", or a mention
    whose own words hold the cue ("the army said"): the mention is the speaker."""
    return any(
        start <= c_start < end
        or (0 <= c_start - end <= CUE_DISTANCE and not _NEW_CLAUSE.search(sentence, end, c_start))
        or (0 <= start - c_end <= CUE_DISTANCE and not _SAID_CLAUSE.search(sentence, c_end, start))
        or _aside(sentence, end, c_start)
        for c_start, c_end in cues
    )


def _aside(sentence: str, end: int, cue_start: int) -> bool:
    return cue_start > end and bool(_APPOSITIVE.match(sentence[end:cue_start]))


def _reported_subject(sentence: str, start: int, end: int) -> bool:
    """ "activists said rebels had withdrawn": the rebels are what is said, not who says it."""
    return bool(_AFTER_SAID.search(sentence[:start]) and _CLAUSE_VERB.match(sentence[end:]))


def _denies(sentence: str, start: int, end: int) -> bool:
    """True when the denial verb belongs to this source ("which activists denied")."""
    return any(
        0 <= m.start() - end <= 25 or 0 <= start - m.end() <= 12 for m in _DENIAL.finditer(sentence)
    )


_RESPONSIBILITY = re.compile(rf"\b(?:{alternation('responsibility_claims')})\b", re.IGNORECASE)
_ACCUSES = re.compile(rf"\b(?:{alternation('accusation_verbs')})\b", re.IGNORECASE)


def tells_perpetrator(sentence: str) -> bool:
    """ "X claimed responsibility", "the governor blamed X": the sentence says who did an act."""
    return bool(_RESPONSIBILITY.search(sentence) or _ACCUSES.search(sentence))


def claims_responsibility(sentence: str) -> bool:
    """ "X later claimed the raid": the sentence tells an actor's claim of
    an act (attribution.yaml responsibility_claims), not an accusation by another."""
    return _RESPONSIBILITY.search(sentence) is not None


def names_a_speaker(sentence: str, country: str | None) -> bool:
    """A speech cue with a named source by it ("residents said", "according to Ali Omar"), or
    with words that stand for the speaker named before ("he said", "the statement said"), or
    a claim of responsibility (its subject, an actor, is the speaker), or a quotation running on
    with no cue of its own ('"There was blood everywhere."': the speaker named before)."""
    if _RESPONSIBILITY.search(sentence):
        return True
    if not _CUE.search(sentence):
        return bool(_QUOTE_OPENS.match(sentence))
    if _PRONOUN_SUBJECT.search(sentence) or _STAND_IN.search(sentence):
        return True
    named = [m for m in find_sources(sentence, country) if not m.wire]
    return bool(named or unknown_sources(sentence, country))


# ", which is linked to": an aside on the speaker named before it opens right before a name
# (or the name the aside gives: "a shopkeeper, who gave only his first name, Ahmed, said")
_IN_ASIDE = re.compile(
    rf",\s+(?:{alternation('aside_openers')})\b[^,.;:]*(?:,\s+)?$", re.I)


@lru_cache(maxsize=64)
def unknown_sources(sentence: str, country: str | None) -> tuple[tuple[int, int, str], ...]:
    """Named sources the dictionary lacks, found next to an attribution cue: (start, end, name)
    (remembered: a sentence's sources are asked for more than once)."""
    found: list[tuple[int, int, str]] = []
    for pattern in (_AFTER_CUE, _BEFORE_CUE):
        for m in pattern.finditer(sentence):
            name, start = m.group("name").strip(" ,"), m.start("name")
            article = _ARTICLE.match(name)
            if article and len(name) > article.end():
                # "The Central Committee of X said": the name after its capitalised article
                name, start = name[article.end():], start + article.end()
            ranks = _RANKS.match(name)
            if ranks and len(name.split()) > len(ranks.group(0).split()) + 1:
                name, start = name[ranks.end():], start + ranks.end()
            if name.split()[0] in _NOT_SOURCES or len(name) < 3:
                continue
            if _LOCATIVE.search(sentence, 0, start) and not _CITED.search(sentence, 0, start):
                continue  # "activists in Khan Sheikhoun said": where they are, not who
            start, name = _body_of_person(sentence, start, name, country)
            found.append((start, start + len(name), resolve_source(name, country) or name))
    described = _described_organisations(sentence, country)
    found += [d for d in described if not any(d[0] < e and s < d[1] for s, e, _ in found)]
    # "X, which is linked to al-Qaida, said": X speaks, not the name in the aside on it
    return tuple((s, e, name) for s, e, name in found
                 if not (_IN_ASIDE.search(sentence, 0, s) and sentence.startswith(",", e)))


# "Ali Hussein of the |Tikrit police": a person's names, then the body he is one of
_PERSON_OF = re.compile(
    rf"(?P<person>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s+(?:of|from|with)\s+(?:the\s+)?(?=[A-Z])")
# " police": the lower-case word right after a body's proper words
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _body_of_person(
    sentence: str, start: int, name: str, country: str | None
) -> tuple[int, str]:
    """ "according to Ali Hussein of the Tikrit police": a person no list knows, named as one
    of a body, speaks for that body (as "a spokesman for X" does), named by the body's words
    with the common noun that ends them ("Tikrit police"); else the name as found."""
    m = _PERSON_OF.match(name)
    if m is None or not _a_persons_name(m.group("person"), name, country):
        return start, name
    body, at = name[m.end():], start + m.end()
    after = _WORD_AFTER.match(sentence, at + len(body))
    if after and (after.group(1) in words("organisation_nouns")
                  or resolve_source(f"{body} {after.group(1)}", country) is not None):
        body = sentence[at : after.end()]
    return at, body


def _a_persons_name(person: str, name: str, country: str | None) -> bool:
    """Proper words that name a person, not a body ("Ali Hussein", not "Syrian Observatory" of
    "Syrian Observatory for Human Rights" nor "Islamic State" of "Islamic State of Iraq")."""
    known = resolve_source(name, country)
    return (
        person.split()[-1].lower() not in words("organisation_nouns")
        and (known is None or known not in load_sources().entries)
        and resolve_source(person, country) is None
        and not find_actors(person, country)
    )


def _described_organisations(sentence: str, country: str | None) -> list[tuple[int, int, str]]:
    """Organisations named by their description next to a cue; an armed group so described
    ("the militant group said") is an actor, not a source, and a description set between
    commas ("the Horan League, a local news network, said") describes the name before it."""
    found: list[tuple[int, int, str]] = []
    for pattern in (_ORGANISATION_BEFORE, _ORGANISATION_AFTER):
        for m in pattern.finditer(sentence):
            start, end = m.span("name")
            aside = sentence[:start].rstrip(" ").endswith(
                (", a", ", an", ", the")
            ) and sentence[end:].startswith(",")
            actors = find_actors(m.group("name"), country)
            if not aside and not any(a.actor.inter in ARMED_CLASSES for a in actors):
                found.append((start, end, m.group("name")))
    return found
