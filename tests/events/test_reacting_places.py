"""Where one who reacts to an act is ("the governor of X condemned the strike") is not where
the act was (events.draft_places; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_place_of_a_governor_condemning_a_strike_makes_no_event():
    text = (
        "ADEN (Reuters) - Coalition jets bombed a wedding in Hajjah province's Bani Qais "
        "district on Sunday, killing 20 people, residents said. The Houthi governor of "
        "Hodeidah condemned the strike."
    )
    events = extract(text, published=date(2018, 3, 5))
    assert [e.location.name for e in events] == ["Bani Qais"]


def test_protesters_condemning_an_act_protest_where_they_are():
    text = "Hundreds of protesters in Mardan condemned the killing of a student on Monday."
    events = extract(text, published=date(2018, 3, 5))
    assert [e.location.name for e in events] == ["Mardan"]


def test_the_seat_of_a_reacting_government_is_no_place_of_the_act():
    text = ("Rebels shelled a market in Hodeidah on Sunday, killing three traders, residents "
            "said. The government, based in Aden, condemned the shelling.")
    found = extract(text, published=date(2019, 3, 12))
    assert [e.location.town for e in found] == ["Hodeidah"]


def test_a_capital_worried_about_the_fighting_is_no_place_of_it():
    text = ("Rebels and government forces clashed near Marib on Sunday, killing six fighters, "
            "officials said. A European diplomat said Paris was worried about the fighting.")
    found = extract(text, published=date(2019, 3, 12))
    assert [e.location.town for e in found] == ["Marib"]
