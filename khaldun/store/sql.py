"""The SQL store: one code path over SQLAlchemy Core for DuckDB and PostgreSQL."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import sqlalchemy as sa

from khaldun.ingest.validate import InvalidRecord, check_article
from khaldun.records import Article, ArticleInfo, Event, MergedEvent
from khaldun.store import rows
from khaldun.store.base import EventQuery, IngestOutcome
from khaldun.store.loading import load
from khaldun.store.query import page_select
from khaldun.store.schema import articles, claims, memberships, merged_events, migrate, reports
from khaldun.store.window import WindowCache

# PostgreSQL advisory lock key that serialises writers ("khal" in ASCII).
WRITE_LOCK = 0x6B68616C
# Bound on IN (...) lists sent in one statement.
CHUNK = 500


class StoreError(Exception):
    """A write the store refuses, with a message naming the article."""


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_LOCKS: dict[str, threading.Lock] = {}


def _process_lock(key: str) -> threading.Lock:
    return _LOCKS.setdefault(key, threading.Lock())


def _insert(conn: sa.Connection, table: sa.Table, values: list[dict]) -> None:
    """Insert rows with executemany (measured faster than multi-row VALUES on both backends)."""
    if values:
        conn.execute(table.insert(), values)


def numbered_reports(article: Article, events: list[Event]) -> list[Event]:
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
        # DuckDB's optimistic transactions make two writers in one process conflict; they
        # take turns (another process cannot open the file for writing at all).
        self._write_lock = (
            _process_lock(str(engine.url))
            if engine.dialect.name == "duckdb"
            else contextlib.nullcontext()
        )

    # -- writes -----------------------------------------------------------------------------

    def add_article(self, article: Article, events: list[Event]) -> IngestOutcome:
        """Store an article and its reports, then re-merge the affected events; all or nothing."""
        return self._add_many([(article, events)])[0]

    def add_articles(
        self, items: list[tuple[Article, list[Event]]]
    ) -> list[IngestOutcome | Exception]:
        """Store many articles in one transaction with one merge; on failure, one by one.

        Each article is still all or nothing: if the batch fails, it is rolled back whole and
        every article is retried in its own transaction, so only the faulty ones are lost.
        """
        if not items:
            return []
        try:
            return list(self._add_many(items))
        except Exception:  # find the faulty articles: retry each alone
            out: list[IngestOutcome | Exception] = []
            for article, events in items:
                try:
                    out.append(self.add_article(article, events))
                except Exception as err:  # reported to the caller in its slot
                    out.append(err)
            return out

    def _add_many(self, items: list[tuple[Article, list[Event]]]) -> list[IngestOutcome]:
        for article, _ in items:
            try:  # the one validation every entry point shares: both backends refuse alike
                check_article(article)
            except InvalidRecord as err:
                raise StoreError(f"article {article.doc_id}: {err}") from err
        with self._write_lock, self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Writers re-cluster from what they read: one at a time, or two could merge
                # the same reports into conflicting events. Released at commit or rollback.
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            by_hash, by_doc = self._stored_keys(conn, [a for a, _ in items])
            outcomes: list[IngestOutcome | None] = []
            fresh: list[tuple[Article, list[Event]]] = []
            for article, events in items:
                if article.hash in by_hash:
                    outcomes.append(IngestOutcome(doc_id=by_hash[article.hash], created=False))
                    continue
                if article.doc_id in by_doc:
                    raise StoreError(
                        f"article {article.doc_id}: doc_id already stored with a different text"
                    )
                by_hash[article.hash], by_doc[article.doc_id] = article.doc_id, article.hash
                fresh.append((article, numbered_reports(article, events)))
                outcomes.append(None)
            now = datetime.now(UTC).replace(tzinfo=None)
            _insert(conn, articles, [rows.article_row(a) | {"ingested_at": now} for a, _ in fresh])
            self._insert_reports(conn, fresh)
            merged = self._merge(conn, [ev for _, evs in fresh for ev in evs])
        created = iter(fresh)
        return [out or self._created(next(created), merged) for out in outcomes]

    @staticmethod
    def _created(item: tuple[Article, list[Event]], merged: list[MergedEvent]) -> IngestOutcome:
        article, events = item
        mine = {ev.report_id for ev in events}
        ids = sorted(me.event_id for me in merged if any(r.report_id in mine for r in me.reports))
        return IngestOutcome(doc_id=article.doc_id, created=True, event_ids=ids)

    @staticmethod
    def _stored_keys(
        conn: sa.Connection, batch: list[Article]
    ) -> tuple[dict[str, str], dict[str, str]]:
        """Stored (hash -> doc_id) and (doc_id -> hash) for the batch's hashes and doc_ids."""
        by_hash: dict[str, str] = {}
        by_doc: dict[str, str] = {}
        for chunk in _chunks(batch):
            sel = sa.select(articles.c.doc_id, articles.c.content_hash).where(
                sa.or_(
                    articles.c.content_hash.in_([a.hash for a in chunk]),
                    articles.c.doc_id.in_([a.doc_id for a in chunk]),
                )
            )
            for row in conn.execute(sel):
                by_hash[row.content_hash], by_doc[row.doc_id] = row.doc_id, row.content_hash
        return by_hash, by_doc

    def _insert_reports(
        self, conn: sa.Connection, fresh: list[tuple[Article, list[Event]]]
    ) -> None:
        report_rows = [
            {"report_id": ev.report_id, "doc_id": a.doc_id, "n": n, **rows.event_columns(ev)}
            for a, evs in fresh
            for n, ev in enumerate(evs)
        ]
        _insert(conn, reports, report_rows)
        claim_rows = [
            rows.claim_row(ev.report_id, i, c, a.doc_id)
            for a, evs in fresh
            for ev in evs
            for i, c in enumerate(ev.claims)
        ]
        _insert(conn, claims, claim_rows)

    def _merge(self, conn: sa.Connection, new: list[Event]) -> list[MergedEvent]:
        """Re-cluster the linked component of the new reports; replace the events it touches."""
        from khaldun.resolve import candidate_window, cluster, link_component

        if not new:
            return []
        cache = WindowCache(conn)
        cache.prime([w for w in map(candidate_window, new) if w[1] <= w[2]])
        component = link_component(new, cache.fetch)
        ids = {r.report_id for r in component}
        old_events = sorted({cache.event_of[r] for r in ids if cache.event_of.get(r)})
        # Every member of a replaced event must be re-clustered, or it would lose its event;
        # resolve guarantees they are in the component, this keeps the store whole if not.
        strays = self._members_outside(conn, old_events, ids)
        merged = cluster(component + self._load_reports(conn, strays))
        for chunk in _chunks(old_events):
            conn.execute(merged_events.delete().where(merged_events.c.event_id.in_(chunk)))
            conn.execute(memberships.delete().where(memberships.c.event_id.in_(chunk)))
        _insert(conn, merged_events, [rows.merged_row(me) for me in merged])
        _insert(
            conn,
            memberships,
            [
                {"report_id": r.report_id, "event_id": me.event_id, "n": n}
                for me in merged
                for n, r in enumerate(me.reports)
            ],
        )
        return merged

    @staticmethod
    def _members_outside(conn: sa.Connection, event_ids: list[str], ids: set[str]) -> list[str]:
        """Reports of these merged events that are not in `ids`."""
        out: set[str] = set()
        for chunk in _chunks(event_ids):
            sel = sa.select(memberships.c.report_id).where(memberships.c.event_id.in_(chunk))
            out.update(rid for rid in conn.execute(sel).scalars() if rid not in ids)
        return sorted(out)

    # -- reads ------------------------------------------------------------------------------

    def _load_reports(self, conn: sa.Connection, report_ids: list[str]) -> list[Event]:
        """Reports with their claims, in the order of report_ids."""
        found: dict[str, Event] = {}
        for chunk in _chunks(report_ids):
            loaded = load(conn, reports.c.report_id.in_(chunk))
            found.update((ev.report_id, ev) for ev, _, _ in loaded)
        return [found[rid] for rid in report_ids if rid in found]

    def _load_merged(self, conn: sa.Connection, heads: list) -> list[MergedEvent]:
        """Merged events from their rows, each with its reports and their claims."""
        from khaldun.resolve.combine import merged_claims

        ids = [h.event_id for h in heads]
        members: dict[str, list[tuple[int, Event]]] = {eid: [] for eid in ids}
        for chunk in _chunks(ids):
            where = memberships.c.event_id.in_(chunk)
            for event, event_id, n in load(conn, where):
                members[event_id].append((n or 0, event))
        infos = self._article_infos(
            conn, sorted({ev.doc_id for evs in members.values() for _, ev in evs if ev.doc_id})
        )
        out = []
        for head in heads:
            reps = [ev for _, ev in sorted(members[head.event_id], key=lambda p: p[0])]
            # The claims as resolve combined them (originators of relayed claims filled in).
            combined = rows.row_event(head, merged_claims(reps))
            reasons = json.loads(head.merge_reasons or "[]")
            docs = [infos[d] for d in dict.fromkeys(r.doc_id for r in reps) if d in infos]
            out.append(
                MergedEvent(head.event_id, combined, reps, merge_reasons=reasons, articles=docs)
            )
        return out

    @staticmethod
    def _article_infos(conn: sa.Connection, doc_ids: list[str]) -> dict[str, ArticleInfo]:
        """Address, headline and dates of the articles (not their text)."""
        a = articles.c
        out: dict[str, ArticleInfo] = {}
        for chunk in _chunks(doc_ids):
            sel = sa.select(a.doc_id, a.url, a.title, a.published, a.ingested_at)
            for row in conn.execute(sel.where(a.doc_id.in_(chunk))):
                out[row.doc_id] = ArticleInfo(**row._mapping)
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
        page_sel, total_sel = page_select(query)
        with self.engine.connect() as conn:
            heads = list(conn.execute(page_sel))
            total = conn.execute(total_sel).scalar() or 0
            return self._load_merged(conn, heads), total

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

    def events(self, limit: int | None = None, offset: int = 0, **filters):
        """Merged events as a flat table (store.tables.EVENT_COLUMNS), newest first.

        Filters are those of `khaldun events` and GET /events (country as a name, ISO3 or
        ISO2; dates as YYYY-MM-DD; ...), checked the same way. Returns Records:
        `.to_pandas()`, `.to_arrow()`, or iterate dicts.
        """
        from khaldun.store.filters import event_query
        from khaldun.store.tables import EVENT_SCHEMA, Records, events_select, fetch_table

        query = event_query(limit=limit, offset=offset, **filters)
        return Records(fetch_table(self.engine, events_select(query), EVENT_SCHEMA))

    def claims(self, limit: int | None = None, offset: int = 0, **filters):
        """The claims of the merged events the filters select (store.tables.CLAIM_COLUMNS)."""
        from khaldun.store.filters import event_query
        from khaldun.store.tables import CLAIM_SCHEMA, Records, claims_select, fetch_table

        query = event_query(limit=limit, offset=offset, **filters)
        return Records(fetch_table(self.engine, claims_select(query), CLAIM_SCHEMA))

    def get_event(self, event_id: str) -> MergedEvent | None:
        with self.engine.connect() as conn:
            sel = sa.select(merged_events).where(merged_events.c.event_id == event_id)
            heads = list(conn.execute(sel))
            return self._load_merged(conn, heads)[0] if heads else None

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
