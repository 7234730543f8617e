"""A place inside what a protest is against ("demonstrated against the offensive in Y") is
the protest's cause, not where it was (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_place_a_protest_is_against_is_not_where_it_was():
    text = ("Hundreds of students in Erbil demonstrated on Monday against the army's "
            "bombardment of villages near Afrin.")
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] == ["Erbil"]


def test_a_protest_object_of_the_verb_is_its_cause():
    text = ("Families in the Atma camp protested the shelling of homes in Afrin on Friday.")
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] == ["Atma"]


def test_a_protest_against_something_in_its_own_town_stays_there():
    text = "Residents of Bilin protested on Friday against the closure of the road in Bilin."
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] == ["Bilin"]
