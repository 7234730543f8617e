"""What readers produce: drafts of articles, and errors that name the input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class IngestError:
    """An input that yielded no article: where it came from and what was wrong."""

    origin: str
    message: str

    def __post_init__(self) -> None:
        self.message = " ".join(str(self.message).split())  # always one line

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class Draft:
    """An article as read from its source, before its publication date is settled."""

    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    doc_id: str = ""
    published: date | None = None  # from metadata (feed, JSONL field, htmldate)
    head: str | None = None  # text to look for a dateline in, when cleaning removed date lines
