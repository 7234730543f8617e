"""The town a statement was made in ("the ministry said in X") places an act told nowhere else,
but only as a borrowed place: where a later sentence tells the act at a place of its own,
that place is the act's (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_later_place_of_the_act_replaces_the_town_a_statement_was_made_in():
    text = ("Insurgents killed three policemen on Sunday, the interior ministry said in "
            "Baghdad. The attack took place in the town of Tuz Khurmatu.")
    events = extract(text, published=date(2019, 3, 7))
    assert [e.location.town for e in events] == ["Tuz Khurmatu"]


def test_the_statement_town_still_places_an_act_told_nowhere_else():
    text = ("Insurgents killed three policemen on Sunday, the interior ministry said in "
            "Baghdad.")
    events = extract(text, published=date(2019, 3, 7))
    assert [e.location.town for e in events] == ["Baghdad"]
