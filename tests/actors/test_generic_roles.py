"""Generic words for sides: youths are people, armed youths an armed group, Kurdish
insurgents the insurgency of the country (texts written for these
tests)."""

from datetime import date

from khaldun import extract


def test_police_clashing_with_youths_is_a_riot_not_a_battle():
    text = ("In the western city of Kisumu, police clashed with youths who barricaded roads on "
            "Wednesday, a hospital official said.")
    found = extract(text, published=date(2023, 7, 13))
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_armed_youths_who_attack_a_village_are_an_armed_group():
    text = "Armed youths attacked the village of Kawuri on Monday, killing four farmers."
    found = extract(text, published=date(2019, 3, 6))
    assert [e.actor1.inter for e in found] == [3]


def test_kurdish_militants_in_iraq_are_the_pkk_not_the_peshmerga():
    text = ("Turkish warplanes killed 12 Kurdish militants in air strikes near the town of "
            "Zakho in Iraq's Dohuk province on Saturday, the defence ministry said.")
    found = extract(text, published=date(2023, 1, 15))
    assert [e.actor2.name for e in found] == ["PKK: Kurdistan Workers Party"]


def test_conscripts_and_a_border_post_are_the_states_forces():
    for text in (
        "A suicide bomber blew himself up among conscripts at a training camp in Aden on "
        "Monday, killing 20.",
        "Rockets hit a Saudi border post in Jizan on Monday, killing two guards.",
    ):
        (event,) = extract(text, published=date(2018, 3, 5))
        assert event.actor2 is not None and event.actor2.inter == 1, text


def test_a_garrison_camp_or_security_convoy_is_the_states_forces():
    for text in (
        "Rebels attacked a government garrison in the west of the province on Tuesday, killing "
        "17.",
        "Militants set off a bomb targeting a security convoy near Khar on Tuesday, killing five "
        "people.",
        "Gunmen opened fire on a security patrol in Zinjibar on Tuesday, killing three.",
        "Unknown gunmen attacked a military camp near Mopti on Tuesday, killing six people.",
        "A roadside bomb hit a security vehicle in Lahj on Tuesday, killing four people.",
    ):
        events = extract(text, published=date(2018, 3, 5))
        assert any(e.actor2 is not None and e.actor2.inter == 1 for e in events), text


def test_officers_by_rank_prison_guards_and_counter_terrorism_units_are_the_states_forces():
    for text in (
        "A bombing killed a colonel and his driver in Aden on Tuesday.",
        "A bomb hidden in a cart exploded as a bus carrying prison guards passed in Kabul on "
        "Tuesday, killing five of them.",
        "A bomb killed the head of the counter-terrorism unit in Aden on Tuesday.",
    ):
        events = extract(text, published=date(2018, 3, 5))
        assert [e.actor2.inter for e in events if e.actor2] == [1], text


def test_a_sniper_named_by_no_side_is_no_army():
    text = "A sniper shot dead a shepherd near the village of Kawuri on Monday, residents said."
    (event,) = extract(text, published=date(2019, 3, 6))
    assert event.actor1 is not None and event.actor1.inter != 1
    text = "Army snipers shot dead a shepherd near the village of Kawuri on Monday."
    (event,) = extract(text, published=date(2019, 3, 6))
    assert event.actor1 is not None and event.actor1.inter == 1


def test_a_states_attacks_or_offensive_named_by_its_demonym_are_its_forces():
    text = ("Government troops repelled Turkish attacks near the village of Kawuri on Monday, "
            "the army said.")
    (event,) = extract(text, published=date(2019, 3, 6))
    assert "Military Forces of Turkey" in {a.name for a in (event.actor1, event.actor2) if a}


def test_the_aircraft_a_foreign_army_calls_its_own_are_its_forces():
    text = ("The Turkish military said its aircraft struck militants near the village of Kawuri "
            "on Monday.")
    (event,) = extract(text, published=date(2019, 3, 6))
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Turkey"


def test_faction_fighters_are_the_countrys_insurgents_and_opposition_troops_its_rebels():
    (shelling,) = extract("Faction fighters shelled army posts near Kafr Zita on Monday.",
                          published=date(2018, 3, 5))
    assert shelling.actor1 is not None and shelling.actor1.inter == 2
    (blast,) = extract("A bomb went off at a base of opposition troops in Ariha on Monday.",
                       published=date(2018, 3, 5))
    assert blast.actor2 is not None and blast.actor2.inter == 2


