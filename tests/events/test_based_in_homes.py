"""Where those who act are based ("militants based in X attacked Y") is a home of theirs, no
place of the act when the sentence names where it was done (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_where_the_attackers_are_based_is_no_place_of_their_attack():
    text = ("Gunmen based in Gwoza attacked a market in Madagali on Saturday, killing five "
            "traders, residents said.")
    events = extract(text, published=date(2019, 2, 5))
    assert [e.location.town for e in events] == ["Madagali"]


def test_where_a_group_is_based_places_an_act_told_nowhere_else():
    text = ("An air strike hit fighters based in Jilib on Sunday, killing three of them, "
            "officials said.")
    events = extract(text, published=date(2019, 2, 5))
    assert [e.location.town for e in events] == ["Jilib"]
