""""X village, west of T": a village the text puts on a side of a town lies near it; a
namesake found only far off on that side (more than SIDE_VILLAGE_KM away) is not the village
meant (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Kirkuk", 35.4, 44.3, -1, "Kirkuk", "", 0, ""),
    (2, "IQ", "region", "Nineveh", 36.3, 43.1, -1, "Nineveh", "", 0, ""),
    (3, "IQ", "locality", "Tall Harmal", 35.45, 44.4, 1, "Kirkuk", "", 60000, ""),
    # A look-alike village 130 km west-northwest of the town.
    (4, "IQ", "locality", "Zubaidan", 36.0, 43.1, 2, "Nineveh", "", 0, ""),
    # A village of the same look 30 km west of another town.
    (5, "IQ", "locality", "Sayf Rawa", 35.5, 44.0, 1, "Kirkuk", "", 20000, ""),
    (6, "IQ", "locality", "Qaryat Maktuba", 35.45, 43.7, 1, "Kirkuk", "", 0, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("side"), RECORDS)


def _placed(text: str, gaz: Gazetteer) -> dict[str, str | None]:
    return {m.surface: m.place.name if m.place else None
            for m in find_places(text, "IQ", gazetteer=gaz)}


def test_a_far_namesake_on_the_said_side_is_not_the_village(sgaz):
    found = _placed("Police killed a gunman in Zubaydan village, west of Tall Harmal.", sgaz)
    assert found.get("Zubaydan") is None
    assert found["Tall Harmal"] == "Tall Harmal"


def test_a_village_near_the_town_on_its_side_is_kept(sgaz):
    found = _placed("Police killed a gunman in Maktuba village, west of Sayf Rawa.", sgaz)
    assert found["Maktuba"] == "Qaryat Maktuba"
