"""Protests and the force used on them, on short texts written for these tests."""

from datetime import date

import pytest

from khaldun import extract

THURSDAY = date(2021, 6, 10)


def test_killing_by_state_forces_during_a_protest_is_excessive_force():
    text = (
        "Soldiers killed nine people in Kassala on Wednesday, a hospital director said, as "
        "rallies against bread prices went into a third day."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    event = events[0]
    assert (event.actor1.inter, event.actor2.inter) == (1, 6)
    assert event.fatalities.low == 9


def test_fighters_killed_while_a_protest_goes_on_are_not_protesters():
    text = (
        "Soldiers killed nine militants in Kassala on Wednesday, a hospital director said, as "
        "rallies against bread prices went into a third day."
    )
    subs = {e.sub_event_type for e in extract(text, published=THURSDAY)}
    assert "Excessive force against protesters" not in subs


def test_riot_police_name_a_force_not_a_riot():
    text = "Riot police guarded the parliament building in Kassala on Wednesday."
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == []


def test_live_fire_on_the_protest_just_reported_joins_it():
    text = (
        "Thousands of teachers marched in Kassala on Wednesday to demand unpaid wages. "
        "Police used live ammunition near the governor's office, killing two of them."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].actor1.inter == 1 and events[0].actor2.inter == 6


def test_a_running_tally_beside_a_protest_is_no_killing_of_protesters():
    text = (
        "Hundreds of nurses rallied in Kassala on Wednesday, saying eleven health workers "
        "have been killed in the region since January."
    )
    events = extract(text, published=THURSDAY)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", None)]


def test_the_dead_since_the_protests_began_long_ago_are_a_running_tally():
    text = (
        "Hundreds of teachers rallied in Kassala on Wednesday.\n\n"
        "More than 90 people have been killed since the protests erupted on January 3, "
        "according to a tally by a rights group."
    )
    events = extract(text, published=THURSDAY)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", None)]


def test_live_fire_on_rioters_is_the_riot_s_other_side():
    text = (
        "Protesters set fire to tyres and blocked roads in Kassala on Wednesday night.\n\n"
        "Security forces fired live ammunition to disperse the crowds, killing one protester, "
        "a medic said."
    )
    (riot,) = extract(text, published=THURSDAY)
    assert riot.sub_event_type == "Violent demonstration"
    assert (riot.actor1.inter, riot.actor2.inter, riot.fatalities.high) == (5, 1, 1)


def test_marchers_who_storm_a_building_riot():
    (riot,) = extract("Demonstrators stormed the governor's office in Kassala on Wednesday.",
                      published=THURSDAY)
    assert (riot.sub_event_type, riot.actor1.inter) == ("Violent demonstration", 5)


def test_protesters_detained_at_the_protest_are_its_intervention():
    text = (
        "Riot police used tear gas on hundreds of traders protesting a new tax in Kassala on "
        "Wednesday. Several protesters were detained."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].actor2.inter == 1


def test_police_clashing_with_demonstrators_is_no_battle():
    text = "Riot police clashed with anti-government demonstrators in Nairobi on Wednesday."
    events = extract(text, published=date(2022, 10, 28))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_arrests_made_dispersing_a_protest_are_its_intervention():
    text = ("Police fired tear gas and arrested at least 50 people in Nairobi on Friday as "
            "hundreds of protesters defied a ban on demonstrations, witnesses said.")
    [event] = extract(text, published=date(2023, 7, 7))
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.inter == 6


@pytest.mark.parametrize("text", [
    "Police detained 30 people in Kassala on Wednesday as teachers marched on the governor's "
    "office, a union said.",
    # (two drafts, the arrests' and the protest's, that absorb joins: same_kind's
    # arrests_at_protest on arrests told first)
    "Soldiers arrested five men in Kassala on Wednesday as residents demonstrated against the "
    "curfew.",
])
def test_arrests_told_before_the_march_they_were_made_at_are_its_intervention(text):
    [event] = extract(text, published=THURSDAY)
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1.inter, event.actor2.inter) == (6, 1)


def test_arrests_beside_protests_expected_later_stay_arrests():
    text = "Police detained 30 people in Kassala on Wednesday, with protests expected on Friday."
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == ["Arrests"]


