"""A place the text ties to the one named right after it ("X village in Y", "X, south of Y",
"X near Y"): of its namesakes, the one by Y (within CLOSE_KM, or in the district Y is
named like) is meant, not a bigger or foreign one far off; in a small gazetteer written
here."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Wasiq", 35.0, 44.0, -1, "Wasiq", "", 0, ""),
    (2, "IQ", "region", "Qadar", 33.0, 45.5, -1, "Qadar", "", 0, ""),
    (3, "JO", "region", "Malhan", 30.0, 36.0, -1, "Malhan", "", 0, ""),
    # A town of Wasiq named like no province, the reference point.
    (10, "IQ", "locality", "Tellaf", 35.0, 44.0, 1, "Wasiq", "", 60000, ""),
    # A town of some size 140 km off, and a village of its name 5 km south of Tellaf.
    (20, "IQ", "locality", "Qarnun", 33.8, 44.6, 2, "Qadar", "", 8000, ""),
    (11, "IQ", "locality", "Qarnun", 34.955, 44.0, 1, "Wasiq", "", 0, ""),
    # A city of another country, and a village of its name 6 km from Tellaf.
    (30, "JO", "locality", "Zawra", 30.0, 36.0, 3, "Malhan", "", 90000, ""),
    (12, "IQ", "locality", "Zawra", 35.05, 44.03, 1, "Wasiq", "", 0, ""),
]


@pytest.fixture(scope="module")
def rgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("by_reference"), RECORDS)


def _where(text: str, gaz: Gazetteer, name: str, country: str | None = "IQ") -> tuple:
    found = find_places(text, country, gazetteer=gaz, guess_country=False)
    place = next(m.place for m in found if m.surface == name)
    return place.country, place.admin1, place.lat


def test_a_village_south_of_a_town_is_the_namesake_by_it(rgaz):
    text = "Gunmen killed a farmer in Qarnun, south of Tellaf."
    assert _where(text, rgaz, "Qarnun") == ("IQ", "Wasiq", 34.955)


def test_a_village_near_a_town_is_the_namesake_by_it(rgaz):
    text = "A roadside bomb exploded near Qarnun village near Tellaf."
    assert _where(text, rgaz, "Qarnun") == ("IQ", "Wasiq", 34.955)


def test_a_village_in_a_town_is_not_a_city_abroad(rgaz):
    text = "Police arrested two men in Zawra village in Tellaf."
    assert _where(text, rgaz, "Zawra") == ("IQ", "Wasiq", 35.05)
    # (the text read as one of the city's country: the village is looked up in the town's)
    assert _where(text, rgaz, "Zawra", "JO") == ("IQ", "Wasiq", 35.05)


def test_a_city_south_of_a_town_keeps_its_rank(rgaz):
    text = "Gunmen attacked a checkpoint in Zawra, south of Tellaf."
    assert _where(text, rgaz, "Zawra", "JO") == ("JO", "Malhan", 30.0)
