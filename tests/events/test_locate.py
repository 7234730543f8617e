"""Locating events: the article's town context."""

from datetime import date

from khaldun import extract
from khaldun.events.locate import gazetteer_town
from khaldun.records import Location


def test_the_town_context_is_the_gazetteer_town_at_the_events_point():
    # "Rami" as written; a name search alone ranks a namesake in another province first
    written = Location(name="Rami", town="Rami", country="SY", lat=35.76306, lon=36.56028)
    assert gazetteer_town(written) == "Ar Rami"
    unplaced = Location(name="Rami", town="Rami", country="SY")
    assert gazetteer_town(unplaced) == "Rami"


def test_a_town_the_text_calls_a_city_is_no_province_named_before_it():
    text = ("Shelling hit a village in the Sumy region on Saturday, the governor said.\n\n"
            "Separately, drones struck the city of Sumy overnight, injuring two people, the "
            "mayor said.")
    towns = [e.location.town for e in extract(text, published=date(2023, 5, 21))]
    assert "Sumy" in towns


def test_a_place_put_at_the_town_holding_it_is_in_that_towns_country():
    from khaldun.events.locate import event_location
    from khaldun.places import Place, PlaceMention

    town = Place(None, "Holder", "town", None, "NG", "North", 12.0, 8.5, 90_000)
    namesake = Place(None, "Alpha", "town", None, "NG", "South", 7.0, 5.0, 0)
    # the name alone recalled a place abroad; the look-alike found lies far from the town
    inner = PlaceMention(10, 15, "Alpha", namesake, "town", country="IQ")
    outer = PlaceMention(30, 36, "Holder", town, "town")
    location = event_location([inner], None, {10: [outer]})
    assert (location.country, location.lat, location.lon) == ("NG", 12.0, 8.5)


def test_a_name_the_gazetteer_lacks_placed_at_its_container_is_in_the_containers_country():
    from khaldun.events.locate import event_location
    from khaldun.places import Place, PlaceMention

    county = Place(None, "Holder", "town", None, "KE", "North", 3.9, 41.8, 110_000)
    inner = PlaceMention(10, 15, "Alpha", None, "town", country="SS")
    outer = PlaceMention(30, 36, "Holder", county, "town")
    location = event_location([inner], None, {10: [outer]})
    assert (location.country, location.lat, location.geo_precision) == ("KE", 3.9, 2)
