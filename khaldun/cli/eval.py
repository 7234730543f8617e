"""`khaldun eval`: score the extractor against gold files and row-labelled sets."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from khaldun.cli.app import app

console = Console()


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "—" if value is None else str(value)


def _print_fields(title: str, record: Any, nested: bool = False) -> None:
    """A two-column table of a dataclass's fields (lists and dicts only when `nested`)."""
    table = Table(title=title, show_header=False)
    for name, value in dataclasses.asdict(record).items():
        if isinstance(value, list | dict):
            if nested:
                table.add_row(name, json.dumps(value, ensure_ascii=False, default=str))
        else:
            table.add_row(name, _fmt(value))
    console.print(table)


def _print_rows(title: str, rows: list[Any], columns: list[str] | None = None) -> None:
    """A table with one row per dataclass record."""
    if not rows:
        console.print(f"{title}: none")
        return
    dicts = [dataclasses.asdict(r) for r in rows]
    columns = columns or list(dicts[0])
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for d in dicts:
        table.add_row(*(_fmt(d[c]) for c in columns))
    console.print(table)


def _print_json(record: Any, drop: tuple[str, ...]) -> None:
    data = dataclasses.asdict(record)
    for key in drop:
        data.pop(key, None)
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _gold_eval(gold: Path, system: Path | None, write_system: Path | None) -> Any:
    from khaldun.eval.scorer import (
        events_by_doc,
        read_events_jsonl,
        run_extractor,
        score,
        write_system_jsonl,
    )

    gold_docs = read_events_jsonl(gold)
    if system is not None:
        return score(gold_docs, events_by_doc(read_events_jsonl(system))), None
    started = time.perf_counter()
    failures: list[str] = []
    events = run_extractor((d.article for d in gold_docs), failures)
    seconds = time.perf_counter() - started
    if write_system is not None:
        write_system_jsonl(write_system, gold_docs, events)
    result = score(gold_docs, events)
    result.extraction_failures = failures
    return result, seconds


def _print_failures(failures: list[str], shown: int = 10) -> None:
    """Articles the extractor raised on; they were scored as having no events."""
    if not failures:
        return
    console.print(f"[red]{len(failures)} texts failed in the extractor (scored as no events):")
    for failure in failures[:shown]:
        console.print(f"    {failure}", markup=False, highlight=False)
    if len(failures) > shown:
        console.print(f"    ... and {len(failures) - shown} more")


# Aggregate counts with long labels, printed one label a line after the score table.
_GOLD_DIAGNOSTICS = (
    ("date_misses_by_span", "matched events' wrong dates by span length"),
    ("missed_held_by", "missed events by the system event quoting them"),
    ("merged_gold_pairs", "missed events a system event merged into another's: how the two differ"),
)


def _show_gold(result: Any, as_json: bool, by_doc: bool, errors: bool) -> None:
    drop = tuple(k for k, on in (("by_doc", by_doc), ("errors", errors)) if not on)
    if as_json:
        _print_json(result, drop)
        return
    _print_fields("event scores", result)
    for kind in ("missed", "spurious"):
        counts = getattr(result, f"{kind}_by_cause")
        if counts:
            parts = ", ".join(f"{cause} {n}" for cause, n in counts.items())
            console.print(f"{kind} events by the part of the rule they fail: {parts}")
        detail = getattr(result, f"{kind}_by_detail")
        if detail:
            parts = ", ".join(f"{label} {n}" for label, n in detail.items())
            console.print(f"{kind} events' nearest partners differ by: {parts}")
    if result.claim_source_misses:
        parts = ", ".join(f"{why} {n}" for why, n in result.claim_source_misses.items())
        console.print(f"gold claims without a system claim from their source: {parts}")
    if result.field_misses:
        parts = ", ".join(f"{label} {n}" for label, n in result.field_misses.items())
        console.print(f"matched events' fields that disagree: {parts}")
    for name, title in _GOLD_DIAGNOSTICS:
        if counts := getattr(result, name):
            _say(f"{title}:")
            for label, n in counts.items():
                _say(f"  {n:3d}  {label}")
    if by_doc:
        _print_rows("per article", result.by_doc)
    if errors:
        _print_errors(result.errors)
    _print_failures(result.extraction_failures)


