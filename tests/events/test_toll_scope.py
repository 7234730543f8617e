"""Which counts are an event's toll: a tally over a longer period is not (codebook §8.1); a
list's places take the parts written against each (§8.3)."""

from datetime import date

import pytest

from khaldun import extract

PUBLISHED = date(2019, 3, 5)


def test_a_tally_so_far_this_month_is_not_the_events_toll():
    text = (
        "KIEV (Reuters) - A Ukrainian soldier was killed in a sniper attack near Mariupol on "
        "Monday, the military said. Eleven soldiers have been killed so far this month."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 1, "high": 1}
    assert event.status == "single"


def test_a_toll_since_the_start_of_the_month_is_not_the_events_toll():
    text = (
        "KIEV (Reuters) - Two Ukrainian soldiers were killed and four wounded in shelling near "
        "Avdiivka on Tuesday, the military said. Five soldiers have been killed in the east "
        "since the start of the month."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 2, "high": 2}


def test_a_toll_whose_parts_are_given_per_place_gives_each_place_its_part():
    text = (
        "BEIRUT (AP) - Government air strikes on Idlib province killed 19 civilians on Sunday, "
        "including 11 in Maarat al-Numan and eight in Saraqeb, a monitoring group said."
    )
    events = extract(text, published=PUBLISHED)
    tolls = {e.location.town: e.fatalities.to_dict()["low"] for e in events}
    assert tolls == {"Maarat al-Numan": 11, "Saraqeb": 8}


# A toll for a longer period or a wider area than the event's, told beside it: a siege's, a
# war's since its start, the first months of a year's, the whole war's.
@pytest.mark.parametrize(("text", "toll"), [
    ("SANAA (Reuters) - Houthi fighters shelled a market in the city of Taiz on Sunday, "
     "killing five people, medics said. More than 2,000 civilians have been killed in Taiz "
     "since the siege began, according to a local rights group.", 5),
    ("JUBA (AP) - Gunmen killed three aid workers on a road near Yei on Tuesday, the United "
     "Nations said. Over 100 aid workers have died since the start of the war.", 3),
    ("KABUL (Reuters) - A roadside bomb killed four civilians in a minibus in Ghazni "
     "province on Monday, officials said. The blast came as the United Nations said 1,500 "
     "civilians had been killed in the first six months of the year.", 4),
    ("ADEN (Reuters) - A landmine killed two boys near a village in Lahj province on "
     "Saturday, a local official said. More than 10,000 civilians have been killed in the war, "
     "rights groups say.", 2),
])
def test_a_toll_of_a_longer_period_is_not_the_events_toll(text, toll):
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": toll, "high": toll}


def test_a_toll_before_a_country_owning_a_district_the_gazetteer_lacks_is_the_events():
    text = (
        "Masked attackers killed a village elder in Pakistan's North Waziristan district on "
        "Saturday, police said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 1, "high": 1}


def test_a_toll_of_the_place_and_other_towns_is_not_the_places():
    text = (
        "Warplanes bombed the town of Maarat Misrin on Sunday, a monitor said.\n\n"
        "At least 14 civilians died in the raids on Maarat Misrin and other towns in the "
        "province, the monitor said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities is None


def test_a_toll_restated_right_after_a_tally_is_the_tallys():
    text = (
        "Thousands marched in Omdurman on Thursday against the government, witnesses said.\n\n"
        "Activists say at least 30 people have been killed since the protests began on Dec. "
        "19. The interior ministry puts the toll at 19."
    )
    (event,) = extract(text, published=date(2019, 1, 18))
    assert event.fatalities is None and event.status == "single"


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Artillery shelled Zamalka on Monday, killing 17 people in Zamalka and Ein Tarma.",
         {"Zamalka": None, "Ein Tarma": None}),
        ("Artillery shelled Zamalka and Ein Tarma on Monday, killing 17 people in Ein Tarma.",
         {"Zamalka": None, "Ein Tarma": 17}),
        ("Artillery shelled Zamalka and Ein Tarma on Monday, killing 17 people in Zamalka.",
         {"Zamalka": 17, "Ein Tarma": None}),
        # targets listed, each with its place: still one list, its toll goes to neither
        ("Bombers struck a bakery in the town of Zamalka and a roadblock in Ein Tarma on "
         "Monday, killing 17 people.", {"Zamalka": None, "Ein Tarma": None}),
        # the places a wider one is told by ("areas of X, including A and B"): one list
        ("Mortars fell on areas east of Damascus, including Jaramana and Ein Tarma, on Monday, "
         "killing 17 people.", {"Damascus": None, "Jaramana": None, "Ein Tarma": None}),
    ],
)
def test_a_toll_for_a_list_goes_to_none_and_one_named_again_to_its_place(text, tolls):
    found = {e.location.town: e.fatalities.high if e.fatalities else None
             for e in extract(text, published=PUBLISHED)}
    assert found == tolls


