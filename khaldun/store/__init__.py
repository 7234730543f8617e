"""Storage: articles, reports, claims and merged events in DuckDB or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from khaldun.store.base import EventQuery, IngestOutcome, Store
from khaldun.store.sql import SqlStore, StoreError

DEFAULT_DB = "khaldun.duckdb"

__all__ = [
    "DEFAULT_DB",
    "EventQuery",
    "IngestOutcome",
    "SqlStore",
    "Store",
    "StoreError",
    "engine_url",
    "open_store",
]


def engine_url(target: str | Path | None) -> str:
    """The SQLAlchemy URL for a DuckDB file path or a postgresql:// URL."""
    target = str(target or DEFAULT_DB)
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    if target.startswith(("postgresql+", "duckdb://")):
        return target
    if target == ":memory:":
        return "duckdb:///:memory:"
    return "duckdb:///" + str(Path(target).expanduser().resolve())


def open_store(target: str | Path | None = None) -> SqlStore:
    """Open (creating and migrating as needed) a DuckDB file or a PostgreSQL database."""
    url = engine_url(target)
    extra = {} if url.startswith("duckdb") else {"pool_pre_ping": True}
    engine = sa.create_engine(url, **extra)
    try:
        return SqlStore(engine)
    except Exception:
        engine.dispose()  # a refused database (newer schema, unreachable) keeps no connection
        raise
