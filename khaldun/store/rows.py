"""Conversions between typed records and table rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from khaldun.records import Actor, Article, Claim, Event, Fatalities, Location, MergedEvent


def article_row(article: Article) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id,
        "content_hash": article.hash,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_from": article.published_from,
        "text": article.text,
        "origin": article.origin,
    }


def row_article(row: Any) -> Article:
    return Article(
        text=row.text,
        doc_id=row.doc_id,
        published=row.published,
        url=row.url,
        title=row.title,
        origin=row.origin,
        published_from=row.published_from,
    )


def event_columns(event: Event) -> dict[str, Any]:
    """The columns reports and merged events share."""
    loc, fat = event.location, event.fatalities
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "time_precision": event.time_precision,
        "actor1": event.actor1.name if event.actor1 else None,
        "inter1": event.actor1.inter if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "inter2": event.actor2.inter if event.actor2 else None,
        "location_name": loc.name,
        "neighbourhood": loc.neighbourhood,
        "town": loc.town,
        "admin1": loc.admin1,
        "country": loc.country,
        "lat": loc.lat,
        "lon": loc.lon,
        "geo_precision": loc.geo_precision,
        "admin2": loc.admin2,
        "fatalities_low": fat.low if fat else None,
        "fatalities_high": fat.high if fat else None,
        "status": event.status,
    }


def claim_row(report_id: str, n: int, claim: Claim, doc_id: str) -> dict[str, Any]:
    value = claim.value
    is_num = isinstance(value, int) and not isinstance(value, bool)
    return {
        "report_id": report_id,
        "n": n,
        "doc_id": claim.doc_id or doc_id,
        "source": claim.source,
        "originator": claim.originator,
        "kind": claim.kind,
        "value_text": None if is_num or value is None else str(value),
        "value_num": value if is_num else None,
        "quote": claim.quote,
        "start_char": claim.start,
        "end_char": claim.end,
        "victims": claim.victims,
        "account": claim.account,
    }


def row_claim(row: Any) -> Claim:
    value = row.value_num if row.value_num is not None else row.value_text
    return Claim(
        source=row.source,
        kind=row.kind,
        value=value,
        quote=row.quote,
        start=row.start_char,
        end=row.end_char,
        doc_id=row.doc_id,
        originator=row.originator,
        victims=row.victims,
        account=row.account is not False,
    )


def _actor(name: str | None, inter: int | None) -> Actor | None:
    return Actor(name=name, inter=inter) if name else None


def row_event(row: Any, claims: list[Claim], doc_id: str | None = None) -> Event:
    """An Event from a reports or merged_events row."""
    fat = None
    if row.fatalities_low is not None:
        fat = Fatalities(row.fatalities_low, row.fatalities_high)
    return Event(
        event_type=row.event_type or "",
        sub_event_type=row.sub_event_type or "",
        date_start=row.date_start,
        date_end=row.date_end,
        time_precision=row.time_precision or 1,
        location=Location(
            name=row.location_name or "",
            neighbourhood=row.neighbourhood,
            town=row.town,
            admin1=row.admin1,
            country=row.country,
            lat=row.lat,
            lon=row.lon,
            geo_precision=row.geo_precision or 1,
            admin2=row.admin2,
        ),
        actor1=_actor(row.actor1, row.inter1),
        actor2=_actor(row.actor2, row.inter2),
        fatalities=fat,
        status=row.status or "single",
        claims=claims,
        doc_id=doc_id,
        report_id=getattr(row, "report_id", None),
    )


def _actor_names(events: Iterable[Event]) -> list[str]:
    names: dict[str, None] = {}
    for ev in events:
        for actor in (ev.actor1, ev.actor2):
            if actor and actor.name:
                names.setdefault(actor.name, None)
    return list(names)


def merged_row(merged: MergedEvent) -> dict[str, Any]:
    """The denormalised row of one merged event (filters read only this table)."""
    everything = [merged.event, *merged.reports]
    actors = _actor_names(everything)
    places: dict[str, None] = {}
    for ev in everything:
        loc = ev.location
        for name in (loc.name, loc.neighbourhood, loc.town, loc.admin1):
            if name:
                places.setdefault(name, None)
    quotes = [c.quote for ev in everything for c in ev.claims if c.quote]
    search = "\n".join([*places, *actors, *dict.fromkeys(quotes)]).lower()
    return {
        "event_id": merged.event_id,
        **event_columns(merged.event),
        "n_reports": len(merged.reports),
        "n_sources": len(merged.sources),
        "actors": " | ".join(actors),
        "search_text": search,
        "merge_reasons": json.dumps(merged.merge_reasons),
    }
