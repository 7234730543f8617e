"""Reading reports with their claims in one statement, and the window cache merging uses."""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from khaldun.records import Event
from khaldun.store import rows
from khaldun.store.schema import claims, memberships, reports

# Extra days loaded around the first windows, so the windows of linked reports (a few days
# wider) are usually answered from memory rather than with another statement.
PRIME_MARGIN_DAYS = 3

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


class WindowCache:
    """Answers resolve's fetch(country, date_from, date_to) from as few statements as it can."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.reports: dict[str, Event] = {}
        self.event_of: dict[str, str | None] = {}
        self.covered: list[tuple[str | None, date, date]] = []

    def _is_covered(self, country: str | None, lo: date, hi: date) -> bool:
        return any(
            (c is None or c == country) and clo <= lo and hi <= chi for c, clo, chi in self.covered
        )

    def prime(self, windows: list[tuple[str | None, date, date]]) -> None:
        """Load the union of the windows, each widened by PRIME_MARGIN_DAYS, in one statement."""
        margin = timedelta(days=PRIME_MARGIN_DAYS)
        spans = _union([(c, lo - margin, hi + margin) for c, lo, hi in windows])
        if spans:
            self._load(spans)

    def _load(self, spans: list[tuple[str | None, date, date]]) -> None:
        where = sa.or_(*(window_condition(*span) for span in spans))
        for event, event_id, _ in load(self.conn, where):
            self.reports.setdefault(event.report_id, event)
            self.event_of[event.report_id] = event_id
        self.covered.extend(spans)

    def fetch(self, country: str | None, lo: date, hi: date) -> list[Event]:
        """Stored reports whose dates meet the window, in the country or of unknown country."""
        if not self._is_covered(country, lo, hi):
            self._load([(country, lo, hi)])
        return [
            ev
            for ev in self.reports.values()
            if ev.date_start is not None
            and ev.date_start <= hi
            and (ev.date_end or ev.date_start) >= lo
            and (country is None or ev.location.country in (None, country))
        ]


def _union(spans: list[tuple[str | None, date, date]]) -> list[tuple[str | None, date, date]]:
    """Overlapping windows of one country joined into one."""
    out: list[tuple[str | None, date, date]] = []
    for country, lo, hi in sorted(spans, key=lambda s: (s[0] or "", s[1], s[2])):
        if out and out[-1][0] == country and lo <= out[-1][2]:
            out[-1] = (country, out[-1][1], max(hi, out[-1][2]))
        else:
            out.append((country, lo, hi))
    return out
