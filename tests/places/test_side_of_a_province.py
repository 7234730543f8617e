"""A compass side before a name shared by a province and its city ("in southern X") is a
side of the province, unless the city is the capital; in a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Qadira", 35.5, 36.6, -1, "Qadira", "", 0, ""),
    (2, "SY", "region", "Wasat", 33.5, 36.3, -1, "Wasat", "", 0, ""),
    (10, "SY", "locality", "Qadira", 35.9, 36.6, 1, "Qadira", "", 150000, ""),
    (20, "SY", "locality", "Wasat", 33.5, 36.3, 2, "Wasat", "", 2000000, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    gaz = wof_gazetteer(tmp_path_factory.mktemp("sides"), RECORDS)
    gaz.capitals["SY"] = "Wasat"
    return gaz


def _roles(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    return [(m.surface, m.role) for m in find_places(text, "SY", gazetteer=gaz,
                                                       guess_country=False)]


def test_a_side_of_a_name_shared_by_a_province_and_its_city_is_the_province(gaz):
    assert _roles("Jets struck a bakery in southern Qadira on Tuesday.", gaz) == [
        ("Qadira", "admin1")]
    assert _roles("Jets struck a bakery in Qadira on Tuesday.", gaz) == [("Qadira", "town")]


def test_a_side_of_the_capital_is_the_capitals(gaz):
    assert _roles("A bomb went off in southern Wasat on Tuesday.", gaz) == [("Wasat", "town")]


def test_a_quarter_in_a_side_of_the_city_keeps_the_city(gaz):
    found = find_places("Shells hit the Salam neighbourhood in eastern Qadira on Tuesday.", "SY",
                        gazetteer=gaz, guess_country=False)
    # (the city read as the quarter's town, or named as a town of its own; never the province)
    assert all(m.role != "admin1" for m in found)
    last = found[-1]
    assert (last.surface, last.role) == ("Qadira", "town") or (
        last.role == "neighbourhood" and last.town is not None
        and (last.town.name, last.town.kind) == ("Qadira", "town"))


def test_a_compound_compass_word_without_its_ending_names_a_side_of_the_province(gaz):
    # "northwest X" is written as often as "northwestern X"; a bare "north X" stays open
    assert _roles("Troops seized a hilltop in southwest Qadira on Tuesday.", gaz) == [
        ("Qadira", "admin1")]
    assert _roles("Troops seized a hilltop in north-east Qadira on Tuesday.", gaz) == [
        ("Qadira", "admin1")]
    assert _roles("Troops seized a hilltop in north Qadira on Tuesday.", gaz) == [
        ("Qadira", "town")]
