"""A village named before a checkpoint, a crossing or a junction in lower case ("the X
checkpoint") is where the site stands: the village is the place; a capitalised site noun
("the X Road") still makes the name the site's, and a road leads away from its town (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.mentions import find_places
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "PS", "region", "West Bank", 31.95, 35.25, -1, "West Bank", "", 0, ""),
    (2, "PS", "locality", "Zawarta", 32.10, 35.20, 1, "West Bank", "", 0, ""),
    (3, "PS", "locality", "Bayt Qumar", 32.00, 35.30, 1, "West Bank", "", 0, ""),
    (4, "PS", "locality", "Tammun", 32.28, 35.38, 1, "West Bank", "", 14000, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("point_sites"), RECORDS)


def _names(text: str, gaz: Gazetteer) -> list[str]:
    return [m.place.name for m in find_places(text, "PS", gazetteer=gaz) if m.place is not None]


@pytest.mark.parametrize("text", [
    "Settlers stoned two cars at the Zawarta checkpoint on Friday.",
    "Soldiers shot a youth near Zawarta junction on Friday.",
    "Troops closed the Zawarta crossing and turned back workers.",
])
def test_a_village_before_a_point_site_is_the_place(sgaz, text):
    assert _names(text, sgaz) == ["Zawarta"]


@pytest.mark.parametrize("text", [
    "Settlers stoned two cars on the Zawarta Road on Friday.",
    "Settlers stoned two cars on the Zawarta highway on Friday.",
])
def test_a_village_before_a_road_is_no_place(sgaz, text):
    assert "Zawarta" not in _names(text, sgaz)


def test_a_site_said_to_stand_near_a_village_is_at_that_village(sgaz):
    text = "Gunmen attacked the Zawarta checkpoint near Bayt Qumar village on Friday."
    assert _names(text, sgaz) == ["Bayt Qumar"]


@pytest.mark.parametrize("text", [
    "A bomb went off at the Zawarta checkpoint on the western edge of Bayt Qumar on Friday.",
    "Troops closed the Zawarta crossing at the entrance to Bayt Qumar on Friday.",
    "A bomb went off at the Zawarta junction on the outskirts of Bayt Qumar.",
])
def test_a_site_said_to_stand_at_the_edge_of_a_town_is_at_that_town(sgaz, text):
    assert _names(text, sgaz) == ["Bayt Qumar"]


def test_a_point_site_followed_by_its_day_still_stands_at_its_village(sgaz):
    text = "Soldiers shot a youth at the Zawarta checkpoint on the morning of Friday."
    assert _names(text, sgaz) == ["Zawarta"]


@pytest.mark.parametrize("text", [
    "Police sealed the roads to the Ex-Police Tammun checkpoint after the blast.",
    "A bomb went off at the Kassab Tammun junction on Friday.",
])
def test_a_town_at_the_end_of_a_sites_longer_name_is_no_place(sgaz, text):
    assert "Tammun" not in _names(text, sgaz)


def test_a_town_before_a_point_site_is_the_place(sgaz):
    assert _names("A bomb went off at the Tammun junction on Friday.", sgaz) == ["Tammun"]
