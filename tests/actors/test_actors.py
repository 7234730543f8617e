"""Actor resolution: aliases, generic descriptors by country, dates, context."""

from datetime import date

import pytest

from khaldun.actors import civilians, country_name, find_actors, resolve_actor, role_actor
from khaldun.actors.dictionary import load

D2012 = date(2012, 3, 5)
D2018 = date(2018, 2, 10)


def names(text, country=None, when=None):
    return [(m.surface, m.actor.name, m.actor.inter) for m in find_actors(text, country, when)]


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("Assad's forces", "Military Forces of Syria"),
        ("the Syrian Arab Army", "Military Forces of Syria"),
        ("Hizbollah", "Hezbollah"),
        ("Hizballah fighters", "Hezbollah"),
        ("Daesh", "Islamic State"),
        ("ISIL militants", "Islamic State"),
        ("the Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("Faylaq al-Rahman", "FaR: Al-Rahman Corps"),
        ("Jaysh al-Islam", "Jaish al-Islam"),
        ("the Kurdish People's Protection Units", "YPG: Peoples Protection Units"),
        ("al-Shabab militants", "Al Shabaab"),
        ("the shabiha", "National Defence Forces"),
        ("U.S.-led coalition warplanes", "Global Coalition Against Daesh"),
        ("Operation Inherent Resolve", "Global Coalition Against Daesh"),
        ("الدولة الإسلامية", "Islamic State"),
    ],
)
def test_aliases_and_transliterations(phrase, expected):
    assert resolve_actor(phrase, "SY", D2018).name == expected


@pytest.mark.parametrize("phrase,country,when,expected", [
    ("the al-Murabitoun group", "ML", date(2015, 6, 1), "Al Mourabitoun"),
    ("Ansarul Islam fighters", "BF", D2018, "Ansaroul Islam"),
    ("volunteers for the defence of the homeland", "BF", date(2021, 3, 1),
     "VDP: Volunteers for the Defense of the Homeland"),
    ("two VDP volunteers", "BF", date(2021, 3, 1),
     "VDP: Volunteers for the Defense of the Homeland"),
])
def test_sahel_groups(phrase, country, when, expected):
    assert resolve_actor(phrase, country, when).name == expected


def test_generic_descriptors_follow_the_country():
    assert resolve_actor("government troops", "SY", D2018).name == "Military Forces of Syria"
    assert resolve_actor("government troops", "IQ", D2018).name == "Military Forces of Iraq"
    assert resolve_actor("the army", "NG", D2018).name == "Military Forces of Nigeria"
    assert resolve_actor("security forces", "AF", D2018).name == (
        "Military Forces of Afghanistan (2004-2021)"
    )
    assert resolve_actor("rebels", "SY", D2018).name == "Opposition Rebels (Syria)"
    assert resolve_actor("insurgents", "SO", D2018).name == "Al Shabaab"
    assert resolve_actor("insurgents", "AF", D2018).name == "Taliban"
    assert resolve_actor("rebels", "YE", D2018).name.endswith("Supreme Political Council")


def test_bare_troops_in_the_palestinian_territories_are_israels_but_named_ones_not():
    soldiers = resolve_actor("soldiers", "PS", D2018)
    assert (soldiers.name, soldiers.inter) == ("Military Forces of Israel", 8)
    assert resolve_actor("warplanes", "PS", D2018).name == "Military Forces of Israel"
    assert resolve_actor("Palestinian soldiers", "PS", D2018).name != "Military Forces of Israel"


def test_police_posts_constables_and_an_african_union_convoy_name_forces():
    assert resolve_actor("a police post", "PK", D2018).name == "Police Forces of Pakistan"
    assert resolve_actor("two constables", "PK", D2018).name == "Police Forces of Pakistan"
    convoy = resolve_actor("an African Union convoy", "SO", D2018)
    assert (convoy.name, convoy.inter) == ("AMISOM: African Union Mission in Somalia", 8)


def test_gunmen_are_an_unidentified_armed_group():
    actor = resolve_actor("unknown gunmen", "LB", D2018)
    assert (actor.name, actor.inter) == ("Unidentified Armed Group (Lebanon)", 3)


