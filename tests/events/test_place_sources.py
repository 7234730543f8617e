"""Where an event's place comes from, and where it does not: a statement's place, a
governing body's, a person's or a tribe's name, a dateline, a separate incident (texts written
for these tests)."""

from datetime import date

from khaldun import extract


def test_a_reaction_from_a_statement_issued_in_the_capital_is_no_event_there():
    text = (
        "A roadside bomb killed four soldiers in Kandahar on Monday, officials said.\n\n"
        "President Ashraf Ghani condemned the bombing in a statement issued from the "
        "presidential palace in Kabul."
    )
    found = extract(text, published=date(2017, 5, 16))
    assert [e.location.town for e in found] == ["Kandahar"]


def test_an_event_never_placed_is_not_put_where_a_separate_incident_was():
    text = (
        "Soldiers killed five smugglers who tried to cross the border on Sunday, the army "
        "said.\n\nSeparately, the army said it had shot down a drone over Deraa province."
    )
    found = extract(text, published=date(2020, 2, 17))
    killing = next(e for e in found if e.sub_event_type != "Disrupted weapons use")
    assert killing.location.admin1 != "Daraa"


def test_fighting_reported_in_a_town_is_there_and_a_capitals_government_places_nothing():
    text = (
        "Fighting was also reported on Saturday in Gharyan, south of Tripoli, where forces "
        "loyal to the Tripoli government repelled an attack by fighters allied with Khalifa "
        "Haftar."
    )
    found = extract(text, published=date(2019, 6, 2))
    assert [(e.location.town, e.actor2 and e.actor2.name) for e in found] == [
        ("Gharyan", "LNA: Libyan National Army")]


def test_a_tribes_name_places_nothing_and_its_speakers_are_no_victims():
    text = (
        "Militants attacked a village of the Sunni Obeid tribe near Hawija on Wednesday, "
        "killing 12 people, a local official and a security source said."
    )
    found = extract(text, published=date(2016, 3, 10))
    assert [(e.location.town, e.fatalities.high) for e in found] == [("Hawija", 12)]


def test_a_datelines_city_in_capitals_tells_namesakes_abroad_apart():
    text = (
        "JUBA (Reuters) - Fighting broke out in Bor on Friday between government troops and "
        "rebels, a military spokesman said."
    )
    (event,) = extract(text, published=date(2014, 4, 18))
    assert event.location.country == "SS"


def test_a_speakers_surname_named_like_a_district_places_no_event():
    text = (
        "A roadside bomb killed four policemen in Jalalabad on Sunday, said Attaullah "
        "Khogyani, the governor's spokesman."
    )
    found = extract(text, published=date(2018, 5, 14))
    assert [e.location.town for e in found] == ["Jalalabad"]


def test_a_name_that_speaks_is_no_place_of_the_event():
    # a spokesman's surname that is also a district's name, later the subject of "blamed"
    events = extract(
        "A roadside bomb hit a bus in Afghanistan's Laghman province on Monday, killing four "
        "people, said Asadullah Khogyani, a police spokesman.\n\n"
        "No one claimed the blast, but Khogyani blamed the Taliban.",
        published=date(2018, 3, 7),
    )
    assert [e.location.admin1 for e in events] == ["Laghman"]
    assert events[0].location.name == "Laghman"


def test_the_speakers_place_is_no_event_where_the_sentence_tells_another():
    events = extract(
        "Bandits abducted 11 farmers near Kufana on Saturday, police said.\n\n"
        "The bandits opened fire on the farms near Kufana at dawn, Kaduna police spokesman "
        "Yakubu Sabo said.\n\nTwo farmers who resisted were shot dead.",
        published=date(2019, 6, 3),
    )
    assert {e.location.name for e in events} == {"Kufana"}


def test_a_place_name_inside_an_organisations_longer_name_is_no_place():
    events = extract(
        "Gunmen attacked a school run by the charity Save the Children in the Afghan city of "
        "Kunduz on Monday, killing a guard, police said.",
        published=date(2018, 3, 7),
    )
    assert [e.location.name for e in events] == ["Kunduz"]


def test_a_capitals_ministry_saying_the_assault_was_repelled_denies_the_claimed_capture():
    text = (
        "Insurgents stormed a district police compound in Farah before dawn on Tuesday, "
        "officials said.\n\n"
        "An insurgent spokesman said their fighters had overrun the compound and seized "
        "its arms depot.\n\n"
        "The defence ministry in Kabul said the assault had been repelled."
    )
    [event] = extract(text, published=date(2019, 3, 6))
    assert event.sub_event_type == "Armed clash"
    assert event.status == "contested"


def test_where_those_who_act_come_from_is_no_place_of_their_act():
    text = (
        "Heavy fighting broke out in Gharyan on Monday, residents said.\n\n"
        "Fighters from Zintan stormed a police station, killing two officers, a security "
        "source said."
    )
    found = extract(text, published=date(2019, 4, 10))
    assert [e.location.town for e in found] == ["Gharyan"]


def test_the_village_of_those_an_act_was_done_to_is_where_it_was_done():
    text = "Sixty people from the village of Bama were killed by militants on Sunday, police said."
    [event] = extract(text, published=date(2019, 4, 10))
    assert event.location.town == "Bama"


def test_an_event_never_placed_is_not_put_at_another_events_village():
    text = (
        "MOGADISHU, Somalia (AP) - A suicide bomber struck a checkpoint near the parliament on "
        "Saturday, killing six soldiers, police said.\n\n"
        "Hours later, government forces said they had recaptured the village of Sabiid in "
        "Lower Shabelle region from the militants.\n\n"
        "Al Shabaab said its fighters had killed 12 soldiers in the bombing."
    )
    found = extract(text, published=date(2018, 9, 10))
    bombing = next(e for e in found if e.sub_event_type == "Suicide bomb")
    assert bombing.location.town != "Sabiid"


def test_a_home_the_gazetteer_does_not_know_is_no_place_of_the_act_either():
    text = (
        "Heavy fighting broke out in Gharyan on Monday, residents said.\n\n"
        "Fighters from the village of Ain Kaddourat stormed a police station, killing two "
        "officers, a security source said."
    )
    found = extract(text, published=date(2019, 4, 10))
    assert [e.location.town for e in found] == ["Gharyan"]


def test_a_hospital_named_where_the_wounded_were_taken_is_no_place_of_the_act():
    text = (
        "Rebels shelled a residential quarter in the city of Taiz on Saturday, killing two "
        "civilians, a medical source said. The shells landed in the north of the city, and "
        "the wounded were taken to al-Thawra hospital, the source said."
    )
    events = extract(text, published=date(2019, 1, 14))
    assert {e.location.town for e in events} == {"Taiz"}
