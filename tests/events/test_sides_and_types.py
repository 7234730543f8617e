from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def events(text: str):
    return extract_article(Article(text=text, doc_id="t", published=DAY)).events


def test_killing_soldiers_is_fighting_and_killing_villagers_an_attack():
    fighters = events("Gunmen shot dead three soldiers at a checkpoint in Homs on Friday.")
    assert [e.sub_event_type for e in fighters] == ["Armed clash"]
    villagers = events("Gunmen shot dead three villagers near a well in Homs on Friday.")
    assert [e.sub_event_type for e in villagers] == ["Attack"]


def test_killing_peacekeepers_is_fighting_unless_civilians_die_with_them():
    base = events("Militants attacked a U.N. base in Kidal on Friday, killing four peacekeepers.")
    assert [e.sub_event_type for e in base] == ["Armed clash"]
    mixed = events(
        "Two peacekeepers and 15 villagers were killed in an attack by gunmen on a U.N. "
        "base in Bor on Friday."
    )
    assert [e.sub_event_type for e in mixed] == ["Attack"]


def test_gunmen_who_abducted_people_abducted_them_no_killing_told():
    found = events("Gunmen abducted 12 farmers near Zurmi on Friday, police said.")
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]


def test_an_execution_is_an_attack_whoever_the_victims():
    found = events("Militants executed four captured soldiers in Raqqa on Friday.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_an_unclaimed_blast_has_an_unidentified_perpetrator():
    (blast,) = events("A roadside bomb went off near a bakery in Idlib on Friday, killing two.")
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    assert (blast.actor1.name, blast.actor1.inter) == ("Unidentified Armed Group (Syria)", 3)


def test_foreign_jets_over_syria_are_external_forces():
    (strike,) = events("Turkish warplanes bombed a village near Afrin in Aleppo on Friday.")
    assert (strike.actor1.name, strike.actor1.inter) == ("Military Forces of Turkey", 8)


def test_fighters_killed_in_clashes_with_a_side_fought_that_side():
    from datetime import date

    from khaldun import extract

    text = "Five rebels were killed on Sunday during clashes with government troops near Daraa."
    event = extract(text, published=date(2019, 3, 12))[0]
    assert (event.actor1.inter, event.actor2.inter) == (1, 2)


def test_a_bombed_rally_is_a_bombing_not_a_protest():
    found = events(
        "A suicide bomber blew himself up at a campaign rally in Jalalabad on Friday, killing "
        "eight people, officials said."
    )
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_killed_when_a_device_exploded_is_one_bombing():
    found = events(
        "Four people were killed in Tikrit on Thursday when a bomb hidden in a cart exploded "
        "near a bakery, police said."
    )
    assert [(e.sub_event_type, e.fatalities.low) for e in found] == [
        ("Remote explosive/landmine/IED", 4)]


def test_the_weapon_told_after_an_attack_on_civilians_types_it():
    found = events(
        "Eleven people were killed in an attack on a cattle market in Gwoza on Thursday, "
        "residents said. A woman carrying explosives blew herself up among the traders."
    )
    assert [(e.sub_event_type, e.fatalities.low) for e in found] == [("Suicide bomb", 11)]


def test_an_attack_on_the_states_forces_killing_people_is_a_clash_with_them():
    found = events(
        "Gunmen attacked a police station in Arish on Thursday, killing three people, "
        "security sources said."
    )
    assert [(e.sub_event_type, e.actor2.inter) for e in found] == [("Armed clash", 1)]
    village = events("Gunmen attacked the village of Kwata near Jos on Thursday, killing 14.")
    assert [e.sub_event_type for e in village] == ["Attack"]


def test_a_militia_fighting_for_the_state_regains_ground_for_it():
    found = events("NDF militiamen captured the village of Tal Hamam on Thursday.")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_a_bomb_planted_in_a_bus_is_an_explosive_device():
    found = events("A bomb planted in a minibus killed three passengers in Iskandariya.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]


def test_a_force_that_speaks_is_no_strike_and_missiles_shot_down_are_disrupted():
    found = events("Ukraine's air force said it shot down 21 of the 33 missiles fired at Kyiv.")
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_the_civilians_a_clash_killed_are_not_its_second_side():
    found = events(
        "Clashes between rival armed groups in Tripoli killed 27 civilians on Thursday, "
        "a local aid group said."
    )
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert found[0].actor2 is None or found[0].actor2.inter != 7
    assert {c.source for c in found[0].claims} == {"aid groups"}


def test_the_side_that_acted_comes_from_the_verb_that_has_an_agent():
    found = events(
        "Ten villagers died on Thursday when a government Antonov plane bombed the area of "
        "Kauda."
    )
    assert [(e.actor1.inter, e.actor1.name) for e in found] == [(1, "Military Forces of Sudan")]


def test_a_speaker_whose_own_forces_took_a_village_regained_it():
    found = events("The army said on Friday that its forces had retaken the village of Tal Hamam.")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_arrested_members_of_an_armed_group_are_that_group():
    found = events("Police arrested a senior Islamic State commander in Kirkuk on Thursday.")
    assert [(e.sub_event_type, e.actor2.name) for e in found] == [("Arrests", "Islamic State")]


def test_forces_firing_on_a_position_fight_there():
    text = "Government troops fired on rebel positions in the village of Tel Amer on Sunday."
    assert [e.sub_event_type for e in events(text)] == ["Armed clash"]


def test_an_air_force_office_hit_by_a_car_bomb_is_no_air_strike():
    text = "A car bomb exploded outside the Air Force Intelligence branch in Homs on Tuesday."
    assert [e.sub_event_type for e in events(text)] == ["Remote explosive/landmine/IED"]


def test_a_bomb_with_no_aircraft_told_is_a_device_on_the_ground():
    assert [e.sub_event_type for e in events(
        "A bomb killed four shoppers at a market in Khalis on Monday, police said."
    )] == ["Remote explosive/landmine/IED"]
    assert [e.sub_event_type for e in events(
        "Warplanes dropped bombs on Khalis on Monday, killing four, residents said."
    )] == ["Air/drone strike"]


def test_a_missile_fired_and_intercepted_in_one_sentence_is_one_disrupted_use():
    found = events(
        "Rebels fired a rocket at the town of Qardaha on Sunday, which government air "
        "defences intercepted, state media said."
    )
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]
    assert found[0].actor2 is not None and found[0].actor2.inter == 1


def test_who_condemns_the_violence_is_no_side_of_it():
    found = events(
        "Fighting broke out near the town of Abyei on Sunday, a local official said. "
        "The United Nations mission condemned the violence."
    )
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    sides = [a.name for a in (found[0].actor1, found[0].actor2) if a is not None]
    assert not any("United Nations" in name for name in sides)


def test_fighters_attacking_checkpoints_fight_the_state():
    found = events("Insurgents attacked two checkpoints near the town of Tal Afar on Sunday.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert found[0].actor2.inter == 1


def test_troops_killing_terrorists_fight_them():
    found = events("Troops killed four terrorists in a raid near Sinjar on Sunday, the army said.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_the_bomber_after_a_suicide_bombing_is_the_person_not_a_plane():
    found = events(
        "A suicide bomber blew himself up at a police post in Baiji on Sunday, killing five. "
        "According to a police officer, the bomber targeted the gate of the post."
    )
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_the_side_that_names_a_later_weapon_fired_it():
    # "killed in regime shelling": the parse gives the killing no agent; the shelling's
    # modifier, or a side whose own words hold the weapon, fired it (codebook §3)
    (shelling,) = events("A boy was killed in regime shelling in Talbiseh on Friday.")
    assert (shelling.actor1.name, shelling.actor1.inter) == ("Military Forces of Syria", 1)
    (strike,) = events("Three were killed in Russian airstrikes on Saraqeb on Friday.")
    assert (strike.actor1.name, strike.actor1.inter) == ("Military Forces of Russia", 8)


def test_people_a_shelling_killed_with_no_side_named_are_its_civilians():
    (shelling,) = events("Shells hit Douma on Friday, wounding seven.")
    assert (shelling.actor2.name, shelling.actor2.inter) == ("Civilians (Syria)", 7)
    (quiet,) = events("Aerial bombardment targeted Kafr Nabl on Friday, no reports of losses.")
    assert quiet.actor2 is None


def test_the_subject_after_a_fronted_phrase_acts_not_the_side_it_names():
    # "Following clashes with X, Y took ...": X is the other side; Y heads the subject
    (taken,) = events(
        "Following clashes with Jaish al-Islam, Hezbollah and rebel fighters, regime and allied "
        "militias advanced to take control of Kafr Nabl town in Idlib on Friday."
    )
    assert taken.sub_event_type == "Government regains territory"
    assert (taken.actor1.name, taken.actor2.inter) == ("Military Forces of Syria", 2)


def test_a_weapon_read_as_the_countrys_forces_is_not_theirs_when_they_are_hit():
    # bare "artillery" is read as the army of the country it fires in; when the sentence
    # names that army as the side hit, the unnamed gunners are the other side (codebook §3)
    (shelling,) = events("Artillery shelled Jordanian troops near Ruwaished on Friday.")
    assert (shelling.actor1.name, shelling.actor1.inter) == ("Unidentified Armed Group (Jordan)", 3)
    assert shelling.actor2.name == "Military Forces of Jordan"


def test_the_subject_of_another_clause_is_not_the_side_acted_on():
    # the group that fired in a clause of its own, and people who fled, were not hit
    found = events(
        "Jets bombed Binnish on Friday for a third day since Ahrar al-Sham fired rockets at "
        "Fuaa."
    )
    assert found[0].sub_event_type == "Air/drone strike" and found[0].actor2 is None
    (fled,) = events("Jets dropped bombs on Binnish on Friday as villagers fled in panic.")
    assert fled.actor2 is None


def test_the_side_a_place_is_handed_to_took_it():
    (handover,) = events(
        "Ahrar al-Sham fighters handed over the hill of Tal Ahmar to regime forces on Friday "
        "without a fight."
    )
    assert handover.sub_event_type == "Non-violent transfer of territory"
    assert (handover.actor1.name, handover.actor2.inter) == ("Military Forces of Syria", 2)


def test_a_raid_with_shooting_after_air_strikes_is_no_air_strike():
    found = events(
        "Air strikes killed six people in Rafah on Tuesday, medics said.\n\n"
        "In the West Bank, troops shot dead a man during a raid in Tubas, officials said."
    )
    assert {e.location.name: e.sub_event_type for e in found}.get("Tubas") != "Air/drone strike"


def test_weapons_seized_with_a_capture_or_a_killing_are_its_spoils():
    taken = events("Rebels overran an army post near Idlib on Friday and seized its weapons.")
    assert [e.sub_event_type for e in taken] == ["Non-state actor overtakes territory"]
    fought = events("Troops killed four gunmen near Homs on Friday and confiscated rifles.")
    assert "Disrupted weapons use" not in {e.sub_event_type for e in fought}
    cache = events("Police seized a cache of weapons in a farmhouse near Homs on Friday.")
    assert [e.sub_event_type for e in cache] == ["Disrupted weapons use"]


def test_a_group_known_for_similar_attacks_did_not_carry_out_this_one():
    text = (
        "A bomb exploded at a market in Kirkuk on Friday, killing four people. No group "
        "claimed it, but Islamic State has staged similar bombings in the city."
    )
    (blast,) = events(text)
    assert blast.actor1.name == "Unidentified Armed Group (Iraq)"


def test_bombings_that_killed_are_one_act_whatever_lies_between():
    found = events("Two bombings across Kirkuk on Friday killed 20 people, police said.")
    assert {e.sub_event_type for e in found} == {"Remote explosive/landmine/IED"}



def test_the_side_of_an_earlier_clause_is_not_the_next_acts_attacker():
    found = events(
        "A car bomb exploded near an army checkpoint in Kirkuk on Friday, killing six, and a "
        "roadside bomb hit a minibus in Tikrit, killing five, police said."
    )
    assert {e.actor1.inter for e in found} == {3}


def test_the_act_told_first_starts_the_event_its_later_words_place():
    text = (
        "Jihadists attacked an army camp in central Mali on Friday, the army said, adding that "
        "the assault had been repelled and that 15 attackers were killed.\n\nFour soldiers were "
        "killed, it said.\n\nThe camp lies near the border with Burkina Faso."
    )
    (event,) = events(text)
    assert (event.actor1.inter, event.actor2.inter) == (3, 1)


def test_government_shelling_is_fired_by_the_states_forces():
    (shelling,) = events("Government shelling killed three civilians in Talbiseh on Friday.")
    assert shelling.actor1.name == "Military Forces of Syria"


def test_members_of_a_states_armed_force_killed_in_an_ambush_were_fought():
    (ambush,) = events(
        "Islamic State militants killed four members of Iraq's Popular Mobilization Forces in "
        "an ambush near Kirkuk on Friday."
    )
    assert (ambush.sub_event_type, ambush.actor2.inter) == ("Armed clash", 1)


def test_a_vehicle_travelled_by_is_no_weapon():
    found = events(
        "Soldiers killed nine herders near a well outside Homs on Friday, villagers said. "
        "Witnesses said the troops arrived by helicopter and left before dark."
    )
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_the_attackers_after_a_named_group_are_that_group():
    found = events(
        "Islamic State militants stormed an army post in Palmyra on Friday, killing six "
        "soldiers, an officer said. He said troops repelled the attackers after an hour and "
        "killed eight of them."
    )
    assert len(found) == 1
    assert found[0].actor1.name.startswith("Islamic State")


def test_a_group_blamed_for_previous_attacks_is_not_this_ones_perpetrator():
    found = events(
        "Three rockets hit an air base near Aleppo on Friday, causing no casualties. Iran-backed "
        "militias have been blamed for previous attacks on the base, but no group claimed "
        "Friday's attack."
    )
    assert [e.actor1.name for e in found] == ["Unidentified Armed Group (Syria)"]


def test_an_act_the_speaker_adds_is_not_the_toll_s_event():
    found = events(
        "Fighting between troops and rebels near Hama killed 40 fighters on Friday, activists "
        "said. Troops lost 15 men while 25 rebels were killed, the activists said, adding that "
        "warplanes carried out raids on rebel positions in the area."
    )
    strikes = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.fatalities is None for e in strikes)



def test_a_title_opening_a_known_place_name_names_no_victim():
    found = events(
        "Insurgents attacked police posts in Kunduz province on Friday, killing six policemen. "
        "The attacks took place in Imam Sahib district."
    )
    assert "Imam Sahib" in {e.location.name for e in found}
    assert "Civilians (Afghanistan)" not in {e.actor2.name for e in found if e.actor2}


def test_places_listed_for_attacks_told_before_take_their_sides():
    found = events(
        "Taliban fighters attacked police posts in Kunduz province on Friday, killing six "
        "policemen, officials said.\n\nThe attacks took place in Dasht-e-Archi and Khanabad, "
        "a spokesman for the governor said."
    )
    assert {e.location.name: e.actor1.name for e in found} == {
        "Dasht-e-Archi": "Taliban", "Khanabad": "Taliban"}


def test_warplanes_backing_a_side_are_part_of_its_battle():
    found = events(
        "Government troops backed by Russian warplanes clashed with rebels near Maarat "
        "al-Numan on Friday."
    )
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_group_claiming_the_attack_beats_a_group_guessed_from_a_descriptor():
    text = (
        "A suicide bomber blew himself up outside a mosque in Kabul on Friday, killing 12 "
        "worshippers, officials said.\n\nThe Islamic State group claimed responsibility."
    )
    (bombing,) = extract_article(Article(text=text, doc_id="t", published=DAY)).events
    assert bombing.actor1.name == "Islamic State"


def test_sides_of_a_clash_told_on_one_side_and_on_the_other():
    (clash,) = events(
        "Clashes broke out between regime forces and loyal gunmen on one side, and HTS "
        "fighters on the other, near al-Eis in Aleppo on Friday."
    )
    assert (clash.actor1.inter, clash.actor2.name) == (1, "HTS: Hayat Tahrir al-Sham")


def test_each_village_of_a_list_is_taken_by_the_side_the_first_one_was():
    text = (
        "Government forces regained control of several villages in the south of Hama province "
        "on Friday, a military official said.\n\n\"Our forces recaptured the villages of "
        "Kawkab, Maan and Tell Bazam from the terrorists,\" the official said."
    )
    found = events(text)
    assert {e.sub_event_type for e in found} == {"Government regains territory"}
    assert {e.actor1.inter for e in found} == {1}


def test_those_hurt_in_a_clash_with_troops_are_a_side_of_it():
    riot = events("Scores of shopkeepers were hurt in clashes with police in Homs on Friday.")
    assert [e.sub_event_type for e in riot] == ["Violent demonstration"]
    battle = events("On Friday six soldiers were killed in clashes with rebels in Homs.")
    assert [e.sub_event_type for e in battle] == ["Armed clash"]


def test_sides_named_after_a_lead_that_left_them_unidentified_replace_them():
    text = (
        "Heavy clashes between rival armed groups erupted in Tripoli overnight, killing at "
        "least nine people, the health ministry said on Saturday.\n\nThe fighting between the "
        "Radaa force and the Nawasi Brigade broke out late on Friday in the Ain Zara district."
    )
    events = extract_article(Article(text=text, doc_id="t", published=date(2023, 8, 19))).events
    assert all(not e.actor1.name.startswith("Unidentified") for e in events)


def test_a_hidden_bomb_is_not_the_act_of_the_side_that_did_another_act_before_it():
    (strike, bomb) = events(
        "Afghan forces killed 20 Taliban fighters in air strikes in Helmand on Sunday, officials "
        "said. In Kabul, a magnetic bomb attached to a car exploded on Monday, killing two people.")
    assert strike.actor1.inter == 1
    assert bomb.actor1.name.startswith("Unidentified Armed Group")


def test_troops_killing_during_a_raid_after_air_strikes_is_no_air_strike():
    found = events(
        "An air strike on a school in Khan Younis killed seven people on Tuesday, medics said.\n\n"
        "Separately, soldiers killed two young men during a raid in Qalqilya, officials said."
    )
    assert {e.location.name: e.sub_event_type for e in found}.get("Qalqilya") == "Attack"


def test_a_barrage_at_cities_across_a_country_sums_up_the_strikes_told_after_it():
    found = events(
        "Russia fired a wave of missiles and drones at cities across Ukraine overnight, killing "
        "at least nine people, officials said.\n\n"
        "In Zaporizhzhia, a missile hit a block of flats, killing four people, the governor "
        "said.\n\n"
        "Two people died when drones struck a warehouse in Mykolaiv, the mayor said."
    )
    tolls = {e.location.town: e.fatalities and e.fatalities.high for e in found}
    assert tolls.get("Mykolaiv") == 2 and tolls.get("Zaporizhzhia") == 4


def test_an_attack_on_one_post_placed_by_the_next_sentence_keeps_its_toll():
    found = events(
        "Militants attacked a gendarmerie post in western Niger on Monday, killing 11 "
        "gendarmes, security sources said.\n\n"
        "The attack in Tillaberi was claimed by Islamic State.\n\n"
        "In a separate attack, gunmen killed six farmers in Tahoua, residents said."
    )
    tolls = {e.location.town: e.fatalities and e.fatalities.high for e in found}
    assert tolls.get("Tillaberi") == 11


def test_a_country_named_as_the_one_who_struck_is_its_forces():
    (hit,) = events("Russia pounded Zaporizhzhia with missiles on Friday, killing three people, "
                    "the governor said.")
    assert (hit.actor1.name, hit.location.country) == ("Military Forces of Russia", "UA")
    (house,) = events("Israel struck a house in Khan Younis on Friday, killing five people, "
                      "medics said.")
    assert house.actor1.name == "Military Forces of Israel"


def test_a_country_that_accuses_another_of_an_act_did_not_do_it():
    found = events("Syria accused Turkey of shelling a village near Afrin on Friday.")
    assert all(e.actor1 is None or e.actor1.name != "Military Forces of Syria" for e in found)


def test_an_air_powers_strike_naming_no_weapon_is_an_air_strike():
    (house,) = events("Israel struck a house in Deir al-Balah on Friday, killing six people, "
                      "medics said.")
    assert house.sub_event_type == "Air/drone strike"
    found = events(
        "Israeli strikes across the Gaza Strip killed 30 people on Friday, medics said.\n\n"
        "A strike on a flat in Beit Lahia killed nine of them, relatives said."
    )
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    (tanks,) = events("Israeli tanks struck a house in Rafah on Friday, killing two people, "
                      "medics said.")
    assert tanks.sub_event_type != "Air/drone strike"


def test_some_of_an_armed_side_named_just_before_are_fighters():
    (chase,) = events("Police chased the kidnappers near a forest outside Gusau on Friday, "
                      "killing two of them.")
    assert chase.sub_event_type == "Armed clash"
