"""An area the text puts in a named quarter of a city ("X area in D district of C city") lies
in that quarter, at its point when the gazetteer lacks X, not at a town spelled like X far
off; in a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Qasra", 33.5, 36.3, -1, "Qasra", "", 0, ""),
    (2, "SY", "region", "Jannub", 32.7, 36.1, -1, "Jannub", "", 0, ""),
    # A city named like its province, and one of its quarters 5 km from its centre.
    (10, "SY", "locality", "Qasra", 33.5, 36.3, 1, "Qasra", "Qasra", 1500000, ""),
    (11, "SY", "neighbourhood", "Dumara", 33.53, 36.25, 10, "Qasra", "Qasra", 0, ""),
    # A town 85 km off spelled like the area.
    (20, "SY", "locality", "Hadla", 32.75, 36.13, 2, "Jannub", "", 20000, ""),
]


@pytest.fixture(scope="module")
def qgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("city_quarter"), RECORDS)


def test_an_unknown_area_of_a_city_quarter_lies_at_the_quarter(qgaz):
    text = "Shells fell on the Hadla area in Dumara district of Qasra city."
    found = find_places(text, "SY", gazetteer=qgaz, guess_country=False)
    hadla = next(m for m in found if m.surface == "Hadla")
    assert (hadla.place.lat, hadla.place.lon) == (33.53, 36.25)
    assert hadla.town is not None and hadla.town.name == "Qasra"
