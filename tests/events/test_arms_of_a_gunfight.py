"""Grenades listed with guns as the arms of one act ("attacked a post ... with machine guns and
rocket-propelled grenades") are the arms of a fight: one Armed clash, no Grenade event of its
own, even with a place told between the act and its arms."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 13)


def test_grenades_listed_with_guns_are_the_arms_of_the_clash():
    text = (
        "Militants attacked an army post near the village of Bashir with machine guns and "
        "rocket-propelled grenades on Monday, killing two soldiers, police said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Armed clash"


def test_a_grenade_thrown_on_its_own_stays_a_grenade_attack():
    text = "A man threw a grenade at a police patrol in Baquba on Monday, wounding two officers."
    (event,) = extract(text, published=PUBLISHED)
    assert event.sub_event_type == "Grenade"
