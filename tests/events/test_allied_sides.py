"""A side named as fighting with another ("and allied militias", "supported by its loyal
gunmen") is on that side, not the side acted on (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_allied_militias_in_a_between_pair_are_no_side():
    text = (
        "Fighting raged between Somali troops and allied clan militias against al-Shabaab"
        " near Afgoye on Sunday."
    )
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 2


def test_loyal_gunmen_backing_the_army_are_no_side():
    text = (
        "Soldiers supported by their loyal gunmen clashed with rebel factions near the village"
        " of Amiriyah in Homs on Sunday."
    )
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.inter == 1
    assert event.actor2 is not None and event.actor2.inter == 2


def test_loyalist_militias_clashing_with_a_group_still_face_it():
    text = "Loyalist militias clashed with rebel fighters near the village of Amiriyah on Sunday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 2
