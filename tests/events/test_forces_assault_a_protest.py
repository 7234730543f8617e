"""A state's forces who attack or storm a protest intervene in it: a protest with
intervention, not a peaceful one (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("text", [
    "Police attacked a sit-in by teachers in the town of Kisumu on Friday, witnesses said.",
    "Troops attacked the marchers in the town of Kisumu on Friday.",
])
def test_forces_attacking_a_protest_intervene_in_it(text):
    [event] = extract(text, published=date(2018, 3, 6))
    assert event.sub_event_type == "Protest with intervention"


def test_a_protest_against_an_attack_stays_peaceful():
    [event] = extract("Hundreds of teachers protested in the town of Kisumu on Friday against "
                      "an attack on a school.", published=date(2018, 3, 6))
    assert event.sub_event_type == "Peaceful protest"
