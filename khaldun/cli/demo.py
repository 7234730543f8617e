"""`khaldun demo`."""

from khaldun.cli.app import app  # noqa: F401
