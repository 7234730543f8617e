from datetime import date

import pytest

from khaldun import extract
from khaldun.claims.status import event_status, fatality_range
from khaldun.records import Claim


def claim(source, kind="occurred", value=None, originator=None):
    return Claim(source=source, kind=kind, value=value, quote="q", originator=originator)


def test_single_source_is_single():
    assert event_status([claim("reporter"), claim("reporter", "fatalities", 3)]) == "single"


def test_two_agreeing_sources_corroborate():
    claims = [claim("SOHR", "fatalities", 12), claim("LCC", "fatalities", 14)]
    assert event_status(claims) == "corroborated"
    assert fatality_range(claims).to_dict() == {"low": 12, "high": 14}


def test_tolls_apart_by_more_than_half_are_contested():
    assert event_status([claim("SOHR", "fatalities", 12), claim("LCC", "fatalities", 20)]) == (
        "contested"
    )


def test_denial_contests():
    assert event_status([claim("SANA", "territory", "x"), claim("activists", "denial")]) == (
        "contested"
    )


def test_relayed_sources_count_once():
    claims = [claim("AFP", originator="SOHR"), claim("Reuters", originator="SOHR")]
    assert event_status(claims) == "single"


def test_no_count_means_no_fatalities():
    assert fatality_range([claim("reporter")]) is None


def test_each_outlets_own_voice_is_a_source():
    a = Claim(source="reporter", kind="occurred", value=None, quote="q", doc_id="a1")
    b = Claim(source="reporter", kind="occurred", value=None, quote="q", doc_id="a2")
    assert event_status([a, b]) == "corroborated"


def test_a_rising_toll_from_one_source_is_not_a_dispute():
    claims = [claim("SOHR", "fatalities", 22), claim("SOHR", "fatalities", 28)]
    assert fatality_range(claims).to_dict() == {"low": 28, "high": 28}
    assert event_status(claims) == "single"


def test_the_reporter_restating_a_named_source_is_no_second_source():
    named = Claim(source="SOHR", kind="occurred", value=None, quote="q", doc_id="a1")
    own = Claim(source="reporter", kind="occurred", value=None, quote="q", doc_id="a1")
    other_outlet = Claim(source="reporter", kind="occurred", value=None, quote="q", doc_id="a2")
    assert event_status([named, own]) == "single"
    assert event_status([named, own, other_outlet]) == "corroborated"


def test_a_governments_agency_and_television_are_one_source():
    both = [claim("SANA", "occurred", None), claim("state television", "fatalities", 7)]
    assert event_status(both) == "single"
    monitor = claim("Syrian Observatory for Human Rights", "occurred", None)
    assert event_status([*both, monitor]) == "corroborated"


@pytest.mark.parametrize("text", [
    "Houthi fighters fired a missile at the Saudi city of Najran on Monday, the rebels' "
    "al-Masirah television reported. The Houthis said the missile hit an airport.",
    "Hezbollah fighters fired rockets at an army post near Shebaa on Monday, the group's "
    "al-Manar television reported. Hezbollah said in a statement the rockets hit the post.",
])
def test_an_armed_groups_television_and_the_group_are_one_source(text):
    events = [e for e in extract(text, published=date(2019, 5, 9)) if len(e.claims) > 1]
    assert events and all(e.status == "single" for e in events)


def test_one_sources_tolls_for_two_sides_add_up_and_a_rising_toll_does_not():
    soldiers = Claim("army", "fatalities", 12, "q", victims="state forces")
    attackers = Claim("army", "fatalities", 15, "q", victims="fighters")
    assert fatality_range([soldiers, attackers]).to_dict() == {"low": 27, "high": 27}
    first, rose = claim("SOHR", "fatalities", 9), claim("SOHR", "fatalities", 14)
    assert fatality_range([first, rose]).to_dict() == {"low": 14, "high": 14}
    assert fatality_range([soldiers, rose, claim("army", "fatalities", 3)]).to_dict() == {
        "low": 12, "high": 14}


def test_a_named_source_and_the_words_describing_it_are_one_source():
    text = (
        "Air strikes hit Kafranbel on Monday, killing six, according to the White Helmets "
        "rescue service."
    )
    (event,) = extract(text, published=date(2018, 2, 20))
    assert {c.source for c in event.claims} == {"Syrian Civil Defense"}
    assert event.status == "single"


