"""Sub-types ACLED notes showed confused: ground taken, fighters counted, fire exchanged."""

from datetime import date

from khaldun.pipeline import extract_article
from khaldun.records import Article

DAY = date(2018, 2, 10)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_article(
        Article(text=text, doc_id="t", published=DAY)).events]


def test_controlling_a_village_after_clashes_is_taking_it():
    assert subs("The army controlled Tal Hadid village near Idlib after clashes with rebels.") == [
        "Government regains territory"]
    assert subs("Rebels controlled Tal Hadid village near Idlib after clashes with the army.") == [
        "Non-state actor overtakes territory"]


def test_areas_controlled_by_a_side_are_no_ground_taken():
    assert subs("The army shelled areas controlled by rebels in Tal Hadid near Idlib.") == [
        "Shelling/artillery/missile attack"]


def test_establishing_full_control_is_taking_ground():
    assert subs("The army established full control over Tal Hadid near Idlib after "
                "clashes with rebels.") == ["Government regains territory"]


def test_an_armed_side_counted_by_its_name_is_fighters():
    assert subs("The rebels killed three government forces in Tal Hadid near Idlib.") == [
        "Armed clash"]
    # officials of a government are no forces
    assert subs("Gunmen shot dead four civil servants in Tal Hadid near Idlib.") == ["Attack"]


def test_others_and_bare_numbers_after_fighters_are_fighters_too():
    assert subs("One rebel fighter was killed and another wounded by the army in "
                "Tal Hadid near Idlib.") == ["Armed clash"]
    assert subs("Rebel snipers shot dead two army soldiers, one in Tal Hadid and one in "
                "Kafr Nabl.") == ["Armed clash", "Armed clash"]
    # the victims after civilians stay civilians
    assert subs("Gunmen killed three villagers and wounded two in Tal Hadid near Idlib.") == [
        "Attack"]


def test_shelling_exchanged_between_sides_is_a_clash():
    assert subs("Rebels and the army exchanged heavy shelling in Tal Hadid near Idlib.") == [
        "Armed clash"]


def test_advances_on_a_side_and_stopped_offensives_are_clashes():
    assert subs("Rebel forces advanced against army positions in Tal Hadid near Idlib.") == [
        "Armed clash"]
    assert subs("The army halted an attempted advance by rebels on Tal Hadid near Idlib.") == [
        "Armed clash"]
    assert subs("Rebels carried out a military operation on Tal Hadid near Idlib, injuring "
                "several soldiers.") == ["Armed clash"]


def test_sniping_at_a_soldier_is_fighting():
    assert subs("Rebels wounded a soldier by sniping in Tal Hadid near Idlib.") == [
        "Armed clash"]


def test_people_clashing_with_one_armed_side_riot():
    assert subs("Residents clashed with police in Tal Hadid near Idlib on Monday.") == [
        "Violent demonstration"]
    assert subs("Two young men were hurt by rubber bullets during clashes with soldiers in "
                "Tal Hadid near Idlib.") == ["Violent demonstration"]
    # two armed sides fight a battle, whoever it kills; so do armed men and villagers
    assert subs("Clashes between rebels and the army in Tal Hadid near Idlib killed three "
                "civilians.") == ["Armed clash"]
    assert subs("Ten people were killed in clashes between rebels and villagers in Tal Hadid "
                "near Idlib.") == ["Armed clash"]
    # the authorities who tell of a clash are none of its sides
    assert subs("Clashes between cattle raiders and villagers killed 20 people near Lodwar, "
                "regional authorities said.") == ["Armed clash"]


def test_another_that_killed_stands_for_the_weapon_just_named():
    text = ("A roadside bomb killed three people in Dora on Friday, and another killed a "
            "soldier in Ghazaliya, police said.")
    assert set(subs(text)) == {"Remote explosive/landmine/IED"}


def test_taking_villages_is_taking_ground():
    text = ("Government troops took the villages of Tal Sultan and Umm Jalal in southern Idlib "
            "on Friday after clashes with rebels, a monitor said.")
    assert set(subs(text)) == {"Government regains territory"}



