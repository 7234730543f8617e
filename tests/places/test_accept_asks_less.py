"""A home village found by its key that already looks alike enough is kept without the slower
spelling tests (vowels apart, colloquial spelling) being asked of it; a village that needs them
is still found by them (invented names; a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.scan import accept
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.93, 36.63, -1, "Idlib", "", 0, ""),
    (2, "SY", "locality", "Idlib", 35.93, 36.63, 1, "Idlib", "Idleb", 165000, ""),
    (3, "SY", "locality", "Zubaylikh", 35.70, 36.70, 1, "Idlib", "Idleb", 0, ""),
    (4, "SY", "locality", "Qurnabat", 35.80, 36.50, 1, "Idlib", "Idleb", 0, ""),
]


@pytest.fixture(scope="module")
def agaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("asks_less"), RECORDS)


def _spy(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    for name in ("vowels_apart", "colloquially_alike"):
        test = getattr(gaz, name)

        def spied(surface, place, country, _test=test, _name=name):
            asked.append(f"{_name} {place.name}")
            return _test(surface, place, country)

        monkeypatch.setattr(gaz, name, spied)
    return asked


def test_an_alike_spelling_is_kept_without_the_slower_tests(agaz, monkeypatch):
    asked = _spy(agaz, monkeypatch)
    found = accept(agaz, "Qournabat", "SY", strict=False)
    assert [p.name for p in found] == ["Qurnabat"]
    assert asked == []


def test_a_colloquial_spelling_is_still_asked_for(agaz, monkeypatch):
    asked = _spy(agaz, monkeypatch)
    found = accept(agaz, "Zbeilekh", "SY", strict=False)
    assert [p.name for p in found] == ["Zubaylikh"]
    assert "colloquially_alike Zubaylikh" in asked
