""" "X, Y": a name written before a comma and a town of another country than its own names'
names a place of that town's province, when the province holds one spelled so (a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    # A city of Egypt, and a quarter of a port of Yemen spelled alike.
    (1, "EG", "region", "Gharbiya", 30.8, 31.0, -1, "Gharbiya", "", 0, ""),
    (2, "EG", "locality", "Qasimiyah", 30.9, 31.1, 1, "Gharbiya", "", 600_000, ""),
    (3, "YE", "region", "Bandar", 12.8, 45.0, -1, "Bandar", "", 0, ""),
    (4, "YE", "locality", "Bandar", 12.78, 45.03, 3, "Bandar", "", 500_000, ""),
    (5, "YE", "locality", "Al Qasimiyah", 12.86, 44.98, 3, "Bandar", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("before_city"), RECORDS)


def test_a_quarter_written_before_its_city_votes_for_the_city_s_country(gaz):
    text = "Gunmen shot dead a preacher in Qasimiyah, Bandar on Friday."
    assert document_country(text, gaz) == "YE"


def test_alone_the_name_is_the_city_abroad(gaz):
    assert document_country("Gunmen shot dead a preacher in Qasimiyah on Friday.", gaz) == "EG"
