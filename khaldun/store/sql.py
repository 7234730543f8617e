"""The SQL store: one code path over SQLAlchemy Core for DuckDB and PostgreSQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime

import sqlalchemy as sa

from khaldun.records import Article, Event, MergedEvent
from khaldun.store import rows
from khaldun.store.base import EventQuery, IngestOutcome
from khaldun.store.query import page_select
from khaldun.store.schema import articles, claims, memberships, merged_events, migrate, reports

# Bound on IN (...) lists sent in one statement.
CHUNK = 500


class StoreError(Exception):
    """A write the store refuses, with a message naming the article."""


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _numbered(article: Article, events: list[Event]) -> list[Event]:
    """Copies of the events with doc_id and a stable report_id "<doc_id>:<n>" set."""
    out = []
    for n, ev in enumerate(events):
        report_id = ev.report_id or f"{article.doc_id}:{n}"
        out.append(dataclasses.replace(ev, doc_id=article.doc_id, report_id=report_id))
    return out


class SqlStore:
    """A khaldun database behind a SQLAlchemy engine (DuckDB or PostgreSQL)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.schema_version = migrate(engine)

    # -- writes -----------------------------------------------------------------------------

    def add_article(self, article: Article, events: list[Event]) -> IngestOutcome:
        """Store an article and its reports, then re-merge the affected events; all or nothing."""
        with self.engine.begin() as conn:
            stored = conn.execute(
                sa.select(articles.c.doc_id).where(articles.c.content_hash == article.hash)
            ).scalar()
            if stored is not None:
                return IngestOutcome(doc_id=stored, created=False)
            clash = conn.execute(
                sa.select(articles.c.doc_id).where(articles.c.doc_id == article.doc_id)
            ).scalar()
            if clash is not None:
                raise StoreError(
                    f"article {article.doc_id}: doc_id already stored with a different text"
                )
            row = rows.article_row(article) | {
                "ingested_at": datetime.now(UTC).replace(tzinfo=None)
            }
            conn.execute(articles.insert(), [row])
            new = _numbered(article, events)
            self._insert_reports(conn, article, new)
            event_ids = self._merge(conn, new) if new else []
        return IngestOutcome(doc_id=article.doc_id, created=True, event_ids=event_ids)

    def _insert_reports(self, conn: sa.Connection, article: Article, new: list[Event]) -> None:
        if not new:
            return
        report_rows = [
            {"report_id": ev.report_id, "doc_id": article.doc_id, "n": n, **rows.event_columns(ev)}
            for n, ev in enumerate(new)
        ]
        conn.execute(reports.insert(), report_rows)
        claim_rows = [
            rows.claim_row(ev.report_id, i, c, article.doc_id)
            for ev in new
            for i, c in enumerate(ev.claims)
        ]
        if claim_rows:
            conn.execute(claims.insert(), claim_rows)

    def _merge(self, conn: sa.Connection, new: list[Event]) -> list[str]:
        """Re-cluster the linked component of the new reports; replace the events it touches."""
        from khaldun.resolve import recluster

        def fetch(country: str | None, date_from: date, date_to: date) -> list[Event]:
            return self._load_reports(conn, self._window_ids(conn, country, date_from, date_to))

        merged = recluster(new, fetch)
        component = sorted({r.report_id for me in merged for r in me.reports})
        old_events: set[str] = set()
        for chunk in _chunks(component):
            found = conn.execute(
                sa.select(memberships.c.event_id).where(memberships.c.report_id.in_(chunk))
            ).scalars()
            old_events.update(found)
        for chunk in _chunks(sorted(old_events)):
            conn.execute(merged_events.delete().where(merged_events.c.event_id.in_(chunk)))
            conn.execute(memberships.delete().where(memberships.c.event_id.in_(chunk)))
        if merged:
            conn.execute(merged_events.insert(), [rows.merged_row(me) for me in merged])
            conn.execute(
                memberships.insert(),
                [
                    {"report_id": r.report_id, "event_id": me.event_id, "n": n}
                    for me in merged
                    for n, r in enumerate(me.reports)
                ],
            )
        new_ids = {ev.report_id for ev in new}
        touched = [me.event_id for me in merged if any(r.report_id in new_ids for r in me.reports)]
        return sorted(touched)

    def _window_ids(
        self, conn: sa.Connection, country: str | None, date_from: date, date_to: date
    ) -> list[str]:
        """Stored reports whose dates meet the window, in the country or of unknown country."""
        r = reports.c
        cond = [r.date_start <= date_to, sa.func.coalesce(r.date_end, r.date_start) >= date_from]
        if country is not None:
            cond.append(sa.or_(r.country == country, r.country.is_(None)))
        sel = sa.select(r.report_id).where(*cond).order_by(r.report_id)
        return list(conn.execute(sel).scalars())

    # -- reads ------------------------------------------------------------------------------

    def _load_reports(self, conn: sa.Connection, report_ids: list[str]) -> list[Event]:
        """Reports with their claims, in the order of report_ids."""
        by_report: dict[str, list] = {rid: [] for rid in report_ids}
        report_rows = {}
        for chunk in _chunks(report_ids):
            for row in conn.execute(sa.select(reports).where(reports.c.report_id.in_(chunk))):
                report_rows[row.report_id] = row
            query = (
                sa.select(claims)
                .where(claims.c.report_id.in_(chunk))
                .order_by(claims.c.report_id, claims.c.n)
            )
            for row in conn.execute(query):
                by_report[row.report_id].append(rows.row_claim(row))
        return [
            rows.row_event(report_rows[rid], by_report[rid], doc_id=report_rows[rid].doc_id)
            for rid in report_ids
            if rid in report_rows
        ]

    def _load_merged(self, conn: sa.Connection, event_ids: list[str]) -> list[MergedEvent]:
        """Merged events in the order of event_ids, each with its reports and their claims."""
        import json

        from khaldun.resolve.combine import merged_claims

        heads, members = {}, {eid: [] for eid in event_ids}
        for chunk in _chunks(event_ids):
            sel = sa.select(merged_events).where(merged_events.c.event_id.in_(chunk))
            heads.update((row.event_id, row) for row in conn.execute(sel))
            sel = (
                sa.select(memberships)
                .where(memberships.c.event_id.in_(chunk))
                .order_by(memberships.c.event_id, memberships.c.n)
            )
            for row in conn.execute(sel):
                members[row.event_id].append(row.report_id)
        all_reports = [rid for eid in event_ids for rid in members[eid]]
        loaded = {ev.report_id: ev for ev in self._load_reports(conn, all_reports)}
        out = []
        for eid in event_ids:
            if eid not in heads:
                continue
            reps = [loaded[rid] for rid in members[eid] if rid in loaded]
            # The claims as resolve combined them (originators of relayed claims filled in).
            combined = rows.row_event(heads[eid], merged_claims(reps))
            reasons = json.loads(heads[eid].merge_reasons or "[]")
            out.append(
                MergedEvent(event_id=eid, event=combined, reports=reps, merge_reasons=reasons)
            )
        return out

    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            sel = sa.select(articles.c.doc_id).where(articles.c.content_hash == content_hash)
            return conn.execute(sel).first() is not None

    def get_article(self, doc_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.doc_id == doc_id)).first()
        return rows.row_article(row) if row else None

    def article_reports(self, doc_id: str) -> list[Event]:
        """The events one article reported (with claims and their character offsets)."""
        with self.engine.connect() as conn:
            sel = sa.select(reports.c.report_id).where(reports.c.doc_id == doc_id)
            ids = list(conn.execute(sel.order_by(reports.c.n)).scalars())
            return self._load_reports(conn, ids)

    def event_ids_for_reports(self, report_ids: list[str]) -> dict[str, str]:
        """The merged event each report belongs to."""
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(report_ids):
                sel = sa.select(memberships).where(memberships.c.report_id.in_(chunk))
                out.update((row.report_id, row.event_id) for row in conn.execute(sel))
        return out

    def query_events(self, query: EventQuery) -> tuple[list[MergedEvent], int]:
        """One page of merged events matching the query, and the total count."""
        ids_sel, total_sel = page_select(query)
        with self.engine.connect() as conn:
            ids = list(conn.execute(ids_sel).scalars())
            total = conn.execute(total_sel).scalar() or 0
            return self._load_merged(conn, ids), total

    def iter_events(self, query: EventQuery, page: int = 1000) -> Iterator[MergedEvent]:
        """Every merged event matching the query's filters (its limit and offset ignored)."""
        offset = 0
        while True:
            q = dataclasses.replace(query, limit=page, offset=offset)
            batch, _ = self.query_events(q)
            yield from batch
            if len(batch) < page:
                return
            offset += page

    def get_event(self, event_id: str) -> MergedEvent | None:
        with self.engine.connect() as conn:
            found = self._load_merged(conn, [event_id])
        return found[0] if found else None

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, reports, claims, events."""
        tables = {"articles": articles, "reports": reports, "claims": claims}
        tables["events"] = merged_events
        with self.engine.connect() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0
                for name, t in tables.items()
            }

    def close(self) -> None:
        self.engine.dispose()
