"""serve stage: the HTTP API and the dashboard."""

from khaldun.serve.app import create_app

__all__ = ["create_app"]
