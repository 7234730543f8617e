"""Victim phrases: singular and named victims, lists of victims, and toll shapes around them.

The extractor takes a sentence's largest killed count that is neither a subset nor vague, so
most tests check that value (None when no such count is found).
"""


import pytest

from khaldun.numbers import find_counts


def toll(text: str) -> int | None:
    values = [c.value for c in find_counts(text)
              if c.kind == "killed" and not c.subset and not c.vague]
    return max(values, default=None)


@pytest.mark.parametrize("text", [
    "Yusuf Karimi, a radio presenter, was shot dead in the capital on Tuesday.",
    "A roadside explosion killed the governor of the northern province on Monday.",
    "A bomb killed the governor of the northern province, Ade Bello, and wounded 15 others.",
    "Two men opened fire on his car, killing him.",
    "The imam of a village mosque was shot by two men on a motorbike.",
    "The district judge has been assassinated.",
    "A local councillor was found dead in his home.",
    "The decapitated body of Omar Dalil was found near the river on Monday.",
    "The shopkeeper has been killed by unknown assailants.",
    "Police shot and killed Mike Dorsey near the station.",
    "Gunmen gunned down top legal official in the capital.",
    "Attackers stabbing to death a member of the assembly in the town.",
    "Gunmen killed principal of a high school in the city.",
    "Unidentified gunmen killed religious scholar Hamid Qasri after evening prayers.",
    "Senior broadcaster Tariq Nuri was killed in a gun attack near his home.",
    "A gang hacked a secular writer to death at his home on Friday.",
    "The raid left a district official dead, officials said.",
    "A provincial magistrate died on Wednesday from a gunshot wound.",
    "A tribal leader lost his life in the attack on Saturday.",
    "Three gunmen shot dead Sheikh Omar Haddad outside the mosque.",
    "The son-in-law of a well-known activist was killed on Friday.",
    "Gunmen killed the 55-year-old Karim Mahdi, the head of the finance office, today.",
    "An elder -- a village leader who mediates with the state -- has been killed by gunmen.",
    "Mohammed Saleh, a member of the national parliament and opposition member, was found "
    "dead in his home.",
    "A gunman in the southern province killed a man suspected of being a spy.",
    "A powerful explosion occurred at the junction, killing the official instantly.",
    "A retired colonel was suffocated to death during a break-in at his home.",
    "Two men on a motorcycle shot dead on Monday a local politician in the district.",
    "Gunmen killed a Swiss national working for the aid group.",
    "One of the district administration officials has died after a mine exploded.",
    "A diplomat has been found stabbed to death in his home in the capital.",
    "A former council chairman was kidnapped last week and his dead body has been found.",
    "A lecturer at the university has been reported killed by gang members.",
    "Unknown gunmen have killed a tribal elder and member of the resolution committee of the "
    "nomads, Sarwar Ahmadzai, in the district.",
    "A veteran investigative reporter, publisher of the online Daily News, was killed in a "
    "drive-by shooting.",
])
def test_singular_victim_counts_one(text):
    assert toll(text) == 1


@pytest.mark.parametrize("text,value", [
    ("Three shootings killed a fruit seller, his son and four other men.", 6),
    ("The bomb went off, killing a pastor, a teacher and 18 other persons.", 20),
    ("Militants attacked the town, killing a district chief and seven others.", 8),
    ("Fighters stormed the village, killing the local chief and his guard.", 2),
    ("Gunmen shot Omar Dalil and his driver in the market.", 2),
    ("A roadside bomb exploded, killing a policeman and seven civilians.", 8),
    ("The head of the local council and his driver have been killed in the east.", 2),
    ("Four women and a boy were shot dead in the valley today.", 5),
    ("A pregnant woman and five men were on Thursday killed by gunmen.", 6),
    ("An 11-year-old boy and four others have reportedly been killed.", 5),
    ("The judge was killed with his wife and two children during the attack.", 4),
    ("A council member has been clubbed to death alongside his son.", 2),
    ("Two of his guards as well as the driver of the car were killed in the blast.", 3),
    ("Gunmen killed seven women and five men at the checkpoint.", 12),
    ("Gunmen shot dead a technician, guard and driver working for a television station.", 3),
    ("Gunmen on Monday in Zaki-Ama killed a former lawmaker, Dauda Bello and two other "
     "persons in Zaki-Ama, Ukum Local Government Area of Benue State.", 3),
    ("Gunmen killed the director of the education office along with his son and driver "
     "some minutes ago.", 3),
    ("Gunmen broke into the home of a fighter and killed him and his entire family, "
     "a total of six people.", 6),
    ("Unknown men dragged Said Amiri, a council nominee, and his son out of the car "
     "and killed them.", 2),
])
def test_victim_lists_are_summed(text, value):
    assert toll(text) == value


