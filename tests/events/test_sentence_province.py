"""A place no gazetteer knows, in a sentence that names its province ("in Qarmad province ...
in the X area"), lies in that province, not by the article's town elsewhere (places built
here, no gazetteer)."""

from khaldun.events.locate import event_location, sentence_province
from khaldun.places.model import Place, PlaceMention

QARMAD = Place(None, "Qarmad", "admin1", country="YE", admin1="Qarmad", lat=14.0, lon=44.0)
WADRAN = Place(None, "Wadran", "admin1", country="YE", admin1="Wadran", lat=16.0, lon=43.0)


def _province(place: Place, start: int) -> PlaceMention:
    return PlaceMention(start, start + len(place.name), place.name, place, "admin1", precision=3)


def test_an_unknown_place_takes_the_province_its_sentence_names():
    # "In Qarmad province, gunmen killed two soldiers in the Zubaqan area."
    unknown = PlaceMention(50, 57, "Zubaqan", None, "town", precision=2)
    said = sentence_province([_province(QARMAD, 3), unknown], "YE")
    location = event_location([unknown], None, {}, "YE", None, said)
    assert (location.lat, location.lon, location.admin1) == (14.0, 44.0, "Qarmad")
    assert location.geo_precision == 3


def test_two_provinces_say_not_which():
    unknown = PlaceMention(50, 57, "Zubaqan", None, "town", precision=2)
    assert sentence_province([_province(QARMAD, 3), _province(WADRAN, 20), unknown], "YE") is None
