"""`khaldun extract`: files in, one JSON line per article out (codebook §7)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from khaldun.cli.app import app
from khaldun.cli.progress import progress_bar

err = Console(stderr=True)


def parse_day(value: str | None) -> date | None:
    """An ISO date from the command line (YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date like 2012-03-05") from exc


def print_problem(origin: str, message: str, level: str = "error") -> None:
    """One line per problem, naming the input."""
    colour = "red" if level == "error" else "yellow"
    err.print(f"[{colour}]{level}[/] {escape(origin)}: {escape(message)}", soft_wrap=True)


def open_db(db: str):
    """The store at `db`, or a one-line error and exit status 2."""
    from khaldun.store import open_store

    try:
        return open_store(db)
    except Exception as exc:  # a locked DuckDB file, an unreachable server, a newer schema
        message = " ".join(str(exc).split())[:300]
        shown = db
        if "://" in db:
            import sqlalchemy as sa

            shown = sa.make_url(db).render_as_string(hide_password=True)
        print_problem(f"database {shown}", f"cannot open: {message}")
        raise typer.Exit(2) from exc


PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="publication date (YYYY-MM-DD) for articles whose metadata and text give none",
        callback=parse_day,
    ),
]


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="files or folders to read")],
    published: PublishedOpt = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="JSON Lines file (default: stdout)")
    ] = None,
) -> None:
    """Extract events from text, HTML, JSONL, RSS/Atom, WARC or gzip files (or folders)."""
    from khaldun.ingest import IngestError, read_paths
    from khaldun.ingest.batch import extract_safely, result_warnings

    out = output.open("w", encoding="utf-8") if output else sys.stdout
    articles = events = failed = 0
    try:
        with progress_bar("extract", err) as progress:
            task = progress.add_task("extract", total=None)
            for item in extract_safely(read_paths(paths, published=published)):
                progress.advance(task)
                if isinstance(item, IngestError):
                    failed += 1
                    print_problem(item.origin, item.message)
                    continue
                for warning in result_warnings(item):
                    print_problem(item.article.origin or item.article.doc_id, warning, "warning")
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                articles += 1
                events += len(item.events)
    finally:
        if output:
            out.close()
    err.print(f"{articles} articles, {events} events, {failed} failed")
    if failed and not articles:
        raise typer.Exit(1)
