"""The name a claim gives its source, as a coder following the codebook writes it (§6): an
actor that speaks by the name a text gives it, not by the actor dictionary's (ACLED's) name."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from khaldun.actors.dictionary import load
from khaldun.actors.role_actors import country_name, name_on
from khaldun.actors.source_lexicon import FILE, load_sources, strip_the
from khaldun.actors.source_mentions import without_voice
from khaldun.actors.sources import resolve_source
from khaldun.actors.speech_cues import speaks
from khaldun.claims.attribution import Attribution
from khaldun.data import read_mapping, word_list
from khaldun.nlp.possessive import POSSESSIVE
from khaldun.records import Claim


def described_speakers(speakers: list[Attribution]) -> list[Attribution]:
    """Speakers of a class the text describes by a plural noun phrase of its own ("medics",
    "tribal elders", "rebel fighters") named by those words, as a coder writes them (§6: the
    source as the text describes it), the class staying their originator, so that status
    still counts one principal; a single person ("a doctor") is named by the class
    (`described_as_written` in sources.yaml lists the classes)."""
    return [_described(s) for s in speakers]


def ranked_speakers(speakers: list[Attribution], sentence: str) -> list[Attribution]:
    """Speakers named as persons after a rank ("Captain X Y told Reuters", "said Colonel X Y")
    keep their names, with the class of forces the rank belongs to as their originator
    (`rank_sources` in sources.yaml): an officer speaks for the forces, one principal with "a
    military source" when corroboration is counted (codebook §8.5)."""
    return [_ranked(s, sentence) for s in speakers]


def _ranked(speaker: Attribution, sentence: str) -> Attribution:
    if (speaker.at is None or speaker.source != speaker.originator
            or speaker.source in load_sources().entries):
        return speaker
    # (the rank before the name, or opening the words that name him: "said Colonel X")
    before = _RANK_BEFORE.search(sentence, max(0, speaker.at - 40), speaker.at)
    rank = before.group("rank") if before else None
    at = speaker.at
    while (opening := _RANK_OPENING.match(sentence, at)) and opening.group(
            "rank").rstrip(".").casefold() in _rank_sources():
        rank, at = opening.group("rank"), opening.end()
    if rank is None or (at > speaker.at and not sentence.startswith(speaker.source, at)):
        return speaker
    forces = _rank_sources().get(rank.rstrip(".").casefold())
    return replace(speaker, originator=forces) if forces else speaker


_RANK_BEFORE = re.compile(r"\b(?P<rank>[A-Z][a-z]+\.?)\s+\Z")
_RANK_OPENING = re.compile(r"(?P<rank>[A-Z][a-z]+\.?)\s+")


@lru_cache(maxsize=1)
def _rank_sources() -> dict[str, str]:
    raw = read_mapping(FILE).get("rank_sources") or {}
    return {rank.casefold(): source for source, ranks in raw.items() for rank in ranks}


def _described(speaker: Attribution) -> Attribution:
    if speaker.source not in _as_written_classes() or speaker.originator != speaker.source:
        return speaker
    words = _DETERMINER.sub("", speaker.said_as.strip()).split()
    if not words or not _PLURAL.search(words[-1]) or not all(
            w[:1].isalpha() and w.lower() not in _linking() for w in words):
        return speaker  # ("a source in the security forces": a member, named by the class)
    said = " ".join(words)
    if said.casefold() == speaker.source.casefold():
        return speaker
    return replace(speaker, source=said)


# "the", "a", "two", "several": what opens a described class, no part of its name
_DETERMINER = re.compile(
    r"^(?:(?:the|a|an|one|some|several|many|two|three|other|local\s+and)\s+)+", re.I)
# words that tie a speaker to a body or place ("sources in the army"): no plain description
# a plural noun ("medics", "elders", "authorities"), not "press" or "status"
_PLURAL = re.compile(r"[^su']s$")


@lru_cache(maxsize=1)
def _linking() -> frozenset[str]:
    return frozenset(word_list(FILE, "description_breaks",
                               read_mapping(FILE).get("description_breaks")))


@lru_cache(maxsize=1)
def _as_written_classes() -> frozenset[str]:
    return frozenset(word_list(FILE, "described_as_written",
                               read_mapping(FILE).get("described_as_written")))


def named_claims(
    claims: list[Claim], country: str | None, when: date | None = None
) -> list[Claim]:
    """The claims of an event in `country` with each source named as a coder names it, and
    its originator alike; the story's own forces named by a proper name ("the FAMa said") keep
    their class as originator ("a military source"), one principal with the army's spokesman
    when corroboration is counted (§8.5). An organisation named by period speaks by its name on
    the event's date `when` (AMISOM in 2017, not AUSSOM)."""
    if when is not None:
        claims = [_on_its_date(c, when) for c in claims]
    written = {c.source: name for c in claims
               if (name := source_name(c.source, c.quote, country)) != source_name(
                   c.source, "", country)}
    return [_named(c, country, written) for c in claims]


def _on_its_date(claim: Claim, when: date) -> Claim:
    source = name_on(claim.source, when)
    origin = claim.originator and name_on(claim.originator, when)
    if (source, origin) == (claim.source, claim.originator):
        return claim
    return replace(claim, source=source, originator=origin)


