"""Which earlier event a sentence with no act of its own speaks of (texts written for these
tests)."""

from datetime import date

import pytest

from khaldun import extract

_ATTACK_THEN_ARRESTS = (
    "Gunmen attacked an army post in the town of Tuz Khurmatu on Monday, killing three "
    "soldiers, an army officer said. The defence ministry said troops later arrested four "
    "suspects in a nearby village. {}"
)


@pytest.mark.parametrize("follow_up", [
    "The local mayor blamed Islamic State.",
    "Islamic State claimed responsibility in a statement.",
    "Villagers told reporters they heard gunfire for two hours.",
])
def test_who_did_it_or_its_sounds_go_to_the_act_of_violence_not_the_arrests(follow_up):
    found = extract(_ATTACK_THEN_ARRESTS.format(follow_up), published=date(2019, 4, 2))
    by_sub = {e.sub_event_type: e for e in found}
    assert set(by_sub) >= {"Armed clash", "Arrests"}
    assert follow_up in [c.quote for c in by_sub["Armed clash"].claims]
    assert follow_up not in [c.quote for c in by_sub["Arrests"].claims]


_STRIKE = (
    "An Israeli air strike destroyed a house in the Jabalia refugee camp early on Thursday, "
    "killing six members of one family, the Gaza health ministry said.\n\nThe Israeli "
    "military said it had targeted a commander hiding in the building.\n\n{}"
)


@pytest.mark.parametrize("follow_up", [
    "There were no reports of casualties in Israel.",
    "Militants fired a barrage of rockets at southern Israel in response, the military said.",
])
def test_another_country_or_another_sides_act_is_no_follow_up_of_the_strike(follow_up):
    found = extract(_STRIKE.format(follow_up), published=date(2022, 8, 4))
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert follow_up not in [c.quote for c in strike.claims]
    assert strike.fatalities.low == 6


def test_a_group_saying_its_fighters_carried_out_the_attack_is_its_perpetrator():
    text = (
        "Gunmen attacked an army post in the town of Tuz Khurmatu on Monday, killing three "
        "soldiers, an army officer said.\n\n"
        "Islamic State said in a statement that its fighters had carried out the attack."
    )
    found = extract(text, published=date(2019, 4, 2))
    assert [e.actor1.name for e in found] == ["Islamic State"]


def test_where_the_dead_were_near_the_strikes_place_is_a_claim_on_them():
    text = (
        "Government forces bombard Damascus suburbs\n\n"
        "BEIRUT (AP) - Government forces pounded rebel-held suburbs east of Damascus with "
        "artillery and air strikes on Thursday, killing at least 18 people, activists said.\n\n"
        "The Syrian Observatory for Human Rights said most of the dead were in the towns of "
        "Douma and Harasta in the eastern Ghouta region."
    )
    found = extract(text, published=date(2014, 2, 7))
    assert "Syrian Observatory for Human Rights" in {c.source for e in found for c in e.claims}


def test_a_follow_up_naming_a_town_of_the_events_district_places_it_there():
    text = (
        "Soldiers killed five militants in a raid on a hideout in North Waziristan on Sunday, "
        "the army said.\n\nThe army said troops came under fire as they approached a house "
        "near Miranshah, and one soldier was wounded."
    )
    [event] = extract(text, published=date(2019, 5, 9))
    assert event.location.name == "Miranshah"
    assert len({c.quote for c in event.claims}) == 2


def test_the_people_a_toll_counted_named_again_are_of_that_event():
    text = (
        "A drone strike killed three fighters near the town of Khan Younis on Saturday, "
        "medics said, hours after militants fired mortars at an army post near Beit "
        "Hanoun.\n\n"
        "Islamic Jihad said the three were members of its armed wing."
    )
    found = extract(text, published=date(2019, 5, 5))
    by_sub = {e.sub_event_type: e for e in found}
    quote = "Islamic Jihad said the three were members of its armed wing."
    assert quote in [c.quote for c in by_sub["Air/drone strike"].claims]


def test_an_interception_the_striking_military_tells_is_no_account_of_its_strike():
    text = (
        "An Israeli air strike killed three militants near the town of Khan Younis on "
        "Saturday, medics said, after militants fired rockets at the border.\n\n"
        "The Israeli military said its air defences intercepted two rockets."
    )
    found = extract(text, published=date(2019, 5, 5))
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert "The Israeli military said its air defences intercepted two rockets." not in [
        c.quote for c in strike.claims]


def test_a_town_of_another_province_does_not_lie_in_the_district_an_event_is_near():
    # "near Kirkuk" places the event at Kirkuk's district; Baghdad's own district (Karkh)
    # shares Kirkuk's loose transliteration key but lies in another province
    text = (
        "BAGHDAD (Reuters) - Gunmen killed five members of a family in a village near Kirkuk "
        "late on Sunday, a police officer said. In Baghdad, the interior ministry said an "
        "investigation had been opened."
    )
    (event,) = extract(text, published=date(2018, 3, 6))
    assert event.location.town == "Kirkuk"


def test_a_killing_of_victims_counted_before_continues_their_event_at_a_nearby_town():
    text = (
        "Security forces fired live rounds at protesters in Khartoum on Thursday, killing "
        "three people, medics said.\n\nA doctors' union said the three were shot in the chest "
        "in Omdurman."
    )
    events = extract(text, published=date(2022, 3, 4))
    assert [e.fatalities.to_dict() for e in events] == [{"low": 3, "high": 3}]


def test_a_toll_of_an_act_named_by_its_day_goes_to_the_event_of_that_day():
    text = (
        "KABUL (Reuters) - A suicide attacker killed six people outside a ministry in "
        "Kabul on Wednesday, police said, two days after a blast at a military checkpoint in "
        "the capital.\n\nThe death toll from Monday's explosion has risen to 20, the health "
        "ministry said."
    )
    events = extract(text, published=date(2023, 3, 29))
    tolls = {e.date_start.day: e.fatalities.to_dict() if e.fatalities else None for e in events}
    assert tolls[29] == {"low": 6, "high": 6}
