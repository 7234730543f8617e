"""Gunfire at a place that hit no one, its words naming no people, has no side acted on
(codebook §3: null for a side that does not exist); people fired at stay the side (texts
written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2024, 5, 6)


def test_machine_gun_fire_on_a_village_with_no_one_hurt():
    text = ("Government troops opened heavy machine gun fire on the village of Kafr Zita on "
            "Monday. No fatalities were reported.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is None


def test_sniper_fire_on_outskirts_causing_no_casualties():
    text = "Snipers fired on the outskirts of Talbiseh on Monday, causing no casualties."
    [event] = extract(text, published=DAY)
    assert event.actor2 is None


def test_farmers_fired_on_stay_civilians():
    text = "Gunmen fired on a group of farmers near Kirkuk on Monday; no one was hurt."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_an_attempt_on_someone_keeps_a_side_acted_on():
    text = ("Unknown gunmen tried to assassinate a local judge near the village of Kafr Hamra on "
            "Monday, opening fire on his car. No fatalities were reported.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7
