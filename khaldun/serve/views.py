"""The API's JSON views of merged events, claims and articles."""

from __future__ import annotations

from typing import Any

from khaldun.ingest.validate import web_url
from khaldun.records import Article, Claim, Event, MergedEvent


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def event_fields(ev: Event) -> dict[str, Any]:
    return {
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "date_start": _iso(ev.date_start),
        "date_end": _iso(ev.date_end),
        "time_precision": ev.time_precision,
        "location": ev.location.to_dict(),
        "actor1": ev.actor1.to_dict() if ev.actor1 else None,
        "actor2": ev.actor2.to_dict() if ev.actor2 else None,
        "fatalities": ev.fatalities.to_dict() if ev.fatalities else None,
        "status": ev.status,
    }


def event_summary(merged: MergedEvent) -> dict[str, Any]:
    """One merged event as a list row: its fields and how many reports and sources back it."""
    return {
        "id": merged.event_id,
        **event_fields(merged.event),
        "n_reports": len(merged.reports),
        "n_sources": len(merged.sources),
    }


def claim_view(claim: Claim) -> dict[str, Any]:
    """A claim with where its quote sits and a link to its article."""
    return {
        "source": claim.source,
        "originator": claim.originator,
        "kind": claim.kind,
        "value": claim.value,
        "quote": claim.quote,
        "doc_id": claim.doc_id,
        "start": claim.start,
        "end": claim.end,
        "article": f"/articles/{claim.doc_id}" if claim.doc_id else None,
    }


def event_detail(merged: MergedEvent) -> dict[str, Any]:
    """One merged event with every claim and every report it was merged from."""
    reports = [
        {
            "report_id": r.report_id,
            "doc_id": r.doc_id,
            "article": f"/articles/{r.doc_id}" if r.doc_id else None,
            **event_fields(r),
            "claims": [claim_view(c) for c in r.claims],
        }
        for r in merged.reports
    ]
    return {
        **event_summary(merged),
        "sources": merged.sources,
        "claims": [claim_view(c) for c in merged.event.claims],
        "reports": reports,
        "merge_reasons": list(merged.merge_reasons),
    }


def locate(text: str, claim: Claim) -> tuple[int | None, int | None]:
    """Character offsets of a claim's quote in the text: stored ones if they hold, else found."""
    if claim.start is not None and claim.end is not None:
        if text[claim.start : claim.end] == claim.quote or not claim.quote:
            return claim.start, claim.end
    at = text.find(claim.quote) if claim.quote else -1
    return (at, at + len(claim.quote)) if at >= 0 else (None, None)


def article_view(article: Article, claims: list[tuple[str | None, Claim]]) -> dict[str, Any]:
    """An article's text and metadata, and each claim read from it with its offsets."""
    out = []
    for event_id, claim in claims:
        start, end = locate(article.text, claim)
        out.append({**claim_view(claim), "doc_id": article.doc_id, "start": start, "end": end,
                    "article": f"/articles/{article.doc_id}", "event_id": event_id})
    out.sort(key=lambda c: (c["start"] is None, c["start"] or 0))
    return {
        "doc_id": article.doc_id,
        "title": article.title,
        # Stored before URLs were checked, a javascript: link must still never reach a page.
        "url": web_url(article.url),
        "published": _iso(article.published),
        "text": article.text,
        "claims": out,
    }
