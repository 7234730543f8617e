"""A city abroad spelled as the text writes it is meant before a place at home that only looks
like it (invented places)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.scan import accept
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Sahiliyah", 35.0, 36.5, -1, "Sahiliyah", "", 0, ""),
    (2, "IQ", "region", "Nahriyah", 36.0, 44.0, -1, "Nahriyah", "", 0, ""),
    # A Syrian town spelled unlike the Iraqi city, with the same transliteration key.
    (10, "SY", "locality", "Kasbeelah", 35.1, 36.4, 1, "Sahiliyah", "", 4000, ""),
    (11, "IQ", "locality", "Kasbil", 36.2, 44.0, 2, "Nahriyah", "", 600000, ""),
    # A Syrian town spelled exactly like another Iraqi city.
    (12, "SY", "locality", "Darwan", 35.2, 36.3, 1, "Sahiliyah", "", 4000, ""),
    (13, "IQ", "locality", "Darwan", 36.4, 43.8, 2, "Nahriyah", "", 600000, ""),
]


@pytest.fixture(scope="module")
def cgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("lookalike"), RECORDS)


def test_a_city_spelled_as_written_abroad_beats_a_lookalike_at_home(cgaz):
    found = accept(cgaz, "Kasbil", "SY", False)
    assert [p.name for p in found][:2] == ["Kasbil", "Kasbeelah"]


def test_a_place_at_home_spelled_as_written_stays_first(cgaz):
    found = accept(cgaz, "Darwan", "SY", False)
    assert found[0].country == "SY"


def test_a_country_spelled_as_written_beats_a_lookalike_village_at_home():
    from khaldun.places.gazetteer import get_gazetteer

    first = accept(get_gazetteer(), "Russia", "UA", False)[0]
    assert (first.kind, first.country) == ("country", "RU")
