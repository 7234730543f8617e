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


def test_a_demonym_joined_to_a_run_of_sides_before_their_noun_is_its_state_forces():
    # "Turkish and rebel Olive Branch factions": the noun the joined sides share comes after
    # the run, and a noun no state's forces bear ("factions") still makes the demonym's side
    # its forces; a bare descriptor ("rebel") is no noun the demonym takes ("Turkish rebel")
    for text in (
        "Turkish and rebel Olive Branch factions took the village of Varkol from YPG fighters.",
        "Fighting broke out between Turkish and FSA Euphrates Shield forces against YPG units.",
        "Turkish and rebel factions shelled the village of Varkol.",
    ):
        first = find_actors(text, "SY", WHEN)[0]
        assert (first.actor.name, first.actor.inter) == ("Military Forces of Turkey", 8), text
    # a people joined to another before their noun keeps its own side
    tribes = find_actors("Nine died between rival groups of Arab and Fur tribes.", "SD", WHEN)
    assert all(m.actor.inter != 8 for m in tribes)
