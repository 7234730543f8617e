"""A day written right after a place's name with no "on" ("attacked Saraqeb Monday", "in
Lebanon Monday") ends the name: the place is found as if "on" stood there."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 19)


def test_a_town_followed_by_a_day_is_the_town():
    (event,) = extract("Rebels attacked Saraqeb Monday, killing three soldiers.",
                       published=PUBLISHED)
    assert (event.location.name, event.location.country) == ("Saraqeb", "SY")


def test_a_country_followed_by_a_day_is_the_country():
    text = "Hundreds of protesters rallied outside the Russian Embassy in Lebanon Monday."
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.country == "LB"
