"""The numbers lexicon (khaldun/data/numbers.yaml), loaded once and compiled to patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from khaldun.data import alternation as data_alternation

KINDS = ("killed", "wounded", "arrested", "missing", "other")
FILE = "numbers.yaml"
_MAPPINGS = ("units", "tens", "scales", "vague", "kinds", "zero_kinds")
_LISTS = ("at_least", "approximate", "aux_after", "fill_before", "person_heads",
          "singular_heads", "distinct_heads", "non_count_units", "animal_heads", "non_count_before",
          "subset_before", "subset_after", "parse_kill_verbs", "parse_die_verbs")


def _alt(phrases: list[str]) -> str:
    """One regex alternation, longest phrase first so the longest wins."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(p.replace(" ", r"\s+") for p in ordered)


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    person_heads: frozenset[str]
    singular_heads: frozenset[str]  # one person: "a journalist", "the imam"
    distinct_heads: frozenset[str]  # "a soldier and civilian" are two people
    at_least: re.Pattern[str]  # qualifier right before the number (window end)
    approximate: re.Pattern[str]
    after: dict[str, re.Pattern[str]]  # kind -> pattern on the text after the number
    # kind -> "16 residents of X village in Y district were killed": a people noun, a long
    # modifier without verbs of its own, then a passive plural verb
    long_after: dict[str, re.Pattern[str]]
    before: dict[str, re.Pattern[str]]  # kind -> pattern on the text before the number
    any_kind: re.Pattern[str]  # any kind word, to keep list continuation inside one clause
    agent_object: re.Pattern[str]  # an object after an active kind verb: the count is its agent
    unit_after: re.Pattern[str]
    animal_after: re.Pattern[str]  # "12 sheep", "five of his goats": animals, no people
    not_count_before: re.Pattern[str]
    subset_before: re.Pattern[str]
    subset_after: re.Pattern[str]
    member_of: re.Pattern[str]  # "members of" before a number: "members of one family"


@lru_cache(maxsize=1)
def _load_yaml() -> dict[str, Any]:
    """numbers.yaml, its mappings and phrase lists checked (a missing one is an error)."""
    text = resources.files("khaldun.data").joinpath(FILE).read_text("utf-8")
    raw = yaml.load(text, Loader=yaml.CSafeLoader)
    if not isinstance(raw, dict):
        raise ValueError(f"{FILE}: not a mapping of word lists")
    for key, kind in [*((k, dict) for k in _MAPPINGS), *((k, list) for k in _LISTS)]:
        if not raw.get(key) or not isinstance(raw[key], kind):
            raise ValueError(f"{FILE}: no {kind.__name__} {key!r}")
    return raw


@cache
def alternation(name: str) -> str:
    """A word list of numbers.yaml as one regular-expression alternation, its entries tried
    in order, to set inside a phrase pattern whose structure stays in code."""
    return data_alternation(FILE, name, _load_yaml().get(name))


def first_letters(*names: str, also: str = "") -> str:
    """A lookahead on the letters the entries of numbers.yaml's lists `names` and the words
    `also` can open on (a scan skips the many positions none can start at), or no lookahead
    when an entry may open on something else."""
    letters = {word[0] for word in also.split()}
    for name in names:
        for entry in _load_yaml()[name]:
            opening = _openers(str(entry))
            if opening is None:
                return ""
            letters |= opening
    return f"(?=[{''.join(sorted(letters))}])"


def _openers(pattern: str) -> set[str] | None:
    """The letters a pattern can open on: its first letter, or those of each alternative of an
    opening group (and of what follows an optional one); None when it may open otherwise."""
    if pattern[:1].isalpha():
        return {pattern[0].lower()}
    if not pattern.startswith("(?:"):
        return None
    depth, alternatives, start = 0, [], 3
    for i, char in enumerate(pattern):
        if char == "(" and pattern[i - 1:i] != "\\":
            depth += 1
        elif char == ")" and pattern[i - 1:i] != "\\":
            depth -= 1
            if depth == 0:
                alternatives.append(pattern[start:i])
                break
        elif char == "|" and depth == 1:
            alternatives.append(pattern[start:i])
            start = i + 1
    else:
        return None
    found = [_openers(a) for a in alternatives]
    if any(f is None for f in found):
        return None
    letters = set().union(*found)
    rest = pattern[i + 1:]
    if rest.startswith("?"):
        after = _openers(rest[1:])
        return None if after is None else letters | after
    return letters


