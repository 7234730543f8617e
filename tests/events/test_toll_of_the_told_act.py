"""A later death that raises the toll "from the attack" is that attack's toll, no new event."""

from datetime import date

from khaldun import extract


def test_a_toll_raised_from_the_told_attack_is_its_toll():
    text = ("Gunmen on motorbikes killed four guards at a bank in Jalalabad on Sunday, police "
            "said. One of the wounded died in hospital on Monday, raising the toll from the "
            "attack to five, a provincial health official said.")
    [event] = extract(text, published=date(2019, 3, 12))
    assert (event.fatalities.low, event.fatalities.high) == (4, 5)
    assert event.date_start == date(2019, 3, 10)