def test_people_protesters_rioters():
    assert (resolve_actor("residents", "SY").name, resolve_actor("residents", "SY").inter) == (
        "Civilians (Syria)",
        7,
    )
    assert resolve_actor("demonstrators", "IQ").name == "Protesters (Iraq)"
    assert resolve_actor("rioters", "LB").inter == 5
    assert civilians("YE").name == "Civilians (Yemen)"
    assert civilians(None).name == "Civilians" and civilians(None).inter == 7


def test_aircraft_belong_to_the_state_flying_there_unless_named():
    assert resolve_actor("warplanes", "SY", D2018).name == "Military Forces of Syria"
    assert resolve_actor("helicopters", "IQ", D2018).name == "Military Forces of Iraq"
    assert resolve_actor("Russian warplanes", "SY", D2018).name == "Military Forces of Russia"
    assert resolve_actor("coalition jets", "SY", D2018).name == "Global Coalition Against Daesh"
    assert resolve_actor("coalition jets", "YE", D2018).name == "Operation Restoring Hope"
    assert role_actor("air", "YE", D2018).name == "Operation Restoring Hope"
    assert role_actor("air", "SY", D2018).name == "Military Forces of Syria"
    assert resolve_actor("coalition air strikes", "IQ", D2018).inter == 8


def test_demonym_fixes_the_country_and_foreign_state_forces_are_external():
    (m,) = find_actors("Turkish forces shelled Jandairis.", "SY", D2018)
    assert (m.surface, m.actor.name, m.actor.inter, m.generic) == (
        "Turkish forces",
        "Military Forces of Turkey",
        8,
        False,
    )
    (m,) = find_actors("Turkish forces raided a village.", "TR", D2018)
    assert m.actor.inter == 1
    assert find_actors("The forces withdrew.", "SY", D2018) == []


def test_generic_flag_and_role():
    ms = find_actors("Troops and Hezbollah fighters advanced under jets.", "SY", D2018)
    assert [(m.surface, m.generic, m.role) for m in ms] == [
        ("Troops", True, "state"),
        ("Hezbollah fighters", False, None),
        ("jets", True, "air"),
    ]


def test_names_change_over_time():
    assert resolve_actor("Nusra Front", "SY", date(2014, 1, 1)).name == "Jabhat al-Nusra"
    assert resolve_actor("Nusra Front", "SY", date(2016, 10, 1)).name == (
        "JFS: Jabhat Fateh al-Sham"
    )
    assert resolve_actor("Nusra Front", "SY", D2018).name == "HTS: Hayat Tahrir al-Sham"
    assert resolve_actor("ISIS", "SY", date(2013, 9, 1)).name == (
        "Islamic State of Iraq and the Levant"
    )
    assert resolve_actor("ISIS", "SY", D2018).name == "Islamic State"
    assert resolve_actor("ISIS", "SY").name == "Islamic State"
    houthis = resolve_actor("Houthi rebels", "YE", date(2015, 4, 1))
    assert (houthis.name, houthis.inter) == ("Ansar Allah", 2)
    assert resolve_actor("Houthi rebels", "YE", D2018).inter == 1
    assert resolve_actor("the Syrian army", "SY", date(2025, 3, 1)).name == (
        "Military Forces of Syria (2024-)"
    )
    assert resolve_actor("the army", "SY", date(2025, 3, 1)).name == (
        "Military Forces of Syria (2024-)"
    )
    assert resolve_actor("Taliban fighters", "AF", date(2022, 1, 1)).inter == 1


def test_shared_aliases_prefer_the_local_branch():
    assert resolve_actor("Islamic State", "NG", D2018).name == "Islamic State West Africa Province"
    assert resolve_actor("Islamic State", "IQ", D2018).name == "Islamic State"
    assert resolve_actor("al-Qaeda", "YE", D2018).name == "AQAP: Al Qaeda in the Arabian Peninsula"
    assert resolve_actor("the Taliban", "PK", D2018).name == "TTP: Tehrik-i-Taliban Pakistan"


