from dataclasses import replace
from datetime import date

import pytest

from khaldun.actors import find_actors
from khaldun.actors.implied import Sides, abroad, settle
from khaldun.records import Actor

D = date(2018, 2, 10)
TURKEY = Actor("Military Forces of Turkey", 1, "TR")


def test_unclaimed_violence_is_an_unidentified_armed_group():
    actor1, actor2 = settle(Sides("Shelling/artillery/missile attack", None, None, "SY", D), {})
    assert (actor1.name, actor1.inter, actor2) == ("Unidentified Armed Group (Syria)", 3, None)


def test_an_earlier_event_of_the_same_kind_names_the_perpetrator():
    earlier: dict = {}
    settle(Sides("Air/drone strike", TURKEY, None, "SY", D), earlier)
    actor1, _ = settle(Sides("Air/drone strike", None, None, "SY", D), earlier)
    assert (actor1.name, actor1.inter) == ("Military Forces of Turkey", 8)


def test_state_forces_abroad_are_external_and_at_home_state():
    assert abroad(TURKEY, "SY").inter == 8
    assert abroad(Actor("Military Forces of Turkey", 8, "TR"), "TR").inter == 1


def test_one_side_is_never_both():
    civilians = Actor("Civilians (Syria)", 7, "SY")
    actor1, actor2 = settle(Sides("Attack", civilians, civilians, "SY", D), {})
    assert actor1 == civilians and actor2 is None


def test_a_group_the_sentence_names_is_the_perpetrator_unless_victim_or_speaker():
    claimed = "Two blasts killed nine people at a bus stop; the Islamic State claimed them."
    sides = Sides("Remote explosive/landmine/IED", None, None, "IQ", D, [claimed])
    assert settle(sides, {})[0].name == "Islamic State"
    victims = "Three Islamic State fighters were killed in a blast near the river."
    sides = Sides("Remote explosive/landmine/IED", None, None, "IQ", D, [victims])
    assert settle(sides, {})[0].name == "Unidentified Armed Group (Iraq)"


def test_a_bad_sides_pattern_is_an_error_naming_it():
    import pytest

    from khaldun.actors.implied import compile_sides

    with pytest.raises(ValueError, match=r"sides.yaml: bad speaks pattern '\(said'"):
        compile_sides({"acted_on": ["were killed"], "speaks": ["(said"]})


def test_a_suspected_or_claiming_group_replaces_unidentified_gunmen():
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    suspected = "Gunmen thought to be members of Boko Haram shot six traders near a market."
    sides = Sides("Attack", gunmen, None, "NG", D, [suspected])
    assert settle(sides, {})[0].name.startswith("Boko Haram")
    claimed = "Armed men killed a district officer; al-Shabaab later claimed responsibility."
    sides = Sides("Attack", replace(gunmen, name="Unidentified Armed Group (Somalia)"), None,
                  "SO", D, [claimed])
    assert settle(sides, {})[0].name == "Al Shabaab"


def test_a_group_only_mentioned_does_not_replace_unidentified_gunmen():
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    mentioned = "Gunmen shot a teacher who had spoken out against Boko Haram."
    assert settle(Sides("Attack", gunmen, None, "NG", D, [mentioned]), {})[0] == gunmen


def test_a_claim_of_responsibility_elsewhere_in_the_article_names_its_only_attacker():
    from datetime import date

    from khaldun import extract

    text = (
        "A car bomb exploded near a checkpoint in Mogadishu on Saturday, killing eight people, "
        "police said.\n\n"
        "The city has seen many such blasts.\n\n"
        "Al Shabaab said it carried out the attack."
    )
    events = extract(text, published=date(2019, 3, 10))
    assert [e.actor1.name for e in events] == ["Al Shabaab"]


