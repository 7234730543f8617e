"""A name before a province noun votes as the province, and a district noun says its country
as strongly as a province does (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    # A big town abroad named like a small province of Yemen.
    (1, "LY", "locality", "Al Bayda", 32.8, 21.7, -1, "Jabal", "", 200_000, ""),
    (2, "YE", "region", "Al Bayda", 14.2, 45.3, -1, "Al Bayda", "", 0, ""),
    # A district of Yemen, a hamlet of Iran spelled alike, and a hamlet only Iran has.
    (10, "YE", "county", "Razih", 16.93, 43.25, -1, "Saada", "Razih", 60_000, ""),
    (11, "IR", "locality", "Razah", 32.8, 48.1, -1, "Khuzestan", "", 0, ""),
    (12, "IR", "locality", "Ghamar", 32.7, 48.2, -1, "Khuzestan", "", 0, ""),
]


@pytest.fixture(scope="module")
def vgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("province_votes"), RECORDS)


def test_a_name_before_province_is_the_province_not_a_town_abroad(vgaz):
    assert document_country("Gunmen shot a tribal elder in al-Bayda province.", vgaz) == "YE"
    assert document_country("Gunmen shot an elder in the central province of al-Bayda.",
                            vgaz) == "YE"
    # without the noun the big town still wins
    assert document_country("Gunmen shot a tribal elder in al-Bayda.", vgaz) == "LY"


def test_a_district_outweighs_a_hamlet_abroad(vgaz):
    text = "Jets struck the Ghamar area of Razeh district at dawn."
    assert document_country(text, vgaz) == "YE"