def test_longest_match_and_suffix_make_one_mention():
    assert names("Free Syrian Army rebels clashed with the Syrian army.", "SY", D2018) == [
        ("Free Syrian Army rebels", "Free Syrian Army", 2),
        ("Syrian army", "Military Forces of Syria", 1),
    ]
    assert names("Boko Haram insurgents raided the village.", "NG", D2018) == [
        ("Boko Haram insurgents", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2)
    ]


def test_word_boundaries():
    assert names("Armyworm outbreaks hit maize farmers.", "NG", D2018) == [
        ("farmers", "Civilians (Nigeria)", 7)
    ]
    assert names("This is ISISland, said the artist.", "SY", D2018) == []
    assert names("Let it be known this is in Yemen.", "YE", D2018) == []
    assert names("LeT and IS in Yemen claimed it.", "YE", D2018)[1][1] == "Islamic State (Yemen)"


def test_adjectives_are_not_actors():
    assert names("Shells hit the rebel-held town.", "SY", D2018) == []
    assert names("An anti-government rally was held.", "JO", D2018) == []
    assert names("Pro-Houthi forces fired rockets.", "SA", D2018)[0][1].endswith("Council")


def test_text_order_and_offsets():
    text = "Regime helicopters dropped barrel bombs on Daraya, killing 9 civilians."
    ms = find_actors(text, "SY", D2012)
    assert [text[m.start : m.end] for m in ms] == [m.surface for m in ms]
    assert [m.actor.inter for m in ms] == [1, 7]
    assert ms[0].start < ms[1].start


def test_acled_spellings_and_generated_names_resolve():
    assert resolve_actor("Military Forces of Syria (2000-)", "SY").name == (
        "Military Forces of Syria"
    )
    assert resolve_actor("Civilians (Iraq)").name == "Civilians (Iraq)"
    actor = resolve_actor("Protesters (Lebanon)")
    assert (actor.inter, actor.country) == (6, "LB")
    assert resolve_actor("nothing here at all", "SY") is None


def test_country_names_as_acled_writes_them():
    assert country_name("SY") == "Syria"
    assert country_name("US") == "United States"
    assert country_name("XX") is None
    assert resolve_actor("US troops", "SY", D2018).name == "Military Forces of the United States"
    assert resolve_actor("let us troops rest", "SY", D2018).name != (
        "Military Forces of the United States"
    )


def test_dictionary_is_consistent():
    d = load()
    assert len(d.actors) > 100
    for entry in d.actors.values():
        assert entry.inter in range(1, 9), entry.name
        assert entry.wikidata is None or entry.wikidata.startswith("Q")
        if entry.valid_from and entry.valid_to:
            assert entry.valid_from < entry.valid_to, entry.name
    for code in ("SY", "IQ", "YE", "LB", "LY", "NG", "AF", "SO"):
        assert code in d.countries
        assert resolve_actor("troops", code, D2018).inter == 1
        assert civilians(code).name == f"Civilians ({d.countries[code].name})"


def test_no_named_actor_claims_a_generic_phrase():
    """ "government forces" must stay generic: a named actor owning it would fix one country."""
    from khaldun.actors.phrases import expand, squeeze

    d = load()
    generic = {squeeze(v) for r in d.roles.values() for a in r.aliases for v in expand(a)}
    for entry in d.actors.values():
        for alias in entry.aliases:
            for variant in expand(alias):
                assert squeeze(variant) not in generic, (entry.name, variant)


def test_backed_and_linked_describe_another_actor():
    ms = find_actors("Al-Qaeda-linked militants and Iran-backed Houthis clashed.", "YE", D2018)
    assert [m.surface for m in ms] == ["militants", "Houthis"]
    assert ms[0].actor.name == "AQAP: Al Qaeda in the Arabian Peninsula"


def test_unknown_country_and_empty_text():
    assert find_actors("", "SY") == []
    troops = resolve_actor("troops", "XX", D2018)
    assert (troops.name, troops.inter) == ("Military Forces", 1)
    assert resolve_actor("gunmen", None).name == "Unidentified Armed Group"


def test_possessive_suffix_and_coalition_by_country():
    (m,) = find_actors("Hezbollah's fighters advanced.", "SY", D2018)
    assert m.surface == "Hezbollah's fighters"
    ms = find_actors("The US-led coalition's planes struck a house.", "SY", D2018)
    assert ms[0].actor.name == "Global Coalition Against Daesh"
    assert resolve_actor("the coalition's warplanes", "YE", D2018).name == (
        "Operation Restoring Hope"
    )


