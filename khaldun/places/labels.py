"""Place labels for the dashboard map: the most populous towns inside a box, more as you zoom in."""

from __future__ import annotations

from pathlib import Path

from khaldun.places import store
from khaldun.places.model import AREA_CODES

# The smallest town labelled at each zoom (Leaflet zoom levels; deeper zooms use the last one).
MIN_POPULATION_BY_ZOOM = (
    5_000_000, 5_000_000, 3_000_000, 1_000_000, 500_000, 200_000, 50_000, 20_000, 5_000, 1_000,
)
# The kinds of place labelled (the gazetteer's placetype column holds these).
LABEL_KINDS = ("town",)
MAX_LABELS = 200


def min_population(zoom: int) -> int:
    """The smallest population labelled at this zoom."""
    return MIN_POPULATION_BY_ZOOM[max(0, min(zoom, len(MIN_POPULATION_BY_ZOOM) - 1))]


def labels(
    path: Path, bbox: tuple[float, float, float, float], zoom: int, limit: int = 100
) -> list[dict]:
    """Towns inside bbox (min_lon, min_lat, max_lon, max_lat), most populous first.

    Only towns of at least min_population(zoom) people, at most `limit` of them.
    """
    min_lon, min_lat, max_lon, max_lat = bbox
    kinds = ",".join("?" * len(LABEL_KINDS))
    areas = ",".join("?" * len(AREA_CODES))
    conn = store.connect(path)
    try:
        rows = conn.execute(
            "SELECT name, lat, lon, population, kind, country FROM places"
            f" WHERE kind IN ({kinds}) AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
            f" AND (feature_code IS NULL OR feature_code NOT IN ({areas}))"  # not districts
            " AND population >= ? ORDER BY population DESC LIMIT ?",
            (*LABEL_KINDS, min_lat, max_lat, min_lon, max_lon, *sorted(AREA_CODES),
             min_population(zoom),
             min(limit, MAX_LABELS)),
        ).fetchall()
    finally:
        conn.close()
    return [
        {"name": name, "lat": lat, "lon": lon, "population": pop, "placetype": kind,
         "country": country}
        for name, lat, lon, pop, kind, country in rows
    ]
