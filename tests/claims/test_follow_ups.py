"""Sentences that report on an event already told, with no trigger word of their own."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.records import REPORTER

MONDAY = date(2012, 3, 5)


def quotes_by_source(text):
    (event,) = extract(text, published=MONDAY)
    return {c.source: c.quote for c in event.claims}


def test_a_named_source_speaking_after_an_event_adds_a_claim():
    text = (
        "Government jets bombed the town of Saraqeb on Monday, the Observatory said. "
        "Residents said the roof of the school fell in on the families inside."
    )
    assert quotes_by_source(text)["residents"].startswith("Residents said the roof")


def test_a_follow_up_with_no_event_does_not_move_the_next_events_place():
    text = (
        "Government jets bombed the town of Saraqeb on Monday. "
        "The governor said teams were clearing rubble in Maarat al-Numan and Kafranbel. "
        "A roadside bomb killed two soldiers near the river, state television reported."
    )
    places = {e.location.town for e in extract(text, published=MONDAY)}
    assert places == {"Saraqeb"}, places


def test_speakers_listed_after_the_dead_still_speak():
    text = (
        "Jets struck a market in Saraqeb on Monday, killing nine people, rescuers and a war "
        "monitor said."
    )
    sources = set(quotes_by_source(text))
    assert {"Syrian Civil Defense", "Syrian Observatory for Human Rights"} <= sources, sources


def test_the_group_speaking_is_the_armed_group_named_before():
    text = (
        "Islamic State fighters stormed an army outpost near Baiji on Sunday, killing four "
        "soldiers, an army officer said. The group said it had killed 11 soldiers."
    )
    events = extract(text, published=date(2016, 4, 12))
    assert len(events) == 1
    sources = {c.source: c.value for c in events[0].claims if c.kind == "fatalities"}
    assert sources.get("Islamic State") == 11
    assert events[0].status == "contested"


def test_the_described_group_claiming_a_toll_after_a_wire_dateline_is_the_armed_group():
    text = (
        "KISMAYO (AP) - Al-Shabab fighters overran an army post near Afmadow on Sunday, "
        "killing six soldiers, an army officer said.\n\n"
        "The extremist group claimed on its radio station that it had killed 25 soldiers."
    )
    (event,) = extract(text, published=date(2016, 4, 12))
    sources = {c.source: c.value for c in event.claims if c.kind == "fatalities"}
    assert sources.get("Al Shabaab") == 25


def test_a_denial_of_involvement_contests_the_event_said_to_be_the_deniers():
    text = (
        "Taliban fighters attacked a checkpoint in Ghazni on Sunday, killing four police, "
        "officials said.\n\nThe funeral was for a teacher who was shot dead by gunmen in the "
        "city on Friday.\n\nThe Taliban denied involvement."
    )
    events = extract(text, published=date(2020, 3, 9))
    denied = [e for e in events if any(c.kind == "denial" for c in e.claims)]
    assert [e.actor1.name for e in denied] == ["Taliban"]


def test_a_rival_toll_goes_to_the_event_counting_the_same_dead():
    text = (
        "Insurgents attacked police posts in Nahrin on Tuesday, killing nine policemen, an "
        "official said. They also overran an army outpost near the village of Sarband, where "
        "three attackers were killed. A Taliban spokesman said the group had killed 20 "
        "policemen."
    )
    events = extract(text, published=date(2019, 5, 15))
    tolls = {e.location.name: (e.fatalities.low, e.fatalities.high) for e in events
             if e.fatalities}
    assert tolls.get("Nahrin") == (9, 20)


def test_a_toll_of_another_side_goes_to_the_latest_event_not_one_counting_other_dead():
    # the first event's dead are soldiers, the second struck the police: "15 policemen" is the
    # second's toll, not the first's (they are both "state forces")
    text = (
        "A roadside bomb killed three soldiers near Kunduz on Monday.\n\n"
        "On Tuesday, militants attacked a police post in Helmand. The Taliban said they had "
        "killed 15 policemen."
    )
    events = extract(text, published=date(2019, 5, 15))
    tolls = {e.location.admin1 if e.location.admin1 == "Helmand" else "first":
             e.fatalities.high if e.fatalities else None for e in events}
    assert tolls == {"first": 3, "Helmand": 15}


def test_an_insurgent_spokesman_speaks_for_the_group_named_before():
    text = (
        "Islamic State fighters stormed an army post near Baiji on Sunday, killing four "
        "soldiers, an army officer said. A militant spokesman said the group had killed 12."
    )
    (event,) = extract(text, published=date(2016, 4, 12))
    assert {c.source for c in event.claims if c.kind == "fatalities"} >= {"Islamic State"}


def test_the_group_speaking_after_a_monitor_named_by_name_is_the_monitor():
    text = (
        "Rebels attacked an army checkpoint near Idlib on Sunday, the Syrian Observatory for "
        "Human Rights said. The group said it had documented 12 deaths."
    )
    (event,) = extract(text, published=date(2016, 4, 12))
    assert {c.source for c in event.claims} == {"Syrian Observatory for Human Rights"}


def test_the_groups_spokesman_with_a_curly_apostrophe_speaks_for_it():
    text = (
        "Islamic State fighters stormed an army post near Baiji on Sunday, killing four "
        "soldiers, an army officer said. The group’s spokesman said it had killed 11."
    )
    (event,) = extract(text, published=date(2016, 4, 12))
    assert any(c.source == "Islamic State" for c in event.claims)


@pytest.mark.parametrize("speaker", [
    "the group's military operations spokesman told AFP",
    "Hamza Abu Bakr, the group's spokesman, told AFP",
    "Hamza Abu Bakr, the group's military spokesman, told AFP",
])
def test_the_groups_spokesman_by_name_or_by_a_longer_title_speaks_for_it(speaker):
    text = (
        "A suicide car bomb killed six soldiers at a checkpoint in Marka on Sunday. Al-Shabaab "
        f'claimed the bombing. "Our fighter reached the gate," {speaker}.'
    )
    (event,) = extract(text, published=date(2016, 4, 12))
    sources = {c.source for c in event.claims if c.quote.startswith('"Our')}
    assert sources == {"Al Shabaab"}, sources


def test_a_pronoun_speaking_after_an_event_adds_the_previous_speakers_claim():
    text = (
        "Gunmen shot dead nine villagers in the town of Gao on Monday, police said. "
        "They said the men came at dawn on motorbikes and left before troops arrived."
    )
    (event,) = extract(text, published=MONDAY)
    quotes = [c.quote for c in event.claims if c.source == "police"]
    assert any(q.startswith("They said the men came") for q in quotes), quotes


def test_a_sentence_opening_on_the_dead_tells_more_of_the_event():
    text = (
        "Government shelling killed nine people in the town of Atareb on Sunday, rescuers "
        "said.\n\nThe dead included four children and two women."
    )
    (event,) = extract(text, published=MONDAY)
    assert any(c.quote.startswith("The dead included") for c in event.claims)


def test_a_follow_up_naming_one_town_places_an_event_told_with_no_place():
    text = (
        "Government jets bombed rebel-held areas in the northwest on Monday, killing 11 "
        "civilians, a monitor said.\n\nMost of the dead were in the town of Saraqib, the "
        "Syrian Observatory for Human Rights said. Strikes also hit villages near Maarat "
        "al-Numan."
    )
    tolls = {e.location.town: e.fatalities and e.fatalities.high
             for e in extract(text, published=MONDAY)}
    assert tolls.get("Saraqib") == 11


def test_a_source_whose_words_join_no_event_still_speaks_of_the_last_one():
    text = (
        "BAGHDAD (AP) - A suicide bomber blew himself up at a checkpoint in the town of Hawija "
        "on Friday, killing six soldiers, two security officials said.\n\n"
        "The officials spoke on condition of anonymity.\n\n"
        "Iraq's Joint Operations Command said the bomber had been driving a vehicle packed "
        "with explosives."
    )
    quotes = quotes_by_source(text)
    assert any(q.startswith("Iraq's Joint Operations Command") for q in quotes.values()), quotes


def test_a_group_claiming_responsibility_is_a_source_of_the_act_just_told():
    text = (
        "MOGADISHU (Reuters) - A car bomb killed nine people outside a restaurant in the town "
        "of Afgoye on Saturday, police said.\n\n"
        "Al Shabaab claimed responsibility in a message on a jihadist website."
    )
    quotes = quotes_by_source(text)
    assert any(q.startswith("Al Shabaab claimed") for q in quotes.values()), quotes


def test_no_one_hurt_after_an_act_gives_it_no_deaths():
    text = ("A drone struck a fuel depot in Gharyan on Monday evening, a local official said. "
            "Nobody was hurt.")
    [event] = extract(text, published=date(2019, 4, 9))
    assert event.fatalities is not None and event.fatalities.high == 0


def test_a_quotation_running_on_with_no_event_word_is_its_speakers_claim():
    text = (
        "Gunmen stormed a hotel in the town of Kismayo on Monday, killing six guests, police "
        "said.\n\n"
        '"They went from room to room," said the police commander. "The guests hid in the '
        'kitchen until dawn."'
    )
    (event,) = extract(text, published=MONDAY)
    quoted = {c.quote: c.source for c in event.claims}
    assert quoted.get('"The guests hid in the kitchen until dawn."') == "police", quoted


def test_a_superlatives_span_is_no_date_of_the_event_it_compares():
    text = (
        "A car bomb exploded outside a court in the town of Baidoa on Monday, killing nine "
        "people, police said. The bombing was the deadliest in the region since 2017."
    )
    (event,) = extract(text, published=MONDAY)
    assert any(c.quote.startswith("The bombing was the deadliest") for c in event.claims)


def test_a_described_speaker_no_list_knows_adds_a_claim_with_no_event_word():
    text = (
        "Mortar rounds hit the port of Hodeidah on Monday, killing three dockers, officials "
        "said. Smoke rose over the cranes for hours, a Norwegian sailor said."
    )
    (event,) = extract(text, published=MONDAY)
    assert any(c.quote.startswith("Smoke rose") for c in event.claims), event.claims


def test_an_official_reacting_to_the_event_is_the_source_of_its_sentence():
    text = (
        "Gunmen killed 12 herders in the village of Dogo in Plateau state on Monday, police "
        "said.\n\nPlateau state governor Musa Danladi condemned the killings."
    )
    (event,) = extract(text, published=MONDAY)
    quoted = {c.quote: c.source for c in event.claims}
    source = quoted.get("Plateau state governor Musa Danladi condemned the killings.")
    assert source is not None and "governor" in source, quoted


def test_the_ministry_speaking_after_another_source_is_the_ministry_named_before():
    text = (
        "Fighting between two militias in the city of Zawiya on Monday killed eight people, "
        "the health ministry said.\n\n"
        "The clashes began near the port, residents said. The ministry said 30 people were "
        "wounded."
    )
    (event,) = extract(text, published=MONDAY)
    quoted = {c.quote: c.source for c in event.claims}
    assert quoted.get("The ministry said 30 people were wounded.") == "health ministry", quoted


def test_the_speaker_named_again_by_a_noun_closes_a_quotation_with_no_event_word():
    text = (
        "Gunmen attacked a farm near the town of Baiji on Monday, killing four workers, a police "
        "officer said.\n\n"
        '"They came at dawn and fired at the sheds. Only the guard escaped," the officer said.'
    )
    (event,) = extract(text, published=MONDAY)
    quoted = {c.quote: c.source for c in event.claims}
    assert quoted.get('Only the guard escaped," the officer said.') == "police", quoted


def test_a_weapon_named_again_tells_of_the_last_event_of_its_kind():
    text = (
        "A bomb exploded at a bus station in the city of Kunduz on Monday, killing five "
        "passengers, officials said. Hours later, gunmen ambushed a police patrol in the "
        "province of Takhar, killing three officers.\n\n"
        '"The bomb was hidden under a bench," the provincial police chief said.'
    )
    events = extract(text, published=MONDAY)
    (bench,) = [e for e in events if any("under a bench" in c.quote for c in e.claims)]
    assert bench.location.town == "Kunduz", [(e.location.town, e.sub_event_type) for e in events]


def test_a_person_named_after_a_bodys_officer_title_speaks_for_the_body_later():
    text = (
        "A bomb exploded at a wedding hall in the city of Kandahar on Monday, killing six "
        "guests, said Kandahar governor spokesman Bahir Ahmadi.\n\n"
        '"The bomb was hidden in a flower pot," Ahmadi said.'
    )
    (event,) = extract(text, published=MONDAY)
    sources = {c.source for c in event.claims}
    assert sources == {"Kandahar governor"}, sources


def test_a_place_in_an_aside_about_the_speaker_is_neither_source_nor_event_place():
    text = (
        "Army jets bombed a cattle market in the town of Mellit on Monday, killing 14 traders, "
        "a rights group said.\n\n"
        "The paramilitary forces, which hold Kutum, said the army had committed a massacre."
    )
    events = extract(text, published=MONDAY)
    assert {e.location.town for e in events} == {"Mellit"}, events
    sources = {c.source for e in events for c in e.claims}
    assert "Kutum" not in sources, sources


@pytest.mark.parametrize("after", [
    "Witnesses said the town was calm on Monday.",
    "The government's spokesman said the government would not be intimidated.",
    "The Red Cross said it was sending medical supplies to the area.",
    "Residents said shops reopened on Saturday.",
    "Save the Children said it was working to help the families.",
])
def test_a_follow_up_telling_nothing_of_the_act_does_not_corroborate(after):
    text = ("A car bomb exploded at a market in Baqubah on Sunday, killing seven people, "
            f"police said. {after}")
    (event,) = extract(text, published=MONDAY)
    assert event.status == "single", [c.source for c in event.claims]


def test_a_follow_up_telling_of_the_act_still_corroborates():
    text = ("A car bomb exploded at a market in Baqubah on Sunday, killing seven people, "
            "police said. Witnesses said the blast destroyed several shops.")
    (event,) = extract(text, published=MONDAY)
    assert event.status == "corroborated"


@pytest.mark.parametrize(("after", "status"), [
    ("The Emergency hospital said it had received 30 wounded.", "single"),
    ("A hospital official said 30 people were wounded in the blast.", "corroborated"),
])
def test_the_wounded_a_hospital_says_it_received_are_no_account_of_the_act(after, status):
    text = ("A suicide bomber blew himself up at a mosque in Kabul on Friday, killing 15 "
            f"worshippers, the interior ministry said. {after}")
    (event,) = extract(text, published=MONDAY)
    assert event.status == status, [c.source for c in event.claims]


@pytest.mark.parametrize("after", [
    "Residents said they watched the attackers drive away towards the river.",
    "His colleagues said he had received threats from a local gang.",
])
def test_a_speaker_telling_what_it_saw_or_of_another_still_gives_an_account(after):
    text = f"Gunmen shot dead a shopkeeper in Kano on Friday, police said. {after}"
    (event,) = extract(text, published=MONDAY)
    assert event.status == "corroborated"


@pytest.mark.parametrize(("after", "status"), [
    ("The United Nations said it was deeply concerned by the violence.", "single"),
    ("The UN mission said it was concerned by the rising number of attacks in the region.",
     "single"),
    ("The African Union said it condemned the attack.", "single"),
    ("Residents said they were shocked by the attack, which killed seven soldiers.",
     "corroborated"),
])
def test_an_act_named_only_as_what_a_speaker_feels_about_is_no_account(after, status):
    text = ("Militants stormed a checkpoint in Mopti on Sunday, killing five soldiers, the army "
            f"said. {after}")
    (event,) = extract(text, published=MONDAY)
    assert event.status == status, [c.source for c in event.claims]


def test_a_claim_of_no_account_stays_as_evidence():
    text = ("Gunmen attacked a village near Maiduguri on Friday, killing 12 people, police "
            "said. The Red Cross said it was sending medical supplies to the area.")
    (event,) = extract(text, published=MONDAY)
    kept = [c for c in event.claims if c.quote.startswith("The Red Cross")]
    assert kept and not any(c.account for c in kept)
    assert event.status == "single"


@pytest.mark.parametrize(("after", "status"), [
    ("The military said troops had been deployed to the area and were pursuing the attackers.",
     "single"),
    ("Police said security had been tightened in the town.", "single"),
    # armed men searching or deploying: their raid told, an account
    ("Residents said the militants were searching houses in the town.", "corroborated"),
])
def test_what_the_authorities_did_after_the_act_is_no_account(after, status):
    text = f"Gunmen killed eight villagers near Kalle on Friday, witnesses said. {after}"
    (event,) = extract(text, published=MONDAY)
    assert event.status == status, [c.source for c in event.claims]


@pytest.mark.parametrize(("after", "status"), [
    ("Amnesty International said the attack was a war crime.", "single"),
    ("The Danish foreign minister said the bombing was shocking and cruel.", "single"),
    ("A rights group said the blast showed that nobody in the city was safe.", "single"),
    ("The prime minister's office described the blast as a cowardly act.", "single"),
    ("The governor called the bombing a crime against the whole nation.", "single"),
    ("The bombing was condemned by the Arab League.", "single"),
    ("The embassy denounced what it called a barbaric attack.", "single"),
    ("The UN said the bombing was the deadliest in the province this year.", "single"),
    ("The blast is the third in the city this month, a hospital director said.", "single"),
    ("Witnesses said the blast was so loud that windows shattered a kilometre away.",
     "corroborated"),
    ("A hospital doctor said the blast was caused by a bomb hidden in a motorcycle.",
     "corroborated"),
    ("A shopkeeper said the blast was close to the ticket office.", "corroborated"),
    ("A shopkeeper who described the blast as the loudest he had ever heard said the roof "
     "shook.", "corroborated"),
])
def test_an_act_named_only_as_what_a_speaker_judges_is_no_account(after, status):
    text = ("A bomb exploded near a bus station in Quetta on Sunday, killing nine people, "
            f"police said. {after}")
    (event,) = extract(text, published=MONDAY)
    assert event.status == status, [(c.source, c.account) for c in event.claims]


@pytest.mark.parametrize(("after", "status"), [
    ("The governor said security forces were working to restore order in the district.",
     "single"),
    ("Emergency officials said the death toll could rise.", "single"),
    ("A police spokesman said the number of dead was expected to climb.", "single"),
    ("The health ministry said clinics were treating the wounded.", "single"),
    ("The UN envoy said attacks on civilians must stop.", "single"),
    ("The governor said the town has been a frequent target of insurgents.", "single"),
    ("The army said insurgents have been launching attacks from the nearby hills.", "single"),
    # what was done, and an armed group's raid going on, are still told
    ("A hospital official said most of the victims were traders.", "corroborated"),
    ("Residents said the insurgents were searching houses in the town.", "corroborated"),
])
def test_a_said_clause_of_what_is_so_now_or_is_to_come_is_no_account(after, status):
    text = ("A bomb exploded near a bus station in the town of Biu on Sunday, killing nine "
            f"people, witnesses said. {after}")
    events = extract(text, published=MONDAY)
    assert [e.status for e in events] == [status], [
        (c.source, c.account) for e in events for c in e.claims]


@pytest.mark.parametrize("second", [
    '"Our post was attacked by armed men at dawn," the army said on its website, adding that '
    "reinforcements had been sent.",
    '"Our post was attacked by armed men at dawn," he said on its website, adding that '
    "reinforcements had been sent.",
])
def test_a_speaker_named_again_speaks_where_this_sentence_names_it(second):
    text = ("Militants attacked an army post near Mopti on Thursday, killing 16 soldiers, an army "
            f"spokesman, Colonel Diarra, said in a statement. {second}")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.quote.startswith('"Our post')}
    assert said and REPORTER not in said, said


def test_they_in_what_he_said_are_others_not_the_speaker():
    text = ("Gunmen attacked a village near Mopti on Thursday, killing 16 people, police said. "
            "A herder, Amadou Barry, said the gunmen came on motorbikes. "
            '"They took the cattle and all the grain," he said.')
    (event,) = extract(text, published=MONDAY)
    said = [c.account for c in event.claims if c.quote.startswith('"They took')]
    assert said == [True], [(c.source, c.account, c.quote[:20]) for c in event.claims]


@pytest.mark.parametrize("rank", ["Brig. Gen.", "Brigadier General", "Lt. Col.", "Col."])
def test_a_spokesman_named_after_several_ranks_is_his_body_when_named_again(rank):
    text = ("Militants attacked an army post near Tessoro on Thursday, army spokesman "
            f"{rank} Oumar Diallo Kone said. "
            '"Our soldiers killed nine of the attackers," Kone said.')
    (event,) = extract(text, published=MONDAY)
    assert {c.source for c in event.claims} == {"army"}, [(c.source, c.quote) for c in event.claims]
    assert event.status == "single"


def test_the_holder_of_an_office_of_a_place_named_again_is_the_office():
    text = ("Gunmen attacked a checkpoint near Tessoro on Thursday, killing six soldiers. "
            "The governor of Tessoro, Ibrahim Sangare, said the attackers fled on motorbikes. "
            "Sangare said troops were searching the nearby villages.")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.source != REPORTER}
    assert said == {"Tessoro governor"}, [(c.source, c.quote) for c in event.claims]


@pytest.mark.parametrize("carried", [
    "in a statement carried by the state news agency",
    "in an interview with the official news agency",
])
def test_an_outlet_carrying_a_statement_is_no_second_source(carried):
    text = ("Militants attacked an army post near Tessoro on Thursday, killing six soldiers, "
            f"the army said {carried}.")
    (event,) = extract(text, published=MONDAY)
    assert {c.source for c in event.claims} == {"army"}, [(c.source, c.quote) for c in event.claims]
    assert event.status == "single"


def test_an_outlet_named_like_a_town_after_its_description_is_no_place():
    text = ("Heavy fighting near the city of Marib killed at least 40 fighters on Tuesday. "
            '"The attackers were pushed back," an army spokesman said in a statement carried by '
            "the state news agency Saba.")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.quote.startswith('"The attackers')}
    assert said == {"army"}, [(c.source, c.quote) for c in event.claims]


def test_a_hospital_director_named_by_his_hospital_s_town_speaks_of_the_event_told():
    text = ("A roadside bomb struck a minibus near Kunduz on Friday, killing eight passengers, "
            "police said. Dr. Karim Saberi, the director of the Boost hospital, confirmed that "
            "eight bodies had been brought in.")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.quote.startswith("Dr. Karim")}
    assert said == {"medical sources"}, [(c.source, c.quote) for c in event.claims]


def test_the_wounded_taken_to_a_hospital_in_an_unlisted_town_keep_the_speaker_s_claim():
    text = ("A roadside bomb struck a minibus near Nad Ali on Friday, killing eight passengers, "
            "said Omar Zaki, a spokesman for the district governor. Zaki said five other people "
            "were wounded and were taken to the hospital in Qarvandeh.")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.quote.startswith("Zaki said")}
    assert said == {"district governor"}, [(c.source, c.quote) for c in event.claims]


@pytest.mark.parametrize("owned", ["Its spokesman, Adel Marwani,", "Its spokeswoman"])
def test_a_body_s_own_spokesman_is_that_body(owned):
    text = ("Clashes between rival militias in Tessoro killed 12 people on Sunday, the health "
            f"ministry said. {owned} said ambulances could not reach some streets.")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.quote.startswith("Its")}
    assert said == {"health ministry"}, [(c.source, c.quote) for c in event.claims]


def test_a_body_named_again_in_the_other_spelling_is_the_one_named_before():
    text = ("Mortar shells killed four children in Kafr Zarvan on Wednesday, according to the "
            "Zarvan Media Center. Dozens of civilians were wounded, the centre said, and the toll "
            "was expected to rise.")
    (event,) = extract(text, published=MONDAY)
    said = {c.source for c in event.claims if c.quote.startswith("Dozens")}
    assert said == {"Zarvan Media Center"}, [(c.source, c.quote) for c in event.claims]


def test_a_quotation_running_on_to_where_the_wounded_were_taken_keeps_its_claim():
    text = ("Gunmen opened fire on worshippers at a mosque in the village of Kadarko in Niger on "
            "Friday, killing 14 people, a local official said. "
            '"They shot at everyone who tried to flee," the official said. '
            '"Some of the wounded were evacuated to Niamey."')
    (event,) = extract(text, published=MONDAY)
    assert any(c.quote.startswith('"Some of the wounded') for c in event.claims), [
        (c.source, c.quote) for c in event.claims]


@pytest.mark.parametrize("confirms", [
    "The Syrian Observatory for Human Rights confirmed the toll.",
    "The Syrian Observatory for Human Rights later gave the same figure.",
])
def test_a_source_confirming_the_toll_told_before_claims_that_toll(confirms):
    text = ("Government jets bombed a market in the town of Saraqeb on Monday, killing seven "
            f"people, activists said. {confirms}")
    (event,) = extract(text, published=MONDAY)
    tolls = {(c.source, c.kind, c.value) for c in event.claims}
    assert ("Syrian Observatory for Human Rights", "fatalities", 7) in tolls, tolls
    assert event.status == "corroborated"


@pytest.mark.parametrize("opener", ["One of the officers", "Another officer", "A second officer"])
def test_one_of_the_speakers_named_before_is_that_source(opener):
    text = (
        "Fighting between troops and militants killed nine soldiers near the town of Qarabek "
        f"on Monday, two army officers said. {opener} said the army had retaken the village "
        "centre."
    )
    (event,) = extract(text, published=date(2016, 4, 12))
    sources = {c.source for c in event.claims}
    assert sources == {"a military source"}, sources