def test_speakers_are_not_actors():
    ms = find_actors("Officials said five people died when troops shelled the town.", "SY", D2018)
    assert [m.surface for m in ms] == ["people", "troops"]
    ms = find_actors("Residents in Douma told AFP that jets struck.", "SY", D2018)
    assert [m.surface for m in ms] == ["jets"]
    ms = find_actors("Rebels said they captured the base.", "SY", D2018)
    assert [m.surface for m in ms] == ["Rebels"]


def test_source_descriptors_are_not_actors():
    ms = find_actors("A military source said troops advanced.", "SY", D2018)
    assert [m.surface for m in ms] == ["troops"]
    assert find_actors("An army spokesman denied it.", "IQ", D2018) == []


def test_shared_alias_by_country_and_date():
    assert resolve_actor("the Republican Guard", "SY", D2018).name == "Military Forces of Syria"
    assert resolve_actor("the Republican Guard", "YE", date(2011, 5, 1)).name == (
        "Military Forces of Yemen (1990-2012)"
    )
    assert resolve_actor("the Republican Guard", "YE", D2018).name.endswith("Political Council")


def test_words_that_cancel_a_descriptor():
    assert find_actors("Military analysts expect jet fuel and water tanks to run out.", "SY") == []
    assert [m.surface for m in find_actors("Turkish tanks crossed.", "SY")] == ["Turkish tanks"]


def test_default_actor_by_sub_event_type():
    from khaldun.actors import default_actor
    from khaldun.records import SUB_TO_TYPE

    assert default_actor("Air/drone strike", "YE", D2018).name == "Operation Restoring Hope"
    assert default_actor("Air/drone strike", "SY", D2018).name == "Military Forces of Syria"
    ied = default_actor("Remote explosive/landmine/IED", "IQ", D2018)
    assert (ied.name, ied.inter) == ("Unidentified Armed Group (Iraq)", 3)
    assert default_actor("Peaceful protest", "IR", D2018).name == "Protesters (Iran)"
    shelling = default_actor("Shelling/artillery/missile attack", "SY", D2018)
    assert (shelling.name, shelling.inter) == ("Unidentified Armed Group (Syria)", 3)
    assert default_actor("Non-violent transfer of territory", "SY", D2018) is None
    assert set(load().defaults) <= set(SUB_TO_TYPE)


def test_unattributed_air_strikes_where_another_state_flies_are_its_forces_abroad():
    from khaldun.actors import default_actor

    for where, whose in (("PS", "Military Forces of Israel"), ("UA", "Military Forces of Russia")):
        strike = default_actor("Air/drone strike", where, date(2024, 3, 4))
        assert (strike.name, strike.inter) == (whose, 8)


def test_people_who_protest_are_protesters():
    ms = find_actors("Workers of the Ahvaz steel company protested unpaid wages.", "IR", D2018)
    assert [(m.surface, m.actor.name, m.actor.inter) for m in ms] == [
        ("Workers", "Protesters (Iran)", 6)
    ]
    ms = find_actors("Villagers threw stones at the patrol.", "PS", D2018)
    assert ms[0].actor.name == "Rioters (Palestine)"
    ms = find_actors("Shelling killed three children in Douma.", "SY", D2018)
    assert ms[0].actor.name == "Civilians (Syria)"


def test_nationals_as_a_group():
    (m,) = find_actors("Iranians rallied in Tehran.", "IR", D2018)
    assert (m.actor.name, m.actor.inter, m.generic) == ("Protesters (Iran)", 6, False)
    (m,) = find_actors("Two Syrians were killed.", "LB", D2018)
    assert m.actor.name == "Civilians (Syria)"
    (m, _) = find_actors("Civilians fled as troops marched in.", "SY", D2018)
    assert m.actor.name == "Civilians (Syria)"


