"""Data files (lexicons, dictionaries, patterns) and the checks every pattern list passes."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


def _checked(origin: str, name: str, patterns: Any) -> list[str]:
    """A named list of regular expressions from a data file, each compiled to check it; a
    missing list or a bad pattern is an error naming the file, the list and the pattern."""
    if not patterns or not isinstance(patterns, list):
        raise ValueError(f"{origin}: no {name!r} patterns")
    for p in patterns:
        try:
            re.compile(p)
        except (re.error, TypeError) as err:
            raise ValueError(f"{origin}: bad {name} pattern {p!r}: {err}") from None
    return patterns


def pattern_list(origin: str, name: str, patterns: object, whole: bool = False) -> re.Pattern[str]:
    """A named list of regular expressions from a data file as one case-insensitive
    alternation (`whole`: the text must match it entirely); a missing list or a bad pattern
    is an error naming the file, the list and the pattern."""
    alternation = "|".join(f"(?:{p})" for p in _checked(origin, name, patterns))
    return re.compile(rf"^(?:{alternation})$" if whole else alternation, re.IGNORECASE)


def alternation(origin: str, name: str, entries: Any) -> str:
    """A named word list of a data file as one regular-expression alternation, its entries
    tried in order, to set inside a phrase pattern whose structure stays in code (compiled
    with it, not alone); a missing list or a bad entry names the file and the list."""
    return "|".join(_checked(origin, name, entries))


def word_list(origin: str, name: str, entries: Any) -> tuple[str, ...]:
    """A named list of plain words of a data file; a missing list or an entry that is not a
    word names the file and the list."""
    if not entries or not isinstance(entries, list):
        raise ValueError(f"{origin}: no {name!r} words")
    if not all(isinstance(w, str) and w.strip() for w in entries):
        raise ValueError(f"{origin}: {name!r} must be a list of words")
    return tuple(entries)


def word_mapping(origin: str, name: str, entries: Any, kind: type) -> dict[str, Any]:
    """A named mapping of a data file from words to values of one kind (str, int); a missing
    mapping or a bad entry names the file, the mapping and the entry."""
    if not entries or not isinstance(entries, dict):
        raise ValueError(f"{origin}: no {name!r} mapping")
    for word, value in entries.items():
        if (not isinstance(word, str) or not isinstance(value, kind) or isinstance(value, bool)
                or not str(value).strip()):
            raise ValueError(f"{origin}: bad {name} entry {word!r}: {value!r}")
    return entries


def pair_list(origin: str, name: str, entries: Any, known: Any, what: str) -> frozenset[frozenset]:
    """A named list of unordered pairs of a data file, each of two of `known` (sub-types,
    inter classes: `what` they are); a missing list or a bad entry names the file, the list
    and the entry."""
    if not entries or not isinstance(entries, list):
        raise ValueError(f"{origin}: no {name!r} pairs")
    for entry in entries:
        if not (isinstance(entry, list) and len(entry) == 2 and set(entry) <= set(known)):
            raise ValueError(f"{origin}: bad {name} entry {entry!r}: not two known {what}")
    return frozenset(frozenset(entry) for entry in entries)


@cache
def read_mapping(name: str) -> dict[str, Any]:
    """A YAML data file that is a mapping of named lists, read once."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    raw = yaml.load(text, Loader=yaml.CSafeLoader)
    if not isinstance(raw, dict):
        raise ValueError(f"{name}: not a mapping of word lists")
    return raw


def lines_of(text: str) -> frozenset[str]:
    """The entries of a one-entry-a-line text, lower-cased, blank lines and comments skipped."""
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def read_lines(name: str) -> frozenset[str]:
    """A one-entry-a-line text data file, read once (`lines_of`)."""
    return lines_of(resources.files(__name__).joinpath(name).read_text("utf-8"))
