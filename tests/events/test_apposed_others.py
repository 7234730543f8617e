"""More dead joined to a killing's object past an apposition ("killing a district chief, his
apparent target, and seven others") add to the toll (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_others_after_an_apposition_add_to_the_toll():
    text = ("A suicide bomber struck a crowd outside a mosque in Dandume on Friday, killing the "
            "village head, apparently his target, and seven others, police said.")
    found = extract(text, published=date(2016, 5, 11))
    assert [(e.sub_event_type, e.fatalities.low) for e in found] == [("Suicide bomb", 8)]
