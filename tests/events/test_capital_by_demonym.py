"""The capital named by a demonym without its article, after "through", or behind a
hyphenated modifier is the capital city (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun import extract

MONDAY = date(2015, 6, 10)


@pytest.mark.parametrize(("text", "town"), [
    ("A car bomb exploded in Somali capital on Sunday, killing a former district official, "
     "relatives said.", "Mogadishu"),
    ("Suicide bombers rammed a car into an aid convoy driving through the Somali capital on "
     "Sunday, killing ten people, police said.", "Mogadishu"),
    ("Warplanes hit a weapons depot in the rebel-held Yemeni capital on Monday, killing 38 "
     "civilians, medics said.", "Sanaa"),
])
def test_the_capital_named_by_a_demonym_is_the_capital_city(text, town):
    events = extract(text, published=MONDAY)
    assert [e.location.town for e in events] == [town]


def test_a_self_declared_capital_is_no_capital_city():
    text = ("Coalition jets struck militant positions in the self-declared capital of the group "
            "on Monday, killing 12 fighters, a monitor said. The strikes hit Raqqa city.")
    assert all(e.location.town != "Damascus" for e in extract(text, published=MONDAY))