@pytest.mark.parametrize(
    ("phrase", "country", "expected"),
    [
        ("Islamist gunmen", "NG", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("Somali Islamist gunmen", "KE", "Al Shabaab"),
        ("a Maoist ambush", "IN", "CPI (Maoist): Communist Party of India (Maoist)"),
        ("Pakistani firing", "IN", "Military Forces of Pakistan"),
        ("fighters of the Lord's Resistance Army", "CF", "LRA: Lord's Resistance Army"),
        ("Tunisian counterterrorism forces", "TN", "Military Forces of Tunisia"),
        ("security personnel", "TN", "Military Forces of Tunisia"),
        ("Ukrainian aviation", "UA", "Military Forces of Ukraine"),
        ("the IAF", "SY", "Military Forces of Israel"),
    ],
)
def test_regional_groups_and_descriptors(phrase, country, expected):
    assert resolve_actor(phrase, country, date(2014, 3, 1)).name == expected


def test_the_rsf_is_a_state_paramilitary_until_its_war_on_the_army():
    assert resolve_actor("RSF fighters", "SD", date(2015, 6, 1)).inter == 1
    later = resolve_actor("the Rapid Support Forces", "SD", date(2024, 6, 1))
    assert (later.name, later.inter) == ("RSF: Rapid Support Forces", 2)


def test_migrants_passengers_and_mourners_are_civilians():
    for phrase in ("migrants", "bus passengers", "mourners"):
        actor = resolve_actor(phrase, "LY", date(2019, 7, 3))
        assert (actor.name, actor.inter) == ("Civilians (Libya)", 7), phrase


def test_a_descriptor_quoted_alone_is_a_label_not_an_actor():
    # a speaker's word for someone ("blamed 'terrorists'") says not who acted
    for quoted in ('State media blamed "terrorists" for the blast.',
                   "State media blamed \u201cterrorists\u201d for the blast."):
        assert find_actors(quoted, "SY") == []
    assert [m.actor.inter for m in find_actors("Terrorists set off the blast.", "IQ")]


def test_a_defence_ministry_is_russian_only_when_the_text_says_so():
    assert "Military Forces of Russia" not in {
        n for _, n, _ in names("The Defense Ministry said its units held the base.", "AF", D2018)
    }
    assert ("the Russian defence ministry", "Military Forces of Russia", 8) in names(
        "Jets hit the town, the Russian defence ministry said.", "SY", D2018
    )


def test_houthi_positions_are_the_houthis():
    found = names("Coalition jets struck Houthi positions near Sanaa.", "YE", D2018)
    assert ("Houthi positions", "Military Forces of Yemen (2016-) Supreme Political Council",
            1) in found


def test_fighters_loyal_to_the_recognised_government_are_the_states_forces():
    found = names("Fighters loyal to the internationally recognised government shelled it.",
                  "LY", D2018)
    assert found[0][1:] == ("Military Forces of Libya", 1)


def test_separatists_are_the_countrys_separatist_movement_not_its_rebels():
    assert names("Separatists seized the palace.", "YE", D2018)[0][1] == (
        "STC: Southern Transitional Council")
    assert names("Separatists seized the palace.", "TR", D2018)[0][1] == (
        "PKK: Kurdistan Workers Party")


def test_ethiopias_armed_movements_are_named():
    found = names("Tigrayan forces and the Oromo Liberation Army attacked the town.", "ET",
                  date(2021, 11, 2))
    assert [n for _, n, _ in found] == [
        "TPLF: Tigray People's Liberation Front", "OLA: Oromo Liberation Army"]


def test_myanmars_armed_groups_are_named_and_not_the_state_army():
    found = names("The Arakan Army and the Ta'ang National Liberation Army said.", "MM",
                  date(2023, 1, 16))
    assert [n for _, n, _ in found] == [
        "AA: Arakan Army", "TNLA: Taang National Liberation Army"]


def test_forces_loyal_to_a_titled_leader_are_his_movement():
    found = names("Forces loyal to former vice president Riek Machar attacked Bor.", "SS",
                  date(2014, 5, 12))
    assert found[0][1].startswith("SPLM/A-IO")


def test_south_sudans_rebels_are_the_splm_io_once_it_exists():
    assert names("The rebels attacked Bor.", "SS", date(2014, 5, 12))[0][1].startswith(
        "SPLM/A-IO")
    assert names("The rebels attacked Bor.", "SS", date(2012, 5, 12))[0][1] == (
        "Opposition Rebels (South Sudan)")


def test_kurdish_militant_targets_are_the_pkks():
    found = names("Turkish jets struck Kurdish militant targets in northern Iraq.", "IQ", D2018)
    assert [n for _, n, _ in found][-1] == "PKK: Kurdistan Workers Party"


def test_a_force_attackers_only_dress_as_is_no_actor():
    text = "Gunmen disguised as Nigerian soldiers shot four traders; men posing as police looted."
    found = [m.surface for m in find_actors(text, "NG")]
    assert "soldiers" not in found and "police" not in found
    assert "Gunmen" in found


def test_federal_forces_are_the_states_forces():
    found = find_actors("Ethiopian federal forces clashed with rebels near the town.", "ET")
    assert "Military Forces of Ethiopia" in [m.actor.name for m in found]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Houthi fighters attacked pro Hadi sites near Marib.", "Military Forces of Yemen"),
        ("Artillery hit Islamic State strongholds near Hawija.", "Islamic State"),
        ("Jets bombed PKK camps in the mountains.", "PKK: Kurdistan Workers Party"),
    ],
)
def test_a_sides_sites_posts_and_camps_name_the_side(text, expected):
    assert expected in {m.actor.name for m in find_actors(text, None, D2018)}


