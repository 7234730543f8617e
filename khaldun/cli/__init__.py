"""Command-line interface: thin commands over library functions."""

from khaldun.cli import (  # noqa: F401  (imported to register their commands)
    demo,
    eval,
    events,
    extract,
    gazetteer,
    ingest,
    serve,
)
from khaldun.cli.app import app


def main() -> None:
    app()
