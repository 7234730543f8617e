"""The dead of what an act avenges or answers are no toll of that act (codebook §8.1)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 4, 12)


def test_the_dead_an_air_raid_avenges_are_not_its_toll():
    text = (
        "BEIRUT (Reuters) - Government jets pounded the rebel-held village of Kafr Nabudah in "
        "Hama province on Tuesday in retaliation for the deaths of nine soldiers in an ambush, "
        "a war monitor said."
    )
    strikes = [e for e in extract(text, published=PUBLISHED)
               if e.sub_event_type == "Air/drone strike"]
    assert [e.fatalities for e in strikes] == [None]


def test_a_raid_that_avenges_killings_keeps_its_own_toll():
    text = (
        "JOS, Nigeria (Reuters) - Gunmen killed 11 villagers in Barkin Ladi in Plateau state "
        "on Monday to avenge the killing of four herders last month, police said."
    )
    events = extract(text, published=PUBLISHED)
    assert [e.fatalities.to_dict() for e in events if e.fatalities] == [{"low": 11, "high": 11}]


def test_reprisals_that_kill_are_the_act_not_its_motive():
    text = (
        "YOLA, Nigeria (AP) - Youths went on reprisals in farming villages near Numan in "
        "Adamawa state on Sunday, killing 14 people, police said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 14, "high": 14}


def test_the_dead_a_protest_mourns_are_no_toll_and_no_force_on_it():
    text = (
        "Hundreds of villagers marched in Kafr Takharim on Friday to commemorate the death of "
        "four teachers executed by militants in March 2017. Residents of Saraqib also protested "
        "on Friday against the killing of two farmers by the police."
    )
    events = extract(text, published=PUBLISHED)
    assert sorted((e.location.name, e.sub_event_type, e.fatalities) for e in events) == [
        ("Kafr Takharim", "Peaceful protest", None),
        ("Saraqib", "Peaceful protest", None),
    ]
