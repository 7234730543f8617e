""""in Al Zarqa area of Bani Sur district": the lone article "Al" opens the area's name. Trimmed
as a stopword, the name lost it and the scan read "Al Zarqa" again apart from its district,
at a namesake in another province (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.areas import find_areas
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Wadi Kirsh", 17.0, 43.5, -1, "Wadi Kirsh", "", 0, ""),
    (2, "YE", "region", "Jabal Sur", 14.0, 44.0, -1, "Jabal Sur", "", 0, ""),
    (3, "YE", "county", "Bani Sur", 14.1, 44.1, 2, "Jabal Sur", "Bani Sur", 30000, ""),
    # The village meant, in the district the text names ...
    (10, "YE", "locality", "Az Zarqi", 14.15, 44.05, 3, "Jabal Sur", "Bani Sur", 0, ""),
    # ... and a namesake of another province, spelled more like the text.
    (11, "YE", "locality", "Al Zarqa", 17.1, 43.4, 1, "Wadi Kirsh", "", 20, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("article_heads_of_areas"), RECORDS)


@pytest.mark.parametrize("text, name", [
    ("Fighting in Al Zarqa area of Bani Sur district on Monday", "Al Zarqa"),
    ("Fighting in the El Zarqa area of Bani Sur district", "El Zarqa"),
    ("On Tuesday Al Zarqa area of Bani Sur district was shelled", "Al Zarqa"),
])
def test_a_lone_article_opens_the_area_name(text, name):
    assert [a.surface for a in find_areas(text)] == [name]


def test_a_lone_article_at_the_end_is_still_trimmed():
    assert [a.surface for a in find_areas("Shelling hit the Al area of Bani Sur")] != ["Al"]


@pytest.mark.parametrize("text", [
    "Houthi fighters shelled positions in Al Zarqa area of Bani Sur district on Monday.",
    "Houthi fighters shelled positions in Al Zarqa area in Bani Sur district on Monday.",
])
def test_the_area_is_the_village_of_its_district(gaz, text):
    found = [m for m in find_places(text, "YE", gazetteer=gaz) if "Zarqa" in m.surface]
    assert [m.surface for m in found] == ["Al Zarqa"]
    assert found[0].place is not None and found[0].place.admin2 == "Bani Sur"
