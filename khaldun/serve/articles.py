"""GET /articles/{id} and POST /articles (ingest: extract, store, merge)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer

from khaldun.records import ArticleResult
from khaldun.serve.auth import check_token
from khaldun.serve.errors import ApiError
from khaldun.serve.payload import ArticleIn, read_payload, to_article
from khaldun.serve.schemas import ArticleOut, ErrorOut, IngestOut
from khaldun.serve.views import article_view, event_summary

router = APIRouter(tags=["articles"])  # reads
# Writes always need the token; the scheme is declared so the OpenAPI docs offer "Authorize"
# (the check itself is auth.check_token, which gives the API's own error shape).
ingest_router = APIRouter(
    tags=["articles"], dependencies=[Security(HTTPBearer(auto_error=False))]
)

_BODY_DOC = {
    "required": True,
    "content": {
        "application/json": {"schema": ArticleIn.model_json_schema()},
        "text/html": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "url": {"type": "string"},
                    "title": {"type": "string"},
                    "published": {"type": "string", "format": "date"},
                },
            }
        },
    },
}


@router.get(
    "/articles/{doc_id}",
    summary="An article's text and the character offsets of every claim read from it",
    responses={200: {"model": ArticleOut}, 404: {"model": ErrorOut}, 401: {"model": ErrorOut}},
)
def get_article(request: Request, doc_id: str) -> JSONResponse:
    """The article and its claims, each tied to the merged event it supports."""
    store = request.app.state.store
    with request.app.state.readers:
        article = store.get_article(doc_id)
        if article is None:
            raise ApiError(404, f"article {doc_id!r} not found")
        reports = store.article_reports(doc_id)
        owners = store.event_ids_for_reports([r.report_id for r in reports if r.report_id])
    claims = [(owners.get(r.report_id or ""), c) for r in reports for c in r.claims]
    return JSONResponse(article_view(article, claims))


def _extract(payload: ArticleIn) -> ArticleResult:
    from khaldun.pipeline import extract_article

    # Runs on the extraction queue's one worker: the spaCy pipeline is shared, and the work
    # (HTML parsing included) is CPU-bound anyway.
    return extract_article(to_article(payload))


@ingest_router.post(
    "/articles",
    summary="Ingest an article (JSON, HTML, text or file upload); needs the bearer token",
    openapi_extra={"requestBody": _BODY_DOC},
    status_code=201,
    responses={
        200: {"model": IngestOut, "description": "The same text was already stored"},
        201: {"model": IngestOut, "description": "Stored; the events it created or updated"},
        400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut},
        413: {"model": ErrorOut}, 415: {"model": ErrorOut}, 422: {"model": ErrorOut},
        503: {"model": ErrorOut, "description": "Extraction queue full: retry after a while"},
    },
)
async def post_article(request: Request) -> JSONResponse:
    """Extract the events an article reports, store them and merge them with known events."""
    check_token(request, request.app.state.token, "writes")
    payload = await read_payload(request)
    result = await request.app.state.extractions.run(_extract, payload)
    return await run_in_threadpool(_store, request, result)


def _store(request: Request, result: ArticleResult) -> JSONResponse:
    from khaldun.store import StoreError

    store = request.app.state.store
    with request.app.state.gate:
        try:
            outcome = store.add_article(result.article, result.events)
        except StoreError as exc:
            raise ApiError(409, str(exc), "conflict") from exc
        events = [store.get_event(eid) for eid in outcome.event_ids]
    body = {
        "doc_id": outcome.doc_id,
        "created": outcome.created,
        "events": [event_summary(me) for me in events if me is not None],
        "warnings": list(result.warnings),
    }
    return JSONResponse(body, status_code=201 if outcome.created else 200)
