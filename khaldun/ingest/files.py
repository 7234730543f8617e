"""Paths to articles: folders, gzip, format detection, and the publication-date fallback chain."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from khaldun.dates.dateline import date_from_text, year_hint
from khaldun.ingest import formats, remote
from khaldun.ingest.base import Draft, IngestError
from khaldun.ingest.limits import MAX_FILE_BYTES, MAX_RATIO
from khaldun.ingest.published import parse_published
from khaldun.ingest.validate import InvalidRecord, check_article
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


# Gzip is inflated a step at a time, so a bomb is stopped at the limit, not in a MemoryError.
GZIP_STEP = 1024 * 1024
GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header and trailer around deflate data
# Below this many decompressed bytes the ratio limit does not apply (tiny files compress well).
RATIO_FLOOR = 16 * 1024 * 1024
# Formats made of one record a line: what precedes a break in the data still reads.
LINE_FORMATS = ("jsonl",)


def gunzip(data: bytes, origin: str) -> tuple[bytes, IngestError | None]:
    """Gzip data inflated in steps under MAX_FILE_BYTES and MAX_RATIO; on a break (truncated
    or corrupt data) the bytes inflated before it come back with the error."""
    limit = min(MAX_FILE_BYTES.value, max(len(data) * MAX_RATIO.value, RATIO_FLOOR))
    out = bytearray()
    inflater = zlib.decompressobj(GZIP_WBITS)
    pending = data
    try:
        while True:
            out += inflater.decompress(pending, GZIP_STEP)
            if len(out) > limit:
                return b"", IngestError(
                    origin,
                    f"gzip data expands past {limit:,} bytes (limits: {MAX_FILE_BYTES.env}, "
                    f"{MAX_RATIO.env} {MAX_RATIO.value}x): refused as a possible gzip bomb",
                )
            if inflater.eof:  # one member done; another may follow (concatenated gzip)
                pending = inflater.unused_data
                if not pending.strip(b"\x00"):
                    return bytes(out), None
                inflater = zlib.decompressobj(GZIP_WBITS)
                continue
            pending = inflater.unconsumed_tail
            if not pending:
                problem = "corrupt gzip data: truncated (the file ends mid-stream)"
                return bytes(out), IngestError(origin, problem)
    except zlib.error as err:
        return bytes(out), IngestError(origin, f"corrupt gzip data ({err})")


def _read_bytes(path: Path) -> bytes | IngestError:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES.value:
            limit = f"{MAX_FILE_BYTES.value:,} ({MAX_FILE_BYTES.env})"
            return IngestError(origin, f"file is {size:,} bytes, over the limit of {limit}")
        return path.read_bytes()
    except OSError as err:
        return IngestError(origin, f"cannot read ({err.strerror or err})")


def read_data(data: bytes, name: str, origin: str) -> Iterator[formats.Item]:
    """Drafts from the bytes of one input of any supported format (gzipped or not)."""
    broken = None
    if data.startswith(GZIP_MAGIC):
        if name.lower().endswith(".warc.gz"):
            # warcio reads gzipped WARC itself, record by record.
            yield from formats.read_warc(data, origin)
            return
        data, broken = gunzip(data, origin)
        name = name[:-3] if name.lower().endswith(".gz") else name
        if broken and not (sniff(name, data) in LINE_FORMATS and b"\n" in data):
            yield broken
            return
        if broken:  # keep the whole lines before the break; the error says what was lost
            data = data[: data.rindex(b"\n") + 1]
            lines = data.count(b"\n")
            broken.message += f"; read the {lines:,} lines before the break"
    yield from READERS[sniff(name, data)](data, origin)
    if broken:
        yield broken


def read_file(path: Path) -> Iterator[formats.Item]:
    """Drafts from one file of any supported format (gzipped or not)."""
    data = _read_bytes(path)
    if isinstance(data, IngestError):
        yield data
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
    skipped); URLs and "-" pass through. A folder that cannot be listed is reported, never
    skipped in silence."""
    for path in paths:
        if remote.is_remote(path):
            yield path
            continue
        path = Path(path)
        if path.is_dir():
            yield from _walk_folder(path)
        elif path.is_file():
            yield path
        elif path.exists():
            yield IngestError(str(path), "not a regular file or folder")
        else:
            yield IngestError(str(path), "no such file or folder")


def _walk_folder(root: Path) -> Iterator[Path | IngestError]:
    problems: list[OSError] = []
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, onerror=problems.append):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        found.extend(Path(folder, n) for n in names if not n.startswith("."))
    for err in problems:
        yield IngestError(str(err.filename or root), f"cannot list folder ({err.strerror or err})")
    for path in sorted(found):
        if path.is_file():
            yield path
        elif not path.is_symlink() or path.exists():
            yield IngestError(str(path), "not a regular file")


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
                    yield checked(settle(item, known, published))
        except Exception as err:  # a parser's own failure on a broken file: report, go on
            yield IngestError(str(path), f"unreadable ({type(err).__name__}: {err})")
        for draft in waiting:
            yield checked(settle(draft, known, published))


def checked(article: Article) -> Article | IngestError:
    """The article, or an error naming it when the shared validation refuses it."""
    try:
        check_article(article)
    except InvalidRecord as err:
        return IngestError(article.origin or article.doc_id, str(err))
    return article
