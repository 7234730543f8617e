"""Quotations that span sentences: every sentence inside one is its speaker's, named once."""

from __future__ import annotations

import re

from khaldun.claims.lexicon import speech
from khaldun.records import Sentence

_CUE = re.compile(rf"\b(?:{speech()})\b", re.IGNORECASE)
_MARK = re.compile(r"[\"“”]")
_OPENS = re.compile(r"\s*[\"“]")


def quotations(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """(start, end) of each quotation, from its quote marks (straight ones open and close in
    turn); one left open at a paragraph's end runs on into the next paragraph if that opens on
    a quote mark (the wire convention), else ends with its paragraph."""
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in sentences:
        if not s.is_title:
            start, _ = paragraphs.get(s.paragraph, (s.start, s.end))
            paragraphs[s.paragraph] = (start, s.end)
    spans = sorted(paragraphs.values())
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for n, (start, end) in enumerate(spans):
        for mark in _MARK.finditer(text, start, end):
            at, char = mark.start(), mark.group()
            if opened is None and char != "”":
                opened = at
            elif opened is not None and char != "“" and at > opened:
                out.append((opened, at + 1))
                opened = None
        following = spans[n + 1][0] if n + 1 < len(spans) else None
        if opened is not None and (following is None or not _OPENS.match(text, following)):
            out.append((opened, end))
            opened = None
        elif opened is not None:
            # the next paragraph's opening mark re-opens this quotation: skip it
            spans[n + 1] = (_OPENS.match(text, following).end(), spans[n + 1][1])
    return out


def voices(text: str, sentences: list[Sentence]) -> dict[int, Sentence]:
    """For each sentence wholly inside a quotation whose speaker another sentence names
    ('"The gunmen came at night. They shot everyone," said X.', 'X said: "... ."'), that
    sentence, by the quoted sentence's start; a quotation naming no speaker that follows one
    straight on ('"...," said X. "They took two trucks."') is the same speaker's."""
    out: dict[int, Sentence] = {}
    last: tuple[int, Sentence] | None = None  # (index of the quotation's last sentence, voice)
    for q_start, q_end in quotations(text, sentences):
        covered = [i for i, s in enumerate(sentences)
                   if s.start < q_end and s.end > q_start and not s.is_title]
        if not covered:
            continue
        first, final = sentences[covered[0]], sentences[covered[-1]]
        voice = None
        if final.end > q_end and _CUE.search(text, q_end, final.end):
            voice = final
        elif first.start < q_start and _CUE.search(text, first.start, q_start):
            voice = first
        elif last is not None and last[0] == covered[0] - 1:
            voice = last[1]
        if voice is None:
            last = None
            continue
        for i in covered:
            s = sentences[i]
            if s is not voice and s.start >= q_start and s.end <= q_end:
                out[s.start] = voice
        last = (covered[-1], voice)
    return out
