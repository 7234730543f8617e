"""The words around a mention, within its sentence."""

from __future__ import annotations

import re

CONTEXT_CHARS = 90  # enough for "on the eastern outskirts of the besieged town of"
_BOUNDARY = re.compile(r"[.!?;]\s|\n")
_WORD_AFTER = re.compile(r"[\s-]+([\w']+)")


def next_word(text: str, end: int) -> str:
    """The lower-case word right after `end` ("warplanes" after "Russian"; "military" in "the
    US military's"), or ""."""
    m = _WORD_AFTER.match(text, end)
    word = m.group(1).lower() if m else ""
    return word[:-2] if word.endswith("'s") else word


def before(text: str, start: int) -> str:
    """Up to CONTEXT_CHARS of text before start, not reaching into the previous sentence."""
    chunk = text[max(0, start - CONTEXT_CHARS):start]
    cut = [m.end() for m in _BOUNDARY.finditer(chunk)]
    return chunk[cut[-1]:] if cut else chunk


def after(text: str, end: int) -> str:
    """Up to CONTEXT_CHARS of text after end, stopping at the sentence's end."""
    chunk = text[end:end + CONTEXT_CHARS]
    m = _BOUNDARY.search(chunk)
    return chunk[:m.start()] if m else chunk
