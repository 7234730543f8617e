"""A town the text calls a village ("the village of X", "the village X") is no city spelled
alike: a district named after it ("X, east of D district", "X, D district") is the
administrative district D, not a quarter of that city, and the city is not where the text
puts the village (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.model import DISTRICT_CODE
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Tamim", 35.4, 44.3, -1, "Tamim", "", 0, ""),
    (2, "IQ", "region", "Qurna", 30.6, 47.4, -1, "Qurna", "", 0, ""),
    (3, "IQ", "county", "Zawiyat Sahl", 35.3, 43.8, 1, "Tamim", "Zawiyat Sahl", 90000, ""),
    (4, "IQ", "locality", "Zawiyat Sahl", 35.31, 43.81, 3, "Tamim", "Zawiyat Sahl", 0, ""),
    # A city far off, spelled a little otherwise than the village the text names.
    (5, "IQ", "locality", "Al Qasbiyah", 30.9, 47.3, 2, "Qurna", "", 250000, ""),
]


@pytest.fixture(scope="module")
def vgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("village"), RECORDS)


@pytest.mark.parametrize("text", [
    "Gunmen burned a farm in the village of Qasbiya, east of Zawiyat Sahl district.",
    "Gunmen burned a farm in the village Qasbiya, Zawiyat Sahl district.",
])
def test_the_district_after_a_village_is_no_quarter_of_a_city(vgaz, text):
    found = find_places(text, "IQ", gazetteer=vgaz)
    district = next(m for m in found if m.surface == "Zawiyat Sahl")
    assert district.role == "town" and district.qualifier == "district"
    assert district.place is not None and round(district.place.lat) == 35
    assert not any(m.place is not None and m.place.name == "Al Qasbiyah" for m in found)


def test_a_city_not_called_a_village_keeps_its_spelling(vgaz):
    found = find_places("Gunmen burned a farm in Qasbiya on Sunday.", "IQ", gazetteer=vgaz)
    assert [m.place.name for m in found if m.place is not None] == ["Al Qasbiyah"]


def test_a_district_seat_stays_the_district(vgaz):
    found = find_places("Gunmen burned a farm in Zawiyat Sahl district.", "IQ", gazetteer=vgaz)
    assert found[0].place is not None and found[0].place.feature_code in (DISTRICT_CODE, None)
