"""A battle naming one side only is fought against the side that side fought in the article's
last battle, whichever side of it it was (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_side_acted_on_before_fights_its_attacker_again():
    text = (
        "Fighting between the Turkish-backed Syrian National Army and the Syrian Democratic "
        "Forces near Manbij killed at least 14 fighters on Friday, a monitor said.\n\n"
        "The SDF said it had repelled an assault on the Tishreen Dam on Saturday."
    )
    found = extract(text, published=date(2024, 12, 22))
    dam = next(e for e in found if e.location.name == "Tishreen Dam")
    assert {dam.actor1.name, dam.actor2.name} == {
        "QSD: Syrian Democratic Forces", "Syrian National Army"}


def test_an_unclaimed_attack_is_no_side_of_the_battle_told_before():
    text = (
        "ADEN, Yemen (AP) — Clashes between government forces and Houthi rebels near Hays "
        "killed eight fighters on Monday, medics said.\n\n"
        "Separately, gunmen shot dead a police officer in Aden on Tuesday, police said. No "
        "group claimed the killing."
    )
    found = extract(text, published=date(2018, 5, 9))
    shot = next(e for e in found if e.location.town == "Aden")
    assert shot.actor1.name.startswith("Unidentified Armed Group")


def test_the_coalitions_unnamed_foe_in_yemen_is_the_houthis():
    text = "Saudi-led coalition troops fought fierce battles near Hays on Sunday, medics said."
    found = extract(text, published=date(2018, 5, 9))
    assert found[0].actor2.name == "Military Forces of Yemen (2016-) Supreme Political Council"
