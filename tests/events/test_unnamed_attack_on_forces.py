"""An attack on the state's forces whose perpetrator the text does not name, with its dead
told only as people, is a clash of an unidentified armed group with those forces (codebook
§3; texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_attack_on_a_police_station_killing_people():
    text = "An attack on a police station in Kano killed two people on Saturday, police said."
    [event] = extract(text, published=DAY)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.inter == 3
    assert event.actor2 is not None and event.actor2.inter == 1


def test_attack_on_a_market_stays_an_attack_on_civilians():
    text = "An attack on a market in Kano killed two people on Saturday, police said."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7
