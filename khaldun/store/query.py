"""EventQuery filters as SQL over the merged_events table."""

from __future__ import annotations

import sqlalchemy as sa

from khaldun.store.base import EventQuery
from khaldun.store.schema import merged_events as m


def _like(value: str) -> str:
    """A LIKE pattern matching value anywhere, with LIKE's own wildcards taken literally."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _same(column: sa.ColumnElement, value: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column) == value.strip().lower()


def conditions(q: EventQuery) -> list[sa.ColumnElement[bool]]:
    """One SQL condition per filter set in the query."""
    out: list[sa.ColumnElement[bool]] = []
    # Date filters select events whose range overlaps [date_from, date_to].
    if q.date_from:
        out.append(sa.func.coalesce(m.c.date_end, m.c.date_start) >= q.date_from)
    if q.date_to:
        out.append(m.c.date_start <= q.date_to)
    if q.event_type:
        out.append(m.c.event_type == q.event_type)
    if q.sub_event_type:
        out.append(m.c.sub_event_type == q.sub_event_type)
    if q.country:
        out.append(m.c.country == q.country.strip().upper())
    if q.admin1:
        out.append(_same(m.c.admin1, q.admin1))
    if q.town:
        out.append(_same(m.c.town, q.town))
    if q.bbox:
        min_lon, min_lat, max_lon, max_lat = q.bbox
        out.append(m.c.lat.between(min_lat, max_lat))
        out.append(m.c.lon.between(min_lon, max_lon))
    if q.actor:
        out.append(sa.func.lower(m.c.actors).like(_like(q.actor), escape="\\"))
    if q.status:
        out.append(m.c.status == q.status)
    if q.min_fatalities is not None:
        # The largest figure any source gives: "at least n killed" by some source.
        out.append(m.c.fatalities_high >= q.min_fatalities)
    if q.text:
        for word in q.text.split():
            out.append(m.c.search_text.like(_like(word), escape="\\"))
    return out


def page_select(q: EventQuery) -> tuple[sa.Select, sa.Select]:
    """The SELECT of one page of merged-event rows, and the SELECT of the total count."""
    where = conditions(q)
    ids = (
        sa.select(m)
        .where(*where)
        .order_by(m.c.date_start.desc().nulls_last(), m.c.event_id)
        .limit(q.limit)
        .offset(q.offset)
    )
    total = sa.select(sa.func.count()).select_from(m).where(*where)
    return ids, total
