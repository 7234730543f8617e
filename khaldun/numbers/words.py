"""Numbers written in digits or words: parse one, or find them all in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khaldun.numbers.lexicon import lexicon

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_SPLIT = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text: character offsets, value, and whether it is a vague plural."""

    start: int
    end: int
    value: int
    vague: bool = False


def _words_value(tokens: list[str]) -> int | None:
    """Value of a sequence of number words ("three hundred twelve"), None if ill-formed."""
    lex = lexicon()
    total, current, last = 0, 0, ""
    for tok in tokens:
        if tok in lex.units:
            # "five six" and "twelve three" are two numbers, not one
            if last in ("unit", "teen") or (last == "tens" and lex.units[tok] >= 10):
                return None
            current += lex.units[tok]
            last = "teen" if lex.units[tok] >= 10 else "unit"
        elif tok in lex.tens:
            if last in ("unit", "teen", "tens"):
                return None
            current += lex.tens[tok]
            last = "tens"
        elif tok == "hundred":
            current = max(current, 1) * 100
            last = "scale"
        elif tok == "dozen":
            current = max(current, 1) * 12
            last = "scale"
        elif tok in lex.scales:
            total += max(current, 1) * lex.scales[tok]
            current, last = 0, "scale"
        else:
            return None
    return total + current if last else None


def parse_number(s: str) -> int | None:
    """Value of "55", "1,200", "fifty-five", "a dozen", "half a dozen"; None for vague "dozens"."""
    text = s.strip().lower()
    if not text:
        return None
    if _DIGITS.fullmatch(text):
        if "." in text:
            return None  # a decimal is a measurement, not a count
        return int(text.replace(",", ""))
    parts = [p for p in _SPLIT.split(text) if p and p != "and"]
    if not parts:
        return None  # "and" alone
    if parts[:1] == ["half"] and parts[1:3] == ["a", "dozen"] and len(parts) == 3:
        return 6
    if parts[0] in ("a", "an") and len(parts) > 1:
        parts = parts[1:]
        if parts[0] not in ("dozen", "hundred", "thousand", "million"):
            return None
    m = _DIGITS.fullmatch(parts[0])
    if m and len(parts) == 2 and parts[1] in lexicon().scales:
        return int(float(parts[0].replace(",", "")) * lexicon().scales[parts[1]])
    return _words_value(parts)


@lru_cache(maxsize=1)
def number_pattern() -> re.Pattern[str]:
    """Regex for one number in running text: digits (with a scale word) or number words."""
    lex = lexicon()
    word = "|".join(sorted([*lex.units, *lex.tens, "hundred", "thousand", "million", "dozen"],
                           key=len, reverse=True))
    vague = "|".join(lex.vague)
    words = (
        rf"(?:(?:half\s+a|a|an)\s+(?=dozen|hundred|thousand|million))?"
        rf"(?:{word})(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{word}))*"
    )
    digits = rf"(?<![\w.,/:$£€-])(?:{_DIGITS.pattern})(?:\s+(?:hundred|thousand|million))?"
    return re.compile(
        rf"(?P<digits>{digits})(?![\w%]|[.,:/]\d)|(?<![\w-])(?P<words>{words}|(?P<vague>{vague}))"
        rf"(?![\w])",
        re.IGNORECASE,
    )


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in text order; word sequences that do not parse are split or dropped."""
    return list(_numbers(text))


@lru_cache(maxsize=64)
def _numbers(text: str) -> tuple[NumberSpan, ...]:
    """find_numbers (remembered for the last texts: the counts of a sentence and its parse
    both read its numbers)."""
    lex = lexicon()
    found: list[NumberSpan] = []
    for m in number_pattern().finditer(text):
        if m.group("vague"):
            if re.match(r"\s+of\s+(?:thousands|millions|hundreds)", text[m.end():]):
                continue  # "tens of thousands": a crowd size, not a floor we can use
            found.append(NumberSpan(m.start(), m.end(), lex.vague[m.group(0).lower()], True))
            continue
        value = parse_number(m.group(0))
        if value is not None:
            found.append(NumberSpan(m.start(), m.end(), value))
            continue
        found.extend(_split_words(text, m.start(), m.end()))
    return tuple(found)


def _split_words(text: str, start: int, end: int) -> list[NumberSpan]:
    """Parse an ill-formed word run ("five six") as the longest well-formed pieces."""
    words = re.finditer(r"[^\s-]+", text[start:end])
    pieces = [(w.start() + start, w.end() + start) for w in words]
    out: list[NumberSpan] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            value = parse_number(text[pieces[i][0]:pieces[j - 1][1]])
            if value is not None:
                out.append(NumberSpan(pieces[i][0], pieces[j - 1][1], value))
                i = j
                break
        else:
            i += 1
    return out
