"""HTML pages to article text: trafilatura for the main text, then a line-level clean-up."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import NamedTuple

from khaldun.data import alternation, read_mapping
from khaldun.dates.dateline import DATE_LINE, ISO_LINE
from khaldun.ingest.limits import MAX_HTML_DEPTH

FILE = "html.yaml"


def _alternation(name: str) -> str:
    """A list of html.yaml as a regular-expression alternation, entries in order."""
    return alternation(FILE, name, read_mapping(FILE).get(name))


# Lines that page templates put inside the article body, which trafilatura keeps.
BOILERPLATE = re.compile(rf"^\s*(?:{_alternation('boilerplate_lines')})\s*[:.!]?\s*$", re.I)
# "By Jane Writer", "By Jane Writer and John Roe, Reuters" — a short line, names only.
BYLINE = re.compile(
    rf"^\s*(?i:{_alternation('byline_openers')})\s+"
    r"[A-Z][\w'’.-]*(?:[ ,]+(?:and\s+)?[A-Z][\w'’.-]*){0,6}"
    r"(?:\s*[|,-]\s*[A-Z][\w .&'’-]{0,40})?(?<!\.)$",
)
# Wire trailers and credits: "(Reporting by A in Beirut; Editing by B)", "Photo: AFP".
_BYS = rf"(?:additional )?(?:{_alternation('credit_verbs')}) by"
TRAILER = re.compile(
    rf"^\s*(?:\(\s*{_BYS}[^)]*\)"  # parenthesised, as wires end their copy
    rf"|{_BYS}[^.]*"  # bare, with no sentence in it ("Reporting by" in prose ends in a period)
    rf"|(?:{_alternation('credit_lines')})"
    r".*)\s*$",
    re.IGNORECASE,
)
# Longer than this a line is prose, never a template line (trailers may run to TRAILER_MAX).
TEMPLATE_LINE_MAX = 120
TRAILER_MAX = 300


def _is_template(line: str, title: str | None) -> bool:
    text = line.strip()
    if not text or len(text) > TRAILER_MAX:
        return False
    if TRAILER.match(text):
        return True
    if len(text) > TEMPLATE_LINE_MAX:
        return False
    if title and text.casefold() == title.strip().casefold():
        return True
    return bool(
        BOILERPLATE.match(text)
        or BYLINE.match(text)
        or DATE_LINE.match(text)
        or ISO_LINE.match(text)
    )


def clean_lines(text: str, title: str | None = None) -> str:
    """Text without template lines (reading time, share prompts, bylines, dates, title)."""
    kept: list[str] = []
    seen_short: set[str] = set()
    for line in text.splitlines():
        if _is_template(line, title):
            continue
        key = line.strip().casefold()
        if len(key) <= TEMPLATE_LINE_MAX:
            # A short line that comes back (a byline, a caption) is page furniture.
            if key in seen_short:
                continue
            seen_short.add(key)
        kept.append(line.strip())
    return "\n".join(line for line in kept if line)


def page_date(html: str, url: str | None = None) -> date | None:
    """The publication date the page's metadata gives (htmldate), if any."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return date.fromisoformat(found[:10]) if found else None


class Page(NamedTuple):
    """What an HTML page gives: clean text, the text before clean-up, title, metadata date."""

    text: str
    raw_text: str
    title: str | None
    published: date | None


def main_text(html: str, url: str | None = None) -> Page:
    """Article text, title and metadata publication date of an HTML page."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    text = (doc.text or "") if doc is not None else ""
    title = doc.title if doc is not None else None
    if not text.strip():
        text = fragment_text(html)
    return Page(clean_lines(text, title), text, title, page_date(html, url))


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment (a feed entry), one block a line."""
    import lxml.html

    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return html
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//tr"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
# Void elements, and p and li whose end tags pages often leave out: none deepens the count.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr p li".split()
)


def html_depth(html: str) -> int:
    """How deeply a page's elements nest, from its tags (void and self-closed ones ignored)."""
    depth = deepest = 0
    for closing, name, self_closed in _TAG.findall(html):
        if self_closed or name.lower() in _VOID:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def empty_page_reason(html: str) -> str:
    """Why a page gave no text: nesting past what the parser reads, else boilerplate only."""
    limit = MAX_HTML_DEPTH.value
    if html_depth(html) > limit:
        return (
            f"HTML nested deeper than {limit} levels ({MAX_HTML_DEPTH.env}): the parser "
            "cannot read its text"
        )
    return "no text after boilerplate removal"
