"""An act a sentence aims at another country, naming no town, is placed in that country, not
at the story's town (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_rockets_fired_at_another_country_are_placed_there():
    text = ("BEIRUT (Reuters) - An Israeli drone strike hit a motorbike in the Lebanese town of "
            "Bint Jbeil on Monday, killing a Hezbollah fighter, security sources said. "
            "Hezbollah later fired rockets at northern Israel, the Israeli army said.")
    events = extract(text, published=date(2024, 3, 5))
    assert {(e.sub_event_type, e.location.country) for e in events} == {
        ("Air/drone strike", "LB"), ("Shelling/artillery/missile attack", "IL")}


def test_a_village_no_gazetteer_knows_said_to_be_in_another_country_is_not_put_at_the_focus():
    text = (
        "Israeli air strikes killed 20 people in Jabalia in the northern Gaza Strip overnight, "
        "medics said.\n\nMeanwhile, an Israeli drone strike killed two Hezbollah fighters in "
        "the southern Lebanese village of Kfar Zibdawi, Lebanese security sources said."
    )
    events = extract(text, published=date(2023, 12, 12))
    lebanese = [e for e in events if e.location.name == "Kfar Zibdawi"]
    assert lebanese and lebanese[0].location.country == "LB"
