"""One reader per input format: bytes in, drafts (or errors) out."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date

from khaldun.ingest.base import Draft, IngestError
from khaldun.ingest.html import clean_lines, empty_page_reason, fragment_text, main_text
from khaldun.ingest.limits import MAX_WARC_RECORD
from khaldun.ingest.validate import (
    InvalidRecord,
    check_url,
    parse_json,
    record_fields,
    web_url,
)

Item = Draft | IngestError
# A first line longer than this is prose, not a headline.
TITLE_MAX = 200
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def decode(data: bytes, origin: str, html: bool = False) -> str | IngestError:
    """Text of a file: UTF-8 (or UTF-16 with a BOM, or an HTML page's declared charset)."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return IngestError(origin, "binary data, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return IngestError(origin, "not UTF-16 text despite its byte-order mark")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        declared = _CHARSET.search(data[:4096]) if html else None
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        return IngestError(origin, f"not UTF-8 text (byte 0x{data[err.start]:02x} at {err.start})")


def read_text(data: bytes, origin: str) -> Iterator[Item]:
    """A plain-text article; a short first line is its headline."""
    text = decode(data, origin)
    if isinstance(text, IngestError):
        yield text
        return
    text = text.strip()
    if not text:
        yield IngestError(origin, "empty file")
        return
    lines = text.splitlines()
    first = lines[0].strip()
    title = None
    if len(lines) > 1 and len(first) <= TITLE_MAX and not first.endswith((".", ":", '"')):
        title = first
    yield Draft(text=text, origin=origin, title=title)


def html_draft(html: str, origin: str, url: str | None = None, **fields) -> Item:
    """A draft from one HTML page, or an error when nothing is left after clean-up."""
    try:
        page = main_text(html, url)
    except Exception as err:  # lxml/trafilatura failing on one page must not lose the file
        return IngestError(origin, f"HTML not parsable ({type(err).__name__}: {err})")
    if not page.text.strip():
        return IngestError(origin, empty_page_reason(html))
    fields.setdefault("title", page.title)
    fields["published"] = fields.get("published") or page.published
    return Draft(text=page.text, origin=origin, url=url, head=page.raw_text, **fields)


def read_html(data: bytes, origin: str) -> Iterator[Item]:
    text = decode(data, origin, html=True)
    yield text if isinstance(text, IngestError) else html_draft(text, origin)


def _iso_date(value: object) -> date | None:
    if not value or not isinstance(value, str | int):
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def jsonl_item(line: str | dict, origin: str) -> Item:
    """One JSON Lines record, or an error naming its line: whatever fails in one record never
    stops the lines after it."""
    try:
        return _record(line, origin)
    except Exception as err:  # a parser's own bug on one record: report it, go on
        return IngestError(origin, f"unreadable record ({type(err).__name__}: {err})")


def _record(line: str | dict, origin: str) -> Item:
    """One JSON Lines record: doc_id, text or html, published, url, title."""
    try:
        rec = parse_json(line) if isinstance(line, str) else line
        if not isinstance(rec, dict):
            return IngestError(origin, "a JSON line must be an object")
        fields = record_fields(rec)
        check_url(fields["url"])
    except InvalidRecord as err:
        return IngestError(origin, str(err))
    published = _iso_date(rec.get("published"))
    if rec.get("published") and published is None:
        return IngestError(origin, f"unreadable published date {str(rec.get('published'))[:40]!r}")
    meta = {"doc_id": fields["doc_id"] or "", "published": published}
    if fields["title"]:
        meta["title"] = fields["title"]
    if fields["text"] and fields["text"].strip():
        return Draft(text=fields["text"], origin=origin, url=fields["url"], **meta)
    if fields["html"] and fields["html"].strip():
        return html_draft(fields["html"], origin, url=fields["url"], **meta)
    return IngestError(origin, "no text or html field")


def read_jsonl(data: bytes, origin: str) -> Iterator[Item]:
    text = decode(data, origin)
    if isinstance(text, IngestError):
        yield text
        return
    if not text.strip():
        yield IngestError(origin, "empty file (no JSON records)")
        return
    if text.lstrip().startswith("["):
        # A .json file holding one array of records rather than one record a line; when the
        # whole does not parse, its lines are read one by one (the first may be a bad line).
        try:
            records = parse_json(text)
        except InvalidRecord as err:
            records = err if "\n" not in text.strip() else None
        if isinstance(records, InvalidRecord):
            yield IngestError(origin, str(records))
            return
        if isinstance(records, list):
            for n, rec in enumerate(records, start=1):
                yield jsonl_item(rec, f"{origin}:{n}")
            return
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield jsonl_item(line, f"{origin}:{n}")


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_body(entry) -> tuple[str, bool]:
    """The fullest body an entry has, and whether it is HTML."""
    for part in entry.get("content") or []:
        if part.get("value", "").strip():
            return part["value"], "html" in part.get("type", "html")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", ""), "html" in detail.get("type", "text/html")


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    """RSS or Atom: one draft per entry, from its content or summary."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception") or "no entries"
        yield IngestError(origin, f"not a readable RSS/Atom feed ({problem})")
        return
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{origin}:{n}"
        body, is_html = _entry_body(entry)
        raw = fragment_text(body) if is_html else body.strip()
        title = entry.get("title") or None
        # Full-page entries carry the same template lines as pages do.
        text = clean_lines(raw, title)
        if not text.strip():
            yield IngestError(where, "entry has no content or summary")
            continue
        yield Draft(
            text=text,
            origin=where,
            title=title,
            url=web_url(entry.get("link") or None),
            published=_entry_date(entry),
            head=raw,
        )


def _warc_content_type(record) -> str | None:
    """The payload type of a response (HTTP header) or resource record; None for others."""
    if record.rec_type == "response" and record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    if record.rec_type == "resource":
        return record.rec_headers.get_header("Content-Type") or ""
    return None


def _declared_length(record) -> int:
    value = (record.rec_headers.get_header("Content-Length") or "0").strip()
    return int(value) if value.isdigit() else 0


def read_warc(data: bytes, origin: str) -> Iterator[Item]:
    """WARC (or gzipped WARC): one draft per HTML response or resource record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = MAX_WARC_RECORD.value
    found = n = 0
    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            where = f"{origin}:{n}"
            if _declared_length(record) > limit:
                yield IngestError(
                    where,
                    f"record declares {_declared_length(record):,} bytes, over the limit of "
                    f"{limit:,} ({MAX_WARC_RECORD.env}); the rest of the file is not read",
                )
                return
            kind = _warc_content_type(record)
            if kind is None or "html" not in kind.lower():
                continue
            found += 1
            payload = record.content_stream().read(limit + 1)
            if len(payload) > limit:
                yield IngestError(where, f"payload over {limit:,} bytes ({MAX_WARC_RECORD.env})")
                continue
            text = decode(payload, where, html=True)
            url = web_url(record.rec_headers.get_header("WARC-Target-URI"))
            yield text if isinstance(text, IngestError) else html_draft(text, where, url=url)
    except ArchiveLoadFailed as err:
        yield IngestError(origin, f"not a readable WARC file ({err})")
        return
    except (OverflowError, ValueError, OSError, EOFError) as err:
        problem = f"{type(err).__name__}: {err}"
        yield IngestError(origin, f"WARC data broken after record {n} ({problem})")
        return
    if not found:
        yield IngestError(origin, "no HTML response or resource records")
