"""`khaldun serve`: the API and dashboard over a DuckDB file or a PostgreSQL database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from khaldun.cli.app import app
from khaldun.cli.common import DbOpt, open_db
from khaldun.cli.settings import default_db

console = Console(stderr=True)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    token_file: Annotated[
        Path | None,
        typer.Option(help="file whose first line is the API token (else $KHALDUN_TOKEN)"),
    ] = None,
    protect_reads: Annotated[bool, typer.Option(help="reads need the token too")] = False,
    max_body_mb: Annotated[float, typer.Option(help="largest request body accepted, MiB")] = 5.0,
    tile_url: Annotated[
        str | None,
        typer.Option(help="XYZ tile URL for the dashboard map (default: offline outlines)"),
    ] = None,
    tile_attribution: Annotated[str | None, typer.Option(help="attribution for the tiles")] = None,
    watch: Annotated[
        list[str] | None,
        typer.Option(help="feed URL or folder to poll into the database while serving (repeat)"),
    ] = None,
    watch_interval: Annotated[float, typer.Option(min=1, help="seconds between polls")] = 300.0,
) -> None:
    """Serve the events API (OpenAPI at /docs) and the dashboard at /."""
    import uvicorn

    from khaldun.serve import create_app
    from khaldun.serve.auth import load_token

    db = db or default_db()
    try:
        token = load_token(token_file)
        if protect_reads and not token:
            raise ValueError("--protect-reads needs a token (KHALDUN_TOKEN or --token-file)")
        store = open_db(db, create=True)
        api = create_app(
            store, token, protect_reads=protect_reads, max_body=int(max_body_mb * 1024 * 1024),
            tile_url=tile_url, tile_attribution=tile_attribution,
        )
    except ValueError as exc:
        console.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from exc
    if watch:
        from khaldun.ingest.watch import watch_in_background

        watch_in_background(store, watch, watch_interval)
        console.print(f"watching {', '.join(watch)} every {watch_interval:.0f} s")
    writes = "enabled (bearer token)" if token else "disabled (no token)"
    console.print(f"khaldun: http://{host}:{port}/  db={db}  writes {writes}")
    try:
        uvicorn.run(api, host=host, port=port, log_level="info", server_header=False)
    finally:
        store.close()