def test_fighting_that_left_people_dead_is_no_deal():
    assert subs(
        "Insurgents overran the village of Kafr Hamra in Aleppo province on Wednesday after "
        "clashes with government forces that left nine people dead, a monitor said."
    ) == ["Non-state actor overtakes territory"]


def test_people_taken_whose_word_holds_a_ground_word_are_no_ground():
    assert subs(
        "Gunmen captured six farmers and shot them dead near the village of Tal Hadid."
    ) == ["Attack"]


def test_fighters_killed_and_others_arrested_in_one_raid_is_a_fight():
    text = ("Troops killed six militants and arrested four others in a raid on a hideout in "
            "the village of Tal Zahra on Tuesday.")
    assert subs(text) == ["Armed clash"]


def test_a_town_falling_to_a_side_is_that_side_taking_it():
    assert subs("The town of Tal Zahra fell to the rebels on Friday, officials said.") == [
        "Non-state actor overtakes territory"]
    text = "Troops retook the town of Tal Zahra on Friday, two days after it fell to the rebels."
    assert subs(text) == ["Government regains territory", "Non-state actor overtakes territory"]


def test_a_weapon_fired_then_told_intercepted_is_one_disrupted_use():
    text = ("Rebels fired a missile at the city of Jizan on Thursday, the coalition said. "
            "Air defences intercepted the missile over the city, the coalition said.")
    assert subs(text) == ["Disrupted weapons use"]


def test_an_act_in_a_relative_clause_on_the_victim_says_who_was_killed():
    text = "Soldiers shot dead a journalist who was detained in the town of Zqaq, the army said."
    assert subs(text) == ["Attack"]


def test_a_civil_service_officer_killed_is_an_attack_on_a_civilian():
    assert subs("Gunmen shot dead a district education officer in the town of Zqaq.") == [
        "Attack"]
    assert subs("Gunmen shot dead a police officer in the town of Zqaq.") == ["Armed clash"]


def test_a_suicide_attack_foiled_by_shooting_the_bomber_is_one_disrupted_use():
    text = ("Police foiled a suicide attack on a mosque in the town of Zqaq, shooting dead the "
            "bomber before he could detonate his vest.")
    assert subs(text) == ["Disrupted weapons use"]


def test_a_member_of_an_armed_side_counted_as_one_is_a_fighter():
    assert subs("Militants shot dead a member of the Peshmerga in Tal Hadid near Idlib.") == [
        "Armed clash"]
    assert subs("Militants shot dead a member of the local council in Tal Hadid near Idlib.") == [
        "Attack"]


def test_entering_a_building_is_the_way_into_an_attack_no_ground_taken():
    for text in (
        "Gunmen entered a mosque in Tal Hadid near Idlib and fired, killing the imam.",
        "In Tal Hadid near Idlib, gunmen entered the home of a judge and shot him dead.",
        "Gunmen entered the village mosque in Tal Hadid near Idlib and shot dead two guards.",
    ):
        found = subs(text)
        assert found and "Non-state actor overtakes territory" not in found, (text, found)
    assert subs("Rebels entered the village of Tal Hadid near Idlib after clashes.") == [
        "Non-state actor overtakes territory"]


def test_a_person_captured_in_a_town_is_no_ground_taken():
    assert subs("Soldiers killed two militants and captured a third one in the town of "
                "Tal Hadid on Monday.") == ["Armed clash"]
    assert subs("Soldiers captured the village of Tal Hadid near Idlib on Monday.") == [
        "Government regains territory"]


def test_re_establishing_control_is_taking_ground_back():
    assert subs("Rebels clashed with the army in Tal Hadid, where the rebels managed to "
                "re-establish control of the town.") == ["Non-state actor overtakes territory"]
    assert subs("The army reestablished full control over Tal Hadid near Idlib on "
                "Monday.") == ["Government regains territory"]
