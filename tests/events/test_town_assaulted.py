"""Insurgents assaulting a town of some size fight those who hold it: a battle, though the text
names no defender (codebook §2); people killed in a village are still an attack on civilians."""

from datetime import date

from khaldun import extract

WHEN = date(2018, 5, 16)


def test_insurgents_attacking_a_city_is_a_battle_with_its_holders():
    for text in ("Taliban fighters attacked the city of Farah on Monday, officials said.",
                 "Taliban insurgents stormed Ghazni on Monday, officials said."):
        [event] = extract(text, published=WHEN)
        assert event.sub_event_type == "Armed clash", text
        assert (event.actor1.inter, event.actor2.inter) == (2, 1), text


def test_villagers_killed_in_an_assault_on_their_village_are_its_victims():
    [event] = extract("Gunmen attacked the village of Tinkoulga in Burkina Faso on Tuesday, "
                      "killing 12 villagers.", published=WHEN)
    assert event.sub_event_type == "Attack"
