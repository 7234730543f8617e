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


# Towns of known size for map labels: Syrian cities, a small Syrian town, a village, and a city
# outside Syria.
LABEL_TOWNS = [
    ("Aleppo", "SY", 36.20, 37.16, 2_000_000), ("Damascus", "SY", 33.51, 36.29, 1_500_000),
    ("Homs", "SY", 34.72, 36.72, 700_000), ("Deir ez-Zor", "SY", 35.34, 40.14, 270_000),
    ("Daraa", "SY", 32.62, 36.10, 100_000), ("Tadmur", "SY", 34.56, 38.28, 50_000),
    ("Hamlet", "SY", 35.0, 37.0, 2_000), ("Cairo", "EG", 30.04, 31.24, 9_000_000),
]


def write_label_gazetteer(path):
    """A gazetteer file holding LABEL_TOWNS and a province named like one of them."""
    from khaldun.places import store
    from khaldun.places.model import Place

    conn = store.connect(path)
    for i, (name, country, lat, lon, pop) in enumerate(LABEL_TOWNS):
        place = Place(i + 1, name, "town", "PPL", country, None, lat, lon, pop, name)
        store.insert_place(conn, place, None, "test")
    province = Place(99, "Homs", "admin1", "ADM1", "SY", "Homs", 34.6, 37.5, 1_000_000)
    store.insert_place(conn, province, "11", "test")
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="session")
def label_gazetteer(tmp_path_factory):
    """A small gazetteer file for map labels (read only)."""
    return write_label_gazetteer(tmp_path_factory.mktemp("gazetteer") / "labels.sqlite")