def test_resistance_fighters_are_rebels():
    text = ("Resistance fighters attacked a police station in Mawlaik township on Wednesday, "
            "killing three police officers.")
    found = extract(text, published=date(2024, 12, 6))
    assert [(e.actor1.name, e.actor1.inter) for e in found] == [("Opposition Rebels (Myanmar)", 2)]


def test_resistance_fighters_in_yemen_resist_the_houthis():
    text = "Yemeni resistance fighters clashed with Houthi militiamen in Hays on Monday."
    found = extract(text, published=date(2018, 1, 10))
    assert [e.actor1.name for e in found] == ["Popular Resistance"]


def test_unidentified_motorcyclists_who_open_fire_are_an_armed_group():
    text = ("Two policemen were martyred and three others injured when unidentified "
            "motorcyclists opened fire on a police van in Bannu on Wednesday, police said.")
    found = extract(text, published=date(2024, 12, 12))
    assert [(e.actor1.name, e.actor2.name) for e in found] == [
        ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")]


def test_security_men_and_operatives_are_the_states_forces():
    for text in (
        "Three security men were shot dead by gunmen near a market in Mukalla on Wednesday.",
        "Gunmen killed four security operatives near a market in Kaduna state on Monday.",
    ):
        (event,) = extract(text, published=date(2018, 3, 5))
        assert event.actor2 is not None and event.actor2.inter == 1, text


def test_workers_named_by_their_strike_or_march_are_protesters():
    for text, sub in (
        ("Riot police attacked striking truck drivers in Kassala on Wednesday and detained 15 "
         "of them.", "Protest with intervention"),
        ("Police fired on marching teachers in Kassala on Wednesday, killing one of them.",
         "Excessive force against protesters"),
    ):
        (event,) = extract(text, published=date(2021, 6, 10))
        assert event.sub_event_type == sub, text
        assert 6 in (event.actor1.inter, event.actor2.inter), text


def test_a_missile_striking_homes_strikes_no_one_on_strike():
    text = "A missile fired by rebels struck Kassala on Wednesday, striking homes and killing two."
    events = extract(text, published=date(2021, 6, 10))
    assert all(e.event_type != "Protests" for e in events)


def test_rebel_artillery_is_the_rebels_not_the_army():
    text = ("Rebel artillery and tanks killed six civilians in residential districts of the "
            "town of Kawuri on Tuesday, medics said.")
    found = extract(text, published=date(2019, 3, 6))
    assert [e.actor1.inter for e in found] == [2]


def test_a_military_alliance_and_un_helicopters_are_external_forces():
    for text in (
        "Twenty people died on Monday in the Yemeni province of Saada when jets of a military "
        "alliance led by Saudi Arabia bombed a market, officials said.",
        "UN helicopters killed four civilians in the village of Kawuri in eastern Congo on "
        "Monday, the governor said.",
    ):
        found = extract(text, published=date(2019, 3, 6))
        assert [e.actor1.inter for e in found] == [8], text


def test_the_kin_of_an_official_or_an_officer_are_civilians():
    for text in (
        "Gunmen no one has named shot dead the husband of a local mayor in Kawuri on Monday.",
        "Unidentified gunmen killed the son of a police commander in Kawuri on Monday.",
    ):
        found = extract(text, published=date(2019, 3, 6))
        assert [(e.sub_event_type, e.actor2.inter) for e in found] == [("Attack", 7)], text


def test_an_uncle_of_a_governor_is_a_civilian():
    text = ("A paternal uncle of the state governor has been murdered with a machete in Kawuri, "
            "police said on Monday.")
    found = extract(text, published=date(2019, 3, 6))
    assert [(e.sub_event_type, e.actor2.inter) for e in found] == [("Attack", 7)]


def test_the_son_of_a_militia_leader_is_a_civilian():
    text = "Gunmen shot dead the son of a local militia leader in Kawuri on Monday."
    found = extract(text, published=date(2019, 3, 6))
    assert [(e.sub_event_type, e.actor2.inter) for e in found] == [("Attack", 7)]


def test_yemens_police_are_named_by_their_period_as_its_army_is():
    text = ("Unknown attackers threw a grenade at a police station in Taiz on Monday, "
            "wounding two policemen.")
    [before] = extract(text, published=date(2010, 6, 15))
    [after] = extract(text, published=date(2018, 6, 12))
    assert before.actor2.name == "Police Forces of Yemen (1990-2012)"
    assert after.actor2.name == "Police Forces of Yemen"


def test_an_airbase_fired_at_is_the_states_forces():
    text = "Rebels fired rockets at the Tabqa airbase on Monday. No casualties were reported."
    [event] = extract(text, published=date(2018, 3, 5))
    assert event.actor2 is not None and event.actor2.inter == 1
