"""A sentence that opens on a speaker who says what "the bomber" did ("Police said the bomber
detonated ...") goes on with the event just told, as one opening on "The bomber" does."""

from datetime import date

from khaldun import extract

TEXT = ("A bomb went off at a bus station in Jalalabad on Monday, killing four travellers. "
        "Officials said the bomber detonated his vest as passengers boarded a minibus.")


def test_the_reported_bomber_is_the_bomb_just_told():
    events = extract(TEXT, published=date(2018, 10, 10))
    assert len(events) == 1
    assert events[0].sub_event_type == "Suicide bomb"
    assert events[0].fatalities.low == 4
