"""A village put on a side of another ("X, north of Y") when both names have namesakes and
neither is sure: the two lying by each other are meant (a small gazetteer written here;
invented names)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadiyah", 14.0, 44.0, -1, "Wadiyah", "", 0, ""),
    # two villages called Qarnabah far apart, and two called Zubayrah
    (10, "YE", "locality", "Qarnabah", 13.86, 44.70, 1, "Wadiyah", "Sharq", 0, ""),
    (11, "YE", "locality", "Al Qarnabah", 13.88, 43.24, 1, "Wadiyah", "Gharb", 0, ""),
    (20, "YE", "locality", "Al Zubayrah", 13.80, 43.25, 1, "Wadiyah", "Gharb", 0, ""),
    (21, "YE", "locality", "Zubayrah", 15.27, 48.33, 1, "Wadiyah", "Bahr", 0, ""),
]


@pytest.fixture(scope="module")
def pgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("paired"), RECORDS)


def _lat(text: str, surface: str, gaz: Gazetteer) -> float | None:
    found = [m for m in find_places(text, "YE", gazetteer=gaz) if m.surface == surface]
    assert found and found[0].place is not None
    return found[0].place.lat


def test_two_unsure_names_tied_by_a_side_pick_the_namesakes_by_each_other(pgaz):
    text = "Jets struck the area of Qarnabah, north of Zubayrah, on Monday."
    assert _lat(text, "Qarnabah", pgaz) == 13.88


def test_a_pair_on_the_wrong_side_is_no_pair(pgaz):
    text = "Jets struck the area of Qarnabah, south of Zubayrah, on Monday."
    assert _lat(text, "Qarnabah", pgaz) == 13.86
