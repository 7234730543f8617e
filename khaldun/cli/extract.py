"""`khaldun extract`: files, URLs or stdin in, one JSON line per article out (codebook §7)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from khaldun.cli.app import app
from khaldun.cli.common import (
    check_output,
    err,
    fail,
    parse_published_option,
    print_problem,
    say,
)
from khaldun.cli.progress import progress_bar

PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        help='publication date ("2016-03-12", "12 March 2016") for articles whose metadata '
        "and text give none",
    ),
]
InputsArg = Annotated[
    list[str],
    typer.Argument(help='files, folders, http(s) URLs of pages or feeds, or "-" for stdin'),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="print the summary as JSON on stdout")]


def summary(counts: dict, as_json: bool, line: str) -> None:
    """The run's summary: a JSON object on stdout with --json, else a line on stderr."""
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        say(line)

WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="worker processes extracting in parallel (default: the number of cores)",
        show_default=False,
    ),
]


@app.command()
def extract(
    paths: InputsArg,
    published: PublishedOpt = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="JSON Lines file (default: stdout)")
    ] = None,
    as_json: JsonOpt = False,
    workers: WorkersOpt = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="print, per sentence, what each finder found and why an event was or was not made",
        ),
    ] = False,
) -> None:
    """Extract events from text, HTML, JSONL, RSS/Atom, WARC or gzip inputs (files, URLs, -)."""
    from khaldun.ingest import IngestError, read_paths
    from khaldun.ingest.batch import CHUNK, result_warnings
    from khaldun.ingest.report import failure_record
    from khaldun.ingest.workers import default_workers, extract_parallel

    day = parse_published_option(published)
    check_output(output)
    if as_json and output is None:
        fail("--json prints the summary on stdout: give --output for the events")
    if explain:
        _explain(paths, day, output)
        return
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    articles = events = failed = 0
    failures = []
    try:
        with progress_bar("extract", err) as progress:
            task = progress.add_task("extract", total=None)
            items = read_paths(paths, published=day)
            for item in extract_parallel(items, workers or default_workers(), CHUNK):
                progress.advance(task)
                if isinstance(item, IngestError):
                    failed += 1
                    print_problem(item.origin, item.message)
                    failures.append(failure_record(item.origin, item.message))
                    continue
                for warning in result_warnings(item):
                    print_problem(item.article.origin or item.article.doc_id, warning, "warning")
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                articles += 1
                events += len(item.events)
    finally:
        if output:
            out.close()
    counts = {"articles": articles, "events": events, "failed": failed, "failures": failures}
    summary(counts, as_json, f"{articles} articles, {events} events, {failed} failed")
    if failed:  # 0 only when every input landed
        raise typer.Exit(1)


def _explain(paths: list[str], published: date | None, output: Path | None) -> None:
    """--explain: the trace of each article instead of its JSON line."""
    from khaldun.events.explain import explain, render
    from khaldun.ingest import IngestError, read_paths

    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for item in read_paths(paths, published=published):
            if isinstance(item, IngestError):
                print_problem(item.origin, item.message)
                continue
            out.write(render(*explain(item)) + "\n\n")
    finally:
        if output:
            out.close()
