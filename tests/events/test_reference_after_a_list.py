"""A reference point after a list of places ("A village and B village near the city of Y")
locates each item of the list, not only the last one: an item the gazetteer does not know is
placed near Y (codebook §4, precision 2), not in the province at large."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2015, 3, 6)


def test_a_reference_after_a_list_locates_each_item():
    text = ("Gunmen killed villagers in attacks on Zarbuwa village and Mbuta village near the city "
            "of Maiduguri on Thursday, a resident told reporters.")
    events = {e.location.name: e for e in extract(text, published=PUBLISHED)}
    unknown = events["Zarbuwa"].location
    assert unknown.geo_precision == 2
    assert abs(unknown.lat - 11.85) < 0.1 and abs(unknown.lon - 13.16) < 0.1
