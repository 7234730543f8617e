"""Why each sentence did or did not make an event: decisions noted during extraction, logged
on the "khaldun" logger and kept for `khaldun extract --explain`."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from khaldun.records import Sentence

log = logging.getLogger("khaldun")


@dataclass
class SentenceTrace:
    """One sentence, what the finders found in it (its SentenceFacts, None when it has no
    trigger) and the decisions taken on it, in order."""

    sentence: Sentence
    facts: object | None = None
    decisions: list[str] = field(default_factory=list)


@dataclass
class Trace:
    """The decisions of one article's extraction, by sentence start offset."""

    doc_id: str
    sentences: dict[int, SentenceTrace] = field(default_factory=dict)

    def see(self, sentence: Sentence, facts: object | None) -> None:
        self.sentences[sentence.start] = SentenceTrace(sentence, facts)


def note(trace: Trace | None, sentence: Sentence, message: str) -> None:
    """Record a decision on a sentence (and log it at debug level)."""
    log.debug("%s@%d: %s", trace.doc_id if trace else "-", sentence.start, message)
    if trace is not None and sentence.start in trace.sentences:
        trace.sentences[sentence.start].decisions.append(message)
