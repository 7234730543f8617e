""""in Zawijah": a hamlet of another province spelled exactly as written, and a district whose
seat is spelled so but for its article (Al Zawijah of Zawiga district, which lists "Zawija"
among its names). The seat is as exact as the hamlet, and a district's seat is reported far
more often than a hamlet: the seat is meant (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Kirwan", 35.5, 44.0, -1, "Kirwan", "", 0, ""),
    (2, "IQ", "region", "Dalia", 34.0, 44.5, -1, "Dalia", "", 0, ""),
    (3, "IQ", "county", "Zawiga", 35.25, 43.7, 1, "Kirwan", "Zawiga", 0, "Zawiga|Zawija"),
    (4, "IQ", "county", "Khalas", 34.1, 44.5, 2, "Dalia", "Khalas", 0, ""),
    # The district's seat, written with the article.
    (10, "IQ", "locality", "Al Zawijah", 35.33, 43.77, 3, "Kirwan", "Zawiga", 0, ""),
    # A hamlet of another province, spelled exactly as the news writes the seat.
    (11, "IQ", "locality", "Zawijah", 34.02, 44.38, 4, "Dalia", "Khalas", 0, ""),
    # A hamlet of that province spelled like a district whose seat has another name.
    (12, "IQ", "county", "Bastira", 35.6, 44.2, 1, "Kirwan", "Bastira", 0, ""),
    (13, "IQ", "locality", "Qaryat Umm Salih", 35.61, 44.21, 12, "Kirwan", "Bastira", 0, ""),
    (14, "IQ", "locality", "Bastara", 34.05, 44.6, 4, "Dalia", "Khalas", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("district_seat_spelled"), RECORDS)


def _place(gaz: Gazetteer, text: str, surface: str):
    found = [m for m in find_places(text, "IQ", gazetteer=gaz) if m.surface == surface]
    assert found, f"{surface!r} not found"
    return found[0].place


def test_a_seat_spelled_as_written_comes_before_a_hamlet_so_spelled(gaz):
    place = _place(gaz, "Gunmen killed a police officer in Zawijah on Monday.", "Zawijah")
    assert place is not None and place.name == "Al Zawijah"


def test_a_hamlet_spelled_as_written_stays_when_the_seat_is_not(gaz):
    place = _place(gaz, "Gunmen killed a police officer in Bastara on Monday.", "Bastara")
    assert place is not None and place.admin2 == "Khalas"
