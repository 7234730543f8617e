"""The proper name set beside a speaker's noun is a person's: neither a place nor a day of its
own ("a farmer in X, Monday Okoro, said"); texts written for these tests."""

from datetime import date

from khaldun import extract


def test_a_speakers_name_makes_no_place_and_no_day():
    text = ("Gunmen killed nine villagers in the village of Kawuri in Borno state on Tuesday, "
            "police said.\n\nA youth leader in Kawuri, Monday Gubio, said the attackers came "
            "on motorcycles and killed nine people.")
    events = extract(text, published=date(2019, 7, 17))
    assert [(e.location.name, e.date_start) for e in events] == [("Kawuri", date(2019, 7, 16))]


def test_a_province_beside_the_speakers_place_stays_a_place():
    text = ("A youth leader in the village of Kawuri, Borno State, said gunmen killed nine "
            "people there on Tuesday.")
    (event,) = extract(text, published=date(2019, 7, 17))
    assert event.location.admin1 == "Borno" and event.date_start == date(2019, 7, 16)
