"""Sentences that name no place but point at the one the article is speaking of (texts
written for these tests)."""

from datetime import date

from khaldun import extract
from khaldun.events.focus import points_to_focus


def test_a_spot_near_the_focus_points_at_it():
    assert points_to_focus("Troops clashed with the kidnappers in a nearby forest.")
    assert points_to_focus("Shells hit the surrounding villages overnight.")
    assert not points_to_focus("Troops clashed with the kidnappers in a forest.")


def test_a_gunfight_in_a_nearby_forest_is_an_event_at_the_place_told():
    text = (
        "Gunmen abducted nine travellers near the village of Dogon Dawa on Friday, police "
        "said.\n\nThe gunmen stopped two buses and forced the passengers into the bush, a "
        "witness said.\n\nPolice said officers had freed two of the victims on Saturday after a "
        "gunfight with the abductors in a nearby forest."
    )
    events = extract(text, published=date(2019, 6, 3))
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clash) == 1
    assert clash[0].date_start == date(2019, 6, 1)
    assert clash[0].location.country == "NG"


def test_a_dateline_town_the_story_calls_the_town_is_where_its_act_was():
    text = (
        "Bakery hit in Idlib raid\n\nBy a staff writer\n\n"
        "SARAQEB, Syria - Jets have circled over this town in southern Idlib for weeks. On "
        "Tuesday a barrel bomb struck a bakery on the town's main street, killing six people, "
        "rescuers said."
    )
    [event] = extract(text, published=date(2019, 5, 9))
    assert (event.location.town, event.location.geo_precision) == ("Saraqeb", 1)



def test_a_dateline_place_in_capitals_is_a_place_in_any_spelling():
    text = ("MAARET AL-NOUMAN, Syria - A barrel bomb struck a bakery in the town on Tuesday, "
            "killing six people.")
    [event] = extract(text, published=date(2019, 5, 9))
    assert event.location.name == "Maaret Al-Nouman" and event.location.geo_precision == 1


def test_an_act_the_datelines_sentence_tells_with_no_place_is_at_the_dateline_town():
    text = (
        "BASRA, Iraq - Thousands of supporters of a cleric marched on the provincial council "
        "on Saturday, chanting slogans against corruption, witnesses said.\n\n"
        "Police fired tear gas to disperse the crowd."
    )
    found = extract(text, published=date(2022, 7, 31))
    assert [(e.event_type, e.location.town) for e in found] == [("Protests", "Basra")]
