"""Words after a name that say its surroundings ("Homs's outskirts") make the place approximate
(codebook §4: precision 2), and "the X region" after a town is its surroundings, not its
province: two lists of name_context.yaml, each read under its own key."""

from datetime import date

from khaldun import extract


def _place(text: str):
    (event,) = extract(text, published=date(2018, 3, 6))
    return event.location


def test_a_towns_outskirts_are_near_it():
    location = _place("Mortar shells hit Hama's outskirts on Monday, killing two farmers.")
    assert (location.name, location.geo_precision) == ("Hama", 2)


def test_a_towns_region_is_near_it():
    location = _place("Clashes broke out in the Makhmur region on Monday, killing two fighters.")
    assert (location.town, location.geo_precision) == ("Makhmur", 2)
