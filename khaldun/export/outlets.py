"""An article's outlet: name and ACLED source scale, from its address (data/outlets.csv)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from khaldun.acled_codes import conventions
from khaldun.records import ArticleInfo


@lru_cache(maxsize=1)
def _outlets() -> dict[str, tuple[str, str]]:
    with (resources.files("khaldun.data") / "outlets.csv").open(encoding="utf-8") as f:
        return {row["domain"]: (row["name"], row["scale"]) for row in csv.DictReader(f)}


def outlet(article: ArticleInfo) -> tuple[str, str] | None:
    """(name, scale) of the article's outlet: a known domain (or its parent), else the bare
    host with no scale; None without an address."""
    host = (urlsplit(article.url or "").hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        known = _outlets().get(".".join(parts[i:]))
        if known:
            return known
    return host, ""


def source_scale(scales: list[str]) -> str:
    """ACLED's combined scale ("National-International"), in ACLED's order."""
    order = conventions()["source_scales"]
    present = set(filter(None, scales))
    return "-".join(s for s in order if s in present)
