"""The typer application every command module registers on."""

import typer

app = typer.Typer(
    help="khaldun: conflict news to a verifiable, source-attributed event dataset.",
    no_args_is_help=True,
    add_completion=False,
)
