"""Fixtures shared across stages: an empty database on DuckDB, and on PostgreSQL when
KHALDUN_TEST_PG (a postgresql:// URL, see scripts/start-postgres.sh) is set."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from khaldun.store import engine_url
from khaldun.store.schema import metadata

PG_URL = os.environ.get("KHALDUN_TEST_PG")
BACKENDS = [
    pytest.param("duckdb", id="duckdb"),
    pytest.param(
        "postgres",
        id="postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="KHALDUN_TEST_PG not set"),
        ],
    ),
]


def _empty_postgres(url: str) -> None:
    engine = sa.create_engine(engine_url(url))
    with engine.begin() as conn:
        metadata.drop_all(conn)
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path):
    """A database location with nothing in it, on each backend."""
    if request.param == "duckdb":
        return tmp_path / "test.duckdb"
    _empty_postgres(PG_URL)
    return PG_URL