def test_the_holder_of_an_office_speaking_after_the_victims_is_no_victim():
    text = ("Rebels shelled the village of Kefra, killing three farmers, the governor of Zarvan, "
            "Omar Haddad, told a local radio station.")
    assert toll(text) == 3


def test_the_attackers_own_deaths_are_not_victims():
    text = "A boy bomber blew himself up, killing himself, two other bombers and six people."
    assert toll(text) == 6
    assert toll("Six passengers and a suicide bomber have been killed on the bus.") == 6


def test_a_breakdown_in_an_aside_is_not_added():
    text = "Five members of one family, a mother and four children, were killed in the strike."
    assert toll(text) == 5


def test_list_total_spans_the_list_and_items_become_subsets():
    text = "The bomb went off, killing a pastor, a teacher and 18 other persons."
    counts = find_counts(text)
    top = [c for c in counts if not c.subset]
    assert [(c.surface, c.value) for c in top] == [("a pastor, a teacher and 18 other persons", 20)]
    counts = find_counts("Gunmen killed seven women and five men at the checkpoint.")
    assert [(c.surface, c.value, c.subset) for c in counts] == [
        ("seven women and five men", 12, False), ("seven", 7, True), ("five", 5, True)]


@pytest.mark.parametrize("text,value", [
    ("Nineteen people -- including five children -- were killed in the blast.", 19),
    ("Gunmen attacked the fishermen, killing 13 of them.", 13),
    ("A family of five was gunned down in their home.", 5),
    ("Six people travelling to the market were fatally wounded.", 6),
    ("No fewer than five persons suspected to be members of two rival gangs have been killed.",
     5),
    ("Twelve suspected cattle thieves were at the weekend killed by a mob.", 12),
    ("Gunmen attacked a car and five people who were in the vehicle killed as a result.", 5),
    ("The raid ended, killing least 141 civilians.", 141),
    ("The death toll from the Friday bombing in the crowded market rose to fifteen people.", 15),
    ("Officials said the actual death toll from last week's clashes is 228.", 228),
    ("Two farmers were found killed on their land.", 2),
    ("Rebels captured nine farmers and shot them dead near the town.", 9),
    ("The men abducted two teachers from the school and killed them.", 2),
    ("Four people, including the education director of the southern district, were killed "
     "in the attack.", 4),
    ("Five travellers including a pregnant woman were yesterday ambushed and killed.", 5),
    ("Two Sudanese health ministry workers helping to vaccinate children in the region have "
     "been killed.", 2),
    ("Rebels shot dead or burned alive nine people during the attack.", 9),
    ("A video showed militants beheading what appeared to be about 30 captives.", 30),
    ("The bodies of five aid workers have been found, weeks after they were abducted.", 5),
    ("A union said that one of its organisers had been shot dead in the mining town.", 1),
    ("Gunmen killed nine [later 10] people outside the ministry.", 10),
    ("Seven young men were killed -- total later raised to 10 -- and 13 others injured.", 10),
    ("The death toll was revised up to 72 after the discovery of a grave.", 72),
    ("The death toll from clashes which grew out of protests staged by supporters of the "
     "ousted president on Friday rose to five, an official said.", 5),
    ("The airstrikes killed on Friday 25 civilians in the province.", 25),
    ("A lawyer and his driver, members of the party's central committee were shot dead.", 2),
    ("An opponent of illegal logging and three other native community leaders were shot "
     "and killed near the village.", 4),
    ("In the province, gunmen ambushed and killed district chief Ahmad Karimi and his guard, "
     "a spokesman said.", 2),
    ("Militants lined up 30 men in the town and shot them dead on Wednesday.", 30),
    ("A shell hit a market on Thursday, killing three people, a police officer who asked "
     "not to be named said.", 3),
    ("Gunmen killed two farmers, a police officer who spoke on condition of anonymity told "
     "AFP.", 2),
    ("Men burst into a house, forced seven suspected gang members outside and killed them.", 7),
    ("Six policemen who were kidnapped over the weekend by pirates have been killed.", 6),
    ("Four health workers, three of them women, who were taking part in a vaccination "
     "campaign were shot and killed.", 4),
    ("A 60-year-old woman, her husband and their three children were axed to death.", 5),
    ("At least another 27 persons were again killed in the district.", 27),
    ("At least seven persons were left dead in the village after the attack.", 7),
    ("Gunmen shot dead a senior religious leader, Usman Khan, the deputy chief of the party, "
     "and two of his associates in the city on Friday.", 3),
    ("The two men, two women and a baby who had sought a lift in a police vehicle were "
     "killed when it ran over a bomb.", 5),
    ("The death toll in the mall attack has risen to 59 [later adjusted to 61] people.", 61),
])
def test_toll_shapes(text, value):
    assert toll(text) == value


