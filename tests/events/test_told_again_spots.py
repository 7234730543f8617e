"""An act told again with the definite article in a sentence that names no day of its own
("the explosion at a market in X") is the act just told, at a spot near its place: one event,
whose sources corroborate each other (texts written for these tests)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 6, 12)


def test_the_explosion_told_again_at_a_district_of_the_city_is_one_event():
    text = (
        "A bomb blast killed 10 people in the Iraqi city of Baghdad on Thursday, police said. "
        "Iraq's health ministry said 10 people were killed and 25 wounded in the explosion at "
        "a busy market in the Sadr City district."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 10, "high": 10}
    assert event.status == "corroborated"


def test_an_attack_told_again_on_the_side_of_the_point_first_given_is_that_act():
    text = (
        "A suicide bomber blew himself up among pilgrims south of Baghdad on Monday, killing "
        "at least 14 people, security sources said.\n\n"
        "The attack struck a rest tent on the road between Hilla and Karbala, a police "
        "officer said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Suicide bomb"
    assert event.location.town == "Hilla"
