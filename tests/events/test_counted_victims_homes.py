"""Where counted victims come from ("killed six workers from X") is their home, no place of the
act when the sentence names where it was done, even where the parse hangs "from X" on the verb
rather than on the counted noun (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_home_of_counted_victims_after_their_noun_is_no_place_of_the_act():
    text = ("Militants in the town of Turbat shot dead six workers from Gwadar on Tuesday, "
            "police said.")
    events = extract(text, published=date(2019, 2, 5))
    assert [e.location.town for e in events] == ["Turbat"]


def test_home_of_counted_victims_places_an_act_told_nowhere_else():
    text = "Gunmen shot dead six workers from Turbat on Tuesday, police said."
    events = extract(text, published=date(2019, 2, 5))
    assert [e.location.town for e in events] == ["Turbat"]
