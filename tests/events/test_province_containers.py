"""A place the text puts in a province lies in that province's country: the container named
like a province is the province, and a namesake of the place abroad yields to it (texts
written for these tests)."""

from datetime import date

from khaldun import extract

THURSDAY = date(2016, 5, 12)


def _places(text: str) -> list:
    return [e.location for e in extract(text, published=THURSDAY)]


def test_a_place_in_a_neighbours_province_is_placed_there():
    text = "Houthi fighters shelled Saudi border posts in Wadi Tala in Najran on Monday."
    located = [loc for loc in _places(text) if loc.name == "Wadi Tala"]
    assert located and located[0].country == "SA" and located[0].admin1 == "Najran"


def test_a_town_near_which_a_village_lies_stays_a_town():
    text = "Gunmen killed a farmer in the village of Tall Jabr near Riyad on Monday."
    assert all(loc.admin1 != "Ar Riyad" for loc in _places(text))
