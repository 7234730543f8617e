"""A qualifier written before a village named with a cue ("Upper X village") is read with it
(a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (10, "SY", "locality", "Wadan", 35.9, 36.6, 1, "Wadan", "", 150000, ""),
    # A village named with its Arabic qualifier last.
    (14, "SY", "locality", "Zawr Fawqani", 35.8, 36.7, 1, "Wadan", "", 0, ""),
]


@pytest.fixture(scope="module")
def qgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("qualified"), RECORDS)


def test_a_qualifier_before_a_village_named_with_a_cue_is_read(qgaz: Gazetteer):
    text = "Rebels clashed with the army in Upper Zawr village in Wadan."
    place = place_named(text, "Upper Zawr", "SY", qgaz).place
    assert place is not None and place.name == "Zawr Fawqani"
