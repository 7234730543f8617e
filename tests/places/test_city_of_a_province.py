"""A name that is a province and its town, with a word for a town by it, is the town (texts
written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("said", ["the central Yemeni city of Marib", "Marib city"])
def test_the_city_of_a_province_is_its_town(said):
    text = f"A missile struck a market in {said} on Sunday, killing four civilians."
    found = extract(text, published=date(2021, 2, 8))
    assert [(e.location.town, e.location.geo_precision) for e in found] == [("Marib", 1)]


@pytest.mark.parametrize("building", ["a mosque", "the central prison", "two schools"])
def test_a_building_in_a_name_shared_by_a_province_and_its_town_is_in_the_town(building):
    text = f"A car bomb exploded outside {building} in Marib on Friday, killing five people."
    found = extract(text, published=date(2021, 2, 8))
    assert [(e.location.town, e.location.geo_precision) for e in found] == [("Marib", 1)]


def test_a_province_named_as_one_after_a_building_stays_the_province():
    text = "A car bomb exploded outside a mosque in Marib province on Friday, killing five."
    (event,) = extract(text, published=date(2021, 2, 8))
    assert event.location.town is None and event.location.admin1 == "Marib"
