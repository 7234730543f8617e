"""`khaldun ingest --ray`: the many-machine path of ingest (optional extra `khaldun[ray]`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from khaldun.cli.common import fail, open_db, print_problem, say


def ingest_with_ray(
    paths: list[str],
    db: str | None,
    published: date | None,
    address: str | None,
    parquet: Path | None,
) -> None:
    """Extract on a Ray cluster (local when no address), store, merge; print a summary."""
    try:
        import ray
    except ImportError:
        fail("--ray needs the optional extra: pip install 'khaldun[ray]'")
    from khaldun.scale.ray_ingest import ray_ingest

    store = open_db(db, create=True)
    started_here = not ray.is_initialized()  # a caller's own Ray session is left running
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    try:
        run = ray_ingest(paths, published=published, out_dir=parquet, store=store)
        total = store.counts()
    finally:
        if started_here:
            ray.shutdown()
        store.close()
    for line in run.failed:
        origin, _, message = line.partition(": ")
        print_problem(origin, message)
    phases = ", ".join(f"{name} {secs:.1f} s" for name, secs in run.seconds.items())
    say(
        f"ray: {run.articles} articles, {len(run.failed)} failed, {run.reports} reports, "
        f"{len(run.merged)} merged events over {run.partitions} partitions ({phases}); "
        f"database: {total['articles']} articles, {total['events']} events"
    )
    if run.failed and not run.articles:
        raise typer.Exit(1)
