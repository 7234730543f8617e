"""A count of "members of" a group belongs to the group's side: the dead of the security
forces and those of the insurgents are two sides one source adds up (codebook §8.1;
texts written for these tests)."""

from datetime import date

from khaldun import extract
from khaldun.numbers.lexicon import victim_class


def test_members_of_the_forces_are_state_forces():
    assert victim_class("members", " members of the security forces and 20 rebels") == (
        "state forces")


def test_members_of_a_family_are_civilians():
    assert victim_class("members", " members of one family, police said") == "civilians"


def test_members_of_a_group_of_no_known_side_keep_their_own_class():
    assert victim_class("members", " members of the Fajr Brigade, police said") == "fighters"


def test_one_source_counting_members_of_the_forces_and_rebels_adds_them_up():
    text = ("Fighting in Ghazni on Monday killed 10 members of the security forces and 20 "
            "rebels, the defence ministry said.")
    (event,) = extract(text, published=date(2018, 8, 14))
    assert event.fatalities is not None and event.fatalities.low == 30
