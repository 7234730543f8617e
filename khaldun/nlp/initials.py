"""Word-bounded, case-insensitive lexicon patterns tried only where a match can begin.

Python's `re` tries every alternative of a case-insensitive alternation at every word start,
so a lexicon of long alternations costs a full pass per pattern over each sentence. Here the
characters a match of each alternative can begin with are read from the pattern, and at each
word start only the patterns (and, within one, only the alternatives) that can begin with the
character found there are tried. The matches are those of each whole pattern's `finditer`:
an alternative that cannot begin with that character fails there anyway, and alternation
order is kept. A pattern with capturing groups, or one that matched nothing somewhere, is
matched whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # the parsed form of a pattern (stable since Python 3.11)
from re import _parser

# Where a word-bounded pattern may begin: not right after a word character or a hyphen.
WORD_START = r"(?<![\w-])"
_STARTS = re.compile(WORD_START)
NON_ASCII = "\x80"  # the key of the table for characters outside ASCII


class _Unreadable(Exception):
    """A construct whose first characters are not read here (any character may begin it)."""


def word_pattern(alternatives: Sequence[str]) -> re.Pattern[str]:
    """The alternatives as one case-insensitive pattern bounded by word starts and ends."""
    alternation = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"{WORD_START}(?:{alternation})(?![\w-])", re.IGNORECASE)


def first_chars(pattern: str) -> frozenset[str] | None:
    """The lower-case ASCII characters a case-insensitive match of pattern can begin with;
    None when other characters might (or the pattern can match nothing)."""
    return _read(pattern)[0]


def start_guard(pattern: str) -> str:
    """A lookahead that holds wherever a match of pattern (compiled case-insensitive or not)
    can begin: one of the ASCII characters it can begin with, in either case, or any character
    outside ASCII (whose case foldings and digits are not read); "" when those characters are
    not read (the pattern is then tried everywhere). Set before a pattern (`guard(?:pattern)`),
    it finds the same matches, failing at once where none can begin: `re` tries an alternation
    that opens on a word boundary at every word start, alternative by alternative."""
    try:
        chars, nullable = _sequence(_parser.parse(pattern, re.IGNORECASE), digits=True)
    except _Unreadable:
        return ""
    if nullable:
        return ""
    both = sorted(chars | {c.upper() for c in chars})
    return f"(?=[{re.escape(''.join(both))}\\x80-\\U0010ffff])"


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled behind its `start_guard`: the same matches, found sooner."""
    return re.compile(rf"{start_guard(pattern)}(?:{pattern})", flags)


def _read(pattern: str) -> tuple[frozenset[str] | None, bool]:
    """first_chars(pattern), and whether the pattern has capturing groups."""
    parsed = _parser.parse(pattern, re.IGNORECASE)
    try:
        chars, nullable = _sequence(parsed)
    except _Unreadable:
        return None, parsed.state.groups > 1
    return (None if nullable else frozenset(chars)), parsed.state.groups > 1


def _sequence(items, digits: bool = False) -> tuple[set[str], bool]:
    """(`digits`: \\d read as the ASCII digits, for a guard that lets any non-ASCII
    character through)"""
    chars: set[str] = set()
    for op, av in items:
        first, nullable = _item(op, av, digits)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _item(op, av, digits: bool = False) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return _ascii([av]), False
    if op is sre.IN:
        codes: list[int] = []
        for kind, value in av:
            if kind is sre.LITERAL:
                codes.append(value)
            elif kind is sre.RANGE and value[1] < 128:
                codes.extend(range(value[0], value[1] + 1))
            elif digits and kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                codes.extend(range(ord("0"), ord("9") + 1))
            else:
                raise _Unreadable  # a negated set, a category (\w), a non-ASCII range
        return _ascii(codes), False
    if op is sre.SUBPATTERN:
        return _sequence(av[-1], digits)
    if op is sre.BRANCH:
        parts = [_sequence(branch, digits) for branch in av[1]]
        return set().union(*(c for c, _ in parts)), any(n for _, n in parts)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        chars, nullable = _sequence(av[2], digits)
        return chars, nullable or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width: what follows begins the match
    raise _Unreadable


def _ascii(codes: list[int]) -> set[str]:
    if any(c >= 128 for c in codes):
        raise _Unreadable  # non-ASCII letters have case foldings of their own
    return {chr(c).lower() for c in codes}


class WordPatterns:
    """Several `word_pattern`s matched together: `matches(text)[k]` is
    `list(word_pattern(alternations[k]).finditer(text))` (`whole`: those patterns, if
    already compiled)."""

    def __init__(self, alternations: Sequence[Sequence[str]],
                 whole: Sequence[re.Pattern[str]] | None = None) -> None:
        self.whole = list(whole) if whole is not None else [word_pattern(a) for a in alternations]
        self.alternations = alternations
        read = [[_read(a) for a in alts] for alts in alternations]
        self.firsts = [[first for first, _ in alts] for alts in read]
        # Capturing groups would be renumbered in a pattern of fewer alternatives.
        self.unsplit = [k for k, alts in enumerate(read) if any(groups for _, groups in alts)]
        self.split = [k for k in range(len(alternations)) if k not in self.unsplit]
        # first character -> (guard, patterns to try), for every key `matches` may look up
        # (the end of the text: ""): made here, at load, since each costs compiles
        keys = {chr(c).lower() for c in range(128)} | {NON_ASCII, ""}
        self.tables: dict[str, tuple[re.Pattern[str] | None,
                                     list[tuple[int, re.Pattern[str]]]]] = {
            key: self._table(key) for key in keys}

    def _table(self, char: str) -> tuple[re.Pattern[str] | None,
                                         list[tuple[int, re.Pattern[str]]]]:
        """(k, pattern k's alternatives that can begin with char) for the patterns with any,
        and the guard: one pattern of all those alternatives, which matches where any of
        them does (None when there are none)."""
        if char == NON_ASCII:
            alts = [a for k in self.split for a in self.alternations[k]]
            return (word_pattern(alts) if alts else None), [(k, self.whole[k])
                                                             for k in self.split]
        out, every = [], []
        for k in self.split:
            alts = [a for a, f in zip(self.alternations[k], self.firsts[k], strict=True)
                    if f is None or char in f]
            every.extend(alts)
            if len(alts) == len(self.alternations[k]):
                out.append((k, self.whole[k]))
            elif alts:
                out.append((k, word_pattern(alts)))
        return (word_pattern(every) if every else None), out

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        out: list[list[re.Match[str]]] = [[] for _ in self.whole]
        ends = [0] * len(self.whole)
        whole = set(self.unsplit)
        tables = self.tables
        for start in _STARTS.finditer(text):
            s = start.start()
            char = text[s:s + 1]
            key = char.lower() if char.isascii() else NON_ASCII  # outside ASCII: whole patterns
            guard, tried = tables[key]
            if guard is None or not guard.match(text, s):
                continue  # (most word starts: one failed match instead of one per pattern)
            for k, pattern in tried:
                if s >= ends[k] and (m := pattern.match(text, s)) is not None:
                    out[k].append(m)
                    ends[k] = m.end()
                    if m.end() == s:  # finditer goes on differently after an empty match
                        whole.add(k)
        for k in whole:
            out[k] = list(self.whole[k].finditer(text))
        return out
