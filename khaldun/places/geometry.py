"""Distances on the Earth's surface."""

from __future__ import annotations

import math

from khaldun.places.model import Place

EARTH_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def km_apart(a: Place, b: Place) -> float:
    """Great-circle distance between two places; infinite when either has no coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def within_km(place: Place, lat: float, lon: float, km: float) -> bool:
    """The place lies within km of the point."""
    if place.lat is None or place.lon is None:
        return False
    # A great circle is never shorter than its span of latitude: most places fail on that.
    if math.radians(abs(place.lat - lat)) * EARTH_KM > km + 1e-6:
        return False
    return distance_km(place.lat, place.lon, lat, lon) <= km
