"""A sentence that opens with a phrase naming the side fought ("After heavy fighting with X,
Y seized the town") names the side acted on there (texts written for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_the_side_fought_in_the_fronted_phrase_lost_the_town():
    text = (
        "Following fierce clashes with the rebels, Islamic State fighters seized the village of"
        " Tal Shour in southern Idlib on Sunday."
    )
    events = extract(text, published=DAY)
    assert events and all(e.actor2 is not None and e.actor2.inter == 2 for e in events)
