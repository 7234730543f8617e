"""Merged events and their claims as Arrow tables, straight from SQL (for Parquet, pandas)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import aggregate_order_by

from khaldun.store.base import EventQuery
from khaldun.store.query import conditions
from khaldun.store.schema import articles, claims, memberships, reports
from khaldun.store.schema import merged_events as m

# Column name -> Arrow type; the order of the exported tables. Documented in docs/schema.md.
EVENT_COLUMNS: dict[str, pa.DataType] = {
    "event_id": pa.string(),
    "event_type": pa.string(),
    "sub_event_type": pa.string(),
    "date_start": pa.date32(),
    "date_end": pa.date32(),
    "time_precision": pa.int32(),
    "actor1": pa.string(),
    "inter1": pa.int32(),
    "actor2": pa.string(),
    "inter2": pa.int32(),
    "location": pa.string(),
    "neighbourhood": pa.string(),
    "town": pa.string(),
    "admin1": pa.string(),
    "admin2": pa.string(),
    "country": pa.string(),
    "lat": pa.float64(),
    "lon": pa.float64(),
    "geo_precision": pa.int32(),
    "fatalities_low": pa.int32(),
    "fatalities_high": pa.int32(),
    "status": pa.string(),
    "n_reports": pa.int32(),
    "n_sources": pa.int32(),
    "sources": pa.string(),
    "updated_at": pa.timestamp("us"),
}
CLAIM_COLUMNS: dict[str, pa.DataType] = {
    "event_id": pa.string(),
    "report_id": pa.string(),
    "n": pa.int32(),
    "doc_id": pa.string(),
    "source": pa.string(),
    "originator": pa.string(),
    "kind": pa.string(),
    "value": pa.string(),
    "value_num": pa.int32(),
    "quote": pa.string(),
    "start": pa.int32(),
    "end": pa.int32(),
    "victims": pa.string(),
    "account": pa.bool_(),
    "url": pa.string(),
    "title": pa.string(),
    "published": pa.date32(),
}
EVENT_SCHEMA = pa.schema(list(EVENT_COLUMNS.items()))
CLAIM_SCHEMA = pa.schema(list(CLAIM_COLUMNS.items()))


class Records:
    """Rows of a query, held as an Arrow table: iterate dicts, or take Arrow or pandas."""

    def __init__(self, table: pa.Table) -> None:
        self._table = table

    def __len__(self) -> int:
        return self._table.num_rows

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for batch in self._table.to_batches():
            yield from batch.to_pylist()

    @property
    def columns(self) -> list[str]:
        return self._table.column_names

    def to_arrow(self) -> pa.Table:
        return self._table

    def to_pylist(self) -> list[dict[str, Any]]:
        return self._table.to_pylist()

    def to_pandas(self):
        """A pandas DataFrame (needs pandas: pip install 'khaldun[pandas]')."""
        try:
            import pandas  # noqa: F401
        except ImportError as exc:
            raise ImportError("to_pandas needs pandas: pip install 'khaldun[pandas]'") from exc
        return self._table.to_pandas()


def _event_sources() -> sa.Subquery:
    """Per merged event: its distinct claim originators ("; "-joined, sorted)."""
    who = sa.func.coalesce(claims.c.originator, claims.c.source)
    # string_agg(DISTINCT who, '; ' ORDER BY who): valid on PostgreSQL and DuckDB alike.
    joined = sa.func.string_agg(who.distinct(), aggregate_order_by(sa.literal_column("'; '"), who))
    return (
        sa.select(memberships.c.event_id, joined.label("sources"))
        .join(claims, claims.c.report_id == memberships.c.report_id)
        .group_by(memberships.c.event_id)
        .subquery("event_sources")
    )


def _event_updates() -> sa.Subquery:
    """Per merged event: when its latest article was ingested."""
    return (
        sa.select(memberships.c.event_id, sa.func.max(articles.c.ingested_at).label("updated_at"))
        .join(reports, reports.c.report_id == memberships.c.report_id)
        .join(articles, articles.c.doc_id == reports.c.doc_id)
        .group_by(memberships.c.event_id)
        .subquery("event_updates")
    )


def _order(sel: sa.Select, q: EventQuery) -> sa.Select:
    sel = sel.order_by(m.c.date_start.desc().nulls_last(), m.c.event_id)
    return sel.limit(q.limit).offset(q.offset or None)


def events_select(q: EventQuery) -> sa.Select:
    """The flat event table (EVENT_COLUMNS) of the merged events matching the query."""
    src, upd = _event_sources(), _event_updates()
    names = {
        "location": m.c.location_name, "sources": src.c.sources, "updated_at": upd.c.updated_at
    }
    cols = [(names[name] if name in names else m.c[name]).label(name) for name in EVENT_COLUMNS]
    joined = m.outerjoin(src, src.c.event_id == m.c.event_id).outerjoin(
        upd, upd.c.event_id == m.c.event_id
    )
    return _order(sa.select(*cols).select_from(joined).where(*conditions(q)), q)


def claims_select(q: EventQuery) -> sa.Select:
    """The claims (CLAIM_COLUMNS) of the merged events matching the query."""
    chosen = _order(sa.select(m.c.event_id).where(*conditions(q)), q).subquery("chosen")
    value = sa.func.coalesce(claims.c.value_text, sa.cast(claims.c.value_num, sa.Text))
    cols = {
        "event_id": memberships.c.event_id,
        "report_id": claims.c.report_id,
        "n": claims.c.n,
        "doc_id": claims.c.doc_id,
        "source": claims.c.source,
        "originator": claims.c.originator,
        "kind": claims.c.kind,
        "value": value,
        "value_num": claims.c.value_num,
        "quote": claims.c.quote,
        "start": claims.c.start_char,
        "end": claims.c.end_char,
        "victims": claims.c.victims,
        "account": claims.c.account,
        "url": articles.c.url,
        "title": articles.c.title,
        "published": articles.c.published,
    }
    joined = (
        claims.join(memberships, memberships.c.report_id == claims.c.report_id)
        .join(chosen, chosen.c.event_id == memberships.c.event_id)
        .outerjoin(articles, articles.c.doc_id == claims.c.doc_id)
    )
    return (
        sa.select(*(col.label(name) for name, col in cols.items()))
        .select_from(joined)
        .order_by(memberships.c.event_id, memberships.c.n, claims.c.n)
    )


def fetch_table(engine: sa.Engine, sel: sa.Select, schema: pa.Schema) -> pa.Table:
    """Run a SELECT into an Arrow table of the given schema (DuckDB hands Arrow over natively)."""
    with engine.connect() as conn:
        result = conn.execute(sel)
        if conn.dialect.name == "duckdb":
            cursor = result.cursor
            native = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
            with warnings.catch_warnings():  # DuckDB notes that the DB-API path copies once
                warnings.simplefilter("ignore", UserWarning)
                return native().cast(schema)
        rows = [dict(row._mapping) for row in result]
    return pa.Table.from_pylist(rows, schema=schema)
