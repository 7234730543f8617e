"""Paths to articles: folders, gzip, format detection, and the publication-date fallback chain."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from khaldun.ingest import formats, remote
from khaldun.ingest.base import Draft, IngestError
from khaldun.ingest.datelines import date_from_text, year_hint
from khaldun.ingest.published import parse_published
from khaldun.records import Article

Reader = Callable[[bytes, str], Iterator[formats.Item]]
READERS: dict[str, Reader] = {
    "text": formats.read_text,
    "html": formats.read_html,
    "jsonl": formats.read_jsonl,
    "feed": formats.read_feed,
    "warc": formats.read_warc,
}
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".arc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"


def sniff(name: str, data: bytes) -> str:
    """The format of a file, from its name, else from its first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def _unzip(data: bytes, origin: str) -> bytes | IngestError:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        return IngestError(origin, f"corrupt gzip data ({err})")


def read_data(data: bytes, name: str, origin: str) -> Iterator[formats.Item]:
    """Drafts from the bytes of one input of any supported format (gzipped or not)."""
    if data.startswith(GZIP_MAGIC):
        if name.lower().endswith(".warc.gz"):
            # warcio reads gzipped WARC itself, record by record.
            yield from formats.read_warc(data, origin)
            return
        data = _unzip(data, origin)
        if isinstance(data, IngestError):
            yield data
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
    yield from READERS[sniff(name, data)](data, origin)


def read_file(path: Path) -> Iterator[formats.Item]:
    """Drafts from one file of any supported format (gzipped or not)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield IngestError(str(path), f"cannot read ({err.strerror})")
        return
    yield from read_data(data, path.name, str(path))


def read_source(source: Path | str) -> Iterator[formats.Item]:
    """Drafts from a file, an http(s) URL (page or feed) or "-" (standard input)."""
    if isinstance(source, Path):
        yield from read_file(source)
        return
    data = remote.source_bytes(source)
    if isinstance(data, IngestError):
        yield data
        return
    for item in read_data(data, remote.source_name(source), source):
        if isinstance(item, Draft) and source != remote.STDIN and not item.url:
            item.url = source
        yield item


def walk(paths: Iterable[Path | str]) -> Iterator[Path | str | IngestError]:
    """Files under the given paths (folders recursively, in sorted order, hidden files
    skipped); URLs and "-" pass through."""
    for path in paths:
        if remote.is_remote(path):
            yield path
            continue
        path = Path(path)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                if found.is_file() and not hidden:
                    yield found
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def settle(draft: Draft, known: list[date], published: date | None) -> Article:
    """An article with its publication date: metadata, else the text, else the given date."""
    article = Article(
        text=draft.text,
        doc_id=draft.doc_id,
        url=draft.url,
        title=draft.title,
        origin=draft.origin,
    )
    if draft.published:
        article.published, article.published_from = draft.published, "metadata"
        return article
    head = draft.head or draft.text
    found = date_from_text(head, year_hint(known, published, head))
    if found:
        article.published, article.published_from = found
    elif published:
        article.published, article.published_from = published, "flag"
    return article


def _needs_year(draft: Draft) -> bool:
    """Whether the draft's date is a dateline without a year (so other dates give it one)."""
    if draft.published:
        return False
    head = draft.head or draft.text
    # 2000 is a leap year: any month and day the text gives is a date in it.
    return date_from_text(head) is None and date_from_text(head, 2000) is not None


def article_from_text(
    text: str, published: date | str | None = None, url: str | None = None,
    title: str | None = None,
) -> Article:
    """An article from a text given in Python, dated as read_paths dates a text file."""
    draft = Draft(text=text, origin="text", title=title, url=url)
    return settle(draft, [], parse_published(published))


def read_paths(
    paths: Iterable[Path | str], published: date | None = None
) -> Iterator[Article | IngestError]:
    """Articles (or errors naming the bad input) from files, folders, URLs and "-" (stdin).

    Articles stream out as read, but those whose dateline lacks a year wait for the end of
    their file: the file's other dates give them one.
    """
    for path in walk(paths):
        if isinstance(path, IngestError):
            yield path
            continue
        known: list[date] = []
        waiting: list[Draft] = []
        try:
            for item in read_source(path):
                if isinstance(item, IngestError):
                    yield item
                elif _needs_year(item):
                    waiting.append(item)
                else:
                    if item.published:
                        known.append(item.published)
                    yield settle(item, known, published)
        except Exception as err:  # a parser's own failure on a broken file: report, go on
            yield IngestError(str(path), f"unreadable ({type(err).__name__}: {err})")
        for draft in waiting:
            yield settle(draft, known, published)
