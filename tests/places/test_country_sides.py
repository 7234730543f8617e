"""Of same-named villages, the one in the part of the country a text names ("in southern
Somalia"), the country's middle taken from its provinces' points; text written for this test."""

from khaldun.places import find_places


def test_a_village_in_the_named_part_of_its_country_beats_a_namesake_in_another():
    text = "Gunmen attacked a police post at El Adde in southern Somalia on Friday."
    (village,) = [m for m in find_places(text, "SO") if m.role == "town"]
    assert village.place is not None and village.place.lat < 5.0
