"""`khaldun ingest`: extract and store, with a progress bar and a one-line-per-error report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from khaldun.cli.app import app
from khaldun.cli.common import DbOpt, err, open_db, parse_published_option, print_problem, say
from khaldun.cli.extract import InputsArg, JsonOpt, PublishedOpt, WorkersOpt, summary
from khaldun.cli.progress import progress_bar


@app.command()
def ingest(
    paths: InputsArg,
    db: DbOpt = None,
    published: PublishedOpt = None,
    as_json: JsonOpt = False,
    workers: WorkersOpt = None,
    ray: Annotated[
        bool, typer.Option("--ray", help="extract on a Ray cluster (extra: khaldun[ray])")
    ] = False,
    ray_address: Annotated[
        str | None,
        typer.Option(help="Ray cluster to join (default: $RAY_ADDRESS, else a local Ray)"),
    ] = None,
    parquet: Annotated[
        Path | None, typer.Option(help="with --ray: also write Parquet shards to this folder")
    ] = None,
) -> None:
    """Extract events from inputs and store articles, events and claims; merge across sources."""
    if ray or ray_address:
        from khaldun.cli.ray_run import ingest_with_ray

        ingest_with_ray(paths, db, parse_published_option(published), ray_address, parquet)
        return
    from khaldun.ingest import read_paths
    from khaldun.ingest.batch import ingest_items
    from khaldun.ingest.report import failure_record
    from khaldun.ingest.workers import default_workers

    day = parse_published_option(published)
    store = open_db(db, create=True)
    counts = {"new": 0, "stored": 0, "failed": 0}
    reports, touched, undated, failures = 0, set(), 0, []
    try:
        with progress_bar("ingest", err) as progress:
            task = progress.add_task("ingest", total=None)
            items = read_paths(paths, published=day)
            for outcome in ingest_items(items, store, workers=workers or default_workers()):
                counts[outcome.status] += 1
                reports += outcome.reports
                touched.update(outcome.event_ids)
                if outcome.message:
                    print_problem(outcome.origin, outcome.message)
                    failures.append(failure_record(outcome.origin, outcome.message))
                for warning in outcome.warnings:
                    undated += warning.startswith("no publication date")
                    print_problem(outcome.origin, warning, "warning")
                progress.advance(task)
        total = store.counts()
    finally:
        store.close()
    result = {
        "articles": counts, "reports": reports, "merged_events": len(touched),
        "undated": undated, "database": total, "failures": failures,
    }
    summary(
        result, as_json,
        f"articles: {counts['new']} new, {counts['stored']} already stored, "
        f"{counts['failed']} failed; events: {reports} reported, {len(touched)} merged events "
        f"created or updated; database: {total['articles']} articles, {total['events']} events",
    )
    if undated and not as_json:
        say(f"[yellow]{undated} articles had no publication date[/] (use --published)")
    if counts["failed"]:  # 0 only when every input landed
        raise typer.Exit(1)
