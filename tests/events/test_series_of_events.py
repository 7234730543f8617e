""""The latest in a series of clashes": the others of the kind, no event of their own (texts
written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("series", [
    "the latest in a series of clashes in the Amhara region",
    "the latest in a wave of deadly bombings in the region",
])
def test_the_series_an_act_is_the_latest_of_makes_no_event(series):
    text = (f"Heavy fighting broke out between federal troops and militia fighters in the city "
            f"of Gondar on Tuesday, residents said, {series}.")
    found = extract(text, published=date(2023, 8, 9))
    assert [e.location.town for e in found] == ["Gondar"]


def test_a_sentence_calling_the_act_the_latest_of_a_series_still_speaks_of_it():
    text = ("A car bomb exploded near a market in the town of Tuz Khurmatu on Monday, killing "
            "nine people, medics said. The bombing was the latest in a wave of attacks on "
            "markets in the province, police said.")
    found = extract(text, published=date(2013, 6, 11))
    assert [c.source for e in found for c in e.claims] == ["medics", "police"]
