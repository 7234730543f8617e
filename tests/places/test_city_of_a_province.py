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
