"""A demonym joined to a named side before their shared noun names the side that heads the
phrase (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.actors import find_actors

WHEN = date(2018, 3, 5)


@pytest.mark.parametrize(
    ("text", "country", "first"),
    [
        ("Turkish and Free Syrian Army forces shelled the village of Tal Zahra on Monday.", "SY",
         "Military Forces of Turkey"),
        ("Iraqi and American troops raided a village near Tikrit on Monday.", "IQ",
         "Military Forces of Iraq"),
    ],
)
def test_the_demonyms_forces_head_the_joined_phrase(text, country, first):
    assert find_actors(text, country, WHEN)[0].actor.name.startswith(first)


def test_the_joined_phrase_acts_as_the_demonyms_forces():
    (event,) = extract(
        "Afghan and NATO forces killed five Taliban fighters in Helmand on Monday.",
        published=WHEN,
    )
    assert (event.actor1.inter, event.actor2.name) == (1, "Taliban")


def test_two_peoples_before_a_shared_noun_are_two_sides():
    text = "Clashes between Dinka and Nuer tribesmen near Bor on Monday killed 20 people."
    names = [m.actor.name for m in find_actors(text, "SS", WHEN) if m.actor.inter == 4]
    assert names == ["Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)"]
    (event,) = extract("JUBA - " + text, published=WHEN)
    assert (event.actor1.inter, event.actor2.inter) == (4, 4)
