"""The one schema both backends share, and the migrations that build it."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

metadata = sa.MetaData()


def _text(name: str, **kw) -> sa.Column:
    return sa.Column(name, sa.Text, **kw)


def _pk(name: str) -> sa.Column:
    # autoincrement=False: duckdb-engine cannot create SERIAL columns; every key here is a string.
    return sa.Column(name, sa.Text, primary_key=True, autoincrement=False)


def _place_columns() -> list[sa.Column]:
    return [
        _text("location_name"),
        _text("neighbourhood"),
        _text("town"),
        _text("admin1"),
        _text("country"),
        sa.Column("lat", sa.Double),
        sa.Column("lon", sa.Double),
        sa.Column("geo_precision", sa.Integer),
        _text("admin2"),  # schema version 3
    ]


def _event_columns() -> list[sa.Column]:
    return [
        _text("event_type"),
        _text("sub_event_type"),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("time_precision", sa.Integer),
        _text("actor1"),
        sa.Column("inter1", sa.Integer),
        _text("actor2"),
        sa.Column("inter2", sa.Integer),
        *_place_columns(),
        sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        _text("status"),
    ]


schema_version = sa.Table(
    "schema_version", metadata, sa.Column("version", sa.Integer, nullable=False)
)

articles = sa.Table(
    "articles",
    metadata,
    _pk("doc_id"),
    sa.Column("content_hash", sa.Text, nullable=False, unique=True),
    _text("url"),
    _text("title"),
    sa.Column("published", sa.Date),
    _text("published_from"),
    sa.Column("text", sa.Text, nullable=False),
    _text("origin"),
    sa.Column("ingested_at", sa.DateTime),
)

reports = sa.Table(
    "reports",
    metadata,
    _pk("report_id"),
    sa.Column("doc_id", sa.Text, nullable=False, index=True),
    sa.Column("n", sa.Integer, nullable=False),
    *_event_columns(),
    sa.Index("ix_reports_block", "country", "date_start"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("report_id", sa.Text, primary_key=True, autoincrement=False),
    sa.Column("n", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("doc_id", sa.Text),
    sa.Column("source", sa.Text, nullable=False),
    _text("originator"),
    sa.Column("kind", sa.Text, nullable=False),
    _text("value_text"),
    sa.Column("value_num", sa.Integer),
    sa.Column("quote", sa.Text, nullable=False),
    sa.Column("start_char", sa.Integer),
    sa.Column("end_char", sa.Integer),
    _text("victims"),  # schema version 5
    # schema version 6: false for evidence that is no account of the act (status skips it);
    # null (rows of older versions) is an account
    sa.Column("account", sa.Boolean, server_default=sa.true()),
)

merged_events = sa.Table(
    "merged_events",
    metadata,
    _pk("event_id"),
    *_event_columns(),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    _text("actors"),  # every actor name over all reports, " | "-joined, for the actor filter
    _text("search_text"),  # lower-cased places, actors and quotes, for the text filter
    _text("merge_reasons"),  # JSON list of strings
    sa.Index("ix_merged_date", "date_start", "date_end"),
    sa.Index("ix_merged_type", "event_type", "sub_event_type"),
    sa.Index("ix_merged_place", "country", "admin1", "town"),
    sa.Index("ix_merged_latlon", "lat", "lon"),
)
# Added in schema version 2: the listing order (newest first) and the fatalities filter.
# PostgreSQL only for the order index: DuckDB's ART indexes take no sort order, and its
# zone maps already serve the top-N sort.
ORDER_INDEX = sa.Index(
    "ix_merged_order", merged_events.c.date_start.desc().nulls_last(), merged_events.c.event_id
).ddl_if(dialect="postgresql")
FATALITIES_INDEX = sa.Index("ix_merged_fatalities", merged_events.c.fatalities_high)

memberships = sa.Table(
    "memberships",
    metadata,
    _pk("report_id"),
    sa.Column("event_id", sa.Text, nullable=False, index=True),
    sa.Column("n", sa.Integer, nullable=False),  # order of the report within its event
)

# Added in schema version 4: what `khaldun watch` has polled, so a restart resumes.
watch_sources = sa.Table(
    "watch_sources",
    metadata,
    _pk("target"),  # feed URL or folder path
    _text("etag"),
    _text("last_modified"),
    sa.Column("next_poll", sa.Double, nullable=False),  # epoch seconds
    sa.Column("failures", sa.Integer, nullable=False),  # consecutive, for the back-off
    _text("last_error"),
    sa.Column("interval", sa.Double, nullable=False),  # seconds between polls when healthy
)
watch_files = sa.Table(
    "watch_files",
    metadata,
    sa.Column("target", sa.Text, primary_key=True, autoincrement=False),
    sa.Column("signature", sa.Text, primary_key=True, autoincrement=False),  # path|size|mtime
)


def _create_v1(conn: sa.Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


def _indexes_v2(conn: sa.Connection) -> None:
    # IF NOT EXISTS rather than checkfirst: duckdb-engine cannot reflect indexes.
    indexes = [FATALITIES_INDEX]
    if conn.dialect.name == "postgresql":
        indexes.append(ORDER_INDEX)
    for index in indexes:
        conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))


def _admin2_v3(conn: sa.Connection) -> None:
    # ADD COLUMN IF NOT EXISTS: version 1's create_all already builds it on a new database.
    for table in ("reports", "merged_events"):
        conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS admin2 TEXT"))


def _watch_v4(conn: sa.Connection) -> None:
    metadata.create_all(conn, tables=[watch_sources, watch_files], checkfirst=True)


def _victims_v5(conn: sa.Connection) -> None:
    # ADD COLUMN IF NOT EXISTS: version 1's create_all already builds it on a new database.
    conn.execute(sa.text("ALTER TABLE claims ADD COLUMN IF NOT EXISTS victims TEXT"))


def _account_v6(conn: sa.Connection) -> None:
    # ADD COLUMN IF NOT EXISTS: version 1's create_all already builds it on a new database.
    conn.execute(sa.text(
        "ALTER TABLE claims ADD COLUMN IF NOT EXISTS account BOOLEAN DEFAULT TRUE"))


# Each entry brings the schema from version i to i + 1; append, never edit. (create_all in
# version 1 builds the current tables on a new database; later steps must tolerate that.)
MIGRATIONS: list[Callable[[sa.Connection], None]] = [
    _create_v1, _indexes_v2, _admin2_v3, _watch_v4, _victims_v5, _account_v6,
]
SCHEMA_VERSION = len(MIGRATIONS)
# PostgreSQL advisory lock key serialising migrations (any constant unique to khaldun).
SCHEMA_LOCK = 0x6B68616C64756E00


def current_version(conn: sa.Connection) -> int:
    """The schema version stored in the database (0 when empty)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def migrate(engine: sa.Engine) -> int:
    """Apply every pending migration in one transaction; returns the resulting version."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two first starts on one empty database would both create the tables (and one
            # fail on pg_type's unique index): they take turns. Released at commit.
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"database schema version {version} is newer than this khaldun ({SCHEMA_VERSION})"
            )
        for step in MIGRATIONS[version:]:
            step(conn)
        if version < SCHEMA_VERSION:
            conn.execute(schema_version.delete())
            conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
    return SCHEMA_VERSION