def _print_errors(errors: list[Any]) -> None:
    """One block per missed or spurious event: what it is, its quote, why it found no partner."""
    console.print(f"[bold]{len(errors)} missed or spurious events[/bold]")
    for e in errors:
        dates = (
            e.date_start if e.date_end in (None, e.date_start) else f"{e.date_start}..{e.date_end}"
        )
        side = "gold" if e.kind == "missed" else "system"
        fat = f" · fatalities {e.fatalities}" if e.fatalities else ""
        head = f"{e.kind.upper()} {e.doc_id} {side} #{e.index}: {e.event_type} / {e.sub_event_type}"
        console.print(f"{head} · {e.place} · {dates}{fat}", markup=False, highlight=False)
        if e.quote:
            quote = e.quote if len(e.quote) <= 200 else e.quote[:197] + "..."
            console.print(f'    "{quote}"', markup=False, highlight=False)
        console.print(f"    nearest: {e.nearest}", markup=False, highlight=False)


def _labelled_eval(
    acled: Path | None, pitf: Path | None, limit: int | None, seed: int | None
) -> Any:
    from khaldun.eval.labelled import evaluate_labelled, sample_texts

    if acled is not None:
        from khaldun.eval.acled import read_acled

        name, texts = "acled", read_acled(acled)
    else:
        from khaldun.eval.pitf import read_pitf

        name, texts = "pitf", read_pitf(pitf)
    return evaluate_labelled(name, sample_texts(texts, limit, seed))


def _show_labelled(result: Any, as_json: bool, by_doc: bool, errors: bool) -> None:
    drop = tuple(k for k, on in (("by_text", by_doc), ("errors", errors)) if not on)
    if as_json:
        _print_json(result, drop)
        return
    _print_fields(f"{result.dataset}: text-level accuracy", result)
    if by_doc:
        _print_rows("per text", result.by_text)
    if errors:
        _print_text_errors(result.errors)
    _print_failures(result.extraction_failures)
    console.print(
        f"{result.texts} texts scored in {result.seconds:.1f} s "
        f"({result.cpu_seconds:.1f} CPU-s, {_fmt(result.texts_per_second)} texts/s)"
    )


def _say(line: str) -> None:
    console.print(line, markup=False, highlight=False)


def _print_text_errors(errors: list[Any]) -> None:
    """Each text wrong on some field: the text, its gold rows, the system's events."""
    console.print(f"[bold]{len(errors)} texts wrong on some labelled field[/bold]")
    for e in errors:
        _say(f"{e.doc_id}: wrong {', '.join(e.wrong)}")
        _say(f"    text: {e.text if len(e.text) <= 300 else e.text[:297] + '...'}")
        for row in e.gold:
            _say(f"    gold:   {row}")
        for event in e.system or ["(no events)"]:
            _say(f"    system: {event}")


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path | None, typer.Argument(help="gold JSONL (codebook §7)", exists=True)
    ] = None,
    system: Annotated[
        Path | None,
        typer.Option("--system", exists=True, help="system JSONL; without it the extractor runs"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON for machines")] = False,
    by_doc: Annotated[bool, typer.Option("--by-doc", help="per-article (per-text) table")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="list missed and spurious events")
    ] = False,
    corpus: Annotated[
        bool, typer.Option("--corpus", help="corpus-level scores (merged events)")
    ] = False,
    acled: Annotated[
        Path | None, typer.Option("--acled", exists=True, help="ACLED 2018 CSV")
    ] = None,
    pitf: Annotated[
        Path | None, typer.Option("--pitf", exists=True, help="PITF 2013-2015 TSV")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="score only N texts")] = None,
    seed: Annotated[
        int | None, typer.Option("--sample-seed", help="random sample of --limit texts")
    ] = None,
    write_system: Annotated[
        Path | None, typer.Option("--write-system", help="also save the extractor output (JSONL)")
    ] = None,
) -> None:
    """Score extraction: GOLD.jsonl against --system (or the extractor), or --acled/--pitf."""
    if acled is not None or pitf is not None:
        if acled is not None and pitf is not None:
            raise typer.BadParameter("give --acled or --pitf, not both")
        _show_labelled(_labelled_eval(acled, pitf, limit, seed), as_json, by_doc, errors)
        return
    if gold is None:
        raise typer.BadParameter("give a GOLD.jsonl file, or --acled FILE / --pitf FILE")
    if corpus:
        from khaldun.eval.corpus import score_corpus

        result = score_corpus(gold, system)
        if as_json:
            _print_json(result, ())
        else:
            _print_fields("corpus scores", result, nested=True)
        return
    result, seconds = _gold_eval(gold, system, write_system)
    _show_gold(result, as_json, by_doc, errors)
    if seconds is not None and not as_json:
        console.print(f"{result.docs} articles extracted and scored in {seconds:.1f} s")