def test_allegiance_named_elsewhere_in_the_article_claims_nothing():
    gunmen = Actor("Unidentified Armed Group (Yemen)", 3, "YE")
    blast = "A car bomb went off at the gate of a police academy, killing five cadets."
    guards = "Fighters loyal to the Southern Transitional Council guard the district."
    sides = Sides("Remote explosive/landmine/IED", gunmen, None, "YE", D, [blast], [guards])
    assert settle(sides, {})[0].name == gunmen.name
    in_the_event = "Gunmen loyal to the Southern Transitional Council shot dead a cadet."
    sides = Sides("Attack", gunmen, None, "YE", D, [in_the_event])
    assert settle(sides, {})[0].name != gunmen.name


def test_generic_insurgents_never_become_the_state_their_old_name_turned_into():
    from khaldun.actors import find_actors

    after = find_actors("Militants attacked a checkpoint.", "AF", date(2025, 6, 1))
    before = find_actors("Militants attacked a checkpoint.", "AF", date(2015, 6, 1))
    assert after[0].actor.inter != 1 and before[0].actor.name == "Taliban"


def test_an_unnamed_attack_is_not_the_earlier_attacks_perpetrator():
    earlier: dict = {}
    army = Actor("Military Forces of Iraq", 1, "IQ")
    settle(Sides("Attack", army, None, "IQ", D), earlier)
    actor1, _ = settle(Sides("Attack", None, None, "IQ", D), earlier)
    assert actor1.name == "Unidentified Armed Group (Iraq)"


def test_a_suspected_dogon_militia_is_the_perpetrator():
    gunmen = Actor("Unidentified Armed Group (Mali)", 3, "ML")
    text = "Gunmen believed to be members of a Dogon self-defence militia burned a Fulani village."
    sides = Sides("Attack", gunmen, None, "ML", D, [text])
    assert settle(sides, {})[0].name == "Dogon Ethnic Militia (Mali)"


def test_a_suspect_described_or_claimed_with_more_words_replaces_unidentified_gunmen():
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    for sentence in (
        "Gunmen believed to be members of the militant Boko Haram sect shot four farmers.",
        "Gunmen believed to be fighters from Nigeria's Boko Haram killed two herders.",
        "Armed men claiming to be Boko Haram fighters burnt a school near the river.",
    ):
        sides = Sides("Attack", gunmen, None, "NG", D, [sentence])
        assert settle(sides, {})[0].name.startswith("Boko Haram"), sentence


def test_a_suspect_the_grammar_made_the_side_acted_on_is_the_perpetrator():
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    fulani = Actor("Fulani Ethnic Militia (Nigeria)", 4, "NG")
    sentence = "Gunmen suspected to be Fulani herders ambushed a bus near the market."
    actor1, actor2 = settle(Sides("Attack", gunmen, fulani, "NG", D, [sentence]), {})
    assert actor1.name == fulani.name and actor2 is None


def test_fighting_between_clans_or_communities_is_an_identity_militia():
    clan = "Nine herders died in inter-clan fighting over a water point near the border."
    actor1, _ = settle(Sides("Armed clash", None, None, "KE", D, [clan]), {})
    assert (actor1.name, actor1.inter) == ("Unidentified Clan Militia (Kenya)", 4)
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    feud = "Gunmen burnt a village in a communal clash over farmland, killing eleven."
    actor1, _ = settle(Sides("Attack", gunmen, None, "NG", D, [feud]), {})
    assert (actor1.name, actor1.inter) == ("Unidentified Communal Militia (Nigeria)", 4)
    march = "Villagers marched against the communal violence that killed eleven last week."
    assert settle(Sides("Peaceful protest", None, None, "NG", D, [march]), {})[0].inter == 6


