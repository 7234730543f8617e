"""A weapon's bare name that the context reads as a country's forces ("artillery",
"helicopters") is what an act was done with, not the side it was done to (texts written for
these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_shelling_with_artillery_names_no_side_hit():
    text = (
        "Turkish troops shelled the village of Jindaris with artillery on Sunday. No one was"
        " hurt."
    )
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.inter == 8
    assert event.actor2 is None


def test_helicopters_joined_to_the_warplanes_that_struck_are_no_target():
    text = (
        "Government and Russian jets and helicopters carried out raids on the village of"
        " Tamanah on Sunday."
    )
    [event] = extract(text, published=DAY)
    assert event.actor2 is None


def test_a_force_named_with_its_weapon_is_still_hit():
    text = "Rebel fighters fired rockets at regime tanks near Kafr Nabudah on Sunday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1
