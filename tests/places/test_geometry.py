"""Distances between places (khaldun.places.geometry)."""

import math

from khaldun.places.geometry import km_apart
from khaldun.places.model import Place


def _place(lat, lon):
    return Place(geonameid=None, name="X", kind="town", country="SY", lat=lat, lon=lon)


def test_places_without_coordinates_are_infinitely_far_apart():
    assert round(km_apart(_place(34.0, 36.0), _place(34.0, 37.0))) == 92
    assert km_apart(_place(34.0, 36.0), _place(None, None)) == math.inf
    assert km_apart(_place(None, 36.0), _place(34.0, 36.0)) == math.inf
