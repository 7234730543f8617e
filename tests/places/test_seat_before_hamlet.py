"""A name shared by a district's seat and a hamlet of another district is the seat, when both
are of unknown size and the district is spelled as written (invented places)."""

from khaldun.places import Place
from khaldun.places.ranking import prefer_seat


def _place(name: str, admin2: str, code: str | None = None, population: int = 0) -> Place:
    return Place(None, name, "town", code, "IQ", "North" if admin2 == "Qalwaj" else "East",
                 35.0, 44.0, population, None, admin2)


HAMLET = _place("Qalwajah", "Dariyan")
DISTRICT = _place("Qalwaj", "Qalwaj", code="ADM2")
SEAT = _place("Al Qalwaj", "Qalwaj")


def test_the_seat_of_the_district_so_named_comes_before_a_hamlet_elsewhere():
    ranked = [HAMLET, DISTRICT, SEAT]
    assert prefer_seat(ranked, frozenset({id(HAMLET), id(DISTRICT)}))[0] is SEAT


def test_a_district_spelled_otherwise_or_a_sized_seat_leaves_the_order():
    ranked = [HAMLET, DISTRICT, SEAT]
    assert prefer_seat(ranked, frozenset({id(HAMLET)}))[0] is HAMLET
    big = _place("Al Qalwaj", "Qalwaj", population=40_000)
    assert prefer_seat([HAMLET, DISTRICT, big], frozenset({id(DISTRICT)}))[0] is HAMLET
