"""`khaldun watch`: keep feeds and folders flowing into the database."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from khaldun.cli.app import app
from khaldun.cli.common import DbOpt, open_db, parse_published_option, print_problem, say
from khaldun.cli.extract import PublishedOpt, WorkersOpt


def _print_report(report) -> None:
    when = time.strftime("%H:%M:%S", time.localtime(report.next_poll))
    if report.error:
        print_problem(report.source, f"{report.error}; backing off, next try at {when}")
        return
    for line in report.failed:
        origin, _, message = line.partition(": ")
        print_problem(origin, message)
    what = "unchanged" if report.unchanged else f"{report.new} new, {report.stored} already stored"
    say(f"{report.source}: {what}; next poll at {when}")


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs or folders to watch")],
    db: DbOpt = None,
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

    day = parse_published_option(published)
    store = open_db(db, create=True)
    workers = workers or default_workers()
    watcher = Watcher(store, sources, interval=interval, workers=workers, published=day)
    try:
        if once:
            reports = watcher.poll(time.time())
            for report in reports:
                _print_report(report)
            if not reports:
                when = time.strftime("%H:%M:%S", time.localtime(watcher.next_due()))
                say(f"no source due yet; the next is due at {when}")
            return
        for report in watcher.run():
            _print_report(report)
    except KeyboardInterrupt:
        say("stopped")
    finally:
        store.close()
