""""X village in (northern) Y": a place the text calls a village or town is no quarter of the
city Y, so the gazetteer's X 15-40 km from Y's centre is the place meant (events.locate,
events.placing, places.mentions)."""

import pytest

from khaldun.events.locate import event_location
from khaldun.events.placing import quarters_of_the_next
from khaldun.places import Place, PlaceMention
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

CITY = Place(None, "Holder", "town", None, "IQ", "North", 36.30, 43.10, 900_000)
# 17 km from the city's centre: too far for a quarter, near enough for a village of its area
VILLAGE = Place(None, "Alpha", "town", None, "IQ", "North", 36.42, 43.00, 0)


def _mentions(settlement: bool) -> tuple[PlaceMention, PlaceMention]:
    inner = PlaceMention(10, 15, "Alpha", VILLAGE, "town", settlement=settlement)
    outer = PlaceMention(36, 42, "Holder", CITY, "town")
    return inner, outer


def test_a_village_near_a_city_is_placed_at_itself():
    inner, outer = _mentions(settlement=True)
    location = event_location([inner], None, {10: [outer]})
    assert (location.lat, location.lon) == (36.42, 43.00)


def test_a_name_not_called_a_village_there_is_a_quarter_of_the_city():
    inner, outer = _mentions(settlement=False)
    location = event_location([inner], None, {10: [outer]})
    assert (location.lat, location.lon, location.neighbourhood) == (36.30, 43.10, "Alpha")


def test_a_village_before_the_city_holding_it_stays_itself():
    text = "Jets struck Alpha village in Holder on Monday."
    inner = PlaceMention(12, 17, "Alpha", VILLAGE, "town", settlement=True)
    outer = PlaceMention(29, 35, "Holder", CITY, "town")
    assert quarters_of_the_next(text, [inner, outer]) == [inner, outer]


# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Wadan", 36.0, 43.0, -1, "Wadan", "", 0, ""),
    (10, "IQ", "locality", "Karmel", 36.3, 43.1, 1, "Wadan", "", 900000, ""),
    (11, "IQ", "locality", "Tabrit", 36.42, 43.0, 1, "Wadan", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("villages_of_a_city"), RECORDS)


@pytest.mark.parametrize(("text", "called"), [
    ("Jets struck Tabrit village in northern Karmel.", True),
    ("Jets struck the village of Tabrit in Karmel.", True),
    ("Jets struck Tabrit in northern Karmel.", False),
])
def test_a_known_place_the_text_calls_a_village_is_a_settlement(gaz, text, called):
    assert place_named(text, "Tabrit", "IQ", gaz).settlement is called
