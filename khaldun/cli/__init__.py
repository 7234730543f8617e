"""Command-line interface: thin commands over library functions."""

import sys

import typer

from khaldun.cli import (  # noqa: F401  (imported to register their commands)
    demo,
    eval,
    events,
    extract,
    gazetteer,
    ingest,
    serve,
    watch,
)
from khaldun.cli.app import app

# click's UsageError, whether typer uses click or a click of its own.
UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def main() -> None:
    """Run the command; a usage mistake (bad option or value) is one line and exit status 2."""
    from khaldun.cli.common import err

    try:
        status = app(standalone_mode=False)
    except UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError" and exc.ctx is not None:
            typer.echo(exc.ctx.get_help())
            sys.exit(0)
        where = f"{exc.ctx.command_path}: " if exc.ctx else ""
        message = " ".join(exc.format_message().split())
        err.print(f"[red]error[/] {where}{message}", soft_wrap=True, highlight=False,
                  markup=True)
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)
