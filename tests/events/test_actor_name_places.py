"""A name read as a place that runs into a named actor's name is no place of the event."""

from datetime import date

from khaldun import extract


def test_a_name_ending_inside_a_named_group_is_no_place():
    text = ("Mortar rounds fired by Shi'i Huthi fighters hit a market in Ibb on Monday, "
            "killing four, residents said.")
    found = extract(text, published=date(2015, 4, 8))
    assert [e.location.town for e in found] == ["Ibb"]
