"""find_counts: which numbers count the killed, wounded, arrested, and how."""

import pytest

from khaldun.numbers import find_counts


def kinds(text: str) -> list[tuple[int, str]]:
    return [(c.value, c.kind) for c in find_counts(text) if not c.subset]


@pytest.mark.parametrize("text,value", [
    ("Gunmen killed at least 13 people near the market.", 13),
    ("13 people were killed when shells hit the square.", 13),
    ("13 dead after the shelling of the old quarter.", 13),
    ("The death toll rose to 20 on Tuesday.", 20),
    ("The blast tore through the bus, killing 12.", 12),
    ("Rescuers pulled out the bodies of 30 men.", 30),
    ("Twelve people died in the fire.", 12),
    ("The monitoring group put the toll at twenty.", 20),
    ("53 killed by Damascus car bomb", 53),
    ("Fifty-five civilians have reportedly been killed.", 55),
    ("Sixty people, most of them women, were killed.", 60),
    ("A woman and her two children were killed in the strike.", 3),
    ("One person was killed in the raid.", 1),
    ("Dozens of people were killed in the raid.", 12),
    ('The group said 40 "infidels" had been killed.', 40),
])
def test_killed(text, value):
    assert kinds(text) == [(value, "killed")]


def test_killed_and_wounded():
    assert kinds("Eight killed and 19 wounded in the attack.") == [(8, "killed"), (19, "wounded")]
    assert kinds("The bombs killed 11 people and wounded 28 others.") == [
        (11, "killed"), (28, "wounded")]
    assert kinds("The strike wounded another 20.") == [(20, "wounded")]
    assert kinds("The blast injured 70.") == [(70, "wounded")]
    assert kinds("Three guards were killed and four others sustained serious injuries.") == [
        (3, "killed"), (4, "wounded")]


def test_nominal_injury_is_not_a_killed_list_item():
    # "the killing of N and the injury of M": the nominal "injury of" ends the killed list
    assert kinds("The raid led to the killing of two farmers and the injury of six others.") == [
        (2, "killed"), (6, "wounded")]
    assert kinds("Mortars caused the death of a boy and the injury of 9 people.") == [
        (1, "killed"), (9, "wounded")]


def test_bodies_and_wounded_together_are_no_killed_count():
    assert kinds("The hospital received 24 bodies and wounded.") == [(24, "other")]
    assert kinds("Medics counted 24 deaths and injuries.") == [(24, "other")]
    assert kinds("The hospital received 24 bodies and 9 wounded.") == [
        (24, "killed"), (9, "wounded")]


def test_the_owner_or_all_before_a_killed_count():
    assert kinds("The drone hit a car, killing its three occupants.") == [(3, "killed")]
    assert kinds("The blast killed all 12 passengers.") == [(12, "killed")]


def test_a_toll_set_higher_or_lower_than_another():
    assert kinds("The doctors' union put the death toll higher, at 47.") == [(47, "killed")]
    assert kinds("Medics put the toll slightly lower, at thirty.") == [(30, "killed")]


def test_arrested_and_missing():
    assert kinds("Troops stormed the village, arresting more than 70.") == [(70, "arrested")]
    assert kinds("Gunmen abducted 14 passengers from the bus.") == [(14, "missing")]


def test_qualifiers():
    (c,) = find_counts("Shelling killed more than 46 civilians.")
    assert c.at_least and not c.approximate and c.head == "civilians"
    (a,) = find_counts("About 20 people were killed.")
    assert a.approximate and not a.at_least
    (n,) = find_counts("Nearly twenty were wounded.")
    assert (n.value, n.kind, n.approximate) == (20, "wounded", True)
    (v,) = find_counts("Dozens were killed.")
    assert v.vague and v.approximate


def test_subset_inside_including():
    counts = find_counts("13 killed, including two children and a woman.")
    assert [(c.value, c.kind, c.subset) for c in counts] == [
        (13, "killed", False), (2, "killed", True)]
    counts = find_counts("Nine people were killed, two of them children.")
    assert [(c.value, c.subset) for c in counts] == [(9, False), (2, True)]


def test_including_in_another_clause_is_not_a_subset():
    counts = find_counts("Five attacks, including two car bombs, killed at least 51 people.")
    assert [(c.value, c.kind, c.subset) for c in counts] == [(51, "killed", False)]