def test_he_says_the_town_has_not_fallen_after_a_named_speaker_denies_the_capture():
    text = (
        "Rebels captured the town of Kafr Nabl in Idlib on Monday, activists said.\n\n"
        "An army spokesman said reinforcements had arrived.\n\n"
        '"The town has not fallen," he said.\n\n'
        "A rebel commander said later that his fighters had taken control of the town."
    )
    (event,) = extract(text, published=date(2018, 2, 20))
    assert event.sub_event_type == "Armed clash"
    assert event.status == "contested"
    assert [c.kind for c in event.claims].count("denial") == 1
    assert {c.source for c in event.claims} == {"opposition activists", "army", "rebels"}


def test_a_lead_that_claims_a_capture_and_its_denial_is_contested():
    text = (
        "Rebels overran the town of Kafr Nabl in Idlib on Monday, activists said, while the "
        "army insisted its troops still held the town."
    )
    (event,) = extract(text, published=date(2018, 2, 20))
    assert (event.sub_event_type, event.status) == ("Armed clash", "contested")


def test_one_sources_dead_of_two_sides_in_two_clauses_add_up():
    text = (
        "Taliban fighters attacked a police post in Farah on Tuesday. The police chief said six "
        "policemen had been killed and that ten Taliban fighters died in the gunfight."
    )
    (event,) = extract(text, published=date(2018, 2, 20))
    assert event.fatalities.to_dict() == {"low": 16, "high": 16}


def test_a_force_adding_that_the_assault_was_repelled_contests_a_claimed_capture():
    text = (
        "Jihadists attacked an army camp at Boni in central Mali on Sunday, the army said, "
        "adding that the assault had been repelled.\n\nThe jihadist group said its fighters "
        "had overrun the camp."
    )
    (event,) = extract(text, published=date(2018, 2, 20))
    assert (event.sub_event_type, event.status) == ("Armed clash", "contested")


def test_armed_men_no_one_names_deny_in_their_own_words():
    text = (
        "Army troops stormed the Sabri district of Benghazi on Friday and took control of the "
        "port, killing four fighters, a military spokesman said.\n\nThe militants' Defence "
        "Council said in a statement that it had repelled the attack."
    )
    (event,) = extract(text, published=date(2018, 2, 20))
    deniers = {c.source for c in event.claims if c.kind == "denial"}
    assert deniers == {"militants' Defence Council"}


def test_the_perpetrator_telling_its_own_act_otherwise_is_a_rival_account_of_it():
    text = (
        "Rapid Support Forces fighters attacked the village of Um Sayala in Kordofan on "
        "Tuesday, killing 40 people, a local committee said.\n\nThe committee said the "
        "fighters shelled the village before storming it. The RSF said in a statement it had "
        "clashed with army-allied fighters in the area and denied targeting civilians."
    )
    events = extract(text, published=date(2018, 2, 22))
    assert len(events) == 1
    assert events[0].status == "contested"


def test_an_outlets_own_journalists_do_not_corroborate_a_source():
    claims = [claim("state television", "fatalities", 4), claim("AFP correspondent")]
    assert event_status(claims) == "single"


def test_a_group_and_its_regional_branch_are_one_source():
    claims = [claim("Islamic State"), claim("Islamic State (Afghanistan)", "fatalities", 20)]
    assert event_status(claims) == "single"


# One source told twice is single: a group and its news agency; a source that speaks only in
# a clause beside the act ("the blast came as the UN said ...") does not corroborate it.
@pytest.mark.parametrize(("text", "published"), [
    ("A suicide bomber killed 12 people at a mosque in the Afghan city of Jalalabad on "
     "Friday. Islamic State claimed responsibility for the attack through its Amaq news "
     "agency.", date(2018, 6, 12)),
    ("A roadside bomb killed four civilians in a minibus in Ghazni province on Monday, "
     "officials said. The blast came as the United Nations said 1,500 civilians had been "
     "killed in the first six months of the year.", date(2018, 7, 10)),
    # a speaker introduced by title and name, then named by his name without its article
    ("A car bomb killed six people at a checkpoint in the town of Heet on Sunday, according "
     "to provincial council member Jassim al-Dulaimi. Dulaimi told AFP the driver fled.",
     date(2018, 7, 10)),
    ("A car bomb killed six people at a checkpoint in the town of Heet on Sunday, said "
     "Jassim al-Dulaimi, a member of the provincial council. Al-Dulaimi said the driver fled.",
     date(2018, 7, 10)),
    # ... or by rank and name after the body he speaks for, then by his name alone
    ("A car bomb killed six people at a checkpoint in the town of Heet on Sunday, said "
     "police Major Karim Hamdan. Hamdan said the driver fled.", date(2018, 7, 10)),
    # a speaker described by his title, then named with that title
    ("A car bomb killed six people at a checkpoint in the town of Heet on Sunday, an army "
     "officer said. The officer, Captain Karim Hamdan, said the driver fled.", date(2018, 7, 10)),
    # a person no list knows, named in full after "according to", then by his last name
    ("Troops fired on marchers in the town of Kumba on Monday, killing three, according to "
     "Ekwe Tanyi, a teacher. Tanyi said the troops fired from a truck.", date(2018, 7, 10)),
])
def test_one_source_told_twice_leaves_an_event_single(text, published):
    (event,) = extract(text, published=published)
    assert event.status == "single"



