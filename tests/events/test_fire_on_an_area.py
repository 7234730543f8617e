"""An army's attack verb naming no weapon, whose object is a town or a quarter itself ("troops
targeted the X neighbourhood, killing four"), is fire from afar on it (ACLED: shelling), not a
raid on civilians; positions or people in a town, or a gun named, are not."""

from __future__ import annotations

from khaldun import extract


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published="2018-03-06")]


def test_an_army_targeting_a_quarter_fires_on_it():
    text = ("Government forces targeted the Jobar neighbourhood of Damascus on Sunday, killing "
            "four people, activists said.")
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_a_massacre_carried_out_by_an_army_targeting_a_town():
    text = ("Nine people were killed in a massacre that was carried out by government forces "
            "when they targeted the town of Kafr Batna on Sunday, a monitor said.")
    (event,) = extract(text, published="2018-03-06")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.name == "Military Forces of Syria"


def test_a_gun_named_is_no_shelling():
    text = ("Government forces targeted the town of Kafr Batna with heavy machine gun fire on "
            "Sunday, killing one man, activists said.")
    assert "Shelling/artillery/missile attack" not in _subs(text)
