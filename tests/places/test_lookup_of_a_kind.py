"""A ranked lookup for one kind of place compares the name only with the keyed places of that
kind: the others would be dropped whatever their likeness (invented names; a small gazetteer
written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Harmoush", 35.93, 36.63, -1, "Harmoush", "", 0, ""),
    (2, "SY", "locality", "Harmush", 35.70, 36.70, 1, "Harmoush", "Harmush", 0, ""),
]


@pytest.fixture(scope="module")
def kgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("lookup_kind"), RECORDS)


def _spy(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compared: list[str] = []
    likeness = gaz.likeness

    def spied(surface, place, country):
        compared.append(place.kind)
        return likeness(surface, place, country)

    monkeypatch.setattr(gaz, "likeness", spied)
    return compared


def test_a_lookup_of_towns_compares_only_towns(kgaz, monkeypatch):
    compared = _spy(kgaz, monkeypatch)
    found = kgaz.lookup("Harmosh", "SY", kind="town")
    assert [p.name for p in found] == ["Harmush"]
    assert compared and set(compared) == {"town"}


def test_the_home_town_first_compares_only_towns(kgaz, monkeypatch):
    compared = _spy(kgaz, monkeypatch)
    found = kgaz.home_first("Harmesh", "SY", kind="town")
    assert found is not None and found.name == "Harmush"
    assert compared and set(compared) == {"town"}


def test_a_lookup_of_any_kind_still_finds_both(kgaz):
    assert {p.kind for p in kgaz.lookup("Harmoosh", "SY")} == {"town", "admin1"}