def test_a_sentence_of_an_act_on_another_day_corroborates_nothing():
    text = (
        "Fighting in Sirte\n\n"
        "SIRTE (AFP) - Rival armed groups fought in the eastern suburbs of Sirte on Sunday, the "
        "interior ministry said, adding that fighting since January has killed more than 30.\n\n"
        "Residents of Zaafran said rockets struck homes overnight."
    )
    events = extract(text, published=date(2019, 3, 13))
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert clash.status == "single"


@pytest.mark.parametrize(
    "second",
    [
        "The interior ministry said the device had been planted overnight.",
        "The defence ministry confirmed the deaths.",
    ],
)
def test_a_states_police_army_and_offices_are_one_source(second):
    text = (
        "A roadside bomb killed four soldiers near Tikrit on Tuesday, a police officer said. "
        + second
    )
    (event,) = extract(text, published=date(2019, 3, 13))
    assert event.status == "single"


def test_a_toll_told_of_one_quarter_goes_to_that_quarters_event():
    text = (
        "Helicopters dropped barrel bombs on the Al-Kalasa, Bustan al-Basha and Al-Sukkari "
        "neighbourhoods of Aleppo on Saturday, a monitor said.\n\n"
        "Rescue workers said they had pulled nine bodies from the rubble in Al-Kalasa alone."
    )
    events = extract(text, published=date(2016, 5, 1))
    tolls = {e.location.neighbourhood: e.fatalities.high if e.fatalities else None
             for e in events}
    assert tolls.get("Al-Kalasa") == 9 and tolls.get("Al-Sukkari") is None


def test_the_sources_of_what_an_event_came_after_do_not_corroborate_it():
    text = (
        "Government artillery shelled the town of Sarmin on Sunday, killing two people, the Syrian "
        "Observatory for Human Rights said. The shelling came a day after rebels stormed an "
        "army checkpoint near the town, activists said."
    )
    events = extract(text, published=date(2018, 7, 10))
    (rockets,) = [e for e in events if e.sub_event_type.startswith("Shelling")]
    assert rockets.status == "single"
    assert {c.source for c in rockets.claims} == {"Syrian Observatory for Human Rights"}


@pytest.mark.parametrize(("text", "source"), [
    # the one citing passes on what the one cited says: one source, the cited one
    ("A mortar round hit a market in the Somali town of Beledweyne on Sunday, killing six "
     "people, the International Committee of the Red Cross said. The round landed near a "
     "clinic, spokesman Ali Noor said, citing Red Cross staff in the town.",
     "International Committee of the Red Cross"),
    ("Saudi-led coalition jets struck a bus in the town of Dahyan on Thursday, killing 12 "
     "people, the Saba news agency reported, citing Al-Masirah television.", "Al Masirah"),
])
def test_a_source_cited_in_a_relay_clause_makes_the_claim_and_counts_once(text, source):
    (event,) = extract(text, published=date(2018, 3, 6))
    assert event.status == "single"
    assert {c.source for c in event.claims} == {source}


def test_a_state_force_speaking_by_its_actor_name_is_one_source_with_its_spokesman():
    text = (
        "BAMAKO (AFP) - The Malian army on Tuesday said its troops killed 12 jihadists in an "
        "ambush near the town of Douentza. An army spokesman said two soldiers died in the "
        "fighting."
    )
    (event,) = extract(text, published=date(2018, 7, 10))
    assert event.status == "single"
    assert event.fatalities.to_dict() == {"low": 14, "high": 14}


# A speaker's own phrase names the side or place he belongs to: one speaker, not two
@pytest.mark.parametrize("text", [
    "TRIPOLI (Reuters) - Clashes killed six people in the Tajoura district of Tripoli on "
    "Monday, a spokesman for the Government of National Accord's interior ministry said.",
    "DONETSK (Reuters) - Shelling killed four civilians in the town of Horlivka on Sunday, Ivan "
    "Petrov, a deputy minister of defence of the Luhansk People's Republic, told "
    "reporters.",
    "HODEIDAH (Reuters) - An air strike killed six fishermen near the port of Hodeidah on "
    "Monday, sources in the Houthi movement told Reuters.",
    "MOGADISHU (AP) - Gunmen killed three teachers near the town of Afgoye on Monday, "
    "the government-owned Radio Mogadishu said.",
])
def test_a_speaker_and_the_side_or_place_his_phrase_names_are_one_source(text):
    (event,) = extract(text, published=date(2018, 7, 10))
    assert event.status == "single"


