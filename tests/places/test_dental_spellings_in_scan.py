"""A village the text writes with "th" where the gazetteer writes "dh" (dhal and tha are written
either way) is that village when no place is spelled as written; a place spelled as written
keeps the name (invented names; a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.transliteration import dental_spellings
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (10, "SY", "locality", "Wadan", 35.9, 36.6, 1, "Wadan", "", 150000, ""),
    (11, "SY", "locality", "Dhubaylah", 35.7, 36.7, 1, "Wadan", "", 0, ""),
    (12, "SY", "locality", "Thamurin", 35.6, 36.5, 1, "Wadan", "", 0, ""),
    (13, "SY", "locality", "Dhamurin", 35.8, 36.9, 1, "Wadan", "", 0, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("dental_spellings"), RECORDS)


def test_dental_spellings_swap_th_and_dh():
    assert "dhubaylah" in dental_spellings("Thubaylah")
    assert "thubaylah" not in dental_spellings("Thubaylah")


def test_a_village_written_with_th_for_dh_is_the_village(sgaz):
    mention = place_named("Regime forces shelled the town of Thubaylah with no casualties.",
                          "Thubaylah", "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Dhubaylah"


def test_a_village_spelled_as_written_keeps_the_name(sgaz):
    mention = place_named("Regime forces shelled the town of Thamurin with no casualties.",
                          "Thamurin", "SY", sgaz)
    assert mention.place is not None and mention.place.lon == pytest.approx(36.5)
