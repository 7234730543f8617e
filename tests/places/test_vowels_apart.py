"""A village the text spells with other vowels than the gazetteer (Kharbam / Khurbam) is one
spelling of that village, though it looks less alike than a look-alike village's spelling must:
in the province of the town the text names it comes before a look-alike in none (Kharbamah); a
place spelled as written keeps the name (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.93, 36.63, -1, "Idlib", "", 0, ""),
    (2, "SY", "locality", "Idlib", 35.93, 36.63, 1, "Idlib", "Idleb", 165000, ""),
    (3, "SY", "locality", "Khurbam", 35.70, 36.70, 1, "Idlib", "Idleb", 0, ""),
    (4, "SY", "region", "Hama", 35.13, 36.75, -1, "Hama", "", 0, ""),
    # a look-alike near the province's point that the gazetteer puts in no province
    (5, "SY", "locality", "Kharbamah", 35.85, 36.45, -1, "", "", 0, ""),
    (6, "SY", "locality", "Zulbakh", 35.30, 36.90, 4, "Hama", "Hama", 0, ""),
    (7, "SY", "locality", "Zalbakh", 35.50, 37.10, 4, "Hama", "Hama", 0, ""),
]


@pytest.fixture(scope="module")
def vgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("vowels_apart"), RECORDS)


def test_a_village_spelled_with_other_vowels_in_the_province_named_is_that_village(vgaz):
    mention = place_named("Warplanes struck Kharbam town south of Idlib city, killing two.",
                          "Kharbam", "SY", vgaz)
    assert mention.place is not None and mention.place.name == "Khurbam"


def test_a_village_spelled_as_written_keeps_the_name(vgaz):
    mention = place_named("Warplanes struck Zalbakh village in Hama, no casualties reported.",
                          "Zalbakh", "SY", vgaz)
    assert mention.place is not None and mention.place.lon == pytest.approx(37.10)
