"""Failures as records: which file, which line (or entry), and why, for `--json` summaries."""

from __future__ import annotations

import re
from typing import Any

# "article a17 (feeds/sana.xml:3)": how a batch names an article that failed after reading.
_ARTICLE = re.compile(r"^article (?P<doc_id>.*?) \((?P<origin>.+)\)$")


def failure_record(origin: str, message: str) -> dict[str, Any]:
    """{"file", "line", "doc_id", "reason"} from an error's origin ("path", "path:3", "article
    ID (path:3)"); line is the JSON line, feed entry or WARC record number, else None."""
    doc_id = None
    named = _ARTICLE.match(origin)
    if named:
        doc_id, origin = named["doc_id"], named["origin"]
    path, _, tail = origin.rpartition(":")
    line = int(tail) if path and tail.isdigit() else None
    return {
        "file": path if line is not None else origin,
        "line": line,
        "doc_id": doc_id,
        "reason": message,
    }
