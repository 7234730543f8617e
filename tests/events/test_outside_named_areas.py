""""X in Y of P", "X in Y in D of P": a gazetteer X in another province than P, or another
district than D, is a namesake; the X meant is a spot of Y the gazetteer lacks, placed by Y
(places built here, no gazetteer)."""

from khaldun.events.locate import event_location
from khaldun.places.model import Place, PlaceMention

QARMAD = Place(None, "Qarmad", "admin1", country="YE", admin1="Qarmad", lat=14.0, lon=44.0)
KIRSAN = Place(None, "Kirsan", "town", country="YE", admin1="Qarmad", admin2="Bani Hilal",
               lat=14.2, lon=44.2)
# a village of another province spelled as the one the text means
HUMAYDAH = Place(None, "Humaydah", "town", country="YE", admin1="Wadran", lat=16.1, lon=43.1)


def _chain(province: PlaceMention) -> dict[int, list[PlaceMention]]:
    return {10: [PlaceMention(22, 28, "Kirsan", KIRSAN, "town"), province]}


def test_a_namesake_in_another_province_is_placed_by_the_place_holding_it():
    # "Gunmen attacked Humaydah in Kirsan of Qarmad on Monday."
    primary = PlaceMention(10, 18, "Humaydah", HUMAYDAH, "town")
    province = PlaceMention(32, 38, "Qarmad", QARMAD, "admin1", precision=3)
    location = event_location([primary], None, _chain(province), "YE")
    assert (location.lat, location.lon, location.admin1) == (14.2, 44.2, "Qarmad")


def test_a_namesake_in_another_province_is_placed_in_the_province():
    # "Gunmen attacked Humaydah in Zirqan of Qarmad": Zirqan no gazetteer knows
    primary = PlaceMention(10, 18, "Humaydah", HUMAYDAH, "town")
    chain = {10: [PlaceMention(22, 28, "Zirqan", None, "town"),
                  PlaceMention(32, 38, "Qarmad", QARMAD, "admin1", precision=3)]}
    location = event_location([primary], None, chain, "YE")
    assert (location.lat, location.lon, location.admin1) == (14.0, 44.0, "Qarmad")


def test_a_village_of_the_province_named_stays():
    inside = Place(None, "Humaydah", "town", country="YE", admin1="Qarmad", lat=14.3, lon=44.3)
    primary = PlaceMention(10, 18, "Humaydah", inside, "town")
    province = PlaceMention(32, 38, "Qarmad", QARMAD, "admin1", precision=3)
    location = event_location([primary], None, _chain(province), "YE")
    assert (location.lat, location.lon) == (14.3, 44.3)


def test_a_namesake_in_another_district_is_placed_by_the_district_named():
    # "Gunmen attacked Humaydah in Zirqan in Bani Hilal of Qarmad": a Humaydah of Qarmad's
    # other district is another village
    elsewhere = Place(None, "Humaydah", "town", country="YE", admin1="Qarmad",
                      admin2="Jabal Nur", lat=14.27, lon=44.27)
    seat = Place(None, "Bani Hilal", "town", country="YE", admin1="Qarmad",
                 admin2="Bani Hilal", lat=14.25, lon=44.25, population=9000)
    primary = PlaceMention(10, 18, "Humaydah", elsewhere, "town")
    chain = {10: [PlaceMention(22, 28, "Zirqan", None, "town"),
                  PlaceMention(32, 42, "Bani Hilal", seat, "town"),
                  PlaceMention(46, 52, "Qarmad", QARMAD, "admin1", precision=3)]}
    location = event_location([primary], None, chain, "YE")
    assert (location.lat, location.lon, location.admin2) == (14.25, 44.25, "Bani Hilal")


def test_a_province_alone_is_no_chain():
    # "Humaydah village in southern Qarmad": a village across the province's border fits
    primary = PlaceMention(10, 18, "Humaydah", HUMAYDAH, "town")
    province = PlaceMention(32, 38, "Qarmad", QARMAD, "admin1", precision=3)
    location = event_location([primary], None, {10: [province]}, "YE")
    assert (location.lat, location.lon) == (16.1, 43.1)


def test_a_city_named_like_its_province_names_no_district():
    # "Gunmen attacked Humaydah in Zirqan of Qarmad": the city Qarmad, seat of Qarmad
    # district, stands for the province; a Humaydah of another of its districts fits
    city = Place(None, "Qarmad", "town", country="YE", admin1="Qarmad", admin2="Qarmad",
                 lat=14.0, lon=44.0, population=300000)
    inside = Place(None, "Humaydah", "town", country="YE", admin1="Qarmad",
                   admin2="Bani Hilal", lat=14.3, lon=44.3)
    primary = PlaceMention(10, 18, "Humaydah", inside, "town")
    chain = {10: [PlaceMention(22, 28, "Zirqan", None, "town"),
                  PlaceMention(32, 38, "Qarmad", city, "town")]}
    location = event_location([primary], None, chain, "YE")
    assert (location.lat, location.lon) == (14.3, 44.3)