def test_list_continuation_inherits_kind():
    text = "Troops murdered more than 46 civilians in Daraya, 25 in Douma and 17 more in Harasta."
    counts = find_counts(text)
    assert [(c.value, c.kind) for c in counts] == [(46, "killed"), (25, "killed"), (17, "killed")]
    assert [c.at_least for c in counts] == [True, False, False]


def test_continuation_stops_at_a_new_clause():
    text = "Gunmen killed nine people, while 10 others were taken to hospital."
    assert kinds(text) == [(9, "killed")]


@pytest.mark.parametrize("text,kind", [
    ("No one was killed in the blast.", "killed"),
    ("There were no casualties.", "killed"),
    ("Nobody was hurt.", "killed"),
    ("No one was injured.", "wounded"),
    # none of the people a count would name: "no policemen were killed"
    ("Officials said no policemen were killed.", "killed"),
    ("No civilians were wounded.", "wounded"),
])
def test_zero(text, kind):
    assert kinds(text) == [(0, kind)]


def test_no_reports_of_casualties_is_an_unconfirmed_zero_and_none_as_yet_no_count():
    (c,) = find_counts("There were no reports of casualties.")
    assert (c.value, c.kind, c.approximate) == (0, "killed", True)
    assert not find_counts("There were no casualties.")[0].approximate
    # (codebook §6: 0 when the text says no one died, null when it gives no count)
    assert find_counts("There were no immediate reports of casualties.") == []


def test_agent_number_is_not_a_victim_count():
    assert kinds("Three gunmen killed 12 civilians.") == [(12, "killed")]


@pytest.mark.parametrize("text", [
    "In 2012 the army killed rebels.",
    "A 12-year-old boy was among those hurt, aged 12.",
    "Shells landed 10 km from the town, killing none of the 3 guards.",
    "Turnout was 45 percent and 12% of voters were killed off the rolls.",
    "On March 4 at 10:30, jets struck.",
    "One of the wounded later died.",
    "Fighters fired 12.7mm guns and 155mm shells, killing rebels.",
    "The army killed the third man.",
])
def test_false_positives(text):
    assert [c for c in find_counts(text) if c.value not in (0, 1)] == [], text


def test_singular_victim_counts_one():
    assert kinds("A local journalist was shot dead outside his home.") == [(1, "killed")]
    assert kinds("Gunmen killed a police officer in the market.") == [(1, "killed")]


def test_offsets_are_the_number():
    text = "Activists said at least fifty-five people were killed."
    (c,) = find_counts(text)
    assert text[c.start:c.end] == c.surface == "fifty-five"


def test_coordinated_counts_are_summed_and_marked_as_continuing():
    # the list's total comes first; its items are subsets of it, the second continuing the first
    counts = find_counts("Four civilians and three police officers were killed.")
    assert [(c.value, c.kind, c.subset, c.continues) for c in counts] == [
        (7, "killed", False, False), (4, "killed", True, False), (3, "killed", True, True)]
    counts = find_counts("Gunmen killed seven women and five men at the checkpoint.")
    assert [(c.value, c.subset, c.continues) for c in counts] == [
        (12, False, False), (7, True, False), (5, True, True)]


def test_him_and_two_guards_counts_three():
    assert kinds("Gunmen opened fire on the convoy, killing him and two guards.") == [
        (3, "killed")]


def test_members_of_one_family_counts_the_members():
    assert kinds("Ten members of one family were killed in the strike.") == [(10, "killed")]


@pytest.mark.parametrize("text,low,high", [
    ("Shelling killed between 7 and 10 people.", 7, 10),
    ("About 8 to 30 persons were killed.", 8, 30),
    ("The strike killed 4, possibly 5, children.", 4, 5),
    ("Two or three soldiers died.", 2, 3),
])
def test_ranges_fold_into_one_count(text, low, high):
    (c,) = find_counts(text)
    assert (c.value, c.high, c.kind, c.approximate) == (low, high, "killed", True)


def test_singular_victim_with_a_demonym():
    assert kinds("A young Palestinian was killed in clashes near the village.") == [(1, "killed")]


def test_long_subject_before_a_passive_verb():
    text = "Sixteen residents of a hamlet in the hills east of the river were killed by gunmen."
    assert kinds(text) == [(16, "killed")]
    assert kinds("Sixteen residents of the hamlet have killed a thief.") == []


def test_title_case_headline_and_named_objects():
    assert kinds("53 Killed By Damascus Car Bomb") == [(53, "killed")]
    # the three gunmen are the agents; the named victim counts one
    assert kinds("Three gunmen shot dead Sheikh Omar Haddad outside the mosque.") == [
        (1, "killed")]


