"""A remote attack on a thing that belongs to civilians ("a civilian house", "the car of a
local imam"), its sentence telling of no one hurt, hit property, not people: no side acted
on (codebook §3: null for a side that does not exist). People hurt with it, or people the
act was aimed at, stay civilians (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2024, 5, 6)


def test_air_strike_on_a_civilian_house_with_damage_only():
    text = ("Government warplanes struck a civilian house in the town of Kafr Zita on Monday, "
            "causing heavy damage.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is None


def test_bomb_under_the_car_of_a_local_imam():
    text = ("Unknown men planted a bomb under the car of a local imam in the town of Kafr Zita "
            "on Monday.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is None


def test_civilian_house_struck_killing_a_woman_stays_civilians():
    text = ("Government warplanes struck a civilian house in the town of Kafr Zita on Monday, "
            "killing a woman.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_civilians_killed_in_an_air_strike_stay_civilians():
    text = "Government warplanes struck the town of Kafr Zita on Monday, killing six civilians."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_shelling_that_wounded_residents_of_a_house_stays_civilians():
    text = ("Rebel shells hit a farmer's house in the village of Kafr Zita on Monday, "
            "wounding his two sons.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_army_vehicle_hit_stays_the_army():
    text = "A roadside bomb hit an army vehicle near the village of Kafr Zita on Monday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1
