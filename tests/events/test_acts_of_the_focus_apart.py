"""An act told with no place of its own stands at the place the story speaks of; a later act
of its kind the text dates on another day is another incident, not a telling of it (texts
written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_act_dated_on_another_day_does_not_join_an_act_placed_by_the_focus():
    text = (
        "Gunmen attacked a police post in the town of Jowhar on Monday.\n\n"
        "Militants had first detonated a car bomb at the gate before storming the post, a police"
        " officer said.\n\n"
        "On Sunday, a roadside bomb killed two civilians in Mogadishu's Hodan district,"
        " police said."
    )
    events = extract(text, published=date(2019, 5, 7))
    sunday = [e for e in events if e.date_start == date(2019, 5, 5)]
    assert len(sunday) == 1 and sunday[0].fatalities is not None
    assert any(e.location.name == "Jowhar" and e.date_start == date(2019, 5, 6)
               and e.event_type == "Explosions/Remote violence" for e in events)
