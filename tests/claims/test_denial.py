"""Denials by a side the text describes but no dictionary names (texts written for these
tests)."""

from datetime import date

from khaldun import extract

MONDAY = date(2015, 2, 9)


def test_a_described_side_denying_makes_the_event_contested():
    text = (
        "Shells hit the town of Marinka on Monday, killing two civilians, Ukraine's military "
        "said. Separatist leaders denied shelling the town."
    )
    (event,) = extract(text, published=MONDAY)
    denials = [c.source for c in event.claims if c.kind == "denial"]
    assert denials == ["Separatist leaders"] and event.status == "contested"


def test_a_pronoun_that_denies_without_a_speaker_before_is_no_denier():
    text = "Shells hit the town of Marinka on Monday, killing two civilians. It denied nothing."
    (event,) = extract(text, published=MONDAY)
    assert not [c for c in event.claims if c.kind == "denial"]


def test_denying_a_weapon_was_lost_contests_the_shooting_down_not_an_air_strike():
    text = (
        "Government jets struck the town of Saraqib on Monday, killing six, a monitor said.\n\n"
        "Rebels said they shot down a warplane near Hama. State television denied that any "
        "aircraft had been lost."
    )
    status = {e.location.town: e.status for e in extract(text, published=date(2014, 2, 11))}
    assert status == {"Saraqib": "single", "Hama": "contested"}


def test_a_denied_capture_of_two_places_is_contested_in_each():
    text = ("Rebel fighters seized army posts in the Sheikh Othman and Mansoura districts of "
            "Aden on Sunday, a rebel spokesman said. The defence ministry said the rebels had "
            "failed and the attack had been repelled.")
    events = extract(text, published=MONDAY)
    assert len(events) == 2
    assert {(e.sub_event_type, e.status) for e in events} == {("Armed clash", "contested")}


def test_attacks_repelled_at_a_town_no_capture_was_claimed_of_are_a_fight_there():
    text = ("Troops captured the village of Tal Zahra in Idlib on Sunday, state media said. "
            "Rebels said they had repelled several attacks on the nearby town of Kafr Sijna.")
    events = extract(text, published=MONDAY)
    assert {(e.sub_event_type, e.location.name) for e in events} == {
        ("Government regains territory", "Tal Zahra"), ("Armed clash", "Kafr Sijna")}
    assert all(e.status == "single" for e in events)


def test_the_army_denying_is_the_source_its_words_name_not_the_forces_as_an_actor():
    text = (
        "Fighters of Al Shabaab attacked an army base in the town of Bulo Burde on Monday, "
        "killing six soldiers, a local elder said.\n\nThe army denied losing the base."
    )
    (event,) = extract(text, published=MONDAY)
    denials = [c.source for c in event.claims if c.kind == "denial"]
    assert denials == ["army"], denials


def test_a_denial_in_the_lead_contests_the_event_the_next_sentence_tells():
    text = (
        "Ukraine's army denied on Monday that its troops had shelled the village of Sartana. "
        "Residents said shells hit the village on Sunday, killing three civilians."
    )
    (event,) = extract(text, published=MONDAY)
    assert [c.kind for c in event.claims if c.kind == "denial"] == ["denial"]
    assert event.status == "contested"


def test_a_group_distancing_itself_from_a_bombing_contests_who_carried_it_out():
    text = (
        "A suicide bomber blew himself up at a police checkpoint in Bannu on Monday, killing "
        "six policemen, officials said. A Pakistani Taliban commander claimed the attack, but "
        "the group's spokesman later distanced it from the bombing."
    )
    (event,) = extract(text, published=date(2023, 1, 31))
    assert event.status == "contested"


def test_rebels_denying_are_the_rebels_just_named_not_an_earlier_group():
    text = (
        "An al-Qaeda suicide bomber struck an army post in Zinjibar on Sunday, killing eight "
        "soldiers, officials said.\n\n"
        "Separately, Houthi rebels shelled homes in the city of Taiz on Sunday, killing three "
        "civilians, a rights group said. The rebels denied targeting civilians."
    )
    # (a Monday in 2017, when the dictionary names the Houthis' forces a state's)
    bombing, shelling = extract(text, published=date(2017, 8, 14))
    assert not [c for c in bombing.claims if c.kind == "denial"]
    assert shelling.status == "contested"


def test_a_side_saying_its_aircraft_did_not_strike_denies_the_strike():
    text = (
        "Air strikes killed 16 civilians in the town of Kafr Tala on Tuesday, activists said. "
        "The defence ministry of Norvia said its aircraft did not strike the town."
    )
    (event,) = extract(text, published=date(2019, 6, 11))
    assert event.status == "contested"
    assert any(c.kind == "denial" for c in event.claims)


def test_a_denial_naming_one_place_of_a_claimed_list_contests_that_place_only():
    text = (
        "Government forces seized the villages of Qarmadun and Tell Qarmadun in Idlib province "
        "on Friday, state media said. Rebels denied losing Tell Qarmadun."
    )
    found = extract(text, published=date(2019, 8, 10))
    assert sorted((e.location.name, e.sub_event_type, e.status) for e in found) == [
        ("Qarmadun", "Government regains territory", "single"),
        ("Tell Qarmadun", "Armed clash", "contested"),
    ]


def test_a_toll_told_beside_a_denial_with_one_subject_is_the_deniers_figure():
    text = (
        "Government airstrikes hit the town of Saraqeb on Sunday, killing nine people, "
        "activists said.\n\nThe army said the strike killed 12 militants and denied that any "
        "civilians were hurt."
    )
    (event,) = extract(text, published=date(2018, 3, 12))
    assert event.fatalities.to_dict() == {"low": 9, "high": 12}
    assert {(c.source, c.kind) for c in event.claims if c.source == "army"} == {
        ("army", "fatalities"), ("army", "denial")}


def test_a_toll_in_a_saying_clause_after_a_denial_is_not_denied():
    text = (
        "Government airstrikes hit the town of Saraqeb on Sunday, killing nine people, "
        "activists said.\n\nThe army denied that civilians were hurt, saying 12 militants died."
    )
    (event,) = extract(text, published=date(2018, 3, 12))
    assert event.fatalities.to_dict() == {"low": 9, "high": 12}


def test_a_denial_with_a_repulse_told_beside_it_is_one_denial_of_the_words_denied():
    text = (
        "Government forces captured the town of Khan Sheikhoun on Tuesday, state television "
        "reported.\n\nA rebel spokesman denied the town had fallen, saying insurgents had "
        "pushed back the attack."
    )
    (event,) = extract(text, published=date(2018, 3, 21))
    denials = [c for c in event.claims if c.kind == "denial"]
    assert [c.value for c in denials] == ["the town had fallen"]
    assert event.status == "contested"