def test_a_wave_of_attacks_that_killed_many_this_month_is_no_event_of_the_day():
    text = ("A car bomb hit the town of Azaz on Monday, the latest in a wave of attacks that "
            "have killed 40 people this month.")
    events = extract(text, published=date(2019, 5, 9))
    assert [(e.location.town, e.fatalities) for e in events] == [("Azaz", None)]


@pytest.mark.parametrize(("town", "area"), [
    ("Ariha", "in Idlib province"), ("Douma", "in the Eastern Ghouta")])
def test_the_dead_of_a_wider_area_are_not_the_towns_toll(town, area):
    text = (
        f"BEIRUT (AP) - Government rockets hit the town of {town} on Sunday, killing four "
        f"people, a monitoring group said. In all, 26 civilians were killed {area} on Sunday, "
        "the monitor said."
    )
    (event,) = [e for e in extract(text, published=PUBLISHED) if e.location.town == town]
    assert event.fatalities.to_dict() == {"low": 4, "high": 4}


def test_the_dead_of_a_province_are_no_toll_of_the_strike_on_a_town_in_it():
    text = (
        "BEIRUT (AP) - Warplanes bombed the town of Khan Sheikhoun on Sunday, a monitoring "
        "group said. At least 30 people were killed in Idlib province on Sunday, it said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities is None


def test_each_place_of_a_counted_list_is_the_act_told_with_its_own_toll():
    text = (
        "Government forces shelled several towns in Idlib province on Monday, activists said."
        "\n\nThe monitor said six people were killed in Saraqeb and three in the nearby town "
        "of Sarmin."
    )
    found = extract(text, published=date(2019, 5, 7))
    by_town = {e.location.town: e for e in found}
    sarmin = by_town["Sarmin"]
    assert sarmin.sub_event_type == "Shelling/artillery/missile attack"
    assert sarmin.actor1.name == "Military Forces of Syria"
    assert (sarmin.fatalities.low, sarmin.fatalities.high) == (3, 3)


# A toll carried "to" a running total over a period or an area: the event keeps its own count
# (and an old date inside the total's clause does not make the sentence background).
@pytest.mark.parametrize(("text", "toll"), [
    ("Iraqi troops fought Islamic State fighters near the village of Badush on Sunday, the "
     "army said. Four soldiers were killed in the clashes, bringing to 52 the number of troops "
     "killed since the offensive began last month.", 4),
    ("Islamic State militants raided a village south of Kirkuk on Saturday, killing three "
     "tribal fighters, a police officer said. The raid brought to 21 the number of fighters "
     "killed in the area this month.", 3),
    ("Gunmen killed six villagers in the village of Kwaga in Borno state on Monday, police "
     "said, raising the number of people killed in the state this week to 40.", 6),
    # the accrual joined to the act's own killing ("killing four, bringing to ..."): the four
    # stay the event's toll
    ("Warplanes struck the town of Ariha in Idlib province on Thursday, killing four people, "
     "bringing to 55 the number of civilians killed in the province this week, the monitor "
     "said.", 4),
])
def test_a_running_total_a_toll_is_brought_to_is_not_the_events_toll(text, toll):
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": toll, "high": toll}
    assert event.status == "single"


def test_a_toll_brought_to_a_figure_with_no_period_or_area_is_the_events_own():
    text = (
        "A car bomb exploded near a checkpoint in the town of Baquba on Sunday, killing nine "
        "people, police said. Three of the wounded later died in hospital, bringing the death "
        "toll to 12."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.high == 12


@pytest.mark.parametrize("record", [
    "The raid was the deadliest since an ambush in the region that killed 28 soldiers.",
    "It was the bloodiest attack on the town since an assault that left 19 people dead.",
])
def test_the_toll_of_the_record_an_act_is_measured_against_is_not_its_own(record):
    text = ("Gunmen raided a police station in the town of Tillaberi on Monday, officials "
            f"said. {record}")
    (event,) = [e for e in extract(text, published=PUBLISHED) if e.location.town == "Tillaberi"]
    assert event.fatalities is None


# Acts in the plural over a period of a week or more, told as an accrual, over an area or a
# month, are a series: their toll (and their days) are no event's (codebook §8.1).
@pytest.mark.parametrize(("text", "toll"), [
    ("A drone strike hit a car near the town of Jaar in Abyan province on Monday, killing three "
     "suspected al-Qaeda militants, local officials said. It was the fifth strike in the "
     "province this month, and the strikes have killed 62 people, the agency said.", 3),
    ("A coalition air strike hit a house in the town of Hajin on Monday, killing four people, "
     "activists said. Coalition air strikes on the province killed 47 people last week.", 4),
    ("A Taliban attack on a police checkpoint in Kunduz province killed five policemen on "
     "Sunday, the governor said. Taliban attacks across the country killed 35 members of the "
     "security forces last week.", 5),
    ("A bomb exploded at a bus station in the city of Kano on Monday, killing four people, "
     "police said. It was the latest in a wave of attacks that have killed more than 100 "
     "people in the state this month.", 4),
    ("A car bomb went off beside a vegetable market in Mosul on Monday, killing seven people, "
     "police said. Over 100 people have been killed in bombings in the province this "
     "month.", 7),
])
def test_the_toll_of_a_series_of_acts_is_not_the_events_toll(text, toll):
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": toll, "high": toll}
    assert event.status == "single"
    assert event.date_start == event.date_end


def test_acts_in_the_plural_over_a_past_week_with_nothing_else_are_the_event():
    text = ("Clashes last week between the army and Islamic State militants in the town of "
            "Hajin killed 20 people, the monitor said.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.high == 20


# One family's dead told by one who lost them are a part of the toll, no total (§8.1).
@pytest.mark.parametrize("loss", [
    "A man who was at the hall said he lost two brothers in the blast.",
    "A father whose two sons died in the blast said he would never forgive the bombers.",
    "A guest said his three children were killed in the blast.",
])
def test_a_relatives_own_loss_is_not_the_events_toll(loss):
    text = ("A suicide bomber blew himself up at a wedding hall in the city of Kirkuk on "
            f"Sunday, police said. {loss}")
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities is None


def test_a_list_of_the_dead_with_a_family_is_the_toll():
    text = ("Gunmen stormed the home of a village chief in the town of Bama on Monday and "
            "killed his three sons, police said. Gunmen killed a man and his two brothers in "
            "the village of Kukawa on Tuesday.")
    assert [e.fatalities.high for e in extract(text, published=PUBLISHED)] == [3, 3]


# An undated act told as one before this one is another act: its toll is none of the event's.
@pytest.mark.parametrize("other", [
    "A similar attack on a mosque in the area killed 12 worshippers, police said.",
    "An earlier bombing at the same church killed 18 people.",
])
def test_the_toll_of_an_earlier_or_similar_act_is_not_the_events(other):
    text = f"Gunmen attacked a church in the town of Dori on Sunday, residents said. {other}"
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities is None
    assert event.status == "single"


def test_a_similar_act_with_a_day_of_its_own_is_an_event():
    text = ("A roadside bomb killed three soldiers near the town of Ghazni on Sunday, officials "
            "said. An earlier blast on Saturday killed two policemen in the city of Kandahar.")
    events = extract(text, published=PUBLISHED)
    assert [(e.location.town, e.fatalities.high) for e in events] == [
        ("Ghazni", 3), ("Kandahar", 2)]
    assert events[1].sub_event_type == "Remote explosive/landmine/IED"


def test_acts_in_the_plural_that_have_killed_in_the_area_undated_are_a_series():
    text = ("A landmine exploded under a car near the village of Tal Abyad on Monday, killing a "
            "woman, police said. Mines left by Islamic State have killed more than 80 civilians "
            "in the area.")
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 1, "high": 1}
    assert event.status == "single"


def test_a_toll_told_of_an_earlier_days_act_by_its_day_goes_to_that_act():
    text = (
        "BAGHDAD (Reuters) - A roadside bomb went off beside a bus in Samarra on Friday, police "
        "said. On Sunday, a suicide bomber killed nine people at a checkpoint near Tikrit. No "
        "deaths were reported in Friday's explosion."
    )
    tolls = {e.location.town: e.fatalities.to_dict() for e in extract(text, published=PUBLISHED)}
    assert tolls == {"Samarra": {"low": 0, "high": 0}, "Tikrit": {"low": 9, "high": 9}}


def test_a_month_of_fire_is_a_series_not_the_events_toll():
    text = (
        "HODEIDAH, Yemen (Reuters) - Mortar fire killed a fisherman in Hodeidah on Monday, medics "
        "said. Houthi mortar fire has killed 40 civilians in the province this month."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 1, "high": 1}


def test_the_toll_of_an_act_told_weeks_before_is_not_the_events_toll():
    text = (
        "KABUL (Reuters) - A suicide bomber struck a wedding hall in Kabul on Monday, police "
        "said. The bombing came three weeks after a car bomb near the airport killed 40 people."
    )
    events = extract(text, published=PUBLISHED)
    assert [e.fatalities for e in events] == [None]


def test_the_dead_of_acts_at_large_in_a_province_are_no_towns_toll():
    text = (
        "BEIRUT (Reuters) - Government jets bombed the town of Kafranbel on Sunday, a monitor "
        "said. In Idlib province, 31 civilians were killed in air raids on Sunday, it said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.location.town == "Kafranbel"
    assert event.fatalities is None


def test_a_death_from_wounds_on_a_later_day_is_the_tolls_of_the_act_that_wounded():
    text = (
        "A Yemeni fisherman died of his wounds on Thursday that he sustained on Monday when "
        "a coalition warship shelled his boat off the port of Mocha, local officials said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.date_start == date(2019, 3, 4)
    assert event.fatalities.to_dict() == {"low": 1, "high": 1}


def test_a_province_toll_whose_parts_are_told_per_town_in_clauses_is_no_event_of_its_own():
    text = (
        "BEIRUT (AFP) - Government air strikes killed 15 civilians in Idlib province on "
        "Tuesday, a monitor said.\n\nSeven civilians, among them two boys, were killed in "
        "raids on the town of Maaret al-Numan, while five died in Saraqeb and three in Ariha, "
        "the monitor said."
    )
    events = extract(text, published=date(2019, 12, 25))
    tolls = {e.location.town: e.fatalities.to_dict()["low"] for e in events}
    assert tolls == {"Maaret al-Numan": 7, "Saraqeb": 5, "Ariha": 3}


# A lead counting the dead over a whole country with no act of its own, then an incident told
# in a town: the country's toll is no toll of that incident (codebook §8.1, §8.7); a lead
# naming its act ("a suicide bomber killed 12 in Iraq") keeps its toll.
@pytest.mark.parametrize(("text", "tolls"), [
    ("At least 38 people were killed in Iraq on Sunday, officials said. In Basra, a bomb went "
     "off outside a bakery. In Kirkuk, gunmen shot dead a judge.", {"Basra": None, "Kirkuk": 1}),
    ("Violence across Syria killed 70 people on Saturday, the monitor said. In Hama province, "
     "army shelling on the town of Latamna killed six civilians.", {"Latamna": 6}),
    ("A suicide bomber killed 12 people in Iraq on Sunday, officials said. The attack hit a "
     "bakery in Basra.", {"Basra": 12}),
])
def test_a_country_wide_toll_goes_to_no_incident_told_after_it(text, tolls):
    found = {e.location.town: e.fatalities.high if e.fatalities else None
             for e in extract(text, published=PUBLISHED)}
    assert found == tolls


def test_a_provinces_tally_over_days_is_no_toll_of_a_strike_told_on_one_of_them():
    # the lead counts a province's dead over a week with no act of its own; the strike told
    # after it, on a day of that week in a village, does not take the tally as its toll
    text = ("The army said on Sunday it had killed 40 militants in operations across Hama "
            "province over the past week. On Friday, army helicopters struck the village of "
            "Latamna.")
    (event,) = extract(text, published=date(2019, 3, 5))
    assert event.location.town == "Latamna"
    assert event.fatalities is None


def test_a_list_whose_last_names_the_gazetteer_lacks_shares_its_toll_with_none():
    text = "Shelling on Zorva, Kamdal, Reshin and Tolvamir killed six civilians on Monday."
    events = extract(text, published=PUBLISHED)
    assert len(events) >= 3
    assert all(e.fatalities is None for e in events)


def test_a_toll_since_an_intervention_is_no_strikes_toll():
    text = (
        "Coalition jets struck rebel positions near Saada on Saturday, officials said. More than "
        "6,000 civilians have been killed in the country since the coalition intervened, the UN "
        "says."
    )
    events = extract(text, published=PUBLISHED)
    assert events and all(e.fatalities is None for e in events)


@pytest.mark.parametrize("tally", [
    "More than 5,000 people have been killed in Yemen.",
    "More than 9,000 people have been killed in Yemen's war, according to the UN.",
    "Nearly 9,000 people have been killed in the country, aid groups say.",
    "About 9,000 people have been killed in the fighting in Yemen, the UN says.",
])
def test_a_countrys_dead_told_in_the_perfect_are_no_towns_toll(tally):
    text = (
        "An air strike hit a market in the town of Zabid on Monday, killing six civilians, "
        f"residents said. {tally}"
    )
    events = extract(text, published=PUBLISHED)
    assert events[0].fatalities.to_dict() == {"low": 6, "high": 6}
    assert all(e.fatalities is None for e in events[1:])


def test_the_source_of_a_countrys_tally_is_no_second_witness():
    text = (
        "An air strike hit a market in the town of Zabid on Monday, killing six civilians, "
        "residents said. About 9,000 people have been killed in the fighting in Yemen, "
        "according to the United Nations."
    )
    events = extract(text, published=PUBLISHED)
    assert len(events) == 1 and events[0].status == "single"


def test_a_countrys_dead_told_of_a_holdout_there_stay_the_acts_toll():
    # the country names where the place is, not the clause's bound
    text = (
        "Coalition air raids have killed 19 people in a last militant pocket of eastern "
        "Syria, a monitor said on Monday."
    )
    events = extract(text, published=PUBLISHED)
    assert events and events[0].fatalities.to_dict() == {"low": 19, "high": 19}


@pytest.mark.parametrize("tally", [
    "The ministry says it has killed more than 400 fighters since the start of the operation.",
    "The army says it has killed 1,500 militants since launching the operation.",
])
def test_a_toll_since_an_operation_began_is_no_strikes_toll(tally):
    text = (
        "Warplanes struck positions of the rebels near Tal Qarun on Saturday, the army said. "
        f"{tally}"
    )
    events = extract(text, published=PUBLISHED)
    assert events and all(e.fatalities is None for e in events)


@pytest.mark.parametrize("series", [
    "The rebels have fired more than 80 rockets at the kingdom, killing at least 11 people.",
    "The militia has launched dozens of missiles at border towns, killing 11 civilians.",
])
def test_the_dead_of_a_counted_series_are_no_event(series):
    text = (
        "Air defences shot down a rocket fired by the rebels over Jizan on Friday, the "
        f"coalition said. {series}"
    )
    events = extract(text, published=PUBLISHED)
    assert events and all(e.fatalities is None for e in events)


def test_two_rockets_told_in_the_perfect_may_be_one_act():
    text = "Militants have fired two rockets at the town of Sderot, killing one person."
    events = extract(text, published=PUBLISHED)
    assert events and events[0].fatalities.to_dict() == {"low": 1, "high": 1}


@pytest.mark.parametrize("run", [
    "The fighting has killed 70 people over the past three days, medics said.",
    "Seventy people have been killed in three days of fighting, medics said.",
])
def test_the_dead_of_a_run_longer_than_the_clash_are_not_its_toll(run):
    # published on a Tuesday: the clash is Monday's, the run began on Sunday
    text = (
        "Tribal fighters clashed with soldiers in the town of Wadi Kharan on Monday, officials "
        f"said. {run}"
    )
    events = extract(text, published=date(2019, 3, 5))
    assert events and all(e.fatalities is None for e in events)
    assert all(e.date_start == e.date_end == date(2019, 3, 4) for e in events)


def test_the_dead_of_a_clashs_own_run_are_its_toll():
    text = (
        "Tribal fighters clashed with soldiers in the town of Wadi Kharan on Sunday, officials "
        "said. The fighting has killed 70 people over the past three days, medics said."
    )
    events = extract(text, published=date(2019, 3, 5))
    assert events and events[0].fatalities.to_dict() == {"low": 70, "high": 70}


def test_a_toll_told_in_a_similar_earlier_raid_is_not_the_events_toll():
    text = (
        "MAIDUGURI (Reuters) - Boko Haram militants attacked the town of Dikwa on Saturday, "
        "residents said.\n\nThe militants killed at least 30 people in Dikwa in a similar raid."
    )
    events = extract(text, published=PUBLISHED)
    assert [e.fatalities for e in events if e.date_start == date(2019, 3, 2)] == [None]
