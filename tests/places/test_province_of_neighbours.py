"""A village the gazetteer puts in no province lies in that of its nearest neighbours: of two
namesakes in the province the text names, one so placed is weighed by the side of it the text
says like the other (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Aleppo", 36.20, 37.16, -1, "Aleppo", "", 0, ""),
    (2, "SY", "locality", "Aleppo", 36.20, 37.16, 1, "Aleppo", "Jebel Saman", 2000000, ""),
    (3, "SY", "locality", "Tall Qirsh", 36.45, 37.20, 1, "Aleppo", "Azaz", 0, ""),
    # a namesake the gazetteer puts in no province, next to a village of Aleppo
    (4, "SY", "locality", "Bir Hamdun", 36.46, 37.21, -1, "", "", 0, ""),
    # and one of Aleppo on the other side of the city
    (5, "SY", "locality", "Bir Hamdun", 35.95, 37.15, 1, "Aleppo", "Jebel Saman", 0, ""),
]


@pytest.fixture(scope="module")
def pgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("province_of"), RECORDS)


def test_a_village_in_no_province_is_in_its_neighbours(pgaz):
    unplaced = next(p for p in pgaz.exact("Bir Hamdun") if p.admin1 is None)
    assert pgaz.province_of(unplaced) == "Aleppo"


def test_a_namesake_placed_by_its_neighbours_is_chosen_by_the_side_said(pgaz):
    mention = place_named("Shells fell on Bir Hamdun village in northern Aleppo.",
                          "Bir Hamdun", "SY", pgaz)
    assert mention.place is not None and mention.place.lat == pytest.approx(36.46)
