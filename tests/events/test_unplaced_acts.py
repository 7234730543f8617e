"""An act told in full whose place comes in a later sentence (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.events.sentence_drafts import taken_counts


def test_a_bombing_that_wounded_people_is_placed_by_the_next_sentence():
    text = (
        "A Taliban suicide bomber drove a car full of explosives into a NATO convoy in "
        "eastern Afghanistan on Wednesday, wounding three foreign soldiers, officials said.\n\n"
        "The attack took place on the main highway in the Bagram district of Parwan province, "
        "said Ahmad Noori, the governor's spokesman.\n\n"
        "Separately, an air strike killed eight militants in Helmand province on Tuesday, the "
        "defence ministry said."
    )
    found = extract(text, published=date(2018, 9, 14))
    assert ("Suicide bomb", "Bagram") in [(e.sub_event_type, e.location.town) for e in found]


@pytest.mark.parametrize("raw", [
    {"Bombing": "wounded"},  # no sub-type
    {"any": "hurt"},  # no count kind
    {"Arrests": "arrested hurt"},
])
def test_a_bad_taken_counts_entry_names_the_data_file(raw):
    with pytest.raises(ValueError, match="event_words.yaml: bad taken_counts entry"):
        taken_counts(raw)


def test_the_taken_counts_of_every_sub_type_are_read_as_sets_of_count_kinds():
    taken = taken_counts({"any": "wounded", "Arrests": "arrested"})
    assert taken == {"any": frozenset({"wounded"}), "Arrests": frozenset({"arrested"})}


# An act told again: the weapons used in it, a later definite word for it, a weapon of it
# that wounded people (each text's second paragraph starts no event of its own).
TOLD_AGAIN = {
    "weapons used in the attack": (
        "Gunmen attacked an army post in northern Sinai on Sunday, killing five soldiers, "
        "security officials said.\n\n"
        "The officials said the gunmen used a car bomb and rocket-propelled grenades in the "
        "attack near the town of Sheikh Zuweid.", date(2018, 9, 11)),
    "a later definite word": (
        "A roadside bomb killed five members of one family in the Gereshk district of Helmand "
        "province on Thursday, officials said.\n\n"
        "The family was travelling to a wedding when their car hit the bomb on a road near the "
        "village of Malgir, a provincial spokesman said.", date(2018, 3, 1)),
    "a weapon that wounded people": (
        "Houthi rebels fired a missile at the Saudi city of Najran on Monday, the coalition "
        "said, adding that it was intercepted.\n\n"
        "Debris from the missile fell on a street, wounding three people, state media said.\n\n"
        "The Houthis made no comment.", date(2018, 5, 9)),
}


@pytest.mark.parametrize("text, published", TOLD_AGAIN.values(), ids=TOLD_AGAIN)
def test_an_act_told_again_starts_no_event_of_its_own(text, published):
    assert len(extract(text, published=published)) == 1


# The weapons a fight told before involved, in its own group or in a clause after it.
FIGHT_MEANS = {
    "in the fight's own group": (
        "Gunmen from two rival clans clashed in a village near Baidoa on Monday, leaving three "
        "people dead, elders said.\n\n"
        "The fighting involved machine-gun fire and rocket-propelled grenades, they said.",
        date(2018, 9, 12)),
    "in a clause after the fight": (
        "Clashes broke out on Tuesday between supporters of rival parties in Tripoli, leaving "
        "two people dead, security officials said.\n\n"
        "The fighting in the Bab al-Tabbaneh area of the city involved gunfire and "
        "rocket-propelled grenades, the officials said.\n\n"
        "Troops later deployed in the area.", date(2019, 9, 12)),
}


@pytest.mark.parametrize("text, published", FIGHT_MEANS.values(), ids=FIGHT_MEANS)
def test_the_weapons_a_fight_told_before_involved_are_that_fight(text, published):
    assert [e.sub_event_type for e in extract(text, published=published)] == ["Armed clash"]


# Undated acts told right after a violent event by its side, part of that event.
PARTS_OF_AN_ATTACK = {
    "the plunder told after an attack": (
        "Militiamen attacked the village of Um Kadada in North Darfur on Saturday, killing "
        "nine farmers, a local official said.\n\n"
        "A lawyers group said the attackers burned huts and looted the village market.",
        date(2021, 3, 8)),
    "an arrest by the side just told": (
        "Soldiers killed at least 20 villagers in Dinangourou last week, residents said on "
        "Tuesday.\n\n"
        "A local official said the soldiers rounded up men at the weekly market before "
        "shooting them.", date(2022, 6, 21)),
}


@pytest.mark.parametrize("text, published", PARTS_OF_AN_ATTACK.values(), ids=PARTS_OF_AN_ATTACK)
def test_what_the_side_did_after_an_attack_is_part_of_it(text, published):
    assert [e.sub_event_type for e in extract(text, published=published)] == ["Attack"]
