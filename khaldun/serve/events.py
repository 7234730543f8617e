"""GET /events and GET /events/{id}."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from khaldun.records import EVENT_TYPES, STATUSES, SUB_TO_TYPE
from khaldun.serve.errors import ApiError
from khaldun.serve.formats import FORMATS, render
from khaldun.serve.pages import summary_page
from khaldun.serve.schemas import ErrorOut, EventDetailOut, EventPageOut, EventSummaryOut
from khaldun.serve.views import event_detail
from khaldun.store import filters
from khaldun.store.filters import FilterError, event_query, parse_event_date

MAX_LIMIT = 5000  # the dashboard draws up to this many markers at once
ERRORS = {422: {"model": ErrorOut}, 401: {"model": ErrorOut}}

Format = Literal[tuple(FORMATS)]  # type: ignore[valid-type]
# Listed in the OpenAPI schema; checked (any case) by store.filters, as the CLI checks them.
_ENUM = {"event_type": list(EVENT_TYPES), "sub_event_type": list(SUB_TO_TYPE),
         "status": list(STATUSES)}


def _choice(name: str) -> Any:
    return Query(max_length=200, json_schema_extra={"enum": _ENUM[name]})


router = APIRouter(tags=["events"])


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat', checked by store.filters; a 422 when malformed."""
    try:
        return filters.parse_bbox(value)
    except FilterError as exc:
        raise ApiError(422, str(exc)) from exc


def _next_link(
    request: Request, offset: int, limit: int, total: int, page: int | None
) -> str | None:
    if offset + limit >= total:
        return None
    if page is not None:
        return str(request.url.include_query_params(page=page + 1))
    return str(request.url.include_query_params(offset=offset + limit))


@router.get(
    "/events",
    summary="List merged events matching filters",
    responses={
        200: {
            "model": EventPageOut,
            "description": "A page of events (json), or the page exported in another format",
            "content": {"application/geo+json": {}, "text/csv": {}},
        },
        **ERRORS,
    },
)
def list_events(
    request: Request,
    date_from: date | None = None,
    date_to: date | None = None,
    event_type: Annotated[str | None, _choice("event_type")] = None,
    sub_event_type: Annotated[str | None, _choice("sub_event_type")] = None,
    country: Annotated[
        str | None, Query(max_length=64, description="name, ISO3, ISO2 or ISO numeric")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    town: Annotated[str | None, Query(max_length=200)] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    status: Annotated[str | None, _choice("status")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=10**9)] = None,
    q: Annotated[str | None, Query(max_length=500, description="words in places, actors")] = None,
    event_date: Annotated[
        str | None, Query(max_length=30, description="ACLED style: a day, or FROM|TO")
    ] = None,
    iso: Annotated[int | None, Query(ge=0, le=999, description="ISO numeric country")] = None,
    inter1: Annotated[int | None, Query(ge=0, le=9, description="ACLED inter1 code")] = None,
    interaction: Annotated[int | None, Query(ge=0, le=99, description="e.g. 37")] = None,
    updated_since: Annotated[
        datetime | None, Query(description="events with an article stored since (ISO time)")
    ] = None,
    fields: Annotated[
        str | None, Query(max_length=2000, description="comma-separated fields to return")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    page: Annotated[
        int | None, Query(ge=1, le=10**6, description="ACLED style: offset = (page-1)*limit")
    ] = None,
    format: Format = "json",
) -> Response:
    """Merged events, newest first, filtered; `format` picks JSON, GeoJSON or a CSV flavour.

    ACLED-style parameters work too: `event_date=2016-03-01|2016-03-31`, `iso=760`,
    `inter1`, `interaction`, `fields=event_id,event_type`, `page`.
    """
    if page is not None:
        offset = (page - 1) * limit
    try:
        first, last = parse_event_date(event_date)
        query = event_query(
            date_from=date_from or first, date_to=date_to or last, event_type=event_type,
            sub_event_type=sub_event_type, country=country or (str(iso) if iso else None),
            admin1=admin1, town=town, bbox=bbox, actor=actor, status=status,
            min_fatalities=min_fatalities, text=q, inter1=inter1, interaction=interaction,
            updated_since=updated_since, limit=limit, offset=offset, max_limit=MAX_LIMIT,
        )
    except FilterError as exc:
        raise ApiError(422, str(exc)) from exc
    store = request.app.state.store
    if format != "json":
        with request.app.state.readers:
            events, total = store.query_events(query)
        return render(format, events, total)
    with request.app.state.readers:
        rows, total = summary_page(store, query)
    if fields:
        wanted = [f.strip() for f in fields.split(",") if f.strip()]
        unknown = [f for f in wanted if f not in EventSummaryOut.model_fields]
        if unknown:
            raise ApiError(422, f"fields: unknown field {unknown[0]!r}")
        rows = [{k: row.get(k) for k in wanted} for row in rows]
    return JSONResponse(
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "next": _next_link(request, offset, limit, total, page),
            "events": rows,
        }
    )


@router.get(
    "/events/{event_id}",
    summary="One merged event with every claim, source, quote and article link",
    responses={200: {"model": EventDetailOut}, 404: {"model": ErrorOut}, **ERRORS},
)
def get_event(request: Request, event_id: str) -> JSONResponse:
    """The merged event, its claims and the reports it was merged from."""
    with request.app.state.readers:
        merged = request.app.state.store.get_event(event_id)
    if merged is None:
        raise ApiError(404, f"event {event_id!r} not found")
    return JSONResponse(event_detail(merged))