def test_age_after_a_name_is_not_a_count():
    assert kinds("Rami Khoury, 46, a teacher, was shot dead by gunmen.") == [(1, "killed")]
    assert kinds("A couple and their three children were killed.") == [(5, "killed")]


def test_subset_inside_an_aside():
    counts = find_counts("The group said 45 people, including 12 children, were killed.")
    assert [(c.value, c.subset) for c in counts] == [(45, False), (12, True)]


def test_killed_or_wounded_people_are_casualties_not_a_toll():
    assert [c.kind for c in find_counts("At least 14 people were killed or wounded.")] == ["other"]
    assert [c.kind for c in find_counts("The blast left 14 dead and wounded.")] == ["other"]


def test_no_word_on_casualties_is_no_count():
    assert find_counts("There was no immediate word on casualties.") == []
    assert [c.value for c in find_counts("There were no reports of casualties.")] == [0]


def test_the_speaker_after_a_toll_is_no_victim():
    text = ("Jets bombed a market on Tuesday, killing at least 10 civilians, the Syrian "
            "Observatory for Human Rights said.")
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 10


def test_the_counted_noun_stops_at_the_verb_of_dying_and_its_clause():
    heads = [c.head for c in find_counts("Five people died when soldiers stormed the camp.")]
    assert heads == ["people"]


@pytest.mark.parametrize(("text", "value"), [
    ("The group said it had ambushed a convoy and that 20 of them had been killed.", 20),
    ("Five herders died in two raids. Three of them were shot dead in the first village.", 3),
])
def test_the_part_of_a_group_a_death_verb_follows_is_a_toll_not_a_subset(text, value):
    tolls = [c.value for c in find_counts(text) if c.kind == "killed" and not c.subset]
    assert value in tolls


@pytest.mark.parametrize("text", [
    "A drone hit the market in Velmora, killing at least 18 people, two residents said.",
    "A drone hit the market in Velmora, killing 18 people, two residents and a nurse said.",
    "Shelling killed 18 people in Velmora, three witnesses told reporters.",
])
def test_a_number_counting_the_speakers_is_no_toll(text):
    assert [c.value for c in find_counts(text) if c.kind == "killed"] == [18]


def test_a_listed_victim_before_the_speaker_still_counts():
    text = "The raid killed 18 people and two soldiers, officials said."
    assert 2 in [c.value for c in find_counts(text) if c.kind == "killed"]


@pytest.mark.parametrize("text", [
    "Settlers attacked a shepherd and killed 12 of his sheep.",
])
def test_animals_killed_are_no_dead(text):
    assert [c for c in find_counts(text) if c.kind == "killed"] == []


def test_animals_beside_people_leave_the_people_counted():
    assert kinds("Gunmen killed two herders and 40 of their goats.") == [(2, "killed")]


def test_a_quoted_noun_after_a_number_is_what_it_counts():
    (count,) = find_counts('The army said it had killed 14 "bandits" near the border.')
    assert (count.value, count.head) == (14, "bandits")
    (curly,) = find_counts("Troops killed nine \u201cextremists\u201d in the hills.")
    assert curly.head == "extremists"


def test_a_kind_word_after_a_later_count_is_that_counts():
    text = ("Police arrested 23 men over the deaths of four farmers who were hacked to death "
            "by a mob last week.")
    counts = {c.value: c.kind for c in find_counts(text)}
    assert counts.get(23) != "killed"
    assert counts[4] == "killed"


def test_a_part_of_the_dead_leaves_the_kind_word_to_the_whole():
    text = "The raid left eight villagers, among them four children, dead."
    assert {(c.value, c.kind) for c in find_counts(text) if not c.subset} >= {(8, "killed")}


def test_a_count_of_injured_people_after_deaths_counts_the_wounded():
    assert kinds("The bombing caused three civilian deaths and some 30 injured civilians.") == [
        (3, "killed"), (30, "wounded")]
    assert kinds("The shelling killed two farmers and 14 wounded residents were taken to "
                 "hospital.") == [(2, "killed"), (14, "wounded")]


def test_one_of_them_after_a_killing_verb_is_the_toll():
    # "one of ..." points into another group, unless a killing verb tells it
    assert (1, "killed") in kinds("Gunmen fired on three guards, killing one of them.")
    assert (1, "killed") not in kinds("One of the guards was later released.")
