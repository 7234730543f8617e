"""A generic first word of a place name ("Bab", "Tal") is no place alone, but with the article
before it, it is a town's whole name (khaldun/data/places/article_heads.txt; a small
gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.name_windows import is_stopped
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (10, "SY", "locality", "Al Bab", 36.0, 36.9, 1, "Wadan", "", 60000, ""),
    (11, "SY", "locality", "Bab", 35.7, 36.4, 1, "Wadan", "", 0, ""),
]


@pytest.fixture(scope="module")
def hgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("heads"), RECORDS)


def test_a_name_head_alone_is_stopped_but_not_after_the_article():
    assert is_stopped("Bab") and is_stopped("Tal")
    assert not is_stopped("Al Bab") and not is_stopped("al-Tal")


def test_a_town_named_by_a_head_and_the_article_is_found(hgaz: Gazetteer):
    for text in ("Shells hit Al Bab on Monday.", "Shells hit al-Bab on Monday."):
        surface = "Al Bab" if "Al Bab" in text else "al-Bab"
        assert place_named(text, surface, "SY", hgaz).place.lat == 36.0


def test_a_head_alone_finds_no_place(hgaz: Gazetteer):
    assert not [m for m in find_places("Shells hit Bab on Monday.", "SY", gazetteer=hgaz)
                if m.place is not None and m.surface == "Bab"]