def test_clans_or_tribes_named_as_the_two_sides_are_identity_militias():
    # the sides named as two clans or tribes, or as the clans that clashed, however far apart:
    # the first named group's militia, as ACLED names it (actors/kin_groups.py)
    sentences = {
        "Abdi Clan Militia (Kenya)": [
            "Six died in fighting between militias of the Abdi and Omar clans near the well.",
            "Six died in a clash involving the Abdi and Omar clans near the well.",
            "The Abdi and Omar clans of the northern region near the well clashed on Monday.",
        ],
        "Abdi Tribal Militia (Kenya)": [
            "Six died in fighting between Abdi and Omar tribesmen near the well.",
        ],
    }
    for name, texts in sentences.items():
        for text in texts:
            actor1, _ = settle(Sides("Armed clash", None, None, "KE", D, [text]), {})
            assert (actor1.name, actor1.inter) == (name, 4), text


def test_a_mission_external_by_name_stays_external_in_its_own_country():
    mission = Actor("AMISOM: African Union Mission in Somalia", 8, "SO")
    assert abroad(mission, "SO").inter == 8


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Residents of the town strongly suspect Boko Haram.",
        "No group has spoken, but Boko Haram fighters are suspected.",
        "Boko Haram said it had staged an attack on the market.",
        "The Boko Haram jihadist group said it carried out the raid.",
    ],
)
def test_a_suspect_or_claimant_named_elsewhere_is_the_perpetrator(elsewhere):
    sentence = "A bomb went off at a crowded market on Sunday, killing nine people."
    sides = Sides("Remote explosive/landmine/IED", None, None, "NG", D, [sentence], [elsewhere])
    assert settle(sides, {})[0].name.startswith("Boko Haram")


def test_gunmen_from_a_named_group_are_that_group():
    gunmen = Actor("Unidentified Armed Group (Somalia)", 3, "SO")
    sentence = "Gunmen from the Somali Islamist group al-Shabaab shot dead a district official."
    assert settle(Sides("Attack", gunmen, None, "SO", D, [sentence]), {})[0].name == "Al Shabaab"


def test_suspected_descriptors_that_stand_for_a_group_name_it():
    sentence = "Suspected Islamist militants burnt a village near the lake, killing twelve."
    assert settle(Sides("Attack", None, None, "NG", D, [sentence]), {})[0].name.startswith(
        "Boko Haram"
    )
    blamed = "Eight farmers died in violence blamed on jihadist fighters near the river."
    assert settle(Sides("Attack", None, None, "ML", D, [blamed]), {})[0].inter == 3


def test_a_battle_with_one_named_side_is_fought_against_the_other_side():
    army = Actor("Military Forces of Afghanistan (2004-2021)", 1, "AF")
    sentence = "Heavy fighting broke out near the district centre overnight."
    _, actor2 = settle(Sides("Armed clash", army, None, "AF", D, [sentence]), {})
    assert actor2.name == "Taliban"
    rebels = Actor("Opposition Rebels (Syria)", 2, "SY")
    # (the sentence names neither side: the state's forces are listed first)
    actor1, actor2 = settle(Sides("Armed clash", rebels, None, "SY", D, [sentence]), {})
    assert (actor1.name, actor2.name) == ("Military Forces of Syria", "Opposition Rebels (Syria)")
    clan = Actor("Unidentified Clan Militia (Somalia)", 4, "SO")
    assert settle(Sides("Armed clash", clan, None, "SO", D, [sentence]), {})[1] is None


def test_a_source_blaming_or_accusing_a_group_names_the_suspect():
    gunmen = Actor("Unidentified Armed Group (Somalia)", 3, "SO")
    for sentence in (
        "Gunmen shot dead a clan elder near the port, police said, blaming al-Shabaab.",
        "Gunmen shot dead a clan elder near the port; his family accused al-Shabaab.",
    ):
        sides = Sides("Attack", gunmen, None, "SO", D, [sentence])
        assert settle(sides, {})[0].name == "Al Shabaab", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed men identified to be Fulani herders burnt a farm near the river.",
        "Gunmen burnt a farm by the river; police called it a raid by about 40 Fulani herdsmen.",
        "Gunmen burnt a farm near the river, said police, who attributed it to Fulani herdsmen.",
    ],
)
def test_a_raid_by_or_violence_attributed_to_a_group_names_it(sentence):
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    actor1, _ = settle(Sides("Attack", gunmen, None, "NG", D, [sentence]), {})
    assert actor1.name == "Fulani Ethnic Militia (Nigeria)"


