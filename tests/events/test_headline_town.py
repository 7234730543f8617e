"""The headline's one town places the lead's event that the body places no closer than the
province holding that town (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_headlines_town_places_an_act_the_lead_puts_in_its_province():
    title = "Roadside bomb kills four near Jowhar"
    text = (f"{title}\n\nA roadside bomb struck a minibus in the Middle Shabelle region on "
            "Monday, killing four passengers, police said.")
    events = extract(text, published=date(2019, 2, 5), title=title)
    assert [e.location.town for e in events] == ["Jowhar"]


def test_a_headline_town_of_another_province_does_not_place_the_act():
    title = "Roadside bomb kills four, Mogadishu says"
    text = (f"{title}\n\nA roadside bomb struck a minibus in the Middle Shabelle region on "
            "Monday, killing four passengers, police said.")
    events = extract(text, published=date(2019, 2, 5), title=title)
    assert [e.location.town for e in events] != ["Mogadishu"]