def test_fire_on_marchers_killing_people_is_excessive_force():
    text = ("Security forces killed five people when they opened fire on marchers demanding the "
            "release of detainees in Kassala on Sunday.")
    [event] = extract(text, published=date(2022, 10, 3))
    assert event.sub_event_type == "Excessive force against protesters"


def test_a_killing_of_people_by_state_forces_under_a_protest_headline_is_excessive_force():
    text = ("Protests in Zahedan: five killed\n\n"
            "Security forces killed five people in Zahedan on Friday, rights groups said.")
    [event] = extract(text, published=date(2022, 10, 1))
    assert event.sub_event_type == "Excessive force against protesters"


def test_executions_after_a_killing_at_a_protest_stay_attacks():
    text = ("Police shot dead two protesters in Bujumbura on Monday, witnesses said.\n\n"
            "On Wednesday, uniformed men dragged five men out of a bar in Gitega and shot them "
            "dead, a resident said.")
    subs = [e.sub_event_type for e in extract(text, published=date(2015, 10, 15))]
    assert subs.count("Attack") == 1


def test_marchers_counted_among_the_dead_are_victims_not_a_protest_of_their_own():
    text = (
        "Fighting broke out between demonstrators and police in the town of Kosti on "
        "Wednesday, leaving four protesters dead, a hospital official said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    riot = events[0]
    assert (riot.actor1.inter, riot.actor2.inter) == (5, 1)  # rioters against the police
    assert (riot.fatalities.low, riot.fatalities.high) == (4, 4)


def test_a_protest_that_burns_and_fights_is_one_violent_demonstration():
    text = (
        "Angry crowds of protesters set fire to a bank and a tax office in Atbara on "
        "Wednesday and clashed with riot police, residents said. Protesters later torched "
        "the ruling party's offices in the town."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].actor1.inter == 5


def test_soldiers_firing_on_marchers_keep_their_side_when_the_toll_follows():
    text = (
        "Soldiers fired on crowds protesting against police abuses at the main square in "
        "Kosti on Wednesday, a rights group said, killing at least eight."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].actor1.name.startswith("Military Forces")
    assert (events[0].fatalities.low, events[0].fatalities.high) == (8, 8)


def test_people_killed_in_the_clause_after_a_riot_are_its_dead():
    text = (
        "Riot police clashed with stone-throwing marchers in Kosti on Wednesday, and three "
        "demonstrators were killed, a hospital official said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].fatalities.high == 3


def test_marchers_setting_fire_to_a_building_riot():
    text = (
        "In Kassala province, marchers blocked the highway and set fire to the gate of the "
        "governor's office on Wednesday. Police fired tear gas to disperse them."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_arson_with_no_protest_told_is_no_riot():
    text = "Gunmen set fire to the governor's office in Kassala on Wednesday, police said."
    events = extract(text, published=THURSDAY)
    assert "Violent demonstration" not in {e.sub_event_type for e in events}


def test_a_rally_where_a_marcher_is_shot_is_force_used_by_someone_else():
    text = (
        "Troops fired on a march in Kassala on Wednesday, killing two people, doctors said. "
        "Others rallied in Gedaref, where a young man was shot dead, activists said."
    )
    events = extract(text, published=THURSDAY)
    assert {e.sub_event_type for e in events} == {"Excessive force against protesters"}
    assert all(e.actor1 is None or e.actor1.inter != 6 for e in events)


def test_the_statement_of_a_force_denying_live_fire_contests_the_event():
    text = (
        "Police fired live rounds at marchers in Kassala on Wednesday, killing two, doctors "
        "said.\n\nPolice said in a statement that officers were hurt by stones. The statement "
        "denied that police had used live rounds."
    )
    (event,) = extract(text, published=THURSDAY)
    assert event.status == "contested"
    assert ("police", "denial") in {(c.source, c.kind) for c in event.claims}


def test_a_protest_at_a_killing_reports_the_protest_not_the_killing():
    text = "Students marched in Kassala on Wednesday in protest at the killing of a classmate."
    (event,) = extract(text, published=THURSDAY)
    assert (event.sub_event_type, event.actor1.inter) == ("Peaceful protest", 6)


def test_a_march_in_lower_case_is_a_protest_and_the_month_is_not():
    assert [e.sub_event_type for e in extract(
        "Troops fired on a march in Kassala on Wednesday, killing two people.",
        published=THURSDAY,
    )] == ["Excessive force against protesters"]
    assert extract("In the March vote in Kassala, turnout was low.", published=THURSDAY) == []


def test_a_crowd_that_tried_to_rally_has_protested():
    text = (
        "Police arrested 30 teachers in Gedaref on Wednesday as they tried to rally outside "
        "the governor's office, witnesses said."
    )
    subs = {e.sub_event_type for e in extract(text, published=THURSDAY)}
    assert subs & {"Peaceful protest", "Protest with intervention"}


def test_force_on_youths_named_by_their_riot_is_a_riot():
    text = ("Police used tear gas to scatter rock-throwing youths in Kassala on Wednesday, "
            "witnesses said.")
    [event] = extract(text, published=THURSDAY)
    assert event.sub_event_type == "Violent demonstration"
    assert {event.actor1.inter, event.actor2.inter} == {1, 5}


def test_riot_police_name_who_acts_and_report_no_riot():
    [event] = extract("Riot police detained two students in Kassala on Wednesday.",
                      published=THURSDAY)
    assert event.sub_event_type == "Arrests"


def test_deaths_when_police_fired_on_protesters_are_the_force_used_on_them():
    text = ("Two people were shot dead in Kassala on Wednesday when police opened fire on "
            "protesters demanding bread, a doctors' group said.")
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities.low == 2


def test_a_crowd_that_tried_to_march_protested():
    text = ("Police arrested 30 opposition supporters in Kassala on Wednesday as they tried to "
            "march to the governor's office, a party official said.")
    subs = {e.sub_event_type for e in extract(text, published=THURSDAY)}
    assert subs & {"Peaceful protest", "Protest with intervention"}


def test_a_place_the_protesters_stand_in_solidarity_with_is_not_where_they_protest():
    text = ("Residents of Saraqib demonstrated on Wednesday in support of families under siege "
            "in Harasta.")
    assert [e.location.town for e in extract(text, published=THURSDAY)] == ["Saraqib"]
    text = "Hundreds rallied in Idlib on Wednesday in solidarity with the people of Homs."
    assert [e.location.town for e in extract(text, published=THURSDAY)] == ["Idlib"]


def test_protestors_spelled_with_or_protest():
    (event,) = extract("Protestors in Tabriz chanted slogans against price rises on Friday.",
                       published=date(2018, 1, 3))
    assert event.sub_event_type == "Peaceful protest"


def test_stun_grenades_fired_at_marchers_are_the_intervention_not_an_explosion():
    for text in ("Police fired stun grenades at protesters in Kassala on Wednesday.",
                 "Riot police fired tear gas grenades to disperse marchers in Kassala on "
                 "Wednesday."):
        assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == [
            "Protest with intervention"], text


def test_a_hand_grenade_thrown_at_police_stays_a_grenade_attack():
    text = "A man threw a hand grenade at a police post in Kassala on Wednesday."
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == ["Grenade"]


def test_who_a_protest_is_against_is_no_side_of_the_force_used_on_it():
    text = ("Police fired tear gas at hundreds of protesters in Kassala on Wednesday, as "
            "demonstrations against the governor entered a third week.")
    [event] = extract(text, published=THURSDAY)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2.name.startswith("Police Forces")


def test_gunmen_of_no_state_killing_marchers_use_excessive_force_on_them():
    # ACLED's codebook: peaceful protesters targeted with lethal violence, also by non-state
    # armed groups, is excessive force against protesters
    text = "Gunmen opened fire on protesters in Kassala on Wednesday, killing two, witnesses said."
    [event] = extract(text, published=THURSDAY)
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == (
        "Excessive force against protesters", 3, 6)


def test_an_attack_whose_side_acted_on_is_protesters_is_force_used_on_them():
    text = ("Unknown attackers in pickup trucks opened fire on demonstrators camped in a square in "
            "Kassala late on Wednesday, killing nine, doctors said.")
    [event] = extract(text, published=THURSDAY)
    assert (event.sub_event_type, event.actor2.inter) == ("Excessive force against protesters", 6)


def test_crowds_chanting_against_a_government_protest():
    text = ("Hundreds of students chanted slogans against the ruling council outside the "
            "university in Khartoum on Monday, witnesses said.")
    found = extract(text, published=date(2019, 6, 18))
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


def test_dead_told_with_a_dispersal_were_killed_by_the_force_that_dispersed():
    text = (
        "Traders marched in Sokoto on Wednesday against new market taxes. Four people died "
        "when police broke up the march, a nurse said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_some_of_the_marchers_killed_told_after_the_march_is_force_on_it():
    text = (
        "Farmers marched through Sennar on Wednesday to demand water for their fields. "
        "Three of them were killed by gunfire near the dam, a relative said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_people_shot_dead_during_protests_are_protesters_met_with_force():
    text = ("LUSAKA (Reuters) - Zambian police shot dead two people during protests over fuel "
            "prices in Kitwe on Monday, a rights group said.")
    events = extract(text, published=date(2019, 11, 26))
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.parametrize("force", [
    "riot police beat them with batons",
    "police charged them with batons",
    "guards doused them with pepper spray",
])
def test_crowd_control_instruments_on_a_sit_in_are_an_intervention(force):
    text = f"Nurses held a sit-in at the hospital in Kassala on Wednesday, and {force}."
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == [
        "Protest with intervention"]


def test_marchers_attacked_in_their_camp_and_killed_are_one_act_of_force():
    text = (
        "Masked gunmen attacked strikers camped outside the mill in Kassala on Wednesday "
        "night, killing four, union leaders said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities.low == 4


def test_petrol_bombs_thrown_by_a_crowd_are_no_bombing():
    text = (
        "Police shot dead two demonstrators blocking a road in Kassala on Wednesday, medics "
        "said.\n\nThe demonstrators had blocked the road since Tuesday night. Police said 12 "
        "members of the security forces were wounded by stones and petrol bombs."
    )
    subs = [e.sub_event_type for e in extract(text, published=THURSDAY)]
    assert "Remote explosive/landmine/IED" not in subs


def test_a_crowd_gathered_to_press_a_demand_protests_and_live_fire_on_it_is_excessive_force():
    text = (
        "Thousands of people gathered in the main square of Kassala on Wednesday to demand "
        "clean water. Soldiers opened fire, killing four people, a medic said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].actor2.inter == 6


def test_a_crowd_gathered_outside_an_office_of_the_state_protests():
    text = (
        "Crowds gathered outside the governor's office in Kassala on Wednesday. "
        "Police fired live rounds at the crowd, killing one man."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_crowd_gathered_at_the_scene_of_a_blast_is_no_protest():
    text = (
        "A roadside bomb killed three people in Kassala on Wednesday. A crowd gathered at "
        "the scene as ambulances arrived."
    )
    subs = [e.sub_event_type for e in extract(text, published=THURSDAY)]
    assert "Peaceful protest" not in subs


def test_a_march_named_by_its_kind_is_a_protest():
    text = "Hundreds of villagers joined the weekly march in Kassala on Wednesday."
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == ["Peaceful protest"]


def test_a_shooting_by_troops_then_the_march_it_met_told_after_are_one_act_of_force():
    text = (
        "One man was killed and 12 wounded by Sudanese army fire in Kassala on Wednesday, the "
        "health ministry said. Thousands took part in a rally in the town."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert (events[0].actor1.inter, events[0].actor2.inter) == (1, 6)
    assert events[0].fatalities.low == 1


def test_a_shooting_by_troops_in_another_town_than_the_march_stays_apart():
    text = (
        "One man was killed by Sudanese army fire in Kassala on Wednesday, the health ministry "
        "said. Thousands took part in a rally in Gedaref."
    )
    subs = sorted(e.sub_event_type for e in extract(text, published=THURSDAY))
    assert subs == ["Attack", "Peaceful protest"]


def test_a_clash_of_police_with_residents_who_were_demonstrating_is_a_riot():
    text = (
        "Six people died and seven were hurt on Tuesday in clashes between police and "
        "residents in Kassala who were demonstrating against the governor, a Red Crescent "
        "spokesman said on Wednesday."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert (events[0].actor1.inter, events[0].actor2.inter) == (5, 1)
    assert events[0].fatalities.low == 6



@pytest.mark.parametrize("target", [
    "the Turkish consulate", "the embassy", "the ruling party headquarters"])
def test_demonstrators_who_burn_a_mission_or_offices_riot(target):
    text = f"Angry demonstrators burned {target} in Kassala on Wednesday night."
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == [
        "Violent demonstration"]


def test_people_told_marching_when_force_met_them_were_protesting():
    text = ("Hundreds of teachers were marching in Kassala on Wednesday when police fired tear "
            "gas at them.")
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_gunmen_shooting_the_people_of_a_sit_in_just_told_used_force_on_it():
    text = ("Students held a sit-in at the university in Kassala on Wednesday. Gunmen stormed "
            "the campus and shot dead two students.")
    (event,) = extract(text, published=THURSDAY)
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1.inter, event.actor2.inter) == (3, 6)


@pytest.mark.parametrize("text", [
    # other people shot
    "Students held a sit-in at the university in Kassala on Wednesday. Gunmen shot dead two "
    "shopkeepers in the market.",
    # the protest answers the killing
    "Gunmen shot dead two students at the university in Kassala on Wednesday. Hundreds of "
    "students later held a sit-in to condemn the killing.",
])
def test_gunmen_shooting_others_or_before_the_protest_used_no_force_on_it(text):
    subs = [e.sub_event_type for e in extract(text, published=THURSDAY)]
    assert "Excessive force against protesters" not in subs


def test_a_marcher_hit_by_police_gunfire_met_excessive_force():
    text = ("Thousands marched in Kassala on Wednesday against the government. A man was hit by "
            "police gunfire and died in hospital.")
    (event,) = extract(text, published=THURSDAY)
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1.inter, event.actor2.inter) == (1, 6)


@pytest.mark.parametrize(("text", "sub"), [
    ("Police fired tear gas at thousands marching towards the palace in Kassala on Wednesday.",
     "Protest with intervention"),
    ("Workers striking for higher wages blocked the port in Kassala on Wednesday.",
     "Peaceful protest"),
])
def test_people_told_marching_or_striking_after_their_noun_are_protesting(text, sub):
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == [sub]
    assert 6 in (events[0].actor1.inter, getattr(events[0].actor2, "inter", None))


def test_the_force_that_intervened_is_the_side_acted_on_not_the_hurt():
    text = (
        "Thousands of protesters gathered in the main square of Basra on Friday. Police fired "
        "tear gas to push them back, and at least 40 people were injured, a rights group said."
    )
    [event] = extract(text, published=date(2019, 11, 30))
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.inter == 1


def test_workers_who_staged_a_strike_protest_but_a_drone_strike_staged_is_no_protest():
    text = ("More than 300 garment workers staged a strike in Mandalay on Wednesday to demand "
            "higher wages, a union leader said.")
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == ["Peaceful protest"]
    text = "The army staged a drone strike on a rebel camp near Mandalay on Wednesday."
    assert [e.event_type for e in extract(text, published=THURSDAY)] == [
        "Explosions/Remote violence"]


def test_a_killing_by_forces_in_the_clause_of_their_fire_on_a_gathering_is_one_event():
    text = (
        "Soldiers killed two people and wounded 15 in Kassala on Wednesday when they opened "
        "fire on hundreds of people who had gathered outside the governor's office, witnesses "
        "said. Police arrested dozens of the demonstrators."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities.low == 2


def test_a_killing_by_forces_told_before_the_fire_on_a_protest_in_a_later_paragraph_joins_it():
    text = (
        "Police killed three people on Wednesday in Kassala, witnesses said.\n\n"
        "The police fired at a group of people who were protesting against the demolition of "
        "their homes.\n\n"
        "\"They were unarmed,\" said a resident."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities.low == 3


def test_a_killing_by_forces_at_a_riot_that_day_is_part_of_the_riot():
    text = (
        "Soldiers shot dead two people in Baghdad on Wednesday, medical sources said, as "
        "thousands rallied in Tahrir Square for a second week against corruption.\n\n"
        "Protesters in Tahrir Square threw stones at police, who responded with tear gas."
    )
    events = extract(text, published=THURSDAY)
    assert [(e.event_type, e.fatalities.low if e.fatalities else None) for e in events] == [
        ("Riots", 2)]


def test_gunmen_firing_on_a_crowd_a_protest_told_next_had_gathered_use_force_on_it():
    text = (
        "Militiamen opened fire on a crowd in Kassala on Wednesday, killing six people, the "
        "health ministry said.\n\n"
        "Hundreds of residents had gathered outside the militia's headquarters to demand that "
        "the armed group leave the town."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert (events[0].actor2.inter, events[0].fatalities.low) == (6, 6)


def test_gunmen_killing_people_a_protest_told_next_as_now_going_on_is_apart():
    text = (
        "Gunmen shot dead two farmers in Kassala on Wednesday, police said. "
        "Hundreds of students are marching in Kassala against tuition fees."
    )
    subs = [e.sub_event_type for e in extract(text, published=THURSDAY)]
    assert "Excessive force against protesters" not in subs


def test_demonstrators_told_undated_at_the_shooting_make_the_killing_force_on_them():
    text = (
        "Three people were killed in Kassala on Wednesday when police opened fire, a hospital "
        "official said.\n\n"
        "Witnesses said the demonstrators were trying to reach the parliament building when "
        "the shooting started."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert (events[0].actor1.inter, events[0].actor2.inter) == (1, 6)


def test_crowds_filling_the_streets_protest_and_fire_on_the_crowd_is_force_on_them():
    text = (
        "Crowds filled the streets of Kassala on Wednesday, chanting against the governor.\n\n"
        "Soldiers fired live ammunition at the crowd, killing three, a doctors' group said."
    )
    events = extract(text, published=THURSDAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].date_start == date(2021, 6, 9)


def test_smoke_filling_the_streets_is_no_protest():
    text = "Smoke filled the streets of Kassala on Wednesday after a fire at a depot."
    assert [e.event_type for e in extract(text, published=THURSDAY)] == []


def test_tear_gas_fired_at_a_crowd_whose_march_the_next_sentence_tells_is_its_intervention():
    text = ("Soldiers fired tear gas and rubber bullets at hundreds of people in Omdurman on "
            "Tuesday. The crowd had marched from the university to the governor's office.")
    events = extract(text, published=date(2019, 6, 28))
    assert [(e.sub_event_type, str(e.date_start)) for e in events] == [
        ("Protest with intervention", "2019-06-25")]


def test_tear_gas_with_no_protest_told_next_types_nothing():
    text = ("Soldiers fired tear gas in Omdurman on Tuesday. The governor said the curfew "
            "would be lifted on Friday.")
    assert extract(text, published=date(2019, 6, 28)) == []


def test_thousands_in_a_square_demanding_a_resignation_protest():
    text = ("Soldiers shot dead four people in Omdurman on Thursday. Thousands were in the "
            "square demanding the resignation of the governor.")
    assert [e.sub_event_type for e in extract(text, published=THURSDAY)] == [
        "Excessive force against protesters"]


def test_a_riot_told_as_later_than_a_shooting_is_no_crowd_it_fell_on():
    text = (
        "Troops shot dead a man who tried to stab a soldier at a checkpoint near Nablus on "
        "Thursday, the army said.\n\nClashes later broke out in Beita between residents and "
        "soldiers, who fired tear gas, according to medics."
    )
    events = extract(text, published=date(2018, 3, 16))
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Violent demonstration"]


def test_riot_weapons_used_to_disperse_youths_tell_a_gathering_intervened_in():
    text = (
        "Troops fired tear gas and rubber bullets to disperse hundreds of youths in the "
        "village of Kafr Qaddum on Friday, medics said."
    )
    (event,) = extract(text, published=date(2018, 3, 17))
    assert event.sub_event_type == "Protest with intervention"
