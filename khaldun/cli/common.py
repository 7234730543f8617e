"""What every command shares: one-line errors, the database, dates and output files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from khaldun.cli.settings import RUN, default_db

err = Console(stderr=True)

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="DuckDB file or postgresql:// URL (default: $KHALDUN_DB, khaldun.toml, "
        "khaldun.duckdb)"
    ),
]
# DuckDB's lock message: ... Conflicting lock is held in /usr/bin/python3 (PID 4242) ...
_LOCK_HOLDER = re.compile(r"lock is held in (?P<exe>\S+) \(PID (?P<pid>\d+)\)", re.IGNORECASE)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one error line on stderr and exit with `code`."""
    err.print(f"[red]error[/] {escape(' '.join(message.split()))}", soft_wrap=True)
    raise typer.Exit(code)


# The CLI's option for each filter whose name differs from the API's.
OPTION_NAMES = {"date_from": "--from", "date_to": "--to", "event_type": "--type",
                "sub_event_type": "--sub-type", "text": "--text"}


def fail_filter(exc) -> NoReturn:
    """A store.filters.FilterError, naming the command-line option."""
    option = OPTION_NAMES.get(exc.param, "--" + exc.param.replace("_", "-"))
    fail(f"{option} {exc.detail}")


def print_problem(origin: str, message: str, level: str = "error") -> None:
    """One line per problem, naming the input (warnings silenced by --quiet)."""
    if level != "error" and RUN.quiet:
        return
    colour = "red" if level == "error" else "yellow"
    err.print(f"[{colour}]{level}[/] {escape(origin)}: {escape(message)}", soft_wrap=True)


def say(message: str) -> None:
    """A summary line on stderr, unless --quiet."""
    if not RUN.quiet:
        err.print(message, soft_wrap=True)


def parse_published_option(value: str | None) -> date | None:
    """--published in any common form ("2016-03-12", "12 March 2016")."""
    from khaldun.ingest.published import parse_published

    try:
        return parse_published(value)
    except ValueError as exc:
        fail(f"--published: {exc}")


def _holder(pid: str) -> str:
    """The command line of a process, for naming what holds a lock."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    words = [w.decode(errors="replace") for w in raw.split(b"\0") if w]
    if len(words) > 1 and "python" in Path(words[0]).name:
        words = words[1:]
    if words:
        words[0] = Path(words[0]).name
    return " ".join(words)[:120]


def _shown(db: str) -> str:
    if "://" in db:
        import sqlalchemy as sa

        return sa.make_url(db).render_as_string(hide_password=True)
    return db


def open_db(db: str | None, *, create: bool = False):
    """The store at `db` (or the configured one), or a one-line error and exit status 2.

    Reading commands pass create=False: a missing DuckDB file is an error, never created.
    """
    from khaldun.store import open_store

    db = db or default_db()
    local = "://" not in db and db != ":memory:"
    if local and not create and not Path(db).expanduser().is_file():
        fail(f"no database at {db} (run khaldun ingest first, or give --db / $KHALDUN_DB)")
    if local and create and not Path(db).expanduser().resolve().parent.is_dir():
        fail(f"database {db}: folder {Path(db).parent} does not exist")
    try:
        return open_store(db)
    except Exception as exc:  # a locked DuckDB file, an unreachable server, a newer schema
        message = " ".join(str(exc).split())
        lock = _LOCK_HOLDER.search(message)
        if lock:
            holder = _holder(lock["pid"]) or Path(lock["exe"]).name
            fail(
                f"database {db} is in use by process {lock['pid']} ({holder}): stop it, or "
                "send articles to its API (POST /articles), or use PostgreSQL for "
                "concurrent writers"
            )
        fail(f"database {_shown(db)}: cannot open: {message[:300]}")


def check_output(path: Path | None) -> None:
    """Refuse an output file whose folder is missing, or that is a folder, before any work."""
    if path is None:
        return
    if path.is_dir():
        fail(f"--output {path} is a folder; give a file name")
    if not path.resolve().parent.is_dir():
        fail(f"--output {path}: folder {path.parent} does not exist")
