"""Status and fatality range of an event from its claims (codebook §6)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from khaldun.actors.source_lexicon import FILE, is_wire, load_sources, voice_of
from khaldun.claims.lexicon import words
from khaldun.data import read_mapping, word_list
from khaldun.records import REPORTER, Claim, Fatalities

# Codebook §6: fatality figures further apart than this factor make an event contested.
CONTESTED_FATALITY_RATIO = 1.5
# "Islamic State (Afghanistan)", "Military Forces of Afghanistan (2004-2021)": a branch or era
_BRANCH = re.compile(r"\s*\([^)]*\)\s*$")


def source_key(claim: Claim) -> str:
    """Identity of the source behind a claim: a wire relaying SOHR counts as SOHR, and each
    outlet's own voice ("reporter", its journalists) is a source of its own."""
    name = (claim.originator or claim.source).strip().lower()
    # ("an Associated Press reporter": the outlet's own people speak in its voice)
    return f"{REPORTER}:{claim.doc_id or ''}" if REPORTER in (name, voice_of(name)) else name


def independent_sources(claims: list[Claim]) -> set[str]:
    """The distinct sources behind the claims, one for each principal (a government's agency
    and television are one). An outlet's own voice counts only in an article that names no
    source for the event, and a news outlet relaying only in one that names no other: there
    they restate them (codebook §8.5). A claim of no account of
    the act (a reaction, aid, the state afterwards) is no source (codebook §6)."""
    claims = [c for c in claims if c.account and c.source]
    # (a news outlet that names no one it relays speaks for those the article names: "according
    # to Radio Dabanga" ... "a local leader told the radio station": the leader's account, once)
    named_in = [{c.doc_id or "" for c in claims if _voice_rank(c) > rank} for rank in (0, 1)]
    kept = [c for c in claims
            if _voice_rank(c) == 2 or (c.doc_id or "") not in named_in[_voice_rank(c)]]
    kept = [c for c in kept if not _described_person(c, kept)]
    return set(_longest_names({_principal(source_key(c), c.originator or c.source)
                               for c in kept}).values())


def _described_person(claim: Claim, claims: list[Claim]) -> bool:
    """The one person an article names by name alone, with no office the lexicon knows, where it
    also gives a source by description ("officials said" ... "said Ali Musa, adviser to the
    ministry"; "a local official said" ... "Ali Musa told reporters"): the person the
    description stands for, not a second source (codebook §8.5)."""
    doc = claim.doc_id or ""
    same = [c for c in claims if (c.doc_id or "") == doc]
    if not _person(claim) or len({c.source for c in same if _person(c)}) != 1:
        return False
    return any(_description(c) for c in same)


def _person(claim: Claim) -> bool:
    """A source named by a person's name the lexicon and the actor dictionary do not know
    ("Ali Musa", "Officer Ali Musa", "ombudsman Ali Musa"), speaking for himself."""
    name = claim.source.strip()
    if (claim.originator or name) != name or _known(name):
        return False
    found = name.split()
    capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(found)))
    return bool(capitalised) and not any(
        w.lower().strip(".,") in words("organisation_nouns") for w in found)


def _description(claim: Claim) -> bool:
    """A source given by a description of its class ("officials", "a security source",
    "residents") or by lower-case words of its own ("the provincial ombudsman")."""
    entry = load_sources().entries.get(claim.originator or claim.source)
    if entry is not None:
        return entry.generic
    name = claim.source.strip()
    return name != REPORTER and name == name.lower() and not _known(name)


def _known(name: str) -> bool:
    """The name is a source of the lexicon, the voice of one, or an actor's proper name."""
    return (name in load_sources().entries or voice_of(name).lower() != name.lower()
            or _actor_named(name) is not None)


def _voice_rank(claim: Claim) -> int:
    """0: the outlet's own voice; 1: a news outlet's that names no one it relays; 2: a source."""
    if source_key(claim).startswith(REPORTER + ":"):
        return 0
    return 1 if is_wire(claim.originator or claim.source) else 2


def _longest_names(keys: set[str]) -> dict[str, str]:
    """Each key and the one longer name that has all its words: one source named in fewer words
    ("a doctors' committee" and "the Central Committee of Sudan Doctors", "Ahmed Farah" and
    "Major Ahmed Farah"), not a second one (codebook §8.5); words two longer names share
    ("source" of "source b" and "source c") name neither."""
    words = {k: _name_words(k) for k in keys if not k.startswith(REPORTER + ":")}
    out = {}
    for k in keys:
        wider = {words[o] for o in words if words.get(k) and words[k] < words[o]}
        longest = max((o for o in words if words[o] in wider), key=len, default=k)
        out[k] = longest if len(wider) == 1 else k
    same = {}  # names of the same words ("doctors committee", "doctors' committee"): one
    for k in sorted(keys):
        out[k] = same.setdefault(words.get(out[k], frozenset({out[k]})), out[k])
    return out


def _name_words(key: str) -> frozenset[str]:
    """A name's words, lower case, without possessive or plural endings and joining words."""
    found = re.findall(r"[a-z0-9]+(?:'s)?", key.replace("’", "'"))
    return frozenset(
        w.removesuffix("'s").removesuffix("s") for w in found if w not in _joining())


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return frozenset(word_list(FILE, "name_joining_words",
                               read_mapping(FILE).get("name_joining_words")))


def _principal(key: str, name: str = "") -> str:
    """The principal a source key speaks for, one for a group and its region's branch
    ("Islamic State (Afghanistan)" and the group's agency, Amaq, are one), and one for the
    names of one actor ("PMF" and "Hashd al-Shaabi", "the IDF" and "the Israeli military":
    the same source named twice in different words, codebook §8.5)."""
    if key.startswith(REPORTER + ":"):
        return key
    voice = voice_of(key)
    if voice == key and name:
        voice = _actor_named(name) or voice
    return _BRANCH.sub("", voice).lower()


@lru_cache(maxsize=1024)
def _actor_named(name: str) -> str | None:
    """The actor a source's whole name names by a proper name, not by a common word
    ("police", "residents"), else None."""
    from khaldun.actors.resolve import find_actors

    found = find_actors(name)
    whole = [m for m in found if m.start == 0 and m.end == len(name) and not m.generic]
    return whole[0].actor.name if len(found) == 1 and whole else None


def fatality_range(claims: list[Claim]) -> Fatalities | None:
    """Smallest and largest total a source claims, or None when no source gives one (codebook
    §8.1). A source that gives several figures for one group (a toll that rose) counts with its
    highest; one that counts different sides ("12 soldiers", then "15 of the attackers") with
    their sum, when it names the side of every figure."""
    by_source: dict[str, dict[str | None, int]] = {}
    named = _longest_names({source_key(c) for c in claims})
    for c in claims:
        if c.kind == "fatalities" and isinstance(c.value, int):
            groups = by_source.setdefault(named[source_key(c)], {})
            groups[c.victims] = max(groups.get(c.victims, c.value), c.value)
    counts = [
        max(groups.values()) if None in groups else sum(groups.values())
        for groups in by_source.values()
    ]
    return Fatalities(min(counts), max(counts)) if counts else None


def event_status(claims: list[Claim]) -> str:
    """single, corroborated or contested over all claims of one event."""
    if any(c.kind == "denial" for c in claims):
        return "contested"
    fat = fatality_range(claims)
    if fat and fat.high > max(fat.low, 1) * CONTESTED_FATALITY_RATIO and fat.low != fat.high:
        return "contested"
    return "corroborated" if len(independent_sources(claims)) >= 2 else "single"
