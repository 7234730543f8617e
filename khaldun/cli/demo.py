"""`khaldun demo`: the whole pipeline on the bundled sample, into the default database."""

from __future__ import annotations

from importlib import resources

from rich.console import Console

from khaldun.cli.app import app
from khaldun.cli.common import DbOpt, open_db, print_problem
from khaldun.cli.events import _claims_table, _table
from khaldun.cli.settings import default_db

# Piped output (no terminal) gets a width where the claims tables stay readable.
PIPED_WIDTH = 160


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the bundled sample reports and show the merged events with their claims."""
    from khaldun.ingest import read_paths
    from khaldun.ingest.batch import ingest_items
    from khaldun.store import EventQuery

    db = db or default_db()
    store = open_db(db, create=True)
    try:
        with resources.as_file(resources.files("khaldun.data") / "sample") as folder:
            for outcome in ingest_items(read_paths([folder]), store):
                if outcome.message:
                    print_problem(outcome.origin, outcome.message)
        events, total = store.query_events(EventQuery(limit=100))
        titles = {}
        for me in events:
            for report in me.reports:
                article = store.get_article(report.doc_id or "")
                if article:
                    titles[article.doc_id] = article.title or article.url or ""
    finally:
        store.close()
    out = Console()
    if not out.is_terminal:
        out = Console(width=PIPED_WIDTH)
    _table(events, total, 0, out)
    for me in events:
        out.print(f"\n[bold]{me.event_id}[/] {me.event.sub_event_type} · {me.event.location.name}")
        out.print(_claims_table(me, titles))
    out.print(f"\nstored in {db}; try `khaldun events --db {db}` or `khaldun serve --db {db}`")