def test_a_group_a_violent_verb_acts_on_is_no_perpetrator():
    sentence = "Nine people died in a car bomb attack targeting an AMISOM convoy near the port."
    sides = Sides("Suicide bomb", None, None, "SO", D, [sentence])
    assert settle(sides, {})[0].name == "Unidentified Armed Group (Somalia)"


def test_the_civilians_hit_are_those_of_where_it_happened():
    gaza = Actor("Civilians (Palestine)", 7, "PS")
    _, actor2 = settle(Sides("Shelling/artillery/missile attack", None, gaza, "IL", D), {})
    assert (actor2.name, actor2.inter) == ("Civilians (Israel)", 7)


def test_a_later_sentence_that_identifies_the_attackers_names_the_perpetrator():
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    attack = "Gunmen raided a farming hamlet near Lafia at dawn, killing four people."
    for later in (
        "Local officials said the attackers were suspected Fulani herdsmen.",  # cue in the alias
        "The assailants were Fulani herdsmen from a nearby grazing reserve, residents said.",
    ):
        sides = Sides("Attack", gunmen, None, "NG", D, [attack], elsewhere=[later])
        actor1 = settle(sides, {})[0]
        assert (actor1.name, actor1.inter) == ("Fulani Ethnic Militia (Nigeria)", 4)
    fought = "Herdsmen have long fought farmers over grazing land in the state."
    sides = Sides("Attack", gunmen, None, "NG", D, [attack], elsewhere=[fought])
    assert settle(sides, {})[0].name == gunmen.name  # background names no perpetrator


def test_a_descriptor_for_the_country_insurgents_in_the_event_sentence_is_the_perpetrator():
    told = "Nine guards died when one of the suicide bombers reached the gate and blew up his vest."
    sides = Sides("Suicide bomb", None, None, "PK", D, [told])
    actor1 = settle(sides, {})[0]
    assert actor1.inter == 2 and not actor1.name.startswith("Unidentified")
    blast = "A car bomb killed eleven people near a bakery in Homs on Monday."
    background = "The city has long been a target of rebels fighting the government."
    sides = Sides("Remote explosive/landmine/IED", None, None, "SY", D, [blast, background])
    assert settle(sides, {})[0].name == "Unidentified Armed Group (Syria)"


def test_a_claim_of_responsibility_beats_a_group_guessed_from_a_bomber_that_denies_it():
    taliban = Actor("Taliban", 2, "AF")
    sentences = [
        "A suicide bomber killed 18 people at a wedding in Jalalabad on Friday, officials said.",
        "Islamic State later claimed the bombing.",
        "The Taliban denied any involvement.",
    ]
    sides = Sides("Suicide bomb", taliban, None, "AF", date(2019, 7, 6), sentences)
    assert settle(sides, {})[0].name == "Islamic State (Afghanistan)"


def test_a_group_whose_affiliate_claims_the_bombing_did_it():
    from khaldun import extract

    text = ("A suicide bomber struck a rally of a pro-Taliban religious party in Khar on Sunday, "
            "killing 40 people, officials said. The Islamic State group's regional affiliate "
            "claimed responsibility on Monday.")
    [event] = extract(text, published=date(2023, 7, 31))
    assert event.actor1.name.startswith("Islamic State")


def test_a_party_for_a_group_is_no_mention_of_the_group():
    names = [m.actor.name for m in find_actors(
        "They struck a rally of a pro-Taliban religious party.", "PK")]
    assert names == []