def test_sources_joined_by_and_remain_two():
    text = ("HODEIDAH (Reuters) - An air strike killed six fishermen near the port of Hodeidah "
            "on Monday, Houthi officials and medics said.")
    (event,) = extract(text, published=date(2018, 7, 10))
    assert event.status == "corroborated"


def test_a_source_joined_by_and_an_remains_a_second_one():
    text = ("An air strike on the village of Hpa Lan killed 25 people on Saturday, a local "
            "resistance group and an independent news outlet said.")
    (event,) = extract(text, published=date(2023, 4, 12))
    assert event.status == "corroborated"


def test_an_agencys_own_voice_in_its_dispatch_restates_the_source_it_names():
    text = (
        "DAMASCUS, SANA - Army units restored security to several building blocks in the Jobar "
        "neighbourhood of Damascus on Monday, a military source told SANA.\n\n"
        "The army also destroyed a tunnel used by terrorists in Jobar."
    )
    events = extract(text, published=date(2018, 7, 10))
    assert events and all(e.status == "single" for e in events)
    assert "SANA" in {c.source for e in events for c in e.claims}


def test_a_source_named_in_fewer_words_then_in_full_is_one_source():
    text = (
        "KHARTOUM (Reuters) - Security forces shot dead three protesters in Omdurman on Monday, "
        "a doctors' committee said. The Central Committee of Sudan Doctors said four "
        "protesters had been killed by live ammunition in Omdurman."
    )
    (event,) = extract(text, published=date(2019, 1, 15))
    assert event.status == "single"
    assert event.fatalities.to_dict() == {"low": 4, "high": 4}
    spokesmen = [claim("Abu Musab"), claim("Abdiasis Abu Musab", "fatalities", 9)]
    assert event_status(spokesmen) == "single"
    # words two longer names share name neither of them
    two = [claim("source a", "fatalities", 12), claim("source b", "fatalities", 20),
           claim("source c", "fatalities", 15)]
    assert fatality_range(two).to_dict() == {"low": 12, "high": 20}


@pytest.mark.parametrize(("text", "status"), [
    # the outlet names the one who told it: one account
    ("EL FASHER, Sudan - Militiamen killed six farmers near the town of Tawila on Monday, "
     "according to Radio Dabanga. A local leader told the radio station that the attackers "
     "came on camels.", "single"),
    # an outlet relaying no one named, beside the article's own voice: still one
    ("EL FASHER, Sudan - Militiamen killed six farmers near the town of Tawila on Monday, "
     "according to Radio Dabanga. The attackers came on camels.", "single"),
])
def test_a_news_outlet_relaying_counts_only_where_no_one_else_is_named(text, status):
    (event,) = extract(text, published=date(2019, 1, 15))
    assert event.status == status


def test_the_joint_operations_command_and_the_media_cell_are_one_principal():
    from datetime import date

    from khaldun import extract
    text = ("A car bomb killed eight people in the town of Tessoro on Sunday, the Joint "
            "Operations Command said. The Security Media Cell said the bomber was stopped at a "
            "checkpoint before the blast.")
    (event,) = extract(text, published=date(2019, 3, 5))
    assert {c.source for c in event.claims} == {"Joint Operations Command",
                                                "Iraqi Security Media Cell"}
    assert event.status == "single"


@pytest.mark.parametrize("said", [
    '"The truck hit the mine on the bypass road," Captain Idris Kamara told Reuters.',
    "The truck hit the mine on the bypass road, said Colonel Idris Kamara.",
])
def test_an_officer_named_by_rank_speaks_for_the_forces_not_as_a_second_source(said):
    text = (
        "A landmine killed four soldiers near the town of Temsa on Monday, a military official "
        f"said. {said}"
    )
    (event,) = extract(text, published=date(2019, 6, 11))
    assert event.status == "single"
    assert "Idris Kamara" in {c.source for c in event.claims}


