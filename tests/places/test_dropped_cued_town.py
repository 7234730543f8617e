"""A town the text names with a cue ("the town of X") whose spelling the name scan takes for a
village far from where the text is, and then drops, is still a town the text names, with no
place found for it (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (2, "SY", "region", "Qarsun", 33.0, 36.2, -1, "Qarsun", "", 0, ""),
    (10, "SY", "locality", "Wadan", 35.9, 36.6, 1, "Wadan", "", 150000, ""),
    (20, "SY", "locality", "Qarsun", 33.0, 36.2, 2, "Qarsun", "", 90000, ""),
    # a village spelled like the town the text names, far off in another province
    (21, "SY", "locality", "Zuwaytinah", 32.9, 36.3, 2, "Qarsun", "", 0, ""),
]


@pytest.fixture(scope="module")
def dgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("dropped_town"), RECORDS)


@pytest.mark.parametrize("surface", ["Zuwaytinah", "Zuwaytina"])
def test_a_cued_town_dropped_by_the_scan_keeps_its_name(dgaz, surface):
    text = f"Rebels shelled the town of {surface} in the Wadan countryside."
    found = [m for m in find_places(text, "SY", gazetteer=dgaz) if m.surface == surface]
    assert found and found[0].place is None