@pytest.mark.parametrize(
    "text,country,expected",
    [
        ("Houthi fighters repelled a pro-Hadi offensive near Sirwah.", "YE",
         "Military Forces of Yemen"),
        ("Militias in Tripoli repelled a pro-Haftar offensive.", "LY",
         "LNA: Libyan National Army"),
    ],
)
def test_a_side_named_by_its_stance_alone(text, country, expected):
    assert expected in {m.actor.name for m in find_actors(text, country, D2018)}


def test_the_side_against_the_houthis_and_its_vehicles_are_yemen_s_forces():
    for text in ("Anti-Houthi forces advanced on the port.",
                 "Three pro-Hadi armoured vehicles were burned.",
                 "Losses were heavy on the pro-Hadi side."):
        (found,) = names(text, "YE", D2018)
        assert found[1:] == ("Military Forces of Yemen", 1), text


def test_peoples_named_after_ethnic_before_a_militia_noun_are_ethnic_militias():
    text = "Clashes between ethnic Zqubi and Marja militias killed 12 in the north on Monday."
    found = [(m.actor.name, m.actor.inter) for m in find_actors(text, "SS")]
    assert found == [("Zqubi Ethnic Militia (South Sudan)", 4),
                     ("Marja Ethnic Militia (South Sudan)", 4)]


def test_artillery_shells_are_a_weapon_not_the_army():
    found = names("Artillery shells fired by the Rapid Support Forces hit a market.", "SD")
    assert all(inter != 1 for _, _, inter in found)


def test_the_short_name_an_acled_name_opens_with_names_the_actor():
    found = names("Clashes broke out between HTS and HNDZ fighters near Darat Izza.", "SY", D2018)
    assert ("HNDZ fighters", "HNDZ: Nour al-Din al-Zinki Movement", 2) in found


def test_a_short_name_in_lower_case_or_shared_by_two_names_is_no_actor():
    assert names("The hndz fighters and the UN team met.", "SY", D2018) == []


def test_a_defence_ministry_of_a_country_named_with_a_possessive_is_its_forces():
    ms = find_actors("Russia's Defense Ministry said its forces took the village.", "UA",
                     date(2024, 3, 4))
    assert [m.actor.name for m in ms][:1] == ["Military Forces of Russia"]


def test_the_macina_brigade_is_named_as_it_was_on_the_event_date():
    text = "Officials blamed the attack on the Macina Liberation Front."
    assert [m.actor.name for m in find_actors(text, "ML", date(2015, 8, 7))][-1:] == [
        "Katiba Macina"]
    assert [m.actor.name for m in find_actors(text, "ML", date(2022, 6, 19))][-1:] == [
        "JNIM: Jamaah Nusrat al-Islam wal-Muslimin"]
