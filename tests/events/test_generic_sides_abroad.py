"""Unnamed sides ("militants", "soldiers") of an event whose places all lie in another country
than the article's are that country's, not the dateline's."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)
LEAD = ("TRIPOLI, March 4 (Reuters) - Libya's rival governments traded accusations on Sunday "
        "over stalled talks in the capital.\n\n")


def test_soldiers_killed_in_another_country_are_its_soldiers():
    text = LEAD + "Militants killed four soldiers near El Arish on Saturday, security sources said."
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.country == "EG"
    names = {event.actor1.name, event.actor2.name}
    assert names == {"Unidentified Armed Group (Egypt)", "Military Forces of Egypt"}


def test_soldiers_killed_at_home_stay_the_articles():
    text = LEAD + "Militants killed four soldiers near Sirte on Saturday, security sources said."
    (event,) = extract(text, published=PUBLISHED)
    assert "Military Forces of Libya" in {event.actor1.name, event.actor2.name}
