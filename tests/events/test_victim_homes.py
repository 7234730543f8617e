"""Where people come from yields to where a thing was done to them (events.homes; texts
written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_victims_home_town_yields_to_where_he_was_shot():
    text = ("BAGHDAD (Reuters) - Gunmen shot dead a police officer from Tikrit in Baiji on "
            "Friday, police said.")
    events = extract(text, published=date(2018, 3, 5))
    assert [(e.location.name, e.location.neighbourhood) for e in events] == [("Baiji", None)]


def test_a_conscripts_home_town_makes_no_event_of_its_own():
    text = ("CAIRO (Reuters) - Militants killed a police conscript from Assiut at a checkpoint "
            "in El Arish on Saturday, security sources said.")
    events = extract(text, published=date(2018, 3, 5))
    assert [e.location.name for e in events] == ["El Arish"]


def test_the_home_of_the_dead_alone_is_where_they_were_killed():
    text = ("CAIRO (Reuters) - Militants killed three farmers from Mallawi on Saturday, "
            "security sources said.")
    events = extract(text, published=date(2018, 3, 5))
    assert [e.location.name for e in events] == ["Mallawi"]


def test_where_people_fled_to_is_no_place_of_the_clash():
    text = ("GOMA (Reuters) - Clashes between M23 rebels and the army in Rutshuru on Saturday "
            "killed five soldiers, and thousands of people fled to Goma, the UN said.")
    events = extract(text, published=date(2018, 3, 5))
    assert [e.location.name for e in events] == ["Rutshuru"]


def test_the_town_people_left_for_is_no_place_of_the_shelling():
    text = ("Thousands of residents fled Hawija for Kirkuk after militants shelled the town "
            "on Friday, killing four civilians, local officials said.")
    events = extract(text, published=date(2018, 3, 5))
    assert [e.location.name for e in events] == ["Hawija"]


def test_where_the_raiders_came_from_is_no_place_of_what_they_did():
    text = ("JUBA (Reuters) - Gunmen raided cattle camps in Akobo on Sunday, killing 14 "
            "herders, a county official said.\n\nThe attackers, who came from Nasir, also "
            "abducted several children.")
    events = extract(text, published=date(2018, 3, 6))
    assert [e.location.name for e in events] == ["Akobo"]


def test_the_home_of_a_clashing_side_is_no_place_of_the_clash():
    text = ("TRIPOLI - Clashes broke out in the Abu Salim district of Tripoli on Sunday between "
            "the Ninth Brigade from Zliten and forces loyal to the government, residents said.")
    events = extract(text, published=date(2018, 3, 5))
    assert [(e.location.town, e.location.neighbourhood) for e in events] == [
        ("Tripoli", "Abu Salim")]


def test_where_those_attacked_were_going_is_no_place_of_the_attack_told_again():
    text = ("BAGHDAD (AP) - A suicide bomber blew himself up among pilgrims in the town of Balad "
            "on Thursday, killing nine people, officials said.\n\nA police officer said nine "
            "people were killed in the attack, which targeted pilgrims walking to the holy city "
            "of Samarra.")
    events = extract(text, published=date(2018, 3, 8))
    assert [e.location.town for e in events] == ["Balad"]
