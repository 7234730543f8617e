"""The typer application every command module registers on, and its global options."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from khaldun.cli.settings import RUN, ConfigError, apply_gazetteer, config

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

app = typer.Typer(
    help="khaldun: conflict news to a verifiable, source-attributed event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


def _version(value: bool) -> None:
    if value:
        from khaldun import __version__

        typer.echo(f"khaldun {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print version")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-Q", help="no progress, summaries or warnings")
    ] = False,
    log_level: Annotated[
        str | None,
        typer.Option(help="DEBUG, INFO, WARNING (default), ERROR; also khaldun.toml log_level"),
    ] = None,
) -> None:
    """khaldun: conflict news to a verifiable, source-attributed event dataset."""
    from khaldun.cli.common import fail

    try:
        level = (log_level or config().get("log_level") or "WARNING").upper()
        apply_gazetteer()
    except ConfigError as exc:
        fail(str(exc))
    if level not in LOG_LEVELS:
        fail(f"--log-level {level!r} is not one of {', '.join(LOG_LEVELS)}")
    RUN.quiet = quiet
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
