"""A mob that burns or fights is one riot, the mob's violence, not a mob and a violent
demonstration besides (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("text", [
    "An angry mob set fire to a police station in the town of Kisumu on Sunday after a man "
    "died in custody.",
    "A mob torched government offices in the town of Kisumu on Sunday.",
])
def test_a_mob_burning_is_one_event_of_mob_violence(text):
    [event] = extract(text, published=date(2018, 3, 6))
    assert event.sub_event_type == "Mob violence"


def test_demonstrators_burning_stay_a_violent_demonstration():
    [event] = extract("Demonstrators set fire to a police station in the town of Kisumu on "
                      "Sunday.", published=date(2018, 3, 6))
    assert event.sub_event_type == "Violent demonstration"
