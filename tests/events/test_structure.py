"""Article structure: lists of places, the article's focus (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.events.focus import points_to_focus

THURSDAY = date(2016, 5, 12)


def test_each_listed_place_is_an_event():
    text = (
        "Government artillery shelled the villages of Kafr Nabl, Maarshoreen and Hass on "
        "Monday."
    )
    events = extract(text, published=THURSDAY)
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert sorted(e.location.name for e in shelling) == ["Hass", "Kafr Nabl", "Maarshoreen"]


def test_a_sentence_naming_the_town_is_placed_at_the_focus():
    text = (
        "Rebels captured the town of Tal Rifaat on Monday, residents said.\n\n"
        "On Tuesday, government troops clashed with rebels near the town's main mosque."
    )
    events = extract(text, published=THURSDAY)
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clash) == 1
    assert clash[0].location.name == "Tal Rifaat"
    assert clash[0].date_start == date(2016, 5, 10)


def test_focus_references():
    assert points_to_focus("Jets struck the city again.")
    assert points_to_focus("Fighting raged there for hours.")
    assert not points_to_focus("There were clashes in a village near Hama.")
    assert not points_to_focus("Jets struck a town near the border.")


def test_a_lead_summing_up_incidents_is_not_an_event_of_its_own():
    text = (
        "Three bombings killed 20 people across Baghdad on Monday.\n\n"
        "A car bomb exploded in Karrada, killing five.\n\n"
        "A roadside bomb hit a patrol in Dora, killing two soldiers."
    )
    events = extract(text, published=THURSDAY)
    assert sorted(e.location.name for e in events) == ["Dora", "Karrada"]


def test_a_separate_incident_never_joins_the_event_before_it():
    text = (
        "A car bomb killed nine people at a bus station in Kirkuk on Sunday, police said. "
        "In a separate incident, gunmen killed two policemen at a checkpoint in Salahuddin "
        "province late on Saturday."
    )
    events = extract(text, published=date(2014, 5, 12))
    assert sorted(e.location.admin1 for e in events) == ["Kirkuk", "Salahuddin"]


def test_the_attacker_goes_on_with_the_event_just_told():
    text = (
        "A suicide bomber blew himself up outside a sports club in Kabul on Sunday, killing "
        "nine people, officials said. The attacker detonated his explosives as young men "
        "queued at the gate in the Qala-e-Fathullah area."
    )
    events = extract(text, published=date(2019, 9, 16))
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_a_toll_written_before_a_list_of_places_is_the_lists():
    text = "Air strikes killed 25 civilians in Douma and Harasta on Thursday, a monitor said."
    events = extract(text, published=date(2018, 3, 9))
    assert sorted(e.location.name for e in events) == ["Douma", "Harasta"]
    assert all(e.fatalities is None for e in events)


def test_an_act_told_hours_later_is_another_incident():
    text = (
        "A car bomb exploded at a market in Baghdad on Tuesday, killing eight people, "
        "police said.\n\n"
        "Hours later, a roadside bomb hit an army patrol in the Dora district, wounding "
        "three soldiers."
    )
    events = extract(text, published=date(2020, 6, 10))
    assert len(events) == 2
    assert {e.location.neighbourhood for e in events} == {None, "Dora"}


def test_the_places_of_one_undated_sentence_share_the_day_one_of_them_joins():
    text = (
        "Rockets hit the Iraqi capital Baghdad on Monday, police said.\n\n"
        "Shells landed in the Mansour and Dora neighbourhoods."
    )
    events = extract(text, published=date(2020, 6, 10))
    assert sorted(e.location.neighbourhood for e in events) == ["Dora", "Mansour"]
    assert {e.date_start for e in events} == {date(2020, 6, 8)}


def test_what_an_event_came_a_week_after_is_another_event_of_its_own_day():
    text = (
        "Jets struck the town of Saraqib on Tuesday, activists said.\n\n"
        "The raid came a week after a car bomb killed 20 people in the town."
    )
    events = extract(text, published=date(2021, 6, 9))
    by_type = {e.sub_event_type: e for e in events}
    assert set(by_type) == {"Air/drone strike", "Remote explosive/landmine/IED"}
    bombing = by_type["Remote explosive/landmine/IED"]
    assert bombing.date_start == date(2021, 6, 1) and bombing.fatalities.low == 20
    assert by_type["Air/drone strike"].fatalities is None


def test_each_quarter_of_a_list_before_its_city_is_of_that_city():
    text = "Government shelling hit the Jobar and Qaboun districts of Damascus on Tuesday."
    events = extract(text, published=date(2021, 6, 9))
    assert sorted(e.location.neighbourhood for e in events) == ["Jobar", "Qaboun"]
    assert {e.location.town for e in events} == {"Damascus"}


def test_a_listed_quarter_named_city_keeps_its_name():
    text = "Car bombs exploded in the neighbourhoods of Sadr City and Kadhimiya in Baghdad."
    events = extract(text, published=date(2021, 6, 9))
    assert sorted(e.location.neighbourhood for e in events) == ["Kadhimiya", "Sadr City"]


def test_a_city_or_province_named_in_the_possessive_locates_the_place_after_it():
    cases = {
        "Shells hit Homs's Baba Amr on Sunday, killing two.": ("Baba Amr", "Homs"),
        "Jets struck Aleppo's Jarablus on Sunday.": (None, "Jarablus"),
        "Jets struck Idlib's Saraqib on Sunday.": (None, "Saraqib"),
    }
    for text, (quarter, town) in cases.items():
        [event] = extract(text, published=date(2021, 6, 9))
        assert (event.location.neighbourhood, event.location.town) == (quarter, town)


def test_a_sentence_opening_on_in_x_names_x():
    [event] = extract("In Yangon, soldiers fired on a crowd, killing three, witnesses said.",
                      published=date(2021, 3, 28))
    assert event.location.name == "Yangon"


def test_a_sentence_saying_where_the_incident_took_place_places_the_event():
    for noun in ("incident", "shooting", "killings"):
        text = (
            "Gunmen killed four traders in Iraq on Monday, police said. "
            f"The {noun} took place in Baquba."
        )
        [event] = extract(text, published=THURSDAY)
        assert event.location.town == "Baquba"


def test_a_place_given_its_part_of_a_national_toll_is_an_event_with_that_part():
    text = (
        "Security forces shot dead at least 20 protesters across the country on Saturday, "
        "including eight in the city of Mandalay, a monitoring group said."
    )
    [event] = extract(text, published=date(2021, 3, 28))
    assert event.location.name == "Mandalay"
    assert (event.fatalities.low, event.fatalities.high) == (8, 8)


def test_what_gangs_do_as_a_rule_is_no_event():
    text = (
        "Gunmen killed seven people in the village of Kabaro in Zamfara state on Monday, "
        "police said.\n\n"
        "The state has been plagued by armed gangs that kidnap for ransom and raid villages."
    )
    events = extract(text, published=date(2023, 3, 14))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_weapon_noun_the_tagger_reads_as_a_present_verb_is_no_habit():
    events = extract("Coalition airstrikes hit vehicles in Harib.", published=date(2018, 2, 8))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_town_near_which_the_village_lies_is_no_event_of_its_own():
    text = ("Rebels killed 22 villagers in an attack on the village of Mamove, near the eastern "
            "town of Beni, the army said.")
    events = extract(text, published=date(2022, 6, 3))
    assert [e.location.name for e in events] == ["Mamove"]


def test_an_incident_after_a_summing_lead_is_its_own_event_with_its_own_toll():
    text = (
        "A wave of bombings and shootings left 21 people dead around Iraq on Sunday, "
        "officials said.\n\n"
        "In Tuz Khurmatu, a car bomb went off by a bus station, killing eight people.\n\n"
        "In Mosul, gunmen shot dead a school teacher outside his home, police added."
    )
    events = extract(text, published=date(2013, 6, 9))
    by_town = {e.location.town: e for e in events}
    assert set(by_town) == {"Tuz Khurmatu", "Mosul"}
    assert (by_town["Mosul"].fatalities.low, by_town["Mosul"].fatalities.high) == (1, 1)


def test_the_shelling_amid_which_sides_clash_is_the_clashs_own():
    text = ("Clashes continued between government forces and rebels near the town of Saraqib "
            "on Tuesday, amid mutual shelling, a monitor said.")
    events = extract(text, published=date(2019, 5, 22))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_drone_shot_down_is_a_disrupted_weapons_use():
    text = "Rebels said on Sunday they had shot down a U.S. MQ-9 drone over Marib province."
    events = extract(text, published=date(2023, 10, 1))
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_the_abducted_killed_is_an_attack_told_as_one_event():
    text = (
        "Gunmen abducted a village head in Kajuru in Kaduna state on Monday, police said.\n\n"
        "His body was found hours later; the gunmen had shot him dead, police said."
    )
    events = extract(text, published=date(2019, 4, 9))
    assert [e.sub_event_type for e in events] == ["Attack"]
    one = extract("Gunmen abducted and killed a village head in Kajuru on Monday, police said.",
                  published=date(2019, 4, 9))
    assert [e.sub_event_type for e in one] == ["Attack"]


def test_an_act_with_no_place_of_its_own_is_at_the_place_its_sentence_opens_on():
    text = (
        "Police fired tear gas at protesters in Nairobi on Friday, witnesses said.\n\n"
        "In the western city of Kisumu, protesters burned tyres and blocked roads, and police "
        "shot dead one man, a hospital official said."
    )
    events = extract(text, published=date(2023, 7, 7))
    dead = [e for e in events if e.fatalities]
    assert [e.location.town for e in dead] == ["Kisumu"]


def test_demonyms_of_more_countries_name_the_country_not_a_place():
    text = "Azerbaijani forces shelled the Armenian towns of Jermuk and Goris on Tuesday."
    events = extract(text, published=date(2022, 9, 14))
    assert sorted(e.location.name for e in events) == ["Goris", "Jermuk"]


def test_strikes_naming_no_weapon_after_air_strikes_are_air_strikes():
    text = (
        "Air strikes killed 23 civilians in Idlib province on Sunday, a monitor said.\n\n"
        "Eleven people were killed in strikes on the town of Saraqib, while seven died in "
        "raids on Ariha, the monitor said."
    )
    events = extract(text, published=date(2019, 5, 20))
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}
    assert {e.location.name for e in events} >= {"Saraqib", "Ariha"}


def test_a_provinces_toll_then_its_towns_tolls_is_a_summary_and_its_incidents():
    text = (
        "Air strikes killed 23 civilians in Idlib province on Sunday, a monitor said.\n\n"
        "Eleven people were killed in strikes on the town of Saraqib, while seven died in "
        "raids on Maarat al-Numan and five in Ariha, the monitor said."
    )
    events = extract(text, published=date(2019, 5, 20))
    events = [e for e in events if e.location.name != "Maarat al-Numan"]
    tolls = {e.location.name: (e.fatalities.low, e.fatalities.high) for e in events}
    assert tolls == {"Saraqib": (11, 11), "Ariha": (5, 5)}
    assert {e.date_start for e in events} == {date(2019, 5, 19)}


def test_the_place_that_owns_a_speaking_source_is_no_event_place():
    text = ("An air strike hit a school housing displaced families in Deir al-Balah on "
            "Saturday, killing 14 people, Gaza's civil defence agency said.")
    events = extract(text, published=date(2024, 8, 10))
    assert [e.location.name for e in events] == ["Deir al-Balah"]
    assert all(c.source != "Syrian Civil Defense" for c in events[0].claims)


def test_each_item_of_a_distributive_tail_is_the_head_act_at_its_place():
    text = (
        "Two bombs went off in Basra on Monday, one aimed at an army truck in the Ashar "
        "district and the other beside a bakery in Zubair, killing six people, police said."
    )
    events = extract(text, published=date(2019, 4, 9))
    assert {e.location.name: e.sub_event_type for e in events} == {
        "Ashar": "Remote explosive/landmine/IED",
        "Zubair": "Remote explosive/landmine/IED",
    }
    assert all(e.fatalities is None for e in events)  # the toll of both (codebook §8.3)


def test_a_toll_of_the_two_attacks_is_no_one_events():
    text = (
        "A car bomb exploded at a checkpoint in Tikrit on Friday. Hours later a roadside "
        "bomb hit a convoy in Samarra. Nine soldiers died in the two attacks, officials said."
    )
    events = extract(text, published=date(2019, 4, 13))
    assert sorted(e.location.name for e in events) == ["Samarra", "Tikrit"]
    assert all(e.fatalities is None for e in events)


def test_a_count_dead_in_the_act_named_after_it_is_that_acts_toll():
    text = (
        "Artillery fire hit a market in Kadugli on Sunday, killing nine, while four others "
        "died in air strikes on the village of Tabanya, a medical group said."
    )
    events = extract(text, published=date(2024, 5, 13))
    tolls = {e.sub_event_type: e.fatalities and e.fatalities.high for e in events}
    assert tolls == {"Shelling/artillery/missile attack": 9, "Air/drone strike": 4}


def test_a_lead_toll_the_incidents_after_it_add_up_to_is_theirs_not_the_leads():
    text = (
        "Fighting between the army and rebels in Kadugli has killed 13 civilians since "
        "Saturday, medics said.\n\n"
        "Rebel shelling hit a market in the city on Sunday, killing nine, while four others "
        "died in air strikes by the army on the village of Tabanya, medics said."
    )
    events = extract(text, published=date(2024, 5, 13))
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert clash.fatalities is None


def test_a_toll_dated_only_by_an_old_day_told_before_is_background():
    text = (
        "Police fired tear gas at marchers in Kassala on Thursday, witnesses said.\n\n"
        "The protests, which began on March 2, have drawn thousands. More than 90 people "
        "have been killed."
    )
    events = extract(text, published=date(2019, 5, 17))
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].fatalities is None


def test_a_lead_total_split_over_cities_is_no_toll_of_the_city_the_lead_names():
    text = (
        "Security forces shot dead 11 marchers on Thursday in Kassala and other eastern towns, "
        "medics said.\n\n"
        "In Gedaref, police opened fire on crowds, killing seven people, medics said.\n\n"
        "In Kassala, four demonstrators were killed when troops fired live rounds, a "
        "doctor said."
    )
    events = extract(text, published=date(2019, 5, 17))
    tolls = {e.location.name: e.fatalities and e.fatalities.high for e in events}
    assert tolls == {"Kassala": 4, "Gedaref": 7}


def test_a_killing_with_its_own_perpetrator_and_day_is_another_event():
    text = (
        "A suicide bomber struck mourners in Ghazni on Sunday, killing nine, officials said.\n\n"
        "The funeral was for a district elder who was shot dead by gunmen in the city on "
        "Friday."
    )
    events = extract(text, published=date(2020, 3, 9))
    assert {(e.sub_event_type, e.date_start) for e in events} == {
        ("Suicide bomb", date(2020, 3, 8)),
        ("Attack", date(2020, 3, 6)),
    }


def test_the_hospital_where_the_wounded_died_is_no_event_place():
    text = (
        "A roadside bomb hit a minibus in Ghazni on Sunday, killing six, officials said.\n\n"
        "Three of the wounded later died at a hospital in Kabul, a health ministry spokesman "
        "said.\n\n"
        "The funeral was for a teacher who was shot dead by gunmen in the city on Friday."
    )
    events = extract(text, published=date(2020, 3, 9))
    assert {e.location.name for e in events} == {"Ghazni"}


def test_a_day_told_before_the_closing_speaker_is_the_events():
    text = (
        "Islamic State militants killed four members of the Popular Mobilisation Forces in an "
        "attack on their positions near the village of Kafr Tin, south of Tikrit, on Tuesday, "
        "a security source said."
    )
    events = extract(text, published=date(2020, 3, 11))
    assert [e.date_start for e in events] == [date(2020, 3, 10)]


def test_a_one_incident_leads_toll_stays_its_own_whatever_later_tolls_add_up_to():
    text = (
        "Insurgents killed five soldiers near Baiji on Tuesday, a security source said.\n\n"
        "Separately, gunmen shot dead two farmers in Tarmiyah.\n\n"
        "In Anbar, an air strike killed three militants in the desert near Rutba."
    )
    events = extract(text, published=date(2020, 3, 11))
    baiji = next(e for e in events if e.location.name == "Baiji")
    assert baiji.fatalities.high == 5


def test_an_attack_hours_later_by_its_own_side_is_another_event_that_day_at_the_focus():
    text = (
        "KISMAYO (Reuters) - A roadside bomb hit a police truck in Kismayo on Saturday, "
        "killing six officers, police said. Al Shabaab claimed responsibility.\n\n"
        "Hours later, gunmen stormed a hotel near the port, a police officer said. Troops "
        "killed the three attackers after a siege, he said."
    )
    events = extract(text, published=date(2019, 12, 29))
    assert [(e.sub_event_type, e.location.name, e.date_start) for e in events] == [
        ("Remote explosive/landmine/IED", "Kismayo", date(2019, 12, 28)),
        ("Armed clash", "Kismayo", date(2019, 12, 28)),
    ]
    assert events[0].actor1.name == "Al Shabaab"


def test_the_gunfight_told_again_at_a_village_in_its_district_is_the_same_event():
    text = (
        "Three militants were killed in a gunfight with troops in Kulgam district on Friday, "
        "police said.\n\n"
        "The gunfight broke out after troops surrounded Redwani Payeen village, an officer "
        "said."
    )
    events = extract(text, published=date(2020, 3, 14))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_tear_gas_shells_fired_at_a_riot_are_no_shelling():
    text = (
        "Protesters pelted police with stones in Kulgam on Friday. Police fired tear gas "
        "shells to disperse them."
    )
    events = extract(text, published=date(2020, 3, 14))
    assert "Shelling/artillery/missile attack" not in {e.sub_event_type for e in events}


def test_a_toll_for_a_list_of_quarters_and_a_town_goes_to_none_of_them():
    text = (
        "Car bombs exploded in the Shaab, Sadr City and Kadhimiya areas of Baghdad on "
        "Monday, killing 26 people."
    )
    events = extract(text, published=date(2018, 2, 20))
    assert {e.location.name for e in events} == {"Shaab", "Sadr City", "Kadhimiya"}
    assert all(e.fatalities is None for e in events)


def test_the_next_sentence_of_an_event_told_on_an_old_explicit_day_keeps_that_day():
    text = (
        "On March 3, 2016, gunmen attacked the village of Tal Hamis in Hasakah province. "
        "They killed 12 villagers and burned several homes, a monitor said."
    )
    events = extract(text, published=date(2016, 3, 20))
    assert [(e.date_start, e.fatalities and e.fatalities.high) for e in events] == [
        (date(2016, 3, 3), 12)
    ]


def test_a_separate_incident_keeps_its_own_acts_together():
    text = (
        "Rebels shelled Hama on Friday, killing two, activists said.\n\n"
        "Separately, rebels fired a rocket at Masyaf, which was intercepted by air defences."
    )
    found = extract(text, published=date(2018, 2, 10))
    assert sorted(e.sub_event_type for e in found) == [
        "Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_an_act_opening_on_meanwhile_keeps_its_own_interception():
    text = (
        "Rebels shelled Hama on Friday, killing two, activists said.\n\n"
        "Meanwhile, rebels fired a rocket at Masyaf, the army said, adding that it was "
        "intercepted."
    )
    found = extract(text, published=date(2018, 2, 10))
    assert sorted(e.sub_event_type for e in found) == [
        "Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_the_attack_told_again_near_a_village_by_the_city_is_the_attack_west_of_it():
    text = (
        "A car bomb killed five soldiers at an army post west of Mosul on Tuesday, officers "
        "said.\n\nThe attack hit troops stationed near the village of Badush, an officer said."
    )
    found = extract(text, published=date(2017, 7, 19))
    assert len(found) == 1 and found[0].fatalities.high == 5


def test_no_casualties_belong_to_the_act_just_told_not_to_an_earlier_toll():
    text = (
        "Warplanes struck a market in Maarat al-Numan on Friday, killing 14 people, the "
        "Observatory said.\n\n"
        "Meanwhile, rebels fired a rocket at Masyaf, the army said, adding that it was "
        "intercepted. There were no reports of casualties."
    )
    found = extract(text, published=date(2018, 2, 10))
    tolls = {e.sub_event_type: (e.fatalities.low, e.fatalities.high) for e in found}
    assert tolls == {"Air/drone strike": (14, 14), "Disrupted weapons use": (0, 0)}


def test_a_relative_clause_about_recent_weeks_leaves_the_report_it_hangs_on():
    text = (
        "Taliban fighters attacked a police post in Farah province on Tuesday, killing nine "
        "policemen, officials said.\n\nThe attack took place in Bala Buluk district, where the "
        "insurgents have stepped up raids in recent weeks, a council member said."
    )
    (event,) = extract(text, published=THURSDAY)
    assert event.location.name == "Bala Buluk"


def test_each_place_of_a_list_of_attacks_told_before_is_an_event():
    text = (
        "Gunmen killed 20 people in attacks on villages in Plateau state on Sunday, police "
        "said.\n\nThe attacks on Qurqubish and Tal Wuzzar happened late Sunday, police said."
    )
    names = {e.location.name for e in extract(text, published=THURSDAY)}
    assert {"Qurqubish", "Tal Wuzzar"} <= names


def test_an_area_named_beside_an_operations_front_is_placed_without_error():
    text = "Army units fought Jaysh al-Islam near Harasta in the Eastern Ghouta on Friday."
    assert extract(text, published=THURSDAY)


def test_a_lead_summing_up_bombings_in_a_city_s_districts_is_no_event_of_its_own():
    text = (
        "BAGHDAD (Reuters) - A wave of bombings across Baghdad killed at least 20 people on "
        "Tuesday, police said.\n\nA car bomb exploded near a market in the eastern Sadr City "
        "district, killing 12 people. A suicide bomber blew himself up at a checkpoint in the "
        "southern Dora district, killing five.\n\nA roadside bomb killed three people in the "
        "western Ghazaliya neighbourhood."
    )
    found = extract(text, published=THURSDAY)
    assert sorted((e.location.name, e.fatalities.high) for e in found) == [
        ("Dora", 5), ("Ghazaliya", 3), ("Sadr City", 12)]
    assert {e.location.town for e in found if e.location.neighbourhood} == {"Baghdad"}
    assert {e.date_start for e in found} == {date(2016, 5, 10)}


def test_a_monitor_s_daily_toll_across_the_country_dates_and_parts_its_incidents():
    text = (
        "The monitor documented the deaths of 20 civilians across Syria on Tuesday, including "
        "nine killed in regime airstrikes on the town of Ariha and five killed by shelling on "
        "Saraqib.\n\nIn Aleppo, four civilians were killed when a rocket hit the al-Hamdaniya "
        "neighbourhood."
    )
    found = extract(text, published=THURSDAY)
    assert sorted((e.location.name, e.fatalities.high) for e in found) == [
        ("Ariha", 9), ("Saraqib", 5), ("al-Hamdaniya", 4)]
    assert {e.date_start for e in found} == {date(2016, 5, 10)}


def test_an_abduction_told_in_full_is_placed_by_the_next_sentence():
    text = (
        "Gunmen abducted 18 travellers from buses in northwest Nigeria, police said on Friday."
        "\n\nThe attack took place on Wednesday on the road between Kaduna and Zaria, a "
        "police spokesman said."
    )
    found = extract(text, published=date(2019, 4, 12))
    assert [(e.sub_event_type, e.location.town, e.date_start) for e in found] == [
        ("Abduction/forced disappearance", "Kaduna", date(2019, 4, 10))]


def test_words_with_no_act_of_their_own_place_the_acts_a_lead_sums_up():
    text = (
        "Insurgents killed 12 policemen in a series of attacks on checkpoints in Farah "
        "province over the weekend, officials said on Monday.\n\nThe attacks began late on "
        "Saturday in Bala Buluk district, a council member said."
    )
    (event,) = extract(text, published=date(2018, 5, 14))
    assert event.location.town == "Bala Buluk" and event.fatalities.high == 12


def test_tolls_per_town_after_a_provinces_strikes_are_those_strikes_dead():
    text = (
        "Government warplanes pounded towns in Idlib province on Friday, killing at least 14 "
        "civilians, rescue workers said.\n\nEight people were killed in Saraqeb and six in "
        "Ariha, the civil defence said."
    )
    found = extract(text, published=date(2019, 5, 31))
    assert sorted((e.location.town, e.sub_event_type, e.fatalities.high) for e in found) == [
        ("Ariha", "Air/drone strike", 6), ("Saraqeb", "Air/drone strike", 8)]


def test_incidents_told_by_ordinal_after_a_lead_are_the_events_of_the_leads_kind():
    text = (
        "Two suicide car bombs exploded outside a hotel and a police station in central "
        "Mogadishu on Saturday, killing at least 15 people, police said.\n\nThe first blast "
        "hit the gate of the hotel. Minutes later, a second car bomb exploded outside the "
        "police station, an officer said."
    )
    found = extract(text, published=date(2017, 3, 4))
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Suicide bomb", None)] * 2


def test_each_act_of_a_sentence_keeps_its_own_clauses_toll():
    text = (
        "Rebel shelling killed three children in a government-held district of Aleppo on "
        "Tuesday, state media said, while government bombardment of the Sukkari district "
        "killed at least 11 people, a monitor said."
    )
    found = extract(text, published=date(2016, 8, 2))
    assert sorted((e.actor1.name, e.fatalities.low, e.fatalities.high) for e in found) == [
        ("Military Forces of Syria", 11, 11), ("Opposition Rebels (Syria)", 3, 3)]


def test_a_killing_closing_a_sentence_with_a_time_clause_is_the_main_acts_toll():
    text = (
        "Two car bombs exploded outside a mosque in Benghazi on Tuesday as worshippers were "
        "leaving evening prayers, killing at least 27 people, medical officials said."
    )
    found = extract(text, published=date(2018, 1, 24))
    assert [(e.sub_event_type, e.fatalities.high) for e in found] == [
        ("Remote explosive/landmine/IED", 27)]


def test_an_answer_to_the_act_just_told_is_an_act_of_its_own():
    text = (
        "Militants attacked a mosque in the town of Bir al-Abed in North Sinai on Friday, "
        "killing 23 worshippers, security sources said.\n\nIn response, Egyptian warplanes "
        "struck militant hideouts in mountainous areas around the town, killing 15 militants, "
        "the army said."
    )
    found = extract(text, published=date(2017, 11, 25))
    assert sorted((e.sub_event_type, e.fatalities.high) for e in found) == [
        ("Air/drone strike", 15), ("Attack", 23)]


def test_the_strike_told_again_in_a_village_of_the_district_it_was_placed_at_is_there():
    text = (
        "A drone strike killed five suspected militants in North Waziristan on Sunday, "
        "officials said.\n\nThe strike hit a compound in the village of Datta Khel, the "
        "officials said."
    )
    found = extract(text, published=date(2016, 5, 22))
    assert [(e.location.town, e.fatalities.high) for e in found] == [("Datta Khel", 5)]


def test_a_strikes_weapon_told_again_in_a_village_of_its_district_is_that_strike():
    text = (
        "A drone strike killed five suspected militants in North Waziristan on Sunday, "
        "officials said.\n\nThe missiles hit a compound in the village of Datta Khel, the "
        "officials said."
    )
    found = extract(text, published=date(2016, 5, 22))
    assert [(e.sub_event_type, e.location.town) for e in found] == [
        ("Air/drone strike", "Datta Khel")]


def test_an_act_told_with_a_listed_incident_takes_the_leads_day_too():
    text = (
        "A series of bombings across Baghdad killed at least 15 people on Monday, police said.\n\n"
        "In the worst attack, a car bomb went off near a busy market in the Karrada district, "
        "killing six people.\n\n"
        "A roadside bomb in the Bayaa district killed five people, and a suicide bomber struck a "
        "checkpoint in Taji, north of the capital, killing four policemen."
    )
    found = extract(text, published=date(2017, 3, 9))
    assert {(e.date_start, e.date_end) for e in found} == {(date(2017, 3, 6), date(2017, 3, 6))}


def test_an_undated_act_told_meanwhile_is_of_the_day_just_told():
    text = (
        "Rebels shelled the Jaramana suburb of Damascus on Thursday, killing two civilians, "
        "state media said.\n\n"
        "Army units, meanwhile, stormed a rebel hideout in Douma, a military source said."
    )
    found = extract(text, published=date(2018, 9, 15))
    assert {e.date_start for e in found} == {date(2018, 9, 13)}


def test_an_act_near_the_site_of_the_one_just_told_is_placed_there():
    text = (
        "Soldiers killed two gunmen in a gunbattle in Baramulla on Monday, police said.\n\n"
        "A soldier also died in the fighting, which began after troops surrounded the village "
        "of Sopore, an officer said.\n\n"
        "Protesters threw stones at the troops near the site of the gunbattle, and police "
        "fired tear gas to disperse them."
    )
    found = extract(text, published=date(2020, 1, 14))
    assert [e.event_type for e in found if e.event_type == "Riots"] == ["Riots"]


def test_a_toll_after_a_list_of_places_goes_to_the_lead_that_told_the_whole():
    text = (
        "ALEPPO, Syria (AP) - Government warplanes pounded rebel-held neighbourhoods of Aleppo "
        "for a second day on Tuesday, killing at least 20 people, activists said.\n\n"
        "The Syrian Observatory for Human Rights said the raids hit the districts of Sukkari, "
        "Bustan al-Qasr and Kalaseh. An activist group said 28 people were killed.\n\n"
        "Rescue workers searched the rubble."
    )
    found = extract(text, published=date(2019, 7, 3))
    assert sum(e.fatalities is not None for e in found) == 1


def test_an_adverb_between_a_weapon_and_its_verb_breaks_no_clause():
    text = ("Shells kill five in Aleppo\n\n"
            "Rebel shelling killed five people in the Midan district of Aleppo on Wednesday, "
            "state media said.\n\n"
            "Russian warplanes meanwhile bombed the districts of Salaheddine and al-Ansari, "
            "killing 11 people, a monitor said.")
    strikes = [e.location.name for e in extract(text, published=date(2016, 10, 27))
               if e.sub_event_type == "Air/drone strike"]
    assert sorted(strikes) == ["Salaheddine", "al-Ansari"]


# Texts whose acts are one event of one sub-type, however many sentences tell them.
ONE_EVENT = {
    "a car bomb whose driver rammed it into its target is a suicide bombing": (
        "A car bomb exploded near a convoy in Kabul on Tuesday, killing eight civilians, "
        "officials said.\n\nThe attacker rammed his explosives-laden vehicle into the convoy, "
        "police said.", date(2017, 5, 2), "Suicide bomb"),
    "a riot told from either side is one event": (
        "Police clashed with demonstrators in the city of Tabriz on Saturday, state media "
        "said.\n\nProtesters in Tabriz threw stones at police and set fire to a police car, a "
        "news agency said.", date(2019, 9, 15), "Violent demonstration"),
    "aircraft an act was done with after its place make one air strike": (
        "Russian forces struck the city of Sumy overnight with drones, damaging a school, "
        "the mayor said.", date(2023, 5, 21), "Air/drone strike"),
    "the weapon of a disruption named again is that disruption": (
        "SANAA (Reuters) - The Houthi movement said on Wednesday it had shot down a "
        "coalition drone over the northern province of Saada.\n\n"
        "A Houthi spokesman said the drone was hit by a missile over the Kitaf district.",
        date(2019, 8, 21), "Disrupted weapons use"),
}


@pytest.mark.parametrize("text, published, sub", ONE_EVENT.values(), ids=ONE_EVENT)
def test_acts_told_again_are_one_event_of_one_sub_type(text, published, sub):
    assert [e.sub_event_type for e in extract(text, published=published)] == [sub]


def test_a_weapon_told_counted_hours_later_is_another_incident():
    text = (
        "Gunmen shot dead two police officers at a checkpoint in Quetta on Monday, police "
        "said.\n\nTwo hours later, a bomb killed a policeman in the same district."
    )
    events = extract(text, published=date(2019, 3, 12))
    assert sorted(e.sub_event_type for e in events) == [
        "Armed clash", "Remote explosive/landmine/IED"]


def test_the_sources_of_a_summing_lead_attest_each_incident_but_give_it_no_toll():
    text = (
        "Gunmen killed at least 14 people in attacks on two villages in Benue state on "
        "Saturday, a local official said.\n\n"
        "Nine people were killed in Agatu and five in Apa, residents said."
    )
    events = extract(text, published=THURSDAY)
    assert sorted(e.location.name for e in events) == ["Agatu", "Apa"]
    for event in events:
        assert {c.source for c in event.claims} == {"residents", "local officials"}
        assert all(c.value != 14 for c in event.claims)


def test_the_set_told_again_is_each_listed_incident():
    text = (
        "Gunmen raided Agatu and Apa in Benue state on Saturday, killing nine people in Agatu "
        "and five in Apa, residents said.\n\nPolice confirmed the attacks."
    )
    events = extract(text, published=THURSDAY)
    assert sorted(e.location.name for e in events) == ["Agatu", "Apa"]
    assert all("police" in {c.source for c in e.claims} for e in events)


def test_the_attackers_told_at_listed_places_do_not_join_the_summing_lead():
    text = (
        "BAMAKO (Reuters) - Jihadist fighters killed at least 18 civilians in attacks on two "
        "villages in central Mali's Mopti region over the weekend, local officials said on "
        "Monday. The attackers stormed Ogossagou and Sobane on Saturday night and Sunday "
        "morning, burning homes."
    )
    events = extract(text, published=date(2019, 5, 13))
    assert sorted(e.location.name for e in events) == ["Ogossagou", "Sobane"]
    assert all(e.fatalities is None for e in events)


def test_a_lead_summing_up_attacks_of_several_kinds_is_no_event_of_its_own():
    text = (
        "BAGHDAD (Reuters) - A wave of attacks across Iraq killed at least 15 people on "
        "Monday, police said.\n\nIn Baquba, gunmen shot dead four soldiers at a checkpoint.\n\n"
        "A car bomb exploded near a market in Kirkuk, killing seven people."
    )
    events = extract(text, published=date(2013, 5, 7))
    assert sorted(e.location.town for e in events) == ["Baquba", "Kirkuk"]


def test_an_incident_told_separately_by_another_side_is_not_attested_by_the_lead():
    text = (
        "Nigerian troops killed 30 insurgents in a series of operations in Borno state over "
        "the past week, the army said on Sunday.\n\nAn army spokesman said soldiers repelled an "
        "attack on a base in Damboa on Wednesday, killing 18 insurgents, while another 12 were "
        "killed in ambushes near Bama.\n\nSeparately, gunmen killed seven farmers near Konduga "
        "on Friday, residents said."
    )
    events = extract(text, published=date(2021, 6, 13))
    farmers = [e for e in events if e.location.town == "Konduga"]
    assert farmers and {c.source for c in farmers[0].claims} == {"residents"}


def test_others_of_a_list_whose_verb_is_left_out_add_to_the_toll():
    text = (
        "A roadside bomb hit a minibus near Kandahar on Monday. Six passengers died at the "
        "scene and three others in hospital, a police spokesman said."
    )
    events = extract(text, published=date(2024, 5, 13))
    assert [e.fatalities.high for e in events] == [9]


def test_a_source_telling_dead_besides_the_outlets_toll_adds_to_it():
    text = (
        "Gunmen opened fire on worshippers at a mosque in Maiduguri on Friday, killing 20 "
        "people. The army said three gunmen were also killed."
    )
    events = extract(text, published=date(2024, 5, 13))
    assert [(e.fatalities.low, e.fatalities.high) for e in events] == [(23, 23)]


def test_places_of_a_wider_tolls_parts_take_their_parts_and_the_area_the_whole():
    text = (
        "Army shelling on Jebel Marra killed 21 people on Sunday, including eight in Golo "
        "and five in Rokoro, a rebel spokesman said."
    )
    events = extract(text, published=date(2024, 5, 13))
    tolls = {e.location.town: e.fatalities.high for e in events}
    assert tolls.get("Golo") == 8 and tolls.get("Rokoro") == 5


def test_a_lead_of_plural_acts_sums_up_the_incidents_in_its_quarters():
    text = (
        "Roadside bombs killed 22 people in Baghdad on Thursday, officials said.\n\n"
        "In the Adhamiya district, a roadside bomb struck a bus, killing 14 pilgrims, police "
        "said. Another bomb killed six in Dora."
    )
    events = extract(text, published=date(2024, 5, 13))
    assert 22 not in [e.fatalities.high for e in events if e.fatalities]


@pytest.mark.parametrize("text", [
    "Militants targeted houses in the village of Kafr Zita with rocket shells on Monday, "
    "claiming the lives of four civilians.",
    "Militants targeted residential neighbourhoods in the city of Hama with rocket shells on "
    "Monday, claiming the lives of four civilians.",
])
def test_a_weapon_a_bare_verb_was_done_with_after_its_place_takes_the_verbs_toll(text):
    events = extract(text, published=THURSDAY)
    assert [(e.sub_event_type, e.fatalities and e.fatalities.low) for e in events] == [
        ("Shelling/artillery/missile attack", 4)]


def test_a_bare_verb_aimed_at_armed_men_keeps_its_own_fight():
    text = ("Militants targeted army positions in the village of Kafr Zita with rocket shells "
            "on Monday.")
    subs = sorted(e.sub_event_type for e in extract(text, published=THURSDAY))
    assert subs == ["Armed clash", "Shelling/artillery/missile attack"]


def test_a_lead_announcing_the_incidents_listed_after_it_dates_them():
    text = (
        "The monitoring group documented the following incidents on Tuesday.\n\n"
        "Idlib: Two civilians were killed when helicopters dropped barrel bombs over the town of "
        "Kafr Nabl.\n\nHama: Rebels and troops clashed near the village of Latamna."
    )
    events = extract(text, published=date(2016, 5, 12))
    assert sorted((e.location.town, e.date_start, e.date_end) for e in events) == [
        ("Kafr Nabl", date(2016, 5, 10), date(2016, 5, 10)),
        ("Latamna", date(2016, 5, 10), date(2016, 5, 10))]
