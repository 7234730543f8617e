"""A remote attack whose sentences name no side it hit, but whose toll counts officers or
fighters ("killing two officers", "killing one fighter"), hit that armed side, not the
residents: the state's forces, or an unnamed armed group (codebook §3). A toll of people or
civilians stays the residents it hit (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2024, 5, 6)


def test_shelling_that_killed_two_officers():
    text = "Shells hit the town of Kafr Zita on Monday, killing two officers."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1


def test_shelling_that_killed_a_fighter():
    text = ("Government forces shelled the town of Kafr Zita on Monday, killing one fighter and "
            "wounding others.")
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 3


def test_shelling_that_killed_people_stays_civilians():
    text = "Shells hit the town of Kafr Zita on Monday, killing three people."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_a_blast_that_killed_civilians_stays_civilians():
    text = "A bomb exploded in the town of Kafr Zita on Monday. It killed two civilians."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_members_of_a_family_stay_civilians():
    text = "Shells hit the town of Kafr Zita on Monday, killing three members of one family."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7
