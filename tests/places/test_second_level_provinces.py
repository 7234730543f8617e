"""A province that is the gazetteer's second level (a county: Burkina Faso's provinces) is that
county, not a hamlet of its name (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.model import DISTRICT_CODE
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "BF", "region", "Dunes", 14.0, -1.0, -1, "Dunes", "", 0, ""),
    (2, "BF", "county", "Zoumba", 14.2, -1.3, 1, "Dunes", "Zoumba", 300000, "Zoumba Province"),
    (3, "BF", "locality", "Bourba", 14.1, -1.5, 2, "Dunes", "Zoumba", 40000, ""),
    # a hamlet spelled as the province, with no region
    (4, "BF", "locality", "Zoumba", 14.8, -1.1, -1, "", "", 0, ""),
]


@pytest.fixture(scope="module")
def bgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("second_level"), RECORDS)


def test_a_province_named_so_is_the_county_not_the_hamlet(bgaz: Gazetteer):
    text = "Gunmen stormed a village in Zoumba province on Tuesday, killing nine people."
    mention = place_named(text, "Zoumba", "BF", bgaz)
    assert mention.place is not None and mention.place.feature_code == DISTRICT_CODE
    assert mention.place.admin1 == "Dunes" and mention.precision == 2


def test_a_settlement_so_called_stays_the_settlement(bgaz: Gazetteer):
    text = "Gunmen stormed the village of Zoumba on Tuesday, killing nine people."
    mention = place_named(text, "Zoumba", "BF", bgaz)
    assert mention.place is not None and mention.place.feature_code != DISTRICT_CODE