def test_attackers_said_to_belong_to_a_group_are_its_members():
    told = [
        "Gunmen shot dead two shepherds near the village of Tarmiyah on Sunday.",
        "Police said the attackers belonged to the Islamic State.",
    ]
    sides = Sides("Attack", Actor("Unidentified Armed Group (Iraq)", 3, "IQ"), None, "IQ", D, told)
    assert settle(sides, {})[0].name == "Islamic State"


def test_a_country_blamed_for_a_bombing_is_its_forces():
    told = [
        "A car bomb exploded near a market in the town of Azaz on Monday, killing six people.",
        "Local officials blamed Turkey for the bombing.",
    ]
    sides = Sides("Remote explosive/landmine/IED", None, None, "SY", D, told)
    actor1 = settle(sides, {})[0]
    assert (actor1.name, actor1.inter) == ("Military Forces of Turkey", 8)


def test_a_country_blamed_for_a_drone_attack_flew_it_not_the_home_army():
    told = [
        "A drone attack hit an apartment block in the city of Odesa on Monday, killing two.",
        "Ukrainian officials blamed Russia for the attack.",
    ]
    home = Actor("Military Forces of Ukraine", 1, "UA")
    actor1 = settle(Sides("Air/drone strike", home, None, "UA", D, told), {})[0]
    assert (actor1.name, actor1.inter) == ("Military Forces of Russia", 8)


def test_troops_that_killed_suspected_militants_stay_the_perpetrator():
    told = ["Nigerian troops killed 12 suspected militants near Bama on Friday."]
    troops = Actor("Military Forces of Nigeria", 1, "NG")
    assert settle(Sides("Armed clash", troops, None, "NG", D, told), {})[0] == troops


def test_a_side_whose_vehicle_was_destroyed_is_no_perpetrator():
    sentence = "An Iraqi army truck was destroyed near the bridge, killing the driver."
    actor1, _ = settle(Sides("Attack", None, None, "IQ", D, [sentence]), {})
    assert actor1.name == "Unidentified Armed Group (Iraq)"


def test_a_side_with_a_main_enemy_fights_it_where_the_text_names_no_other():
    sentence = "Heavy fighting broke out on the hills east of the district overnight."
    houthis = Actor("Military Forces of Yemen (2016-) Supreme Political Council", 1, "YE")
    _, actor2 = settle(Sides("Armed clash", houthis, None, "YE", D, [sentence]), {})
    assert (actor2.name, actor2.inter) == ("Military Forces of Yemen", 1)
    army = Actor("Military Forces of Yemen", 1, "YE")
    _, actor2 = settle(Sides("Government regains territory", army, None, "YE", D, [sentence]), {})
    assert actor2.name == "Military Forces of Yemen (2016-) Supreme Political Council"
    # (before the war with the Houthis, the army's unnamed foe was the country's jihadists)
    _, actor2 = settle(Sides("Armed clash", army, None, "YE", date(2012, 6, 1), [sentence]), {})
    assert actor2.name.startswith("AQAP")


def test_dead_said_to_be_mostly_civilians_are_the_side_acted_on():
    police = Actor("Police Forces of Somalia", 1, "SO")
    told = "A car bomb went off near a police post in Dalmar, killing nine, mostly civilians."
    sides = Sides("Remote explosive/landmine/IED", None, police, "SO", D, [told])
    assert settle(sides, {})[1].name == "Civilians (Somalia)"
    later = ["A bomb hit a checkpoint in Dalmar, killing nine.", "Most of the dead were civilians,"
             " a doctor said; two soldiers were also among the dead."]
    sides = Sides("Remote explosive/landmine/IED", None, None, "SO", D, later[:1], later[1:])
    assert settle(sides, {})[1].inter == 7
    # a clash is fought by two armed sides, whoever died in it
    army = Actor("Military Forces of Somalia", 1, "SO")
    clash = "Fighting with the army in Dalmar killed nine people, mostly civilians."
    assert settle(Sides("Armed clash", None, army, "SO", D, [clash]), {})[1] == army


