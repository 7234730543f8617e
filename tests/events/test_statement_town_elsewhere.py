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


def test_a_statement_town_does_not_move_an_act_told_at_a_place():
    text = ("A rocket fired by rebels hit an army post in Hama province on Tuesday, killing "
            "four soldiers, officials said. A rebel commander said in Idlib that his men had "
            "targeted the post.")
    events = extract(text, published=date(2019, 3, 7))
    assert [e.location.admin1 for e in events] == ["Hama"]


def test_a_follow_ups_own_town_still_places_an_act_told_in_a_province():
    text = ("A rocket fired by rebels hit an army post in Hama province on Tuesday, killing "
            "four soldiers, officials said. The rocket struck the post near the town of "
            "Suqaylabiyah, a rebel commander said.")
    events = extract(text, published=date(2019, 3, 7))
    assert [e.location.town for e in events] == ["Suqaylabiyah"]


def test_a_toll_said_in_another_town_counts_for_the_act_just_told():
    text = ("Russian forces shelled the town of Vovchansk overnight. Three civilians died in "
            "the town, the regional governor said in Kharkiv.")
    events = extract(text, published=date(2019, 3, 7))
    assert [(e.location.town, e.fatalities and e.fatalities.low) for e in events] == [
        ("Vovchansk", 3)]


def test_a_toll_told_at_a_news_conference_elsewhere_joins_the_act_told_before():
    text = ("Rebels attacked the city of Ghazni on Friday, killing 12 policemen, "
            "officials said.\n\nA police spokesman told a news conference in Kabul on "
            "Saturday that 40 rebels had been killed since the assault began.")
    events = extract(text, published=date(2018, 8, 12))
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.high == 40


def test_a_toll_said_in_the_capital_joins_the_act_told_before():
    text = ("Rebels attacked the city of Ghazni on Friday, killing 12 policemen, "
            "officials said.\n\nA police spokesman said in Kabul on Saturday that 40 rebels "
            "had been killed.")
    events = extract(text, published=date(2018, 8, 12))
    assert [e.fatalities.high for e in events if e.fatalities] == [40]
