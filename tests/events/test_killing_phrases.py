"""Killings told by how the victims died: with a blade or a club ("axed to death"), or of
their gunshot wounds (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _events(text):
    return [(e.sub_event_type, e.fatalities.low if e.fatalities else None)
            for e in extract(text, published=date(2016, 5, 11))]


def test_victims_hacked_to_death_were_killed():
    for verb in ("axed", "hacked", "clubbed"):
        text = (f"Three farmers were {verb} to death in the village of Dandume on Monday by "
                "unknown assailants, police said.")
        assert _events(text) == [("Attack", 3)], text


def test_dying_of_gunshot_wounds_is_a_killing():
    text = "A local trader in Dandume has died of gunshot wounds, officials said on Tuesday."
    assert _events(text) == [("Attack", 1)]
