"""The FastAPI application: events and articles API, and the dashboard at /."""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from khaldun.places import store as places_store
from khaldun.records import EVENT_TYPES, STATUSES
from khaldun.serve import articles, events, labels
from khaldun.serve.auth import check_token
from khaldun.serve.errors import ApiError, install_handlers
from khaldun.serve.limits import DEFAULT_MAX_BODY, BodyLimit
from khaldun.serve.queue import DEFAULT_CAPACITY, ExtractionQueue
from khaldun.serve.schemas import ConfigOut
from khaldun.serve.security import SecurityHeaders
from khaldun.store.base import Store

# Reads served at once (see create_app).
READERS = 2


def static_dir() -> Path:
    """Where the built dashboard lives (khaldun/serve/static)."""
    return Path(str(files("khaldun.serve").joinpath("static")))


def _reject_nul(request: Request) -> None:
    # PostgreSQL text cannot hold NUL: refuse it in any parameter on every backend alike.
    for where, params in (("path", request.path_params), ("query", request.query_params)):
        for name, value in params.items():
            if isinstance(value, str) and "\x00" in value:
                raise ApiError(422, f"{where} parameter {name!r}: contains a NUL character")


def _guard_reads(request: Request) -> None:
    if request.app.state.protect_reads:
        check_token(request, request.app.state.token, "reads")


def create_app(
    store: Store,
    token: str | None,
    protect_reads: bool = False,
    max_body: int = DEFAULT_MAX_BODY,
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    gazetteer: Path | None = None,
    queue_capacity: int = DEFAULT_CAPACITY,
) -> FastAPI:
    """The khaldun API and dashboard over one store; writes need `token` as a bearer token.

    Map labels come from the `gazetteer` file (default: the places stage's own).
    """
    if protect_reads and not token:
        raise ValueError("protect_reads needs a token (KHALDUN_TOKEN or --token-file)")
    app = FastAPI(
        title="khaldun",
        version="0.1.0",
        description="Conflict events with source-attributed claims: query, inspect, ingest.",
        dependencies=[Depends(_reject_nul)],
        docs_url=None,  # served below from the bundled Swagger UI, not a CDN
        redoc_url=None,
    )
    app.state.store = store
    # Writes take turns (the store also serialises them). Reads never wait for a write: each
    # store call checks out its own pooled connection and sees the last committed state. At
    # most READERS read at once, so Python work on pages leaves the extraction thread its share
    # of the interpreter (bench/bench_api_load.py: 8 unbounded readers tripled POST p99).
    app.state.gate = threading.Lock()
    app.state.readers = threading.BoundedSemaphore(READERS)
    app.state.extractions = ExtractionQueue(queue_capacity)
    app.state.token = token
    app.state.protect_reads = protect_reads
    app.state.gazetteer = gazetteer or places_store.default_path()
    install_handlers(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders, tile_url=tile_url)
    reads = [Depends(_guard_reads)]
    app.include_router(events.router, dependencies=reads)
    app.include_router(articles.router, dependencies=reads)
    app.include_router(labels.router, dependencies=reads)
    app.include_router(articles.ingest_router)

    @app.get("/config", response_model=ConfigOut, tags=["dashboard"], summary="Dashboard settings")
    def config() -> dict:
        """Settings the dashboard reads: tile URL (none: offline outlines) and the taxonomy."""
        return {
            "tile_url": tile_url,
            "tile_attribution": tile_attribution,
            "event_types": {t: list(subs) for t, subs in EVENT_TYPES.items()},
            "statuses": list(STATUSES),
        }

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI over /openapi.json, from the assets the dashboard build ships."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="khaldun API",
            swagger_js_url="/api-docs/swagger-ui-bundle.js",
            swagger_css_url="/api-docs/swagger-ui.css",
            swagger_favicon_url="/api-docs/favicon-32x32.png",
        )

    static = static_dir()
    if (static / "index.html").is_file():
        app.mount("/", StaticFiles(directory=static, html=True), name="dashboard")
    return app
