"""GET /labels: place names for the dashboard map, from the gazetteer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from khaldun.places.labels import MAX_LABELS, labels
from khaldun.serve.errors import ApiError
from khaldun.serve.events import ERRORS, parse_bbox
from khaldun.serve.schemas import LabelsOut

router = APIRouter(tags=["dashboard"])


@router.get(
    "/labels",
    summary="Town names inside a map box, the most populous first, more as you zoom in",
    responses={200: {"model": LabelsOut}, **ERRORS},
)
def get_labels(
    request: Request,
    bbox: Annotated[str, Query(description="min_lon,min_lat,max_lon,max_lat")],
    zoom: Annotated[int, Query(ge=0, le=22, description="the map's zoom level")],
    limit: Annotated[int, Query(ge=1, le=MAX_LABELS)] = 100,
) -> JSONResponse:
    """Name, position, population and placetype of the towns to label; none without a gazetteer."""
    box = parse_bbox(bbox)
    if box is None:
        raise ApiError(422, "bbox: expected min_lon,min_lat,max_lon,max_lat numbers")
    path = request.app.state.gazetteer
    found = labels(path, box, zoom, limit) if path is not None and path.is_file() else []
    return JSONResponse({"labels": found}, headers={"Cache-Control": "max-age=3600"})