def _named(claim: Claim, country: str | None, written: dict[str, str] | None = None) -> Claim:
    # ("He said ..." after "X, a member of the Civilian Joint Task Force, said": the name
    # another of its claims' quotes writes, one source under one name)
    source = (written or {}).get(claim.source)
    source = source if source and not _mentioned(claim.quote, claim.source, country) else None
    source = source or source_name(claim.source, claim.quote, country)
    origin = claim.originator and source_name(claim.originator, claim.quote, country)
    kind = _class_of_forces(claim.originator or claim.source, country) or _own_government(
        source, country)
    if kind and kind != source:
        origin = kind  # "the FAMa said": one principal with "the army said" (§8.5)
    if (source, origin) == (claim.source, claim.originator):
        return claim
    return replace(claim, source=source, originator=origin)


@lru_cache(maxsize=256)
def source_name(source: str, quote: str = "", country: str | None = None) -> str:
    """A source's name for a claim: an actor's by an `actor` rule of `actor_sources`, an ACLED
    name "UN: United Nations" by the source either part names (the United Nations), else by
    the proper name the quote gives it ("the FAMa said": FAMa, not "Military Forces of Mali";
    "AMISOM said": AMISOM, whatever ACLED's later name; spelled as the usual name where their
    words agree: "Al-Shabaab" is Al Shabaab), else by a `prefix` rule for the forces of the
    story's own state (another state's are a source of their own: "troops said" is a military
    source), else "PKK: Kurdistan Workers Party" by the part the quote writes, else by its
    initials."""
    if source in load_sources().entries:
        return source
    for rule in _rules():
        if source == rule.get("actor"):
            return rule["source"]
    short, colon, full = source.partition(": ")
    for part in (short, full) if colon else ():
        known = resolve_source(part)
        if known is not None and known in load_sources().entries:
            return known
    kind = _class_of_forces(source, country)
    if kind or not colon:
        usual = kind or source
    else:
        usual = full if _writes(quote, full) and not _writes(quote, short) else short
    written = _proper_name_in(quote, source, country)
    return written if written and _words(written) != _words(usual) else usual


def _mentioned(quote: str, actor: str, country: str | None) -> bool:
    """The quote names the actor by some words of its own ("troops said"), not only by a
    pronoun ("he said") or not at all (a quotation running on)."""
    from khaldun.actors.resolve import find_actors

    return any(m.actor.name == actor for m in find_actors(quote, country))


def _words(name: str) -> list[str]:
    """A name's words, whatever joins them ("Al-Shabaab", "Al Shabaab")."""
    return re.findall(r"[^\W_]+", name.casefold())


def _class_of_forces(actor: str, country: str | None) -> str | None:
    """The class of source a `prefix` rule names the story's own state's forces by ("Military
    Forces of Mali" in Mali: a military source), None for any other actor."""
    own = country_name(country) or ""
    for rule in _rules():
        prefix = rule.get("prefix")
        if prefix and actor.startswith(f"{prefix} {own}"):
            return rule["source"]
    return None


def _own_government(source: str, country: str | None) -> str | None:
    """ "Somali government" in a story from Somalia: the state's own government (the `of_state`
    source, named by the country's demonym) as originator, which speaks for the principal its
    ministers and offices do (its entry's `voice`), not for a second one (§8.5); another
    state's government is a source of its own."""
    state = load().countries.get(country or "")
    if state is None or source.casefold() not in {
            f"{d} government".casefold() for d in state.demonyms}:
        return None
    return next((e.name for e in load_sources().entries.values() if e.of_state), None)


def _proper_name_in(quote: str, actor: str, country: str | None) -> str | None:
    """The proper name the quote gives the actor, the one next to a speech cue first ("the
    African Union mission AMISOM said": AMISOM; "the FAMa said": FAMa), without its article;
    None when it names the actor only by common words ("troops", "Nigerian soldiers")."""
    from khaldun.actors.resolve import find_actors

    # ("an LNA spokesman said": the name before the words for its voice)
    named = [m for m in find_actors(quote, country) if m.actor.name == actor and not m.generic
             and _PROPER_END.search(_without_post(m.surface))]
    speaking = [m for m in named if speaks(quote, m.start, m.end)]
    return _OWNER.sub("", _without_post(strip_the((speaking or named)[-1].surface))) if (
        named) else None


def _without_post(words: str) -> str:
    """A body's words without its voice or the post of one of its members after them ("LNA
    spokesman", "Hamas official": LNA, Hamas; `described_one_heads`)."""
    words = without_voice(words)
    *name, last = words.split() or [""]
    post = last.casefold().removesuffix("s")
    return " ".join(name) if name and post in _one_heads() else words


@lru_cache(maxsize=1)
def _one_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list(
        FILE, "described_one_heads", read_mapping(FILE).get("described_one_heads")))


# a name ends in a capitalised word or an acronym ("the Somali National Army", "FAMa")
_PROPER_END = re.compile(rf"\b[A-Z][\w']*(?:{POSSESSIVE})?$")
_OWNER = re.compile(rf"{POSSESSIVE}$")


def _writes(quote: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", quote, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, str], ...]:
    rules = read_mapping(FILE).get("actor_sources") or []
    for rule in rules:
        if not isinstance(rule, dict) or "source" not in rule or not (
                {"actor", "prefix"} & rule.keys()):
            raise ValueError(f"{FILE}: actor_sources entries need source and actor or prefix")
    return tuple(rules)
