"""An air strike that hit the forces of the state where it fell, with no one named as who
flew it: the forces are the side acted on, and the perpetrator is unidentified (codebook §3;
texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2024, 5, 6)


def test_members_of_the_army_killed_by_a_drone_strike():
    text = "A drone strike killed three members of the Syrian army in Quneitra on Sunday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1
    assert event.actor1 is not None and event.actor1.inter == 3


def test_an_army_convoy_hit_by_a_drone_strike():
    text = "A drone strike hit a Syrian army convoy near Daraa on Sunday, wounding four."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Syria"


def test_residents_hit_from_the_air_stay_civilians():
    text = "Air strikes hit the town of Saraqib on Sunday, killing five residents."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7
    assert event.actor1 is not None and event.actor1.inter == 1
