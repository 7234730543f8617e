"""GET /events and GET /events/{id}."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from khaldun.records import EVENT_TYPES, STATUSES, SUB_TO_TYPE
from khaldun.serve.errors import ApiError
from khaldun.serve.formats import FORMATS, render
from khaldun.serve.pages import summary_page
from khaldun.serve.schemas import ErrorOut, EventDetailOut, EventPageOut
from khaldun.serve.views import event_detail
from khaldun.store.base import EventQuery

MAX_LIMIT = 5000  # the dashboard draws up to this many markers at once
ERRORS = {422: {"model": ErrorOut}, 401: {"model": ErrorOut}}

EventType = Literal[tuple(EVENT_TYPES)]  # type: ignore[valid-type]
SubEventType = Literal[tuple(SUB_TO_TYPE)]  # type: ignore[valid-type]
Status = Literal[tuple(STATUSES)]  # type: ignore[valid-type]
Format = Literal[tuple(FORMATS)]  # type: ignore[valid-type]

router = APIRouter(tags=["events"])


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat' as four floats, checked for order and range."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        nums = ()
    if len(nums) != 4 or any(n != n for n in nums):  # n != n: NaN
        raise ApiError(422, f"bbox {value!r}: expected min_lon,min_lat,max_lon,max_lat numbers")
    min_lon, min_lat, max_lon, max_lat = nums
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ApiError(422, f"bbox {value!r}: needs -180<=min_lon<=max_lon<=180, same for lat")
    return nums  # type: ignore[return-value]


def _next_link(request: Request, offset: int, limit: int, total: int) -> str | None:
    if offset + limit >= total:
        return None
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
    event_type: EventType | None = None,
    sub_event_type: SubEventType | None = None,
    country: Annotated[str | None, Query(max_length=64)] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    town: Annotated[str | None, Query(max_length=200)] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    status: Status | None = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=10**9)] = None,
    q: Annotated[str | None, Query(max_length=500, description="words in places, actors")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    format: Format = "json",
) -> Response:
    """Merged events, newest first, filtered; `format` picks JSON, GeoJSON or a CSV flavour."""
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, f"date_from {date_from} is after date_to {date_to}")
    query = EventQuery(
        date_from=date_from, date_to=date_to, event_type=event_type,
        sub_event_type=sub_event_type, country=country, admin1=admin1, town=town,
        bbox=parse_bbox(bbox), actor=actor, status=status, min_fatalities=min_fatalities,
        text=q, limit=limit, offset=offset,
    )
    store = request.app.state.store
    if format != "json":
        with request.app.state.gate:
            events, total = store.query_events(query)
        return render(format, events, total)
    with request.app.state.gate:
        rows, total = summary_page(store, query)
    return JSONResponse(
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "next": _next_link(request, offset, limit, total),
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
    with request.app.state.gate:
        merged = request.app.state.store.get_event(event_id)
    if merged is None:
        raise ApiError(404, f"event {event_id!r} not found")
    return JSONResponse(event_detail(merged))
