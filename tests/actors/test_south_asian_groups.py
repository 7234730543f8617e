"""Insurgent groups of India and Pakistan, and a suspect told as "was responsible", are rebel
groups acting (codebook §3; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_bodo_militants_named_by_their_initials_are_a_rebel_group():
    text = ("Heavily armed NDFB militants attacked two villages in Kokrajhar district of Assam "
            "on Thursday night, killing 11 villagers, police said.")
    found = extract(text, published=date(2014, 5, 2))
    assert (found[0].actor1.name, found[0].actor1.inter) == (
        "NDFB: National Democratic Front of Bodoland", 2)


def test_the_group_investigators_believe_was_responsible_set_off_the_bombs():
    text = ("Five people died on Sunday when several small bombs went off near a rally ground in "
            "Patna. Police say they think Indian Mujahideen, a banned outfit, was responsible.")
    found = extract(text, published=date(2013, 10, 28))
    assert (found[0].actor1.name, found[0].actor1.inter) == ("Indian Mujahideen", 2)
