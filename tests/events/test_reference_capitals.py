"""A capital named in apposition after a direction ("east of the capital, Sanaa") is a point
of reference for the place before it, not an event place of its own (codebook §8.3 lists
places hit, not places that only say where)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 12)


def test_the_capital_named_after_a_comma_is_a_reference_point():
    text = (
        "Fighting between government forces and the rebels killed 20 people in the Nihm "
        "district east of the capital, Sanaa, on Sunday."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.name == "Nihm"
    assert event.fatalities.to_dict() == {"low": 20, "high": 20}


def test_a_town_near_a_city_named_so_is_one_event():
    text = "Shelling killed four civilians in Kafr Nabl, south of the city, Idlib, on Monday."
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.name == "Kafr Nabl"
