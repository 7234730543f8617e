"""A spot no gazetteer knows, in a sentence that opens on a quarter of a big city, lies in that
city: the event gets the city's coordinates."""

from datetime import date

from khaldun import extract


def test_an_unknown_area_after_an_opening_quarter_of_a_city_is_in_that_city():
    text = ("In Zuhrawiya district of Taiz, snipers shot dead two fighters in Qarsuf area "
            "on Monday, a local official said.")
    [event] = extract(text, published=date(2018, 2, 8))
    assert event.location.town == "Taiz" and event.location.lat is not None