@cache
def word_set(name: str) -> frozenset[str]:
    """A word list of numbers.yaml as a set of lowercase words."""
    return frozenset(w.lower() for w in _load_yaml()[name])


@lru_cache(maxsize=1)
def zero_kinds() -> dict[str, str]:
    """Word -> kind of a zero count ("no one was injured": wounded)."""
    raw = _load_yaml()["zero_kinds"]
    unknown = set(raw) - set(KINDS)
    if unknown:
        raise ValueError(f"{FILE}: zero_kinds: unknown count kinds {sorted(unknown)}")
    return {word: kind for kind, words in raw.items() for word in words}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (cached)."""
    raw = _load_yaml()
    unknown = set(raw["kinds"]) - set(KINDS)
    if unknown:
        raise ValueError(f"{FILE}: unknown count kinds {sorted(unknown)}")
    flags = re.IGNORECASE
    qual = _alt(raw["at_least"] + raw["approximate"])
    aux = (
        _alt(raw["aux_after"]) + rf"|(?:on\s+)?(?:{alternation('weekdays')})"
        rf"|{alternation('time_words')}|\[[^\]]{{0,30}}\]|\([^)]{{0,30}}\)"
    )
    fill = _alt(raw["fill_before"])
    np_stop = alternation("np_stop")
    heads = _alt(raw["person_heads"])
    number_word = _alt(list(raw["units"]) + list(raw["tens"]) + list(raw["vague"]))
    # "22 candidates and supporters", "six workers of a road company" stay one noun phrase
    joiner = (
        rf"\s+(?:and|or)\s+(?!\d|(?:{number_word}|an?)\b)(?=(?:[\w-]+\s+)?(?:{heads})\b)"
        rf"|\s+(?:of|from)\s+(?:(?:the|a|an|one|its|his|her|their)\s+)?"
        rf"(?=[\w'’-]+(?:\s+[\w'’-]+){{0,2}}(?:\s+(?:were|was|have|had|including)\b|\s*,))"
    )
    after, before, long_after = {}, {}, {}
    for kind, words in raw["kinds"].items():
        after[kind] = re.compile(
            # (a word may be quoted: 40 "apostates" were killed)
            rf"^(?P<np>(?:(?:[\s-]+|{joiner})(?!(?:{np_stop})\b)[\"“]?[a-z][\w'’]*[\"”]?){{0,6}}?)"
            rf"(?:\s*,[^,.;:]{{1,70}},"  # an aside: "13 people, most of them civilians, were"
            rf"|\s*(?:--|–|—)[^.;:–—]{{1,70}}?(?:--|–|—)"  # "19 people -- five of them children --"
            rf"|\s+who\s+(?:were|was)\s+(?:in|on|inside|aboard|travelling\s+in|riding\s+in)\s+"
            rf"[^,.;:]{{1,50}}?(?=\s)"  # "five people who were in the car killed"
            rf"|\s+(?:including|among\s+them|mostly)\s+[^,.;:]{{1,60}}?(?=\s+(?:were|was|have|had)\b))?"
            rf"(?P<aux>(?:\s+(?:{aux}))*)\s*,?\s*(?P<kw>{_alt(words['after'])})(?![\w-])",
            flags,
        )
        long_after[kind] = re.compile(
            rf"^(?P<np>(?:\s+[\w'’-]+){{0,2}}?\s+(?:{heads})\b"
            # numbers only after "of": "five persons ... members of two rival groups"
            rf"(?:(?<=\bof\s)(?:{number_word})\b|(?!\b(?:{number_word})\b)[^.;:!?\d\n]){{0,110}}?)"
            rf"\s(?P<aux>(?:were|have\s+been|had\s+been|are)(?:\s+(?:{aux}))*)\s+"
            rf"(?P<kw>{_alt(words['after'])})(?![\w-])",
            flags,
        )
        before[kind] = re.compile(
            rf"(?<![\w-])(?P<kw>{_alt(words['before'])})"
            rf"(?:\s+(?:{fill}|{qual}))*\s*$",
            flags,
        )
    every_word = [w for words in raw["kinds"].values() for side in words.values() for w in side]
    return Lexicon(
        units=raw["units"],
        tens=raw["tens"],
        scales=raw["scales"],
        vague=raw["vague"],
        person_heads=frozenset(h.lower() for h in raw["person_heads"]),
        singular_heads=frozenset(h.lower() for h in raw["singular_heads"]),
        distinct_heads=frozenset(h.lower() for h in raw["distinct_heads"]),
        at_least=re.compile(rf"(?<![\w-])(?:{_alt(raw['at_least'])})\s*$", flags),
        approximate=re.compile(rf"(?<![\w-])(?:{_alt(raw['approximate'])})\s*$", flags),
        after=after,
        long_after=long_after,
        before=before,
        any_kind=re.compile(rf"(?<![\w-])(?:{_alt(every_word)})(?![\w-])", flags),
        agent_object=re.compile(
            rf"^\s+(?:(?:{qual})\s+)?(?:\d|(?:a|an|the|his|her|their|its|dozens|scores|"
            rf"hundreds|{number_word}|{heads})\b)",
            flags,
        ),
        unit_after=re.compile(rf"^(?:\s*%|[\s-]*(?:{_alt(raw['non_count_units'])})\b)", flags),
        animal_after=re.compile(
            rf"^\s+(?:of\s+(?:the|his|her|their|its|our)\s+)?(?:[a-z-]+\s+)?"
            rf"(?:{_alt(raw['animal_heads'])})\b", flags),
        not_count_before=re.compile(
            rf"(?<![\w-])(?:{_alt(raw['non_count_before'])})\.?\s*$", flags
        ),
        subset_before=re.compile(rf"(?<![\w-])(?:{_alt(raw['subset_before'])})(?![\w-])", flags),
        subset_after=re.compile(rf"^\s+(?:{_alt(raw['subset_after'])})(?![\w-])", flags),
        member_of=re.compile(rf"(?<![\w-])(?:{heads})\s+(?:of|from)\s+(?:the\s+)?$", flags),
    )


@lru_cache(maxsize=1)
def _victim_classes() -> dict[str, str]:
    raw = _load_yaml().get("victim_classes") or {}
    return {word.lower(): cls for cls, words in raw.items() for word in words}


_OF_GROUP = re.compile(rf"\s+of\s+(?:{alternation('group_determiners')})\s+([a-z]+)", re.I)


def toll_victims(toll, text: str) -> str | None:
    """The side the dead a toll (a Count) counts belong to, if the parse (its `side`) or the
    words of `text` say."""
    if toll is not None and toll.side:
        return toll.side
    return victim_class(toll.head, text[toll.end : toll.end + 40]) if toll else None


def victim_class(head: str | None, after: str = "") -> str | None:
    """The side the counted dead belong to ("soldiers" -> "state forces"; with no head noun,
    the group in the words `after` the number: "15 of the attackers"), None if unknown."""
    if not head:
        group = _OF_GROUP.match(after)
        head = group.group(1) if group else None
    elif head.lower() in word_set("member_heads"):
        # "ten members of the security forces": the group they are members of
        group = _group_named(after)
        if group is not None:
            return group
    return _victim_classes().get(head.lower()) if head else None


# (the words after the number: the head noun, then the group: " members of the army and")
_MEMBERS_OF = re.compile(r"\s*(?:[\w'’-]+\s+)?(?:of|from)\s+((?:[\w'’-]+\s*){1,5})", re.I)


def _group_named(after: str) -> str | None:
    """The class of the group named after "of" ("of the Afghan security forces and 20
    militants": state forces), None when its name gives none."""
    found = _MEMBERS_OF.match(after)
    if not found:
        return None
    name: list[str] = []
    for word in found.group(1).lower().split():
        if word in word_set("item_stop"):
            if name:
                break
            continue  # ("of the army": the article)
        name.append(word)
    phrase = " ".join(name)
    for cls, groups in _group_classes().items():
        if any(phrase == g or phrase.endswith(" " + g) for g in groups):
            return cls
    return _victim_classes().get(name[-1]) if name else None


@lru_cache(maxsize=1)
def _group_classes() -> dict[str, list[str]]:
    raw = _load_yaml().get("group_classes") or {}
    return {cls: [g.lower() for g in groups] for cls, groups in raw.items()}
