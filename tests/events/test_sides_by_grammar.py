"""Sides read off the parse (codebook §3), on short texts written for these tests."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2019, 3, 8)


def _sides(event):
    return (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
    )


def test_the_side_a_patrol_came_under_fire_from_acted():
    (event,) = extract(
        "A police patrol came under fire from Taliban fighters in Pul-i-Khumri on Wednesday, "
        "killing three officers.",
        published=PUBLISHED,
    )
    assert event.actor1.name == "Taliban"
    assert event.actor2 is not None and event.actor2.inter == 1


def test_the_shelling_a_convoy_came_under_was_the_named_forces():
    (event,) = extract(
        "Turkish troops came under shelling from Syrian government forces near Maarat "
        "al-Numan on Wednesday, killing four Turkish soldiers.",
        published=PUBLISHED,
    )
    assert (event.actor1.inter, event.actor2.inter) == (1, 8)
    assert event.actor1.name.startswith("Military Forces of Syria")


def test_forces_loyal_to_the_government_are_the_state_outside_libya():
    (event,) = extract(
        "Houthi fighters clashed with forces loyal to the government near Taiz on Wednesday, "
        "leaving nine dead.",
        published=PUBLISHED,
    )
    names = _sides(event)
    assert not any(n and "National Accord" in n for n in names)
    assert (event.actor1.inter, event.actor2.inter) == (1, 1)


def test_a_checkpoint_manned_by_militiamen_is_the_militia_hit():
    (event,) = extract(
        "A roadside bomb went off at a checkpoint manned by pro-government militiamen in "
        "Salamiyah on Wednesday, killing two of them.",
        published=PUBLISHED,
    )
    assert event.actor2 is not None
    assert event.actor2.name == "National Defence Forces"


def test_the_men_who_planted_a_bomb_set_it_not_the_police_who_held_them():
    events = extract(
        "Police detained two Taliban members who planted a roadside bomb that killed four "
        "civilians in Gardez on Wednesday.",
        published=PUBLISHED,
    )
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.actor1.name == "Taliban"
    assert bomb.actor2.inter == 7


def test_the_police_who_broke_up_a_protest_are_its_other_side():
    events = extract(
        "Hundreds of protesters marched in Kassala on Wednesday to demand the governor resign, "
        "and police dispersed them with tear gas.",
        published=PUBLISHED,
    )
    (protest,) = [e for e in events if e.sub_event_type == "Protest with intervention"]
    assert protest.actor1.inter == 6
    assert protest.actor2 is not None and protest.actor2.name.startswith("Police Forces")


def test_soldiers_of_a_named_force_killed_are_that_force_not_a_perpetrator():
    (event,) = extract(
        "A rocket hit a training camp in Lahj on Wednesday, killing 11 soldiers of the Security "
        "Belt forces, medics said.",
        published=PUBLISHED,
    )
    assert event.actor2 is not None and event.actor2.name == "Security Belt Forces"
    assert event.actor1.name == "Unidentified Armed Group (Yemen)"


def test_the_force_that_says_it_struck_the_attackers_acted():
    events = extract(
        "The Nigerian army said on Tuesday it destroyed ten trucks carrying insurgents who "
        "launched an attack on a base in Monguno.",
        published=PUBLISHED,
    )
    assert events and events[0].actor1.inter == 1


def test_soldiers_among_the_dead_of_a_clash_are_no_side_of_it():
    events = extract(
        "Fighting between rival sects killed eleven people, including three soldiers, in "
        "Halba, Lebanon, on Tuesday.",
        published=PUBLISHED,
    )
    assert events and all(e.actor1 is None or e.actor1.inter != 1 for e in events)


def test_a_leader_whose_backers_fought_is_no_side_of_the_clash():
    events = extract(
        "Clashes between backers and foes of the deposed president left four people dead in "
        "Damanhur, Egypt, on Friday.",
        published=PUBLISHED,
    )
    assert events and all(e.actor1 is None or e.actor1.inter != 1 for e in events)


def test_a_suicide_bomber_after_the_toll_is_who_struck():
    (event,) = extract(
        "Forty people were killed on Monday after a suicide bomber detonated his explosives at a "
        "checkpoint in Bannu, Pakistan.",
        published=PUBLISHED,
    )
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1.inter == 2 and not event.actor1.name.startswith("Unidentified")


@pytest.mark.parametrize(
    "text",
    [
        # where a device went off, told in a quote after the act
        "A roadside bomb killed two shepherds in Garissa on Monday, police said.\n\n"
        '"The device was hidden near the army checkpoint and it went off when they walked '
        'past," an officer said.',
        # the object of a verb: a side accused, not the doer
        "A car bomb exploded in a crowded market in Homs on Monday, killing at least 11 "
        "people, state media said. Rebel groups accused the government of staging the blast.",
        # where the act in the subject was
        "A car bombing beside the state government offices in Gombe killed at least 12 people on "
        "Tuesday morning.",
    ],
)
def test_a_side_named_as_where_an_act_was_or_as_an_object_is_no_agent(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.inter == 3


def test_the_dead_of_a_shooting_are_of_its_target_after_a_fronted_date():
    (event,) = extract(
        "On Tuesday, masked gunmen opened fire on a traffic policeman, killing him, in a "
        "market of Tikrit.",
        published=PUBLISHED,
    )
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.inter == 1


def test_the_owner_of_what_was_hit_did_not_act():
    (event,) = extract(
        "A military truck belonging to government forces was destroyed by a guided missile "
        "near Sirwah on Tuesday.",
        published=PUBLISHED,
    )
    assert event.actor1 is not None and event.actor1.inter == 3
    assert event.actor2 is not None and event.actor2.inter == 1


def test_who_holds_the_place_of_a_blast_did_not_set_it_off():
    for text in (
        "A hidden device went off beside a post manned by Kurdish fighters in Hasakah on "
        "Tuesday, killing two shepherds.",
        "Four boys were killed by a mine that went off in Manbij, a town held by the SDF.",
    ):
        (event,) = extract(text, published=PUBLISHED)
        assert event.actor1.name.startswith("Unidentified Armed Group"), text


def test_an_armoured_vehicle_hit_is_its_army_s_named_first():
    for text, hit in (
        ("Militants blew up an armored vehicle near Baiji on Tuesday, killing its crew.",
         "Military Forces of Iraq"),
        ("On Tuesday YPG gunmen destroyed one Turkish army armoured vehicle close to Rajo.",
         "Military Forces of Turkey"),
    ):
        (event,) = extract(text, published=PUBLISHED)
        assert event.actor2 is not None and event.actor2.name == hit, text


def test_who_claims_that_soldiers_were_killed_speaks_and_did_not_kill_them():
    (event,) = extract(
        "Houthi fighters claimed that several soldiers were killed in a roadside bomb blast "
        "in Harib district on Monday.",
        published=PUBLISHED,
    )
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified")
    assert event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "A bomb attached to an army vehicle exploded in Kirkuk on Monday, wounding two soldiers.",
        "An explosive device planted under a police vehicle went off in Kirkuk on Monday.",
        "A mortar shell fired at a police station killed two officers in Baquba on Monday.",
    ],
)
def test_the_side_a_bomb_was_put_on_or_aimed_at_is_hit_not_acting(text):
    (event,) = extract(text, published=PUBLISHED)
    assert event.actor1 is not None and event.actor1.inter == 3
    assert event.actor2 is not None and event.actor2.inter == 1


def test_soldiers_who_died_in_a_blast_are_hit_not_acting():
    (event,) = extract(
        "Three soldiers died when a car bomb went off in Marib on Monday.", published=PUBLISHED
    )
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified")
    assert event.actor2 is not None and event.actor2.inter == 1


def test_the_people_a_bus_carried_are_the_side_hit():
    (event,) = extract(
        "A roadside bomb hit a bus carrying army recruits near Homs on Monday, killing six.",
        published=PUBLISHED,
    )
    assert event.actor2 is not None and event.actor2.inter == 1


def test_shells_fired_from_army_positions_are_the_armys():
    (event,) = extract(
        "Shells fired from army positions landed in Douma on Monday, wounding three children.",
        published=PUBLISHED,
    )
    assert (event.actor1.inter, event.actor2.inter) == (1, 7)


def test_the_sides_of_a_fight_told_beside_an_air_strike_are_the_fights():
    events = extract(
        "KHARTOUM (Reuters) - Fighting between the Sudanese army and the Rapid Support Forces "
        "raged in Bahri on Thursday, witnesses said, as air strikes hit RSF bases in "
        "Omdurman's Ombada neighbourhood.",
        published=PUBLISHED,
    )
    (strike,) = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike.actor2.name.startswith("RSF")
    assert strike.actor1 is None or not strike.actor1.name.startswith("RSF")


def test_a_side_hit_by_another_act_did_not_fight_the_clash():
    events = extract(
        "KHARTOUM (Reuters) - Fighting raged in Bahri on Thursday, as air strikes hit RSF "
        "bases in Omdurman.",
        published=PUBLISHED,
    )
    (clash,) = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash.actor1 is None or not clash.actor1.name.startswith("RSF")


def test_fighting_told_on_with_no_side_named_is_between_the_sides_told_before():
    events = extract(
        "HTS fighters clashed with Ahrar al-Sham in Daret Azza on Tuesday, residents said.\n\n"
        "Fighting later spread to Hazano, they said.",
        published=PUBLISHED,
    )
    assert {_sides(e) for e in events} == {("HTS: Hayat Tahrir al-Sham", "AAS: Ahrar al-Sham")}


def test_the_troops_whose_fire_killed_are_the_killers():
    (event,) = extract(
        "Three men were killed by live fire from troops in Khartoum on Friday.",
        published=PUBLISHED,
    )
    assert event.actor1.name.startswith("Military Forces of Sudan")
    assert event.actor1.inter == 1


def test_a_man_hit_by_police_gunfire_was_attacked_by_the_police():
    (event,) = extract(
        "A man was hit by police gunfire in Basra on Friday and died in hospital.",
        published=PUBLISHED,
    )
    assert event.sub_event_type == "Attack"
    assert event.actor1.name.startswith("Police Forces of Iraq")


def test_a_convoy_hit_by_rocket_fire_was_shelled():
    (event,) = extract(
        "A column of minibuses was hit by rocket fire near Luhansk on Friday, and dozens of "
        "people were killed.",
        published=PUBLISHED,
    )
    assert event.sub_event_type == "Shelling/artillery/missile attack"
