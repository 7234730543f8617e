"""How places called by one name rank, best first: at home, a country name, the exact
spelling, the closest spelling, a town before a district, the most populous; a big city
before a same-named province."""

from __future__ import annotations

from khaldun.places.model import AREA_CODES, DISTRICT_CODE, Place
from khaldun.places.transliteration import name_key

# A town this big is meant by its name even when the spelling is exactly a
# province alias ("Deir Ezzor" is written for the city of 270,000).
CITY_OVER_PROVINCE_POPULATION = 50_000
# An admin1 outranks a same-named town only when it is this many times more
# populous (Anbar the province over a hamlet called Anbar; Homs the city over
# Homs the governorate, whose population is about 1.4x the city's).
ADMIN1_POPULATION_DISCOUNT = 20
# A province outranks a same-named town smaller than this ("Al Jawf" is the province,
# not the village of Jawf al Maqbabah; Hama, Idlib and Saada are cities).
ADMIN1_MIN_WEIGHT = 20_000
# Spellings found by key rank by how alike they look, in steps this wide (rapidfuzz ratio):
# finer steps let a one-letter difference outweigh a town's size.
LIKENESS_STEP = 5
_KIND_RANK = {"country": 0, "town": 1, "admin1": 1, "neighbourhood": 1}


def _weight(place: Place) -> float:
    if place.kind == "admin1":
        return max(place.population / ADMIN1_POPULATION_DISCOUNT, ADMIN1_MIN_WEIGHT)
    return float(place.population)


def prefer_city(ranked: list[Place]) -> list[Place]:
    """Put a big city before a same-named province ranked first ("Deir Ezzor", "Raqqa")."""
    if not ranked or ranked[0].kind != "admin1":
        return ranked
    top = ranked[0]
    for i, place in enumerate(ranked[1:], 1):
        if place.kind == "town" and place.country == top.country and (
            place.population >= CITY_OVER_PROVINCE_POPULATION
        ):
            return [place] + ranked[:i] + ranked[i + 1:]
    return ranked


def prefer_seat(ranked: list[Place]) -> list[Place]:
    """Put a district's town of its own name (its seat) before the district ranked first:
    a name with no "district" after it is the town ("As-Salamiyeh" is shelled at the town,
    not at the middle of its district)."""
    if not ranked or ranked[0].feature_code != DISTRICT_CODE or not ranked[0].admin2:
        return ranked
    top = ranked[0]
    key = name_key(top.name)
    for i, place in enumerate(ranked[1:], 1):
        if (place.kind == "town" and place.feature_code is None and place.country == top.country
                and place.admin2 == top.admin2 and name_key(place.name) == key):
            return [place] + ranked[:i] + ranked[i + 1:]
    return ranked


def rank_key(place: Place, country: str | None, exact: bool, alike: float = 100.0) -> tuple:
    """Sort key, best first: in country, a country name, exact spelling, the closest
    spelling (in steps of LIKENESS_STEP), a town before a district, most populous."""
    return (
        country is not None and place.country != country,
        _KIND_RANK[place.kind],
        not exact,
        -(alike // LIKENESS_STEP),
        place.feature_code in AREA_CODES,
        -_weight(place),
    )
