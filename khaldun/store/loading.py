"""Reading reports with their claims in one statement, and the window cache merging uses."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from khaldun.records import Event
from khaldun.store import rows
from khaldun.store.schema import claims, memberships, reports

_CLAIM_COLS = [
    claims.c.n.label("c_n"),
    claims.c.doc_id.label("c_doc_id"),
    claims.c.source,
    claims.c.originator,
    claims.c.kind,
    claims.c.value_text,
    claims.c.value_num,
    claims.c.quote,
    claims.c.start_char,
    claims.c.end_char,
    claims.c.victims,
    claims.c.account,
]


def reports_select(where: sa.ColumnElement[bool]) -> sa.Select:
    """Reports (with their merged event id and claims, one row per claim) matching `where`."""
    joined = reports.outerjoin(claims, claims.c.report_id == reports.c.report_id).outerjoin(
        memberships, memberships.c.report_id == reports.c.report_id
    )
    return (
        sa.select(*reports.c, memberships.c.event_id, memberships.c.n.label("m_n"), *_CLAIM_COLS)
        .select_from(joined)
        .where(where)
        .order_by(reports.c.report_id, claims.c.n)
    )


class _ClaimRow:
    """A claims row as rows.row_claim reads it, from a joined result row."""

    def __init__(self, row) -> None:
        self.source, self.kind, self.quote = row.source, row.kind, row.quote
        self.value_text, self.value_num = row.value_text, row.value_num
        self.start_char, self.end_char = row.start_char, row.end_char
        self.doc_id, self.originator = row.c_doc_id, row.originator
        self.victims, self.account = row.victims, row.account


Loaded = tuple[Event, str | None, int | None]


def load(conn: sa.Connection, where: sa.ColumnElement[bool]) -> list[Loaded]:
    """(report, its merged event id, its place in that event), ordered by report id."""
    out: list[Loaded] = []
    current = None
    for row in conn.execute(reports_select(where)):
        if current is None or current[0].report_id != row.report_id:
            current = (rows.row_event(row, [], doc_id=row.doc_id), row.event_id, row.m_n)
            out.append(current)
        if row.c_n is not None:
            current[0].claims.append(rows.row_claim(_ClaimRow(row)))
    return out


def window_condition(country: str | None, lo: date, hi: date) -> sa.ColumnElement[bool]:
    """Reports whose dates meet [lo, hi], in the country or of unknown country."""
    r = reports.c
    cond = [r.date_start <= hi, sa.func.coalesce(r.date_end, r.date_start) >= lo]
    if country is not None:
        cond.append(sa.or_(r.country == country, r.country.is_(None)))
    return sa.and_(*cond)
