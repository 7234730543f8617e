"""`khaldun events`: list, filter and export merged events; `khaldun events show ID`."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from khaldun.cli.app import app
from khaldun.cli.common import DbOpt, check_output, fail, fail_filter, open_db, say

events_app = typer.Typer(help="List, filter and export merged events.", no_args_is_help=False)
app.add_typer(events_app, name="events")


def _out() -> Console:
    """stdout, sized when used (so COLUMNS set by the caller counts)."""
    return Console()


FORMATS = ("table", "jsonl", "csv", "parquet", "acled", "ucdp", "geojson")
CLAIM_FORMATS = ("csv", "parquet", "jsonl")
TABLE_LIMIT = 50


def _fatalities(ev) -> str:
    fat = ev.fatalities
    if fat is None:
        return ""
    return str(fat.low) if fat.low == fat.high else f"{fat.low}–{fat.high}"


def _dates(ev) -> str:
    start = ev.date_start.isoformat() if ev.date_start else "?"
    if ev.date_end and ev.date_end != ev.date_start:
        return f"{start}…{ev.date_end.isoformat()}"
    return start


def _table(events, total: int, offset: int, out: Console | None = None) -> None:
    from khaldun.export.common import place_label

    table = Table(show_lines=False)
    for name in ("event", "date"):
        table.add_column(name, no_wrap=True)
    for name in ("type", "place", "fatal.", "status", "rep.", "src.", "actors"):
        table.add_column(name, overflow="fold")
    for me in events:
        ev = me.event
        actors = " / ".join(a.name for a in (ev.actor1, ev.actor2) if a)
        place = ", ".join(p for p in (place_label(ev), ev.location.country) if p)
        table.add_row(
            me.event_id,
            _dates(ev),
            ev.sub_event_type,
            place,
            _fatalities(ev),
            ev.status,
            str(len(me.reports)),
            str(len(me.sources)),
            actors,
        )
    out = out or _out()
    out.print(table)
    shown = f"{offset + 1}–{offset + len(events)}" if events else "0"
    out.print(f"events {shown} of {total}")


def _write_records(records, fmt: str, output: Path | None) -> int:
    """A flat table (events or claims) as CSV, Parquet or JSON Lines."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(records.to_arrow(), output)
        return len(records)
    target = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            from khaldun.export.common import write_csv

            return write_csv(records, target, records.columns, dict)
        import json

        for row in records:
            target.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return len(records)
    finally:
        if output:
            target.close()


def _write_events(store, query, fmt: str, output: Path | None, options: dict) -> int:
    """Merged events in one of the event exporters' formats (jsonl, acled, ucdp, geojson)."""
    from khaldun.export import EXPORTERS

    stream = store.iter_events(query) if query.limit is None else store.query_events(query)[0]
    if query.limit is None and query.offset:
        stream = (me for i, me in enumerate(stream) if i >= query.offset)
    exporter = functools.partial(EXPORTERS[fmt], **options)
    target = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        return exporter(stream, target)
    finally:
        if output:
            target.close()


