"""The dead of a clash, counted by their two armed sides, name the clash's sides: the first
named is actor1, the other actor2 (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_soldiers_and_militants_killed_in_clashes():
    text = ("On Wednesday three soldiers and six Islamic State fighters were killed in clashes "
            "near Tal Afar.")
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.inter == 1
    assert event.actor2 is not None and event.actor2.name == "Islamic State"


def test_one_side_among_the_dead_leaves_the_other_unnamed():
    text = "Three soldiers were killed in clashes on the outskirts of Tal Afar on Wednesday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1
    assert event.actor1 is not None and event.actor1.inter == 3
