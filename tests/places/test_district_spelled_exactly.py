"""A district spelled exactly as the text writes it is the district meant: a look-alike
district of another country (one sharing its consonants) does not share its vote for the
text's country (a small gazetteer written here; invented names)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "IQ", "region", "Qasrun", 33.3, 44.4, -1, "Qasrun", "", 0, ""),
    (2, "IQ", "county", "Hamda'in", 33.2, 44.6, 1, "Qasrun", "Hamda'in", 0, ""),
    (3, "IQ", "locality", "Qaryat al Fardi", 33.19, 44.54, 2, "Qasrun", "Hamda'in", 0, ""),
    # a district of another country spelled alike, and a village abroad named as written
    (10, "SA", "region", "Jubaylat", 24.5, 39.6, -1, "Jubaylat", "", 0, ""),
    (11, "SA", "county", "Al-Hamdinah", 24.47, 39.61, 10, "Jubaylat", "Al-Hamdinah", 0, ""),
    (20, "IR", "locality", "Fardi", 35.81, 51.18, -1, "Tehran", "", 800, ""),
]


@pytest.fixture(scope="module")
def egaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("exact_district"), RECORDS)


def test_a_district_spelled_as_written_alone_says_its_country(egaz):
    assert egaz.district_countries("Hamdain") == frozenset({"IQ"})


def test_the_district_outvotes_a_village_abroad_named_like_the_village(egaz):
    text = "A bomb wounded two men in the area of Fardi, Hamdain district."
    assert document_country(text, egaz) == "IQ"
    found = [m for m in find_places(text, "IQ", gazetteer=egaz) if m.surface == "Fardi"]
    assert found and found[0].place is not None and found[0].place.lat == 33.19
