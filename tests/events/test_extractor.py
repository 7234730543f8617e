"""The extractor end to end on short texts written for these tests."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.pipeline import extract_article
from khaldun.records import Article

MONDAY = date(2012, 3, 5)


def only(events, sub):
    found = [e for e in events if e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.location.name) for e in events]
    return found[0]


def test_weekday_resolves_against_publication_and_sources_are_attributed():
    text = (
        "Syrian warplanes struck the Khaldiyeh district of Homs on Sunday, opposition "
        "activists said. The Syrian Observatory for Human Rights said twelve people were "
        "killed in the raids."
    )
    event = only(extract(text, published=MONDAY), "Air/drone strike")
    assert event.date_start == event.date_end == date(2012, 3, 4)
    assert event.location.neighbourhood and event.location.town == "Homs"
    assert event.fatalities.low == event.fatalities.high == 12
    sources = {c.source for c in event.claims}
    assert {"opposition activists", "Syrian Observatory for Human Rights"} <= sources
    assert event.status == "corroborated"


def test_tolls_from_two_sources_far_apart_are_contested():
    text = (
        "Government jets bombed the town of Saraqeb on Monday. The Observatory said 8 people "
        "were killed in the raid. A local council put the death toll at 20."
    )
    event = only(extract(text, published=MONDAY), "Air/drone strike")
    assert (event.fatalities.low, event.fatalities.high) == (8, 20)
    assert event.status == "contested"


def test_quote_offsets_point_into_the_text():
    text = "Rebels clashed with army troops in Rastan on Monday, residents said."
    event = only(extract(text, published=MONDAY), "Armed clash")
    claim = event.claims[0]
    assert text[claim.start : claim.end] == claim.quote


def test_two_instruments_two_places_give_separate_events():
    text = (
        "Warplanes bombed the town of Kafr Nabl on Monday, while artillery shelled the "
        "village of Maarshoreen."
    )
    events = extract(text, published=MONDAY)
    assert {(e.sub_event_type, e.location.name) for e in events} >= {
        ("Air/drone strike", "Kafr Nabl"),
        ("Shelling/artillery/missile attack", "Maarshoreen"),
    }


def test_per_place_tolls_split_neighbourhoods():
    text = (
        "Regime forces stormed several districts of the capital on Monday, killing 12 "
        "civilians in the neighbourhood of Qaboun and 7 in Barzeh."
    )
    events = [e for e in extract(text, published=MONDAY) if e.fatalities]
    tolls = sorted(e.fatalities.low for e in events)
    assert tolls == [7, 12]


def test_background_and_forecasts_are_not_events():
    text = (
        "The war has killed more than 100,000 people since 2011. The army said it would "
        "storm the town of Talbiseh soon. Rebels captured Talbiseh in 2012."
    )
    assert extract(text, published=MONDAY) == []


def test_a_place_inside_another_takes_its_coordinates():
    text = "Regime forces shelled the hamlet of Zzyqat in the countryside of Hama on Monday."
    event = only(extract(text, published=MONDAY), "Shelling/artillery/missile attack")
    assert event.location.name == "Zzyqat"
    assert event.location.lat is not None and event.location.geo_precision == 2


def test_an_explosion_mentioned_again_is_the_same_event():
    text = (
        "A car bomb exploded near a market in Damascus on Monday, killing nine people, "
        "state television said. The blast damaged a nearby school, residents said."
    )
    events = extract(text, published=MONDAY)
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert {c.source for c in events[0].claims} >= {"state television", "residents"}


def test_statement_date_is_not_the_event_date():
    text = "Warplanes struck Douma on Saturday, killing four people, activists said on Monday."
    event = only(extract(text, published=MONDAY), "Air/drone strike")
    assert event.date_start == date(2012, 3, 3)


def test_article_without_date_still_yields_events_with_a_warning():
    result = extract_article(Article(text="Gunmen shot dead three farmers in Bama."))
    assert result.events and result.events[0].time_precision == 3
    assert any("no publication date" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Hundreds of people protested in Hama on Monday against the government.",
            "Peaceful protest",
        ),
        ("Security forces arrested 40 people in Deraa on Monday.", "Arrests"),
        ("A suicide bomber blew himself up in Kirkuk on Monday.", "Suicide bomb"),
        (
            "Militants kidnapped two aid workers in Idlib on Monday.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_sub_types_from_triggers(text, sub):
    assert sub in {e.sub_event_type for e in extract(text, published=MONDAY)}


def test_a_territory_follow_up_without_trigger_words_keeps_its_claim():
    text = (
        "Rebels captured the town of Morek on Monday. The Observatory said the number of "
        "casualties was not yet known."
    )
    event = only(extract(text, published=MONDAY), "Non-state actor overtakes territory")
    assert any(c.source == "Syrian Observatory for Human Rights" for c in event.claims)


def test_air_instruments_keep_their_sub_type_and_absorb_air_delivered_munitions():
    events = extract(
        "Aerial bombardment hit Kafr Batna on Monday. Fighter jets fired missiles at Arbin.",
        published=MONDAY,
    )
    assert {(e.sub_event_type, e.location.name) for e in events} == {
        ("Air/drone strike", "Kafr Batna"),
        ("Air/drone strike", "Arbin"),
    }


def test_a_toll_follows_the_verb_it_counts_across_clauses():
    text = (
        "A helicopter dropped barrel bombs on the town of Sarmin on Monday, killing six people, "
        "while warplanes struck the town of Binnish."
    )
    tolls = {e.location.name: e.fatalities for e in extract(text, published=MONDAY)}
    assert tolls["Sarmin"].low == 6 and tolls["Binnish"] is None


def test_a_national_daily_tally_is_not_an_event():
    text = "At least 40 people were killed across Syria on Monday, activists said."
    assert extract(text, published=MONDAY) == []


def test_a_state_agency_dispatch_speaks_in_its_own_voice():
    text = "Hama, SANA- Terrorists fired mortar shells on the town of Mhardeh on Monday."
    event = only(extract(text, published=MONDAY), "Shelling/artillery/missile attack")
    assert {c.source for c in event.claims} == {"SANA"}


def test_a_wire_dispatch_stays_the_reporter():
    text = "BEIRUT, March 5 (Reuters) - Jets struck the town of Kafr Nabl on Monday."
    event = only(extract(text, published=MONDAY), "Air/drone strike")
    assert {c.source for c in event.claims} == {"reporter"}


def test_an_assault_whose_dead_belong_to_the_blast_is_one_event():
    text = (
        "Militants stormed a hotel in Mogadishu on Monday after a car bomb blast at its gate, "
        "killing at least 15 people, police said."
    )
    events = extract(text, published=MONDAY)
    assert [(e.sub_event_type, e.fatalities.low) for e in events] == [
        ("Remote explosive/landmine/IED", 15)
    ]


def test_the_title_of_a_video_reports_nothing():
    text = 'Activists posted a video entitled "Massacre in Kafr Nabl" on Monday.'
    assert extract(text, published=MONDAY) == []


def test_unknown_names_said_to_be_in_the_capital_are_its_quarters():
    text = "Syrian troops clashed with rebels near Zqaq al-Jinn in the capital on Monday."
    event = only(extract(text, published=MONDAY), "Armed clash")
    assert (event.location.neighbourhood, event.location.town) == ("Zqaq al-Jinn", "Damascus")


def test_an_unknown_name_in_an_article_about_a_big_city_is_one_of_its_quarters():
    text = (
        "Government aircraft bombed Aleppo on Sunday, activists said. "
        "Rebels fought troops in Zqubiyat on Monday."
    )
    event = only(extract(text, published=MONDAY), "Armed clash")
    loc = event.location
    assert (loc.neighbourhood, loc.town, loc.country, loc.geo_precision) == (
        "Zqubiyat",
        "Aleppo",
        "SY",
        1,
    )
    assert loc.lat is not None


def test_an_unknown_village_takes_the_coordinates_of_the_town_the_article_is_about():
    text = (
        "Government aircraft bombed Saraqib on Sunday, activists said. "
        "Rebels fought troops in the village of Zqubiyat on Monday."
    )
    event = only(extract(text, published=MONDAY), "Armed clash")
    loc = event.location
    assert (loc.town, loc.neighbourhood, loc.country, loc.geo_precision) == (
        "Zqubiyat",
        None,
        "SY",
        2,
    )
    assert loc.lat is not None


SATURDAY_AFTER = date(2019, 3, 12)


def test_a_blast_in_a_capital_named_by_its_role_is_one_event_with_its_toll():
    text = (
        "A car bomb exploded near a checkpoint in Somalia's capital on Saturday, killing at "
        "least eight people, police said.\n\n"
        "A police officer said the vehicle blew up near the KM4 junction."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert len(events) == 1, [(e.sub_event_type, e.location.name) for e in events]
    event = events[0]
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.location.town == "Mogadishu" and event.fatalities.low == 8
    assert event.date_start == date(2019, 3, 9)


def test_the_capital_of_a_named_country_is_its_capital_city():
    text = "Fighting in the capital of the Central African Republic left six dead on Monday."
    [event] = extract(text, published=SATURDAY_AFTER)
    assert event.location.town == "Bangui"
    text = "Gunmen killed three people in the capital of Hama province on Monday."
    assert all(e.location.town != "Damascus" for e in extract(text, published=SATURDAY_AFTER))


def test_a_look_alike_place_never_heads_a_persons_name():
    text = (
        "Gunmen opened fire on farmers in Kwatara village in Borno state on Tuesday, killing "
        "six, said Babakura Kolo, a militia leader."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert [e.location.name for e in events] == ["Kwatara"]


def test_who_was_fired_on_decides_attack_over_clash():
    text = (
        "Gunmen opened fire on farmers in Kwatara village, near the town of Konduga, on "
        "Tuesday, said a leader of a militia that helps the military."
    )
    event = only(extract(text, published=SATURDAY_AFTER), "Attack")
    assert event.actor2.inter == 7 and event.location.name == "Kwatara"


def test_a_denied_capture_is_a_contested_clash():
    text = (
        "Government forces retook the town of Qaryat Zuhra on Friday after heavy fighting with "
        "the militants, the governor said.\n\n"
        "The militants denied losing the town."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert [(e.sub_event_type, e.status) for e in events] == [("Armed clash", "contested")]
    kinds = {c.kind for c in events[0].claims}
    assert {"territory", "denial"} <= kinds


def test_a_side_denying_an_attack_makes_it_contested_and_reports_no_new_event():
    text = (
        "Rockets hit houses in the Abu Salim district of Tripoli on Wednesday, killing three "
        "civilians, the health ministry said.\n\n"
        "The Libyan National Army denied targeting civilians and said it had struck militia "
        "positions."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert len(events) == 1 and events[0].status == "contested"
    denial = next(c for c in events[0].claims if c.kind == "denial")
    assert "National Army" in denial.source


def test_force_used_on_the_protest_of_the_sentence_before_makes_it_an_intervention():
    text = (
        "Hundreds of people protested in Kabul on Sunday against rising prices.\n\n"
        "Police fired into the air to disperse the crowd."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_a_province_opening_the_sentence_places_the_event_not_the_statement():
    text = (
        "In the eastern province of Nangarhar, a U.S. drone strike killed five militants in "
        "Achin district on Saturday, the provincial governor's office said."
    )
    event = only(extract(text, published=SATURDAY_AFTER), "Air/drone strike")
    assert (event.location.country, event.location.admin1) == ("AF", "Nangarhar")


def test_captured_fighters_are_no_captured_ground():
    text = "Three soldiers were captured during clashes with rebels in Saraqib on Monday."
    events = extract(text, published=SATURDAY_AFTER)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_lead_placed_in_towns_is_no_summary_of_strikes_elsewhere():
    text = (
        "Warplanes carried out 14 airstrikes on Saturday on the towns of Saraqib and Ariha, "
        "the Observatory said.\n\n"
        "Helicopters also dropped barrel bombs on the village of Taftanaz."
    )
    places = {e.location.town for e in extract(text, published=SATURDAY_AFTER)}
    assert {"Saraqib", "Ariha"} <= places


def test_a_province_after_a_town_holds_it_and_is_no_second_event():
    text = (
        "Clashes continued between troops and rebels on the outskirts of Morek, in the northern "
        "countryside of Hama, on Monday."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert [e.location.town for e in events] == ["Morek"]


def test_a_toll_for_a_list_of_places_goes_to_none_but_an_apposition_is_no_list():
    listed = "Gunmen attacked Wukari and Ibi on Monday, killing 30 villagers, police said."
    assert all(e.fatalities is None for e in extract(listed, published=SATURDAY_AFTER))
    apposed = "Gunmen killed five villagers in Egbe, Yagba West council, on Monday, police said."
    assert [e.fatalities.high for e in extract(apposed, published=SATURDAY_AFTER)] == [5]


def test_speakers_in_a_town_locate_the_toll_they_give():
    text = (
        "Jets struck Saraqib and Ariha on Saturday, the Observatory said.\n\n"
        "Activists in Saraqib said the death toll there had risen to 13."
    )
    events = {e.location.town: e for e in extract(text, published=SATURDAY_AFTER)}
    assert events["Saraqib"].fatalities.high == 13 and events["Ariha"].fatalities is None


def test_a_list_of_quarters_named_before_their_keyword_is_one_event_each():
    text = (
        "Rockets hit homes in Aleppo city on Monday, killing two civilians in the Zqubiyat "
        "and Zqaqiyat neighborhoods, a police source said."
    )
    events = extract(text, published=SATURDAY_AFTER)
    assert sorted((e.location.neighbourhood, e.location.town) for e in events) == [
        ("Zqaqiyat", "Aleppo"),
        ("Zqubiyat", "Aleppo"),
    ]


def test_a_list_in_a_later_sentence_does_not_fold_into_one_earlier_event():
    text = (
        "Troops repelled an attack in the countryside of Hama on Tuesday, state media said.\n\n"
        "A military source said troops clashed with militants near Kafr Zita and Latmin."
    )
    towns = {e.location.town for e in extract(text, published=SATURDAY_AFTER)}
    assert {"Kafr Zita", "Latmin"} <= towns


def test_a_town_the_strikes_also_hit_is_another_event_however_close():
    text = (
        "Warplanes bombed the town of Kafr Nabl in Idlib on Sunday, killing four people, "
        "rescuers said.\n\nThe strikes also hit the outskirts of nearby Hass, rescuers said."
    )
    towns = {e.location.town for e in extract(text, published=MONDAY)}
    assert towns == {"Kafr Nabl", "Hass"}


def test_an_agency_after_the_dateline_place_speaks_in_its_own_voice():
    text = "Damascus, SANA – Army units repelled an attack on positions near Latmin on Tuesday."
    event = extract(text, published=SATURDAY_AFTER)[0]
    assert {c.source for c in event.claims} == {"SANA"}


def test_protesters_killed_by_the_force_used_on_them_is_excessive_force_and_a_denial_contests_it():
    text = (
        "Security forces fired tear gas at thousands of protesters in Omdurman on Thursday, "
        "killing at least four people, a doctors' committee said.\n\n"
        "Police said in a statement that 30 officers were injured and denied using live rounds."
    )
    event = only(extract(text, published=SATURDAY_AFTER), "Excessive force against protesters")
    assert event.fatalities.high == 4 and event.status == "contested"


def test_members_of_an_armed_side_killed_in_an_attack_are_combatants():
    text = (
        "Islamic State militants attacked a village south of Mosul on Monday, killing four "
        "members of a Sunni tribal militia, security sources said."
    )
    assert [e.sub_event_type for e in extract(text, published=SATURDAY_AFTER)] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces shot dead five protesters in Basra on Monday, medics said.",
        "Thousands protested in Basra on Monday.\n\nSecurity forces opened fire, killing five.",
    ],
)
def test_protesters_killed_are_excessive_force(text):
    events = extract(text, published=SATURDAY_AFTER)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_daily_report_dates_and_counts_each_incident():
    text = (
        "The monitor documented the death of 20 people across Syria on Sunday.\n\n"
        "In Idlib province, 9 civilians were killed in air strikes on the town of Kafr Nubl, "
        "while 3 others were killed when shells hit the village of Hish.\n\n"
        "In Daraa, a man was shot dead by a sniper in the Manshiyeh neighbourhood of Daraa "
        "city, and two fighters were killed in clashes in the town of Bosra al-Sham."
    )
    events = extract(text, published=date(2015, 6, 8))
    assert {e.date_start for e in events} == {date(2015, 6, 7)}
    tolls = {e.location.town: e.fatalities.high for e in events if e.fatalities}
    assert tolls.get("Kafr Nubl") == 9 and tolls.get("Hish") == 3
    assert "Bosra al-Sham" in {e.location.town for e in events}


def test_a_country_named_as_a_backer_does_not_move_the_sentence_abroad():
    text = "Fighters backed by Turkey shelled the village of Raju near Afrin on Monday."
    event = only(extract(text, published=MONDAY), "Shelling/artillery/missile attack")
    assert event.location.country == "SY"
    assert event.location.lat is not None and 36 < event.location.lat < 37


def test_a_sentence_that_names_only_another_country_is_about_it():
    text = (
        "Syrian warplanes struck Idlib on Monday. In Iraq, a car bomb exploded in Tikrit, "
        "killing four people."
    )
    events = extract(text, published=MONDAY)
    assert {e.location.country for e in events} == {"SY", "IQ"}


def test_a_battle_years_ago_is_background_but_still_names_the_town():
    text = (
        "Residents of Raqqa are still finding bodies, two years after a battle that killed "
        "more than 1,600 civilians, according to Amnesty International.\n\n"
        "On Monday, a mine exploded in the al-Mashlab district, killing two children."
    )
    events = extract(text, published=date(2019, 10, 16))
    assert [(e.sub_event_type, e.location.neighbourhood) for e in events] == [
        ("Remote explosive/landmine/IED", "al-Mashlab")
    ]
    assert events[0].location.lat is not None


def test_a_spot_in_a_city_is_one_of_its_quarters_and_a_claim_names_the_bomber():
    text = (
        "A suicide car bomber struck a checkpoint near the Zqub junction in Mogadishu on "
        "Saturday, killing at least 11 people, police said.\n\n"
        "Al Shabaab said it carried out the attack."
    )
    events = extract(text, published=date(2019, 3, 10))
    assert len(events) == 1
    loc = events[0].location
    assert (loc.neighbourhood, loc.town) == ("Zqub", "Mogadishu")
    assert events[0].actor1.name == "Al Shabaab"


def test_the_example_of_the_mission_statement():
    text = (
        "Warplanes struck the Karm al-Jabal district of Homs on Sunday, opposition activists "
        "said, while the army kept up mortar fire on Bab Sbaa. State news agency SANA said "
        "troops 'restored security' in Karm al-Jabal, which activists denied. The Syrian "
        "Observatory for Human Rights said twelve people died in the raids; a local council put "
        "the toll at twenty."
    )
    events = extract(text, published=MONDAY)
    where = {(e.sub_event_type, e.location.neighbourhood, e.location.town) for e in events}
    assert ("Air/drone strike", "Karm al-Jabal", "Homs") in where
    assert ("Shelling/artillery/missile attack", "Bab Sbaa", "Homs") in where
    assert {e.location.country for e in events} == {"SY"}
    assert all(e.date_start == date(2012, 3, 4) for e in events)
    contested = [e for e in events if e.status == "contested"]
    assert any(e.sub_event_type == "Armed clash" for e in contested)  # a denied gain (§8.2)
    tolls = {e.sub_event_type: (e.fatalities.low, e.fatalities.high)
             for e in events if e.fatalities}
    assert tolls.get("Air/drone strike") == (12, 20)  # "died in the raids": the strike's (§7)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized an anti-tank missile from troops during clashes near Saraqib on Monday.",
        "Four soldiers died and two more were captured during fighting near Saraqib on Monday.",
    ],
)
def test_weapons_and_people_captured_in_a_clash_are_no_captured_ground(text):
    events = extract(text, published=SATURDAY_AFTER)
    assert all("territory" not in e.sub_event_type for e in events), events


def test_a_quarter_named_again_is_the_same_quarter_not_a_same_named_town():
    text = (
        "Warplanes struck the Khaldiyeh district of Homs on Sunday, activists said.\n\n"
        "State media said troops had restored security in Khaldiyeh, which activists denied."
    )
    events = extract(text, published=MONDAY)
    assert {(e.location.neighbourhood, e.location.town) for e in events} == {("Khaldiyeh", "Homs")}


def test_a_side_that_says_it_took_a_town_did_it_and_a_held_ground_reply_contests_it():
    text = (
        "Houthi fighters said they captured the village of Hays on Sunday. Government troops "
        "said the attackers had been repulsed and the village remained under army control."
    )
    (event,) = extract(text, published=MONDAY)
    assert event.sub_event_type == "Armed clash" and event.status == "contested"
    assert event.actor1.name == "Ansar Allah"
    assert {c.kind for c in event.claims} == {"territory", "denial"}


def test_ground_said_held_before_the_capture_is_claimed_contests_it_too():
    text = (
        "Heavy fighting broke out between the army and rebels around Kadugli on Sunday, "
        "residents said. The army said it had repelled the rebel assault. The rebels said "
        "they had captured several army positions."
    )
    (event,) = extract(text, published=MONDAY)
    assert event.sub_event_type == "Armed clash" and event.status == "contested"
    assert {"territory", "denial"} <= {c.kind for c in event.claims}


def test_a_sources_dead_on_both_sides_make_one_total():
    text = (
        "Insurgents attacked an army post in Kidal on Sunday, killing nine soldiers, the army "
        "said. Troops killed 14 of the attackers, it said."
    )
    (event,) = extract(text, published=MONDAY)
    assert (event.fatalities.low, event.fatalities.high) == (23, 23)
    assert {c.victims for c in event.claims if c.kind == "fatalities"} == {
        "state forces",
        "fighters",
    }


def test_a_victim_named_like_a_source_is_no_source():
    (event,) = extract(
        "Gunmen shot dead a local official and his driver in Mosul on Sunday, police said.",
        published=MONDAY,
    )
    assert {c.source for c in event.claims} == {"police"}
    assert event.status == "single"


def test_a_group_that_says_it_fired_is_the_side_that_fired():
    (event,) = extract(
        "Houthi rebels said on Sunday they had fired a ballistic missile at an airport in the "
        "Saudi city of Abha.",
        published=MONDAY,
    )
    assert event.actor1 is not None and event.actor1.inter != 3


def test_a_source_calling_the_reports_false_contests_the_event():
    for reply in (
        "The army said reports of civilian casualties were false.",
        "The defence ministry called the reports baseless.",
        "The Houthis said they had nothing to do with the attack.",
    ):
        lead = "Jets bombed a market in Idlib on Sunday, killing 12 people, activists said. "
        (event,) = extract(lead + reply, published=MONDAY)
        assert event.status == "contested", reply


def test_a_source_saying_there_is_no_truth_to_the_reports_contests_the_event():
    lead = "Jets bombed a market in Idlib on Sunday, killing 12 people, activists said. "
    reply = "The defence ministry said there was no truth to reports that its jets hit the town."
    (event,) = extract(lead + reply, published=MONDAY)
    assert event.status == "contested"


def test_the_perpetrator_denying_under_another_name_contests_its_act():
    # the denied words name another kind of act ("entered": a territorial trigger), but the
    # denier is the event's own actor1 under a source's name ("the Israeli military")
    text = (
        "Israeli forces killed two Palestinians in a raid on Bureij on Tuesday, the health "
        "ministry said. The Israeli military denied reports that its forces entered the camp."
    )
    (event,) = extract(text, published=MONDAY)
    assert event.status == "contested"


def test_a_source_counting_a_wider_area_does_not_corroborate():
    # codebook §8.1, §8.5: the dead of a province are no toll of the strike on one town, and
    # the source that counts them gives no second account of it
    text = (
        "Warplanes struck the town of Saraqeb on Sunday, killing six people, activists said. "
        "The Syrian Observatory for Human Rights said 37 people were killed in Idlib province "
        "on Sunday."
    )
    (event,) = extract(text, published=MONDAY)
    assert event.status == "single"
    assert (event.fatalities.low, event.fatalities.high) == (6, 6)


def test_a_side_disowning_the_act_or_its_toll_contests_the_event():
    lead = "A car bomb killed seven people at a market in Kandahar on Sunday, police said. "
    for reply in (
        "The insurgents said they were not responsible for the blast.",
        "An insurgent spokesman said the group bore no responsibility for the bombing.",
        "The insurgents said the reports were inaccurate.",
        "The insurgents said they had no hand in the attack.",
        "The insurgents said the police figure was exaggerated.",
    ):
        (event,) = extract(lead + reply, published=MONDAY)
        assert event.status == "contested", reply


def test_a_false_report_word_as_a_modifier_contests_nothing():
    lead = "Gunmen attacked an army post in Boni on Sunday, killing seven soldiers, the army said. "
    reply = "The jihadist group claimed the attack on its propaganda channels."
    (event,) = extract(lead + reply, published=MONDAY)
    assert not any(c.kind == "denial" for c in event.claims)


def test_a_capital_denying_an_attack_contests_it_and_is_no_place():
    text = (
        "A missile hit a school in Kharkiv on Sunday, killing four people, the governor said. "
        "Moscow denied striking the school."
    )
    (event,) = extract(text, published=MONDAY)
    assert event.status == "contested"


def test_a_denial_coordinated_with_an_unnamed_subject_belongs_to_the_speaker():
    text = (
        "Militiamen raided the village of Tawila on Sunday, killing 30 people, a local "
        "committee said. A spokesman for the RSF told reporters the group had only "
        "fought soldiers there, and denied killing civilians."
    )
    events = extract(text, published=MONDAY)
    assert any(c.kind == "denial" for e in events for c in e.claims), events


def test_aerial_bombardments_in_the_plural_are_air_strikes():
    text = "Eight farmers were killed in aerial bombardments on Kafr Nabl on Sunday."
    event = only(extract(text, published=MONDAY), "Air/drone strike")
    assert event.actor1 is not None and event.actor1.inter == 1


def test_a_protest_at_a_seat_of_the_state_in_a_text_naming_no_town_is_in_the_capital():
    text = "Retired nurses rallied outside the Jordanian parliament on Sunday over their pensions."
    [event] = extract(text, published=SATURDAY_AFTER)
    assert event.location.town == "Amman" and event.location.lat is not None
    text = "Dozens of students protested in front of the Ministry of Higher Education in Lebanon."
    [event] = extract(text, published=SATURDAY_AFTER)
    assert event.location.town == "Beirut"
    # a town the text names is the place, not the capital
    text = "Retired nurses rallied outside the parliament building in Irbid on Sunday."
    [event] = extract(text, published=SATURDAY_AFTER)
    assert event.location.town == "Irbid"