@pytest.mark.parametrize("text,value", [
    ("Rami Nasser, a reporter, was shot five times at close range.", 1),
    ("He was shot in the leg during the protest.", None),
    ("Troops shot a teenager in his neck at the checkpoint.", None),
    ("Police shot a farmer in the face with a rubber bullet.", None),
    ("Two soldiers were shot and wounded at the gate.", None),
    ("It was unclear whether anyone was killed.", None),
    ("No one was killed in the attack.", 0),
    ("Gunmen killed two soldiers, a spokesman said.", 2),
    ("A bomb killed five people, a police officer and witness told reporters.", 5),
    ("The group threatened to kill the governor.", None),
    ("Activists said people in the town had been summarily executed.", None),
    ("Gunmen Kill Dozens In Northern Town", None),
    ("According to the press office of the Health Ministry, 11 people died in the clashes.", 11),
    ("In the hills of the south, Upper Province, five people were reportedly killed.", 5),
    ("The head of the appeals court, Karim Haddad, has been killed by gunmen.", 1),
    ("Gunmen killed a soldier amidst raids in the villages.", 1),
    ("The missile was shot down as it entered the airspace.", None),
    ("On Saturday troops shot and wounded a young man.", None),
    ("Gunmen in a car shot 3 young men in the market.", None),
    ("An official speaking to reporters said that the convoy was attacked.", None),
    ("Mortars struck the school, killing a boy and at least 4 other villagers.", 5),
    ("Photos show the body of a female journalist and activist who was killed.", 1),
    ("Gunmen killed a soldier and civilian in the town.", 2),
    ("Two army vehicles belonging to the brigade were destroyed and their crews were killed.",
     None),
    ("Gunmen killed a student leader, Ade Bello, a science student of the polytechnic, in town.",
     1),
    ("Armed men gunned down a tribal elder and his wife and wounded another woman.", 2),
    ("Drones hit nine sites and 14 fighters were killed in the raids.", 14),
    ("Later three more soldiers were killed.", 3),
    ("Later three more soldiers arrived at the base.", None),
    ("Eight people died in the ambush and nine people survived.", 8),
])
def test_guards(text, value):
    assert toll(text) == value


def test_a_speaker_named_after_the_dead_is_no_victim():
    text = (
        "Jets bombed the town on Monday, killing seven civilians, the Violations Center "
        "for Rights said."
    )
    assert toll(text) == 7


@pytest.mark.parametrize("text", [
    "A grenade blast killed at least nine people, a health worker and residents said.",
    "Raiders shot dead nine herders, a village chief and elders told AFP.",
])
def test_speakers_joined_after_a_toll_are_no_victims(text):
    assert toll(text) == 9


def test_a_speaker_told_after_a_comma_and_his_place_is_no_victim():
    assert toll("The militants killed seven soldiers, a commander in Zqaq said.") == 7


@pytest.mark.parametrize(("text", "value"), [
    ("A mortar shell hit the market, killing two traders and a passer-by.", 3),
    ("The blast killed a worshipper and three passers-by outside the mosque.", 4),
    ("Gunmen killed a merchant and a customer in his shop.", 2),
])
def test_passers_by_worshippers_and_customers_count_as_one_each(text, value):
    assert toll(text) == value


def test_a_named_agency_speaking_after_one_victim_is_no_apposition_of_him():
    text = ("A drone struck a car near Tarsa on Tuesday, killing a militia member, the "
            "country's state-run National News Agency reported.")
    assert toll(text) == 1


@pytest.mark.parametrize("victim", ["a protester", "a peacekeeper", "a migrant", "a mourner"])
def test_a_singular_victim_of_the_crowd_and_the_road_counts_one(victim):
    assert toll(f"Troops shot dead {victim} near the fence in Tarsa on Friday.") == 1


@pytest.mark.parametrize("text", [
    "A rebel commander and five of his escorts were killed.",
    "The rebel commander, Abu Salim, and five of his escorts were killed in the clashes.",
])
def test_escorts_are_people_counted_with_their_commander(text):
    assert toll(text) == 6


@pytest.mark.parametrize("text,value", [
    # the first item's people noun left out, shared with the item after "and"
    ("Officials said 16 Qarvani and 22 Belmiri tribesmen were killed in the clashes.", 38),
    ("In the clashes on Monday, 14 regime and 9 rebel fighters were killed.", 23),
    # a plural written with a capital names a people or a group's members
    ("The fighting killed 12 Zelmarites and three soldiers on Monday.", 15),
    # a plural noun not known to name people still stands alone
    ("The strikes destroyed 17 targets and killed 21 militants.", 21),
])
def test_list_items_sharing_a_head_or_named_by_a_group_are_summed(text, value):
    assert toll(text) == value
