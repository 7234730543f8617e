"""Forces of two states named by demonyms joined by "and" ("U.S. and British forces") are one
mention of the first state's forces, whatever points the demonym is written with (texts written
for these tests)."""

from datetime import date

from khaldun import extract


def test_two_states_forces_joined_after_a_dotted_demonym_are_the_first_s():
    text = "U.S. and British forces carried out air strikes on Hodeidah on Monday."
    [event] = extract(text, published=date(2024, 2, 20))
    assert event.actor1.name == "Military Forces of the United States"
