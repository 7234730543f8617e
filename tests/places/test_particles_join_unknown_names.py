"""Lower-case particles of any vowel join an unknown name ("Deir ez-Zor", "Ras es-Sawda"):
the name is read whole, not as two places "Deir" and "Zor"."""

from khaldun.places.unknown import find_unknown_places


def test_e_particles_join_the_words_of_a_name():
    text = "Fighters attacked the Hawiqa neighbourhood of Deir ez-Zor city on Sunday."
    assert [p.surface for p in find_unknown_places(text, [], "SY")] == ["Deir ez-Zor"]
    text = "Troops shelled Ras es-Sawda on Monday."
    assert [p.surface for p in find_unknown_places(text, [], "SY")] == ["Ras es-Sawda"]
