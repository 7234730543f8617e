"""A town written just after another, "in" between, holds it (events.placing)."""

from datetime import date

from khaldun import extract
from khaldun.events.placing import quarters_of_the_next
from khaldun.places import Place, PlaceMention


def _town(text: str, name: str, lat: float, lon: float, population: int) -> PlaceMention:
    start = text.index(name)
    place = Place(geonameid=None, name=name, kind="town", country="NG", admin1="Benue",
                  lat=lat, lon=lon, population=population)
    return PlaceMention(start=start, end=start + len(name), surface=name, place=place,
                        role="town")


def test_a_namesake_far_from_the_city_holding_it_is_a_quarter_of_that_city():
    text = "Gunmen raided the Obuko community in Tarkaville on Monday."
    far = _town(text, "Obuko", 7.05, 9.06, 0)
    city = _town(text, "Tarkaville", 7.73, 8.52, 300_000)
    inner, holder = quarters_of_the_next(text, [far, city])
    assert (inner.role, inner.place, inner.town) == ("neighbourhood", None, city.place)
    assert holder is city


def test_a_place_near_the_city_holding_it_stays_itself():
    text = "Gunmen raided the Obuko community in Tarkaville on Monday."
    near = _town(text, "Obuko", 7.70, 8.55, 0)
    city = _town(text, "Tarkaville", 7.73, 8.52, 300_000)
    assert quarters_of_the_next(text, [near, city]) == [near, city]


def test_a_site_in_a_city_is_one_event_at_the_site():
    text = ("Soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday, "
            "killing ten, witnesses said.")
    events = extract(text, published=date(2020, 10, 21))
    assert [e.location.name for e in events] == ["Lekki"]


def test_an_unknown_district_of_a_province_is_no_quarter_of_the_dateline_city():
    text = (
        "KABUL (Reuters) - Insurgents attacked checkpoints in the Zorbak-e-Payin district of "
        "northern Baghlan province on Tuesday, killing nine police, an official said."
    )
    (event,) = extract(text, published=date(2019, 5, 15))
    assert event.location.admin1 == "Baghlan"
    assert event.location.neighbourhood is None


def test_a_province_named_as_such_far_from_the_dateline_city_is_kept():
    text = (
        "KHARTOUM (Reuters) - Paramilitary fighters killed 30 people in an attack on a "
        "village in Sudan's El Gezira state on Tuesday, activists said."
    )
    (event,) = extract(text, published=date(2024, 6, 6))
    assert (event.location.admin1, event.location.geo_precision) == ("Al Jazirah", 3)


def test_a_town_listed_with_and_in_before_a_city_is_no_quarter_of_it():
    text = "Jets struck targets in the town of Obuko and in Tarkaville on Monday."
    far = _town(text, "Obuko", 7.05, 9.06, 0)
    city = _town(text, "Tarkaville", 7.73, 8.52, 300_000)
    assert quarters_of_the_next(text, [far, city]) == [far, city]
