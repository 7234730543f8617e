"""A foreign state's forces named by its country's name vote through the actor they are, not as
a place: the event lies where the text's place is."""

from datetime import date

from khaldun import extract


def test_a_foreign_military_named_by_its_country_is_no_place():
    text = ("A drone strike killed six militants near Jilib on Thursday, the US military's "
            "Africa Command said.")
    [event] = extract(text, published=date(2019, 3, 8))
    assert (event.location.town, event.location.country) == ("Jilib", "SO")
    assert event.actor1.inter == 8
