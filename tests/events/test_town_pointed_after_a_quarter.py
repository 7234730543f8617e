"""A sentence that names no place but points at "the city" after an act told in one of its
quarters is at the city, not at that quarter; "south of the city", "outside the town" put it
near the city (codebook §4: precision 2)."""

from datetime import date

from khaldun import extract

TEXT = ("Shells hit the Bab Touma quarter of Damascus on Monday and three people died, "
        "activists said. Fighting between rebels and the army also raged {where} on Monday, "
        "residents said.")


def _second_place(where: str):
    events = extract(TEXT.format(where=where), published=date(2018, 3, 6))
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    return clash.location


def test_south_of_the_city_is_near_the_city():
    location = _second_place("south of the city")
    assert (location.name, location.neighbourhood, location.geo_precision) == (
        "Damascus", None, 2)


def test_in_the_city_is_the_city_not_the_quarter():
    location = _second_place("in the city")
    assert (location.name, location.neighbourhood) == ("Damascus", None)
