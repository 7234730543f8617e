"""What `khaldun watch` remembers between polls and restarts: per source, its HTTP validators,
schedule and failures; per folder, the files already read."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from khaldun.store.schema import watch_files, watch_sources


@dataclass
class SourceState:
    """A watched feed or folder: when to poll it next and how the last polls went."""

    source: str
    interval: float
    next_poll: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = None


def load_state(engine: sa.Engine, source: str, interval: float) -> SourceState:
    """The stored state of a source, or a fresh one due now."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(watch_sources).where(watch_sources.c.target == source)).first()
    if row is None:
        return SourceState(source, interval)
    return SourceState(
        source,
        interval,
        next_poll=row.next_poll,
        etag=row.etag,
        last_modified=row.last_modified,
        failures=row.failures,
        last_error=row.last_error,
    )


def save_state(engine: sa.Engine, state: SourceState) -> None:
    values = {
        "etag": state.etag,
        "last_modified": state.last_modified,
        "next_poll": state.next_poll,
        "failures": state.failures,
        "last_error": state.last_error,
        "interval": state.interval,
    }
    with engine.begin() as conn:
        where = watch_sources.c.target == state.source
        if conn.execute(sa.select(watch_sources.c.target).where(where)).first():
            conn.execute(watch_sources.update().where(where).values(values))
        else:
            conn.execute(watch_sources.insert().values(target=state.source, **values))


def files_seen(engine: sa.Engine, source: str) -> set[str]:
    """Signatures of the files of a folder already read."""
    with engine.connect() as conn:
        sel = sa.select(watch_files.c.signature).where(watch_files.c.target == source)
        return set(conn.execute(sel).scalars())


def mark_files(engine: sa.Engine, source: str, signatures: list[str]) -> None:
    if signatures:
        with engine.begin() as conn:
            conn.execute(
                watch_files.insert(), [{"target": source, "signature": s} for s in signatures]
            )