@pytest.mark.parametrize("relay", [
    "Radio Andalus, the group's radio station, said 12 soldiers had died.",
    "The Shahada News Agency said 12 soldiers had died in the raid.",
])
def test_an_armed_groups_own_radio_and_agency_speak_for_the_group(relay):
    text = ("MOGADISHU - Al Shabaab fighters attacked a military base in the town of Dhuusaley "
            f"on Sunday, killing 12 soldiers, the group said. {relay}")
    (event,) = extract(text, published=date(2018, 3, 5))
    assert len({c.source for c in event.claims}) == 2
    assert event.status == "single"


@pytest.mark.parametrize(("text", "outlet"), [
    ("SANAA - A coalition air strike killed nine people in the village of Bani Marwan on "
     "Sunday, according to the Houthi-run Al Masirah TV. The rebel-run channel said the raid "
     "hit a crowded market.", "Al Masirah"),
    ("BEIRUT - Air strikes killed 11 people in the town of Kafr Seitoun on Sunday, Al Arabiya "
     "television reported. The Saudi-owned broadcaster said the raids hit a bakery.",
     "Al Arabiya"),
])
def test_a_kind_of_outlet_after_an_outlet_spoke_is_that_outlet(text, outlet):
    (event,) = extract(text, published=date(2018, 3, 5))
    assert {c.source for c in event.claims} == {outlet}
    assert event.status == "single"


def test_the_role_set_beside_a_named_person_stands_for_him_later():
    text = ("MAIDUGURI, Nigeria - Gunmen killed nine farmers in the village of Kofanti on "
            "Sunday, said Bukar Tijjani, a ward head. The ward head said the farmers were "
            "attacked in their fields.")
    (event,) = extract(text, published=date(2018, 3, 5))
    assert {c.source for c in event.claims} == {"Bukar Tijjani"}
    assert event.status == "single"


def test_two_names_of_one_actor_are_one_source():
    # codebook §8.5: the same source named twice in different words
    claims = [claim("PMF", "fatalities", 3), claim("Hashd al-Shaabi")]
    assert event_status(claims) == "single"
    claims = [claim("IDF", "fatalities", 3), claim("Israeli military")]
    assert event_status(claims) == "single"


def test_two_actors_named_as_sources_stay_two():
    claims = [claim("Iraqi police", "fatalities", 3), claim("Iraqi army")]
    assert event_status(claims) == "corroborated"


@pytest.mark.parametrize("text", [
    "Officials said two roadside bombs killed four civilians in the district of Sarkani on "
    "Thursday. The chief of the district, Gul Ahmadzai, said the bombs hit a minibus.",
    "Gunmen shot dead six traders in the village of Mandaro on Monday, an elected local "
    "official said. Hamidou Sangare told AFP that the gunmen arrived on motorbikes.",
    "Police say bandits killed three herders near the village of Kotora. Officer Bako Lawal "
    "said on Friday that the bandits stole their cattle.",
    "A rights activist was killed in the town of Paloma on Wednesday, the regional human rights "
    "ombudsman said. The activist was shot outside his home, said ombudsman Carlos Medina Ruiz.",
])
def test_a_named_person_after_a_described_source_is_that_source(text):
    # codebook §8.5: "officials said" then the one official the article names is one source
    (event,) = extract(text, published=date(2018, 3, 5))
    assert len({c.source for c in event.claims}) == 2
    assert event.status == "single"


def test_a_named_person_beside_a_described_source_is_no_second_source():
    claims = [claim("officials", "fatalities", 4, originator="local officials"),
              claim("Gul Ahmadzai")]
    assert event_status(claims) == "single"
    # two people named, or a person beside a source named by its name, stay two sources
    assert event_status([*claims, claim("Wali Rahimi")]) == "corroborated"
    assert event_status([claim("SOHR", "fatalities", 4), claim("Gul Ahmadzai")]) == (
        "corroborated")


def test_the_outlet_a_speaker_spoke_on_is_no_second_source():
    # codebook §8.5: the television that carries a minister's words relays them
    text = ("Militants stormed a hotel in the town of Kidara on Friday and killed twelve guests, "
            "the interior minister said on state television.")
    (event,) = extract(text, published=date(2018, 3, 5))
    assert {c.source for c in event.claims} == {"interior minister"}
    assert event.status == "single"


def test_a_member_of_a_body_that_spoke_is_that_body():
    # codebook §8.5: "the local council said" ... "a member of the council told ...": one source
    text = ("Regime forces shelled the town of Kafr Batna on Thursday, killing three people, the "
            "local council said. A member of the council, Abu Ahmad, told Enab Baladi that the "
            "shells hit a school.")
    (event,) = extract(text, published=date(2018, 3, 5))
    assert {c.source for c in event.claims} == {"local officials"}
    assert event.status == "single"
