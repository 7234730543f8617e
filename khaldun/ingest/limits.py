"""Input limits: documented defaults, each overridable by an environment variable.

Every input larger or deeper than these is refused with an error naming it and the limit, so
one hostile or broken file costs bounded time and memory and never takes its neighbours down.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """One limit: its environment variable, default, and what it bounds."""

    env: str
    default: int
    doc: str

    @property
    def value(self) -> int:
        """The limit in force: the environment's value when it is a positive integer."""
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        return int(raw) if raw.isdigit() and int(raw) > 0 else self.default


# 2 MB of text is a book chapter; news articles are under 50 KB. Extraction is linear in length
# (bench/bench_length.py), so this bounds one article's time to about a minute.
MAX_ARTICLE_CHARS = Limit(
    "KHALDUN_MAX_ARTICLE_CHARS", 2_000_000, "largest article text, in characters"
)
# A file (a gzip file once inflated) holds at most this many bytes; past 16 MiB a gzip file may
# also expand at most MAX_RATIO times its own size (text compresses 3-10x; a bomb 1000x).
MAX_FILE_BYTES = Limit(
    "KHALDUN_MAX_FILE_BYTES", 256 * 1024 * 1024, "largest file, after gzip decompression, in bytes"
)
MAX_RATIO = Limit("KHALDUN_MAX_GZIP_RATIO", 100, "largest gzip expansion ratio")
# Article records are two levels deep; anything deeper is not an article.
MAX_JSON_DEPTH = Limit("KHALDUN_MAX_JSON_DEPTH", 64, "deepest nesting of a JSON record")
# Pages nest 20-40 levels; lxml's own parser stops at 255, which silently cut the text.
MAX_HTML_DEPTH = Limit("KHALDUN_MAX_HTML_DEPTH", 200, "deepest nesting of HTML elements")
# A WARC record larger than this is not a news page.
MAX_WARC_RECORD = Limit(
    "KHALDUN_MAX_WARC_RECORD", 64 * 1024 * 1024, "largest WARC record payload, in bytes"
)

LIMITS = (
    MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_RATIO, MAX_JSON_DEPTH, MAX_HTML_DEPTH, MAX_WARC_RECORD
)
