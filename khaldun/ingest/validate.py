"""One validation of input records, shared by the readers, the API and both store backends.

The same record is accepted or refused, with the same message, whichever way it comes in.
"""

from __future__ import annotations

import json
import re
from datetime import date
from itertools import accumulate
from typing import Any
from urllib.parse import urlsplit

from khaldun.ingest.limits import MAX_ARTICLE_CHARS, MAX_JSON_DEPTH
from khaldun.records import Article

URL_SCHEMES = ("http", "https")
# Publication dates outside these are typos or probes: 9999-12-31 overflows every date sum.
PUBLISHED_RANGE = (date(1800, 1, 1), date(2199, 12, 31))
# Longer than this a doc_id, title or URL is not one.
FIELD_MAX = 4000
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class InvalidRecord(ValueError):
    """A record no stage may store: the message names the field and the problem."""


def json_depth(text: str) -> int:
    """How deeply arrays and objects nest in a JSON text (strings ignored), in one pass."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    if not brackets:
        return 0
    return max(accumulate(1 if c in "[{" else -1 for c in brackets))


def parse_json(text: str) -> Any:
    """A JSON value, or InvalidRecord for malformed, too deep or out-of-range input."""
    limit = MAX_JSON_DEPTH.value
    if json_depth(text) > limit:
        raise InvalidRecord(f"JSON nested deeper than {limit} levels ({MAX_JSON_DEPTH.env})")
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno} column {err.colno}"
        raise InvalidRecord(f"malformed JSON ({err.msg} at {where})") from err
    except (ValueError, RecursionError) as err:  # a 4,300-digit number, and the like
        raise InvalidRecord(f"unreadable JSON ({' '.join(str(err).split())[:120]})") from err


def _string(value: Any, name: str, allow_int: bool = False) -> str | None:
    if value is None or value == "":
        return None
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InvalidRecord(f"{name} must be a string, not {type(value).__name__}")
    return value


def record_fields(rec: dict[str, Any]) -> dict[str, str | None]:
    """The string fields of a JSON article record, type-checked (doc_id may be an integer)."""
    return {
        "doc_id": _string(rec.get("doc_id"), "doc_id", allow_int=True),
        "title": _string(rec.get("title"), "title"),
        "url": _string(rec.get("url"), "url"),
        "text": _string(rec.get("text"), "text"),
        "html": _string(rec.get("html"), "html"),
    }


def web_url(link: str | None) -> str | None:
    """A feed's or archive's link when it is an http(s) URL, else None (file:, javascript:)."""
    try:
        check_url(link)
    except InvalidRecord:
        return None
    return link


def check_no_nul(value: str | None, name: str) -> None:
    """Refuse a NUL character: PostgreSQL text cannot hold one, so no backend takes it."""
    if isinstance(value, str) and "\x00" in value:
        raise InvalidRecord(f"{name} contains a NUL character (binary data?)")


def check_url(url: str | None) -> None:
    """Refuse any URL but an absolute http(s) one (a javascript: link must never be stored)."""
    if url is None:
        return
    scheme = urlsplit(url.strip()).scheme.lower() if "://" in url else ""
    if scheme not in URL_SCHEMES or not urlsplit(url.strip()).netloc:
        shown = url if len(url) <= 60 else url[:57] + "..."
        raise InvalidRecord(f"url {shown!r}: only absolute http or https URLs are accepted")


def check_text_size(text: str) -> None:
    """Refuse an article longer than MAX_ARTICLE_CHARS (extraction time grows with length)."""
    limit = MAX_ARTICLE_CHARS.value
    if len(text) > limit:
        raise InvalidRecord(
            f"article text is {len(text):,} characters, over the limit of {limit:,} "
            f"({MAX_ARTICLE_CHARS.env}); split it into articles"
        )


def check_article(article: Article) -> None:
    """Refuse an article no backend may store: wrong types, NUL characters, bad URL, too long."""
    if not isinstance(article.text, str) or not article.text.strip():
        raise InvalidRecord("text must be a non-empty string")
    for name in ("doc_id", "title", "url"):
        value = getattr(article, name)
        if value is not None and not isinstance(value, str):
            raise InvalidRecord(f"{name} must be a string, not {type(value).__name__}")
        if value and len(value) > FIELD_MAX:
            raise InvalidRecord(f"{name} longer than {FIELD_MAX} characters")
    for name in ("text", "doc_id", "title", "url", "origin"):
        check_no_nul(getattr(article, name), name)
    check_url(article.url)
    check_published(article.published)
    check_text_size(article.text)


def check_published(published: date | None) -> None:
    """Refuse a publication date outside PUBLISHED_RANGE."""
    if published is None:
        return
    if not isinstance(published, date):
        raise InvalidRecord(f"published must be a date, not {type(published).__name__}")
    earliest, latest = PUBLISHED_RANGE
    if not earliest <= published <= latest:
        raise InvalidRecord(f"published date {published} is outside {earliest} to {latest}")
