"""Of same-named villages, the one in the part of the country a text names ("in southern
Somalia"), the country's middle taken from its provinces' points; text written for this test."""

from datetime import date

from khaldun import extract
from khaldun.places import find_places


def test_a_village_in_the_named_part_of_its_country_beats_a_namesake_in_another():
    text = "Gunmen attacked a police post at El Adde in southern Somalia on Friday."
    (village,) = [m for m in find_places(text, "SO") if m.role == "town"]
    assert village.place is not None and village.place.lat < 5.0


def test_the_part_of_the_country_the_lead_names_orders_the_namesakes_of_later_sentences():
    text = ("Militants attacked an army base in southern Somalia on Friday, killing six "
            "soldiers, officials said.\n\nThe attack on the base at El Adde began at dawn, "
            "a military officer said.")
    (event,) = extract(text, published=date(2016, 1, 16))
    assert event.location.lat is not None and event.location.lat < 5.0
