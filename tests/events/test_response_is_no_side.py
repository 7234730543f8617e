"""The authorities' response told after an act ("security forces cordoned off the area after
the attack", "troops were deployed") names no side of the act (texts written for these
tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 5)


def test_forces_that_cordoned_off_the_area_did_not_attack():
    text = ("Gunmen killed three traders on a road near Dikwa on Tuesday. Security forces "
            "cordoned off the area after the attack.")
    [event] = extract(text, published=DAY)
    assert event.actor1 is not None and event.actor1.inter == 3