@events_app.callback(invoke_without_command=True)
def events(
    ctx: typer.Context,
    db: DbOpt = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="events ending on/after (YYYY-MM-DD)")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="events starting on/before")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type")] = None,
    sub_event_type: Annotated[
        str | None, typer.Option("--sub-type", help="ACLED sub-event type")
    ] = None,
    country: Annotated[str | None, typer.Option(help="country name, ISO3 or ISO2 code")] = None,
    admin1: Annotated[str | None, typer.Option(help="province (any case)")] = None,
    town: Annotated[str | None, typer.Option(help="town (any case)")] = None,
    bbox: Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")] = None,
    actor: Annotated[str | None, typer.Option(help="part of an actor name")] = None,
    status: Annotated[str | None, typer.Option(help="single, corroborated or contested")] = None,
    min_fatalities: Annotated[int | None, typer.Option(help="largest reported toll ≥ this")] = None,
    inter1: Annotated[int | None, typer.Option(help="ACLED inter1 code (1-8)")] = None,
    interaction: Annotated[int | None, typer.Option(help="ACLED interaction code, e.g. 37")] = None,
    updated_since: Annotated[
        str | None, typer.Option(help="events with an article ingested since (ISO date/time)")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", "-q", help="words in places/quotes")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=" | ".join(FORMATS))] = "table",
    claims: Annotated[
        bool, typer.Option("--claims", help="one row per claim (csv, parquet, jsonl)")
    ] = False,
    inter_labels: Annotated[
        bool, typer.Option("--inter-labels", help="acled: inter codes as ACLED's labels")
    ] = False,
    nonlethal: Annotated[
        bool, typer.Option("--nonlethal", help='ucdp: keep events without deaths ("Check deaths")')
    ] = False,
    limit: Annotated[
        int | None, typer.Option(help=f"at most this many (table: {TABLE_LIMIT}; exports: all)")
    ] = None,
    offset: Annotated[int, typer.Option()] = 0,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write")] = None,
) -> None:
    """List merged events (newest first) as a table, or export them."""
    if ctx.invoked_subcommand is not None:
        return
    from khaldun.store.filters import FilterError, event_query

    allowed = CLAIM_FORMATS if claims else FORMATS
    if fmt not in allowed:
        fail(f"--format {fmt!r} is not one of {', '.join(allowed)}" + (" with --claims" * claims))
    if fmt == "table" and output is not None:
        fail("--output needs an export --format (jsonl, csv, parquet, acled, ucdp, geojson)")
    if fmt == "parquet" and output is None:
        fail("--format parquet writes a file: give --output FILE.parquet")
    check_output(output)
    try:
        query = event_query(
            date_from=date_from, date_to=date_to, event_type=event_type,
            sub_event_type=sub_event_type, country=country, admin1=admin1, town=town, bbox=bbox,
            actor=actor, status=status, min_fatalities=min_fatalities, text=text, inter1=inter1,
            interaction=interaction, updated_since=updated_since,
            limit=TABLE_LIMIT if fmt == "table" and limit is None else limit, offset=offset,
        )
    except FilterError as exc:
        fail_filter(exc)
    store = open_db(db)
    try:
        if fmt == "table":
            page, total = store.query_events(query)
            _table(page, total, offset)
            return
        if claims or fmt in ("csv", "parquet"):
            from khaldun.store.tables import (
                CLAIM_SCHEMA,
                EVENT_SCHEMA,
                Records,
                claims_select,
                events_select,
                fetch_table,
            )

            select, schema = (claims_select, CLAIM_SCHEMA) if claims else (
                events_select, EVENT_SCHEMA)
            n = _write_records(Records(fetch_table(store.engine, select(query), schema)), fmt,
                               output)
        else:
            options = {"acled": {"inter_labels": inter_labels}, "ucdp": {"nonlethal": nonlethal}}
            n = _write_events(store, query, fmt, output, options.get(fmt, {}))
        what = "claims" if claims else "events"
        say(f"{n} {what} written" + (f" to {output}" if output else ""))
    finally:
        store.close()


def _claims_table(me, titles: dict[str, str]) -> Table:
    table = Table(title="claims", show_lines=True)
    for name in ("source", "kind", "value", "quote", "article"):
        table.add_column(name, overflow="fold")
    for claim in me.event.claims:
        source = claim.source
        if claim.originator and claim.originator != claim.source:
            source += f" (relaying {claim.originator})"
        value = "" if claim.value is None else str(claim.value)
        article = claim.doc_id or ""
        if claim.doc_id in titles:
            article += f"\n{titles[claim.doc_id]}"
        table.add_row(
            escape(source), claim.kind, escape(value), escape(claim.quote), escape(article)
        )
    return table


@events_app.command("show")
def show(
    event_id: Annotated[str, typer.Argument(help="merged event id (from `khaldun events`)")],
    db: DbOpt = None,
) -> None:
    """One merged event in detail: fields, reports, merge reasons, every claim."""
    from khaldun.export.common import place_label

    store = open_db(db)
    try:
        me = store.get_event(event_id)
        if me is None:
            fail(f"no event {event_id} in {db or 'the database'}", code=1)
        titles = {}
        for doc_id in dict.fromkeys(r.doc_id for r in me.reports if r.doc_id):
            art = store.get_article(doc_id)
            if art:
                label = art.title or art.url or ""
                titles[doc_id] = f"{label} ({art.published or 'undated'})".strip()
    finally:
        store.close()
    ev, loc = me.event, me.event.location
    facts = Table(show_header=False, title=f"event {me.event_id}")
    rows = [
        ("type", f"{ev.event_type} / {ev.sub_event_type}"),
        ("dates", f"{_dates(ev)} (precision {ev.time_precision})"),
        ("place", f"{place_label(ev)}, {loc.admin1 or '?'}, {loc.country or '?'}"),
        ("coordinates", f"{loc.lat}, {loc.lon} (precision {loc.geo_precision})"),
        ("actor1", ev.actor1.name if ev.actor1 else ""),
        ("actor2", ev.actor2.name if ev.actor2 else ""),
        ("fatalities", _fatalities(ev) or "unknown"),
        ("status", ev.status),
        ("reports", ", ".join(r.report_id or "" for r in me.reports)),
        ("sources", "; ".join(me.sources)),
    ]
    for key, value in rows:
        facts.add_row(key, escape(value))
    out = _out()
    out.print(facts)
    for reason in me.merge_reasons:
        out.print(f"merged: {escape(reason)}")
    out.print(_claims_table(me, titles))
