"""A town of known size that the text puts in a province it names elsewhere is not meant: of
its namesakes, the one in that province is ("the village of X in the P region"), even when the
text spells the name exactly as the larger town's (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "UA", "region", "Velmarsk", 48.0, 37.5, -1, "Velmarsk", "", 0, ""),
    (2, "UA", "region", "Ostrolyn", 46.0, 30.0, -1, "Ostrolyn", "", 0, ""),
    (3, "UA", "county", "Dovhyi", 48.1, 37.6, 1, "Velmarsk", "Dovhyi", 40000, ""),
    (4, "UA", "county", "Sarnyi", 46.1, 30.1, 2, "Ostrolyn", "Sarnyi", 40000, ""),
    # the best-known Zelenivka lies in Ostrolyn; a smaller one in Velmarsk
    (10, "UA", "locality", "Zelenivka", 46.05, 30.05, 4, "Ostrolyn", "Sarnyi", 3000, ""),
    (11, "UA", "locality", "Zelenivka", 48.05, 37.55, 3, "Velmarsk", "Dovhyi", 1200, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("namesake_province"), RECORDS)


def test_the_namesake_of_the_province_named(gaz):
    text = "Troops took the village of Zelenivka in the Velmarsk region on Sunday."
    place = place_named(text, "Zelenivka", "UA", gaz).place
    assert place is not None and place.admin1 == "Velmarsk"


def test_without_a_province_the_best_known_town(gaz):
    text = "Troops took the village of Zelenivka on Sunday."
    place = place_named(text, "Zelenivka", "UA", gaz).place
    assert place is not None and place.admin1 == "Ostrolyn"