def test_officials_hit_by_violence_are_civilians_its_leaders_the_government():
    government = Actor("Government of Iraq", 1, "IQ")
    told = "A bomb went off outside the house of a city council official in Kessa, wounding him."
    sides = Sides("Remote explosive/landmine/IED", None, government, "IQ", D, [told])
    assert settle(sides, {})[1].name == "Civilians (Iraq)"
    leader = "A car bomb targeted the convoy of the prime minister in Kessa, killing two guards."
    sides = Sides("Remote explosive/landmine/IED", None, government, "IQ", D, [leader])
    assert settle(sides, {})[1] == government


def test_the_side_an_area_is_taken_over_by_did_not_plant_the_mine_there():
    told = "A landmine went off in the Kessa area, which is taken over by the SDF, killing two."
    sides = Sides("Remote explosive/landmine/IED", None, None, "SY", D, [told])
    assert settle(sides, {})[0].name == "Unidentified Armed Group (Syria)"


def test_a_clash_naming_no_side_lists_the_states_forces_first():
    rebels = Actor("Opposition Rebels (Syria)", 2, "SY")
    army = Actor("Military Forces of Syria", 1, "SY")
    unnamed = Sides("Armed clash", rebels, army, "SY", D, ["Clashes also broke out in Kessa."])
    assert settle(unnamed, {}) == (army, rebels)
    named = Sides("Armed clash", rebels, army, "SY", D, ["Rebels attacked army posts in Kessa."])
    assert settle(named, {}) == (rebels, army)
    attack = Sides("Armed clash", rebels, army, "SY", D, ["The attacks took place in Kessa."])
    assert settle(attack, {}) == (rebels, army)


def test_fighting_between_faiths_or_slash_joined_communities_is_a_communal_militia():
    # clashes between faiths or sects, and between peoples one of them written "A/B", are
    # communal fighting: an identity militia (inter 4), not an unnamed armed group
    for text in (
        "Seven were killed in Varkol town in clashes between Christians and Muslims.",
        "Sectarian clashes in the city of Varkol left seven people dead on Monday.",
        "Seven died in Buddhist-Muslim fighting in the town of Varkol.",
        "Seven died in fighting between the Orlu and Benka/Tassa communities at Varkol.",
    ):
        actor1, _ = settle(Sides("Armed clash", None, None, "NG", D, [text]), {})
        assert (actor1.name, actor1.inter) == ("Unidentified Communal Militia (Nigeria)", 4), text
    # a bombing in a sectarian war is no fight between communities
    bomb = "A car bomb killed seven in a market amid sectarian violence in the city of Varkol."
    gunmen = Actor("Unidentified Armed Group (Nigeria)", 3, "NG")
    assert settle(Sides("Remote explosive/landmine/IED", gunmen, None, "NG", D, [bomb]), {})[
        0].inter == 3


def test_a_coalition_named_by_the_demonym_of_the_country_it_strikes_at_home_is_its_army():
    # a Saudi-led coalition's theatre is Yemen: "Saudi warplanes" over a Saudi village are
    # Saudi Arabia's own forces at home (inter 1); in Yemen they stay the coalition (inter 8)
    coalition = Actor("Operation Restoring Hope", 8, None)
    text = "Saudi warplanes fired an airstrike on the village of Varkol on Monday."
    when = date(2018, 3, 1)
    actor1, _ = settle(Sides("Air/drone strike", coalition, None, "SA", when, [text]), {})
    assert (actor1.name, actor1.inter) == ("Military Forces of Saudi Arabia", 1)
    actor1, _ = settle(Sides("Air/drone strike", coalition, None, "YE", when, [text]), {})
    assert (actor1.name, actor1.inter) == ("Operation Restoring Hope", 8)
