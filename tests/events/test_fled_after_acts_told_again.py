"""Where people fled after an act told again ("the shelling forced families to flee to X") is no
place of that act, and starts no act of its own there (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_where_families_fled_after_the_shelling_is_no_second_shelling():
    text = ("Rebels shelled a market in Kadugli on Saturday, killing four people, medics said.\n"
            "The shelling forced hundreds of families to flee to Dilling, the medics said.")
    events = extract(text, published=date(2019, 4, 9))
    assert [e.location.town for e in events] == ["Kadugli"]
