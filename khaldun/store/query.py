"""EventQuery filters as SQL over the merged_events table."""

from __future__ import annotations

import sqlalchemy as sa

from khaldun.acled_codes import conventions
from khaldun.store.base import EventQuery
from khaldun.store.schema import articles, memberships, reports
from khaldun.store.schema import merged_events as m


def _like(value: str) -> str:
    """A LIKE pattern matching value anywhere, with LIKE's own wildcards taken literally."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _same(column: sa.ColumnElement, value: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column) == value.strip().lower()


def _inter_columns() -> tuple[sa.ColumnElement, sa.ColumnElement]:
    """inter1 and inter2 as the ACLED export writes them (acled_codes.inter_codes)."""
    table = conventions()["unknown_actor1"]
    generic = sa.case(
        *((m.c.event_type == kind, spec["inter"]) for kind, spec in table.items()
          if kind != "default"),
        else_=table["default"]["inter"],
    )
    inter1 = sa.case((m.c.inter1 > 0, m.c.inter1), else_=generic)
    inter2 = sa.func.coalesce(m.c.inter2, 0)
    return inter1, inter2


def _interaction(code: int) -> sa.ColumnElement[bool]:
    """Events whose ACLED interaction code is `code` (acled_codes.interaction)."""
    inter1, inter2 = _inter_columns()
    low, high = divmod(code, 10)
    if high == 0:
        return sa.and_(inter1 == low, inter2 == 0)
    return sa.or_(sa.and_(inter1 == low, inter2 == high), sa.and_(inter1 == high, inter2 == low))


def _updated_since(since) -> sa.ColumnElement[bool]:
    """Events with an article ingested at or after `since`."""
    recent = (
        sa.select(memberships.c.event_id)
        .join(reports, reports.c.report_id == memberships.c.report_id)
        .join(articles, articles.c.doc_id == reports.c.doc_id)
        .where(articles.c.ingested_at >= since)
    )
    return m.c.event_id.in_(recent)


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
    if q.inter1 is not None:
        out.append(_inter_columns()[0] == q.inter1)
    if q.interaction is not None:
        out.append(_interaction(q.interaction))
    if q.updated_since is not None:
        out.append(_updated_since(q.updated_since))
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
