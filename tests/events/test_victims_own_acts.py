"""An act the victim's relative clause takes as its object ("shot dead an activist who had led
protests") says who the victim was, not an act of the event: a killing of a civilian, no force
used on a protest."""

from datetime import date

from khaldun import extract


def test_a_victim_who_had_led_protests_makes_no_protest():
    text = ("Gunmen on a motorbike shot dead a teacher who had organised protests in the town "
            "of Kut, police said on Tuesday.")
    (event,) = extract(text, published=date(2018, 7, 18))
    assert event.sub_event_type == "Attack"
    assert event.actor2.name == "Civilians (Iraq)"
