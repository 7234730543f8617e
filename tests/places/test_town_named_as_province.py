"""A town named like its province ("in Taiz") holds the province's villages however far from
the town itself: of same-named villages in that province, nearness to the town tells nothing
(a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Qalam", 13.5, 43.9, -1, "Qalam", "", 0, ""),
    (2, "YE", "locality", "Qalam", 13.58, 44.02, 1, "Qalam", "Markaz", 600000, ""),
    # Two villages of one name in the province: one 90 km from its town, ranked first by
    # size, one 10 km from it.
    (10, "YE", "locality", "Bayt Ruman", 13.45, 43.20, 1, "Qalam", "Sahil", 300, ""),
    (11, "YE", "locality", "Bayt Ruman", 13.62, 44.10, 1, "Qalam", "Markaz", 0, ""),
]


@pytest.fixture(scope="module")
def pgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("province_towns"), RECORDS)


def test_the_province_town_does_not_pull_its_villages_near(pgaz):
    found = place_named("Fighters clashed in Bayt Ruman in Qalam.", "Bayt Ruman", "YE", pgaz)
    assert found.place is not None and found.place.lon == 43.20
