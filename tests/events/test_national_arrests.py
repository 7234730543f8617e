"""Arrests counted across the whole country are a national count, not an event at the town
told last; arrests across a town are an event (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_KISUMU = ("In the western city of Kisumu, police fired tear gas at hundreds of protesters on "
           "Wednesday, witnesses said. ")


@pytest.mark.parametrize("whole", ["across the country", "throughout the nation"])
def test_arrests_across_the_country_are_no_event(whole):
    text = _KISUMU + f"Police said 87 people had been arrested {whole} since Tuesday."
    found = extract(text, published=date(2023, 7, 13))
    assert "Arrests" not in [e.sub_event_type for e in found]


def test_arrests_in_raids_across_a_town_are_an_event():
    text = "Police detained dozens of young men in raids across the town of Kisumu on Tuesday."
    found = extract(text, published=date(2023, 7, 13))
    assert [e.sub_event_type for e in found] == ["Arrests"]
