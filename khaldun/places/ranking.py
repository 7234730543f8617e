"""How places called by one name rank, best first: at home, a country name, the exact
spelling, the closest spelling, a town before a district, the most populous; a big city
before a same-named province."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from khaldun.places.model import AREA_CODES, DISTRICT_CODE, REGION_CODE, Place
from khaldun.places.qualified import bare_names
from khaldun.places.transliteration import likeness, name_key, name_openings

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
# A hamlet this populous (or more) is a town in its own right, not outranked by a district seat.
SEAT_MIN_RIVAL = 500
_KIND_RANK = {"country": 0, "town": 1, "admin1": 1, "neighbourhood": 1}

T = TypeVar("T")


def _weight(place: Place) -> float:
    if place.kind == "admin1" or wide_region(place):
        return max(place.population / ADMIN1_POPULATION_DISCOUNT, ADMIN1_MIN_WEIGHT)
    return float(place.population)


def wide_region(place: Place) -> bool:
    """A named region over several provinces (Darfur, Sinai): weighed as a province is, not
    after the villages that share its name."""
    return place.feature_code == REGION_CODE and place.admin1 is None


def is_city(place: Place) -> bool:
    """A town of CITY_OVER_PROVINCE_POPULATION or more."""
    return place.kind == "town" and place.population >= CITY_OVER_PROVINCE_POPULATION


def prefer_city(ranked: list[Place]) -> list[Place]:
    """Put a big city before a same-named province ranked first ("Deir Ezzor", "Raqqa")."""
    if not ranked or ranked[0].kind != "admin1":
        return ranked
    top = ranked[0]
    for i, place in enumerate(ranked[1:], 1):
        if place.country == top.country and is_city(place):
            return [place] + ranked[:i] + ranked[i + 1:]
    return ranked


def _seat(ranked: list[Place], district: Place) -> Place | None:
    """The district's town of its own name among the ranked places, if any."""
    key = name_key(district.name)
    return next((p for p in ranked if p.kind == "town" and p.feature_code is None
                 and p.country == district.country and p.admin2 == district.admin2
                 and name_key(p.name) == key), None)


def prefer_seat(ranked: list[Place], exact: frozenset[int] = frozenset()) -> list[Place]:
    """Put a district's town of its own name (its seat) before the district ranked first:
    a name with no "district" after it is the town ("As-Salamiyeh" is shelled at the town,
    not at the middle of its district). So before a hamlet of another district ranked first,
    when both are of unknown size and the district is spelled as written (`exact`: ids of
    the places so spelled): a district is named after its seat, the place reported on
    (context may still reorder them, see disambiguate.py)."""
    if not ranked:
        return ranked
    top = ranked[0]
    if top.feature_code == DISTRICT_CODE and top.admin2:
        seat = _seat(ranked, top)
    elif top.kind == "town" and top.feature_code is None and top.population < SEAT_MIN_RIVAL:
        district = next((p for p in ranked if p.feature_code == DISTRICT_CODE and id(p) in exact
                         and p.admin2
                         and p.country == top.country and top.admin2 and p.admin2 != top.admin2
                         ), None)
        seat = district and _seat(ranked, district)
        if seat is not None and seat.population >= SEAT_MIN_RIVAL:
            seat = None  # a sized seat would outrank the places the text names around it
    else:
        seat = None
    if seat is None or seat is top:
        return ranked
    return [seat] + [p for p in ranked if p is not seat]


def own_likeness(surface: str, name: str) -> float:
    """How alike the surface looks to the place's own name, without the word for its unit
    (`bare_names`: "Nahiyat X" is X's own), or to its core before a qualifier
    (`name_openings`: "Baqim as Suq" is written "Baqim" too)."""
    return max(likeness(surface, opening) for own in (name, *bare_names(name))
               for opening in name_openings(own))


def rank_key(place: Place, country: str | None, exact: bool, alike: float = 100.0,
             own: float = 100.0) -> tuple:
    """Sort key, best first: in country, a country name, exact spelling, the closest
    spelling (in steps of LIKENESS_STEP), a town before a district, most populous; of places
    alike in all that (villages of unknown size found by the same spelling), the one whose own
    name looks most like it (`own`, in steps of LIKENESS_STEP: "Karak" is Al Karak before a
    Kurik that lists Karak among its other spellings)."""
    return (*rank_fields(place, country, exact, alike), -(own // LIKENESS_STEP))


def rank_fields(place: Place, country: str | None, exact: bool,
                alike: float = 100.0) -> tuple:
    """`rank_key` without its last field (`own`)."""
    return (
        country is not None and place.country != country,
        _KIND_RANK[place.kind],
        not exact,
        -(alike // LIKENESS_STEP),
        place.feature_code in AREA_CODES and not wide_region(place),
        -_weight(place),
    )


def rank_sorted(items: Iterable[T], fields: Callable[[T], tuple],
                own: Callable[[T], float]) -> list[T]:
    """The items in `rank_key`'s order, stable (`fields` gives an item's `rank_fields`, `own`
    its `own_likeness`): the own likeness, the dearest field and the last, is computed only
    for items whose other fields tie with another item's."""
    decorated = sorted(((fields(item), n, item) for n, item in enumerate(items)),
                       key=lambda t: (t[0], t[1]))
    ranked: list[T] = []
    at = 0
    while at < len(decorated):
        end = at + 1
        while end < len(decorated) and decorated[end][0] == decorated[at][0]:
            end += 1
        run = [t[2] for t in decorated[at:end]]
        if len(run) > 1:
            run.sort(key=lambda item: -(own(item) // LIKENESS_STEP))
        ranked.extend(run)
        at = end
    return ranked
