"""A district named for two places ("X wa Y") is cited by its second place too: "Y district"
or "the area of Y" is the village Y in it, not the district's seat X (a small gazetteer
written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.transliteration import last_of_joined
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Saada", 17.0, 43.8, -1, "Saada", "", 0, ""),
    (2, "YE", "county", "Rimal wa Al Suqee", 17.1, 44.3, 1, "Saada", "Rimal wa Al Suqee",
     30000, ""),
    (3, "YE", "locality", "Rimal", 17.0, 44.1, 2, "Saada", "Rimal wa Al Suqee", 900, ""),
    (4, "YE", "locality", "Al Suq‘", 17.3, 44.6, 2, "Saada", "Rimal wa Al Suqee", 0, ""),
]


@pytest.fixture(scope="module")
def jgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("joined"), RECORDS)


def test_the_second_place_of_a_joined_name():
    assert last_of_joined("Rimal wa Al Suqee") == "al suqee"
    assert last_of_joined("Rimal") is None


@pytest.mark.parametrize("text", [
    "Jets struck Suqea district on Monday.",
    "Jets struck the area of Suqea on Monday.",
])
def test_the_second_place_names_its_village_not_the_seat(jgaz, text):
    assert place_named(text, "Suqea", "YE", jgaz).place.lat == 17.3
