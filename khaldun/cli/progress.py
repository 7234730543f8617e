"""A progress bar with articles per second, on stderr, for long runs."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from khaldun.cli.settings import RUN


class RateColumn(ProgressColumn):
    """Articles per second over the run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.1f} articles/s", style="cyan")


def progress_bar(label: str, console: Console) -> Progress:
    """A bar counting inputs with their rate, for `khaldun extract` and `khaldun ingest`."""
    return Progress(
        SpinnerColumn(),
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        TextColumn("{task.completed:,.0f} inputs"),
        RateColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=RUN.quiet,
    )
