"""`khaldun watch`: keep feeds and folders flowing into the database."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from khaldun.cli.app import app
from khaldun.cli.extract import PublishedOpt, WorkersOpt, err, open_db, print_problem


def _print_report(report) -> None:
    when = time.strftime("%H:%M:%S", time.localtime(report.next_poll))
    if report.error:
        print_problem(report.source, f"{report.error}; backing off, next try at {when}")
        return
    for line in report.failed:
        origin, _, message = line.partition(": ")
        print_problem(origin, message)
    what = "unchanged" if report.unchanged else f"{report.new} new, {report.stored} already stored"
    err.print(f"{report.source}: {what}; next poll at {when}", soft_wrap=True)


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs or folders to watch")],
    db: Annotated[str, typer.Option(help="DuckDB file or postgresql:// URL")] = "khaldun.duckdb",
    interval: Annotated[
        float,
        typer.Option(min=1, help="seconds between polls of a source (a feed's <ttl> may ask more)"),
    ] = 300.0,
    once: Annotated[
        bool, typer.Option("--once", help="poll every due source once, then exit")
    ] = False,
    published: PublishedOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Poll feeds (ETag/Last-Modified aware, backing off on errors) and folders; ingest and
    merge only new articles. State lives in the database, so a restart resumes."""
    from khaldun.ingest.watch import Watcher
    from khaldun.ingest.workers import default_workers

    store = open_db(db)
    workers = workers or default_workers()
    watcher = Watcher(store, sources, interval=interval, workers=workers, published=published)
    try:
        if once:
            reports = watcher.poll(time.time())
            for report in reports:
                _print_report(report)
            if not reports:
                when = time.strftime("%H:%M:%S", time.localtime(watcher.next_due()))
                err.print(f"no source due yet; the next is due at {when}")
            return
        for report in watcher.run():
            _print_report(report)
    except KeyboardInterrupt:
        err.print("stopped")
    finally:
        store.close()
