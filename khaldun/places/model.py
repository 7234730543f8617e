"""Records of the places stage: a gazetteer entry and a place mention in text."""

from __future__ import annotations

from dataclasses import dataclass

from khaldun.places.transliteration import same_place_name

KINDS = ("country", "admin1", "town", "neighbourhood")
# GeoNames' feature code for a region: a named area (Eastern Ghouta) kept as a town-level
# place, whose mentions have precision 2.
REGION_CODE = "RGN"
# A second-level division (a district: Birarah, Duma District) kept as a town-level area:
# its mentions have precision 2, and a town of the same name is meant before it.
DISTRICT_CODE = "ADM2"
AREA_CODES = frozenset({REGION_CODE, DISTRICT_CODE})


@dataclass(slots=True)
class Place:
    """One gazetteer entry."""

    geonameid: int | None
    name: str
    kind: str  # one of KINDS
    feature_code: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None  # governorate/province name
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    town: str | None = None  # enclosing town name, for a neighbourhood
    admin2: str | None = None  # district/county name, where the gazetteer knows it


@dataclass(slots=True)
class PlaceMention:
    """A place named in a text, with its role and the codebook precision it supports."""

    start: int
    end: int
    surface: str
    place: Place | None
    role: str  # "neighbourhood" | "town" | "admin1" | "country"
    town: Place | None = None  # enclosing town when role == "neighbourhood"
    precision: int = 1  # codebook geo_precision
    qualifier: str | None = None  # "near", "outskirts", "countryside", ...
    town_surface: str | None = None  # the enclosing town as the text writes it, if it does
    country: str | None = None  # ISO2 the finder worked with (for names it does not know)
    settlement: bool = False  # the text calls it a town, city or village ("the village of X")
    # A point the text places another place by ("X, 30 km north of Y", "the road between X
    # and Y"), not a place holding it.
    reference: bool = False


def in_province(town: Place, province: Place) -> bool:
    """The town lies in the province: its admin1 names it, in any spelling."""
    return town.kind == "town" and town.admin1 is not None and same_place_name(
        town.admin1, province.admin1 or province.name)
