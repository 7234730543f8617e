"""Fire set to homes and shops: destruction of property, unless people were killed in the
same sentence (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [(e.sub_event_type, e.location.town) for e in extract(text, published=date(2019, 3, 6))]


def test_homes_burned_by_militants_are_destruction_of_property():
    text = ("Militants burned dozens of homes in the village of Kawuri on Tuesday before "
            "withdrawing, a local vigilante leader said.")
    assert _subs(text) == [("Looting/property destruction", "Kawuri")]


def test_a_killing_with_homes_burned_is_one_attack():
    for text in (
        "Gunmen killed nine villagers and burned dozens of houses in Kawuri on Tuesday.",
        "Gunmen shot dead nine villagers in Kawuri on Tuesday and torched their homes.",
        "Gunmen stormed Kawuri on Tuesday, killing nine villagers, and set fire to shops.",
    ):
        assert _subs(text) == [("Attack", "Kawuri")]


def test_fire_set_to_one_building_is_property_destruction():
    text = "Unknown attackers set fire to a mosque in the village of Tungan Kudu on Sunday."
    assert [e.sub_event_type for e in extract(text, published=date(2019, 3, 12))] == [
        "Looting/property destruction"]


def test_cars_and_trees_set_on_fire_are_destruction_of_property():
    for text in (
        "Armed men set fire to two cars in the village of Kawuri on Tuesday.",
        "Armed men burned dozens of olive trees in the village of Kawuri on Tuesday.",
    ):
        assert _subs(text) == [("Looting/property destruction", "Kawuri")]


def test_deaths_told_with_homes_burned_make_the_killing_the_event():
    # the dead are told by a death phrase ("died", "were killed"), not by a killing verb
    for text in (
        "Twelve people died in a raid on Tuesday when gunmen torched more than 80 houses in "
        "Kawuri, police said.",
        "Nine villagers were killed on Tuesday as armed men burned the market of Kawuri.",
    ):
        assert _subs(text) == [("Attack", "Kawuri")], text


def test_dead_of_a_clash_told_with_looting_are_not_lost():
    text = ("Officials said fighting between cattle raiders and villagers of Kawuri on Friday "
            "left some 23 people dead while more than 2,000 cows were looted.")
    found = extract(text, published=date(2019, 3, 6))
    assert any(e.fatalities is not None and e.fatalities.low == 23 for e in found)
