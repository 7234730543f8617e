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
