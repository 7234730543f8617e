"""Where a bombing's victims are civilians and the state's forces together, the forces are
the side acted on (ACLED: actor2 the forces, the civilians associated with them; texts
written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_children_and_a_policeman_killed_by_a_suicide_attack():
    text = "A suicide attack in Khost on Sunday killed seven children and a policeman."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1


def test_civilians_and_policemen_killed_by_a_mine():
    text = "Four civilians and three policemen were killed in a mine blast in Sar-e Pol on Sunday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 1


def test_civilians_alone_stay_civilians():
    text = "Four civilians were killed in a mine blast in Sar-e Pol on Sunday."
    [event] = extract(text, published=DAY)
    assert event.actor2 is not None and event.actor2.inter == 7
