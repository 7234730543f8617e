"""A toll told again, with no place of its own, is of the event a source first gave it for,
not of the event told last (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_TWO_ACTS = (
    "Three suicide bombers attacked a mosque in the city of Kirkuk on Friday, killing 22 "
    "worshippers, police said.\n\n"
    "In Tikrit, mortar shells hit a residential area on Saturday, killing two people.\n\n{}"
)


@pytest.mark.parametrize("again", [
    "Health officials said 22 people died in the mosque bombing and 40 were wounded.",
    "Health officials put the death toll at 22.",
])
def test_a_toll_told_again_goes_to_its_event(again):
    found = extract(_TWO_ACTS.format(again), published=date(2019, 4, 3))
    by_town = {e.location.name: [c.quote for c in e.claims] for e in found}
    assert again in by_town["Kirkuk"]
    assert again not in by_town["Tikrit"]


def test_another_toll_still_goes_to_the_last_event():
    again = "Health officials put the death toll at three."
    found = extract(_TWO_ACTS.format(again), published=date(2019, 4, 3))
    by_town = {e.location.name: [c.quote for c in e.claims] for e in found}
    assert again in by_town["Tikrit"]
