"""Fire bombs thrown by hand (petrol bombs, Molotov cocktails): a riot when a crowd throws
them, an attack when armed men do (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _events(text):
    return [(e.event_type, e.sub_event_type, e.fatalities.low if e.fatalities else None)
            for e in extract(text, published=date(2016, 5, 11))]


def test_armed_men_throwing_fire_bombs_attack():
    for text in (
        "Five people died on Monday when attackers hurled petrol bombs at a minibus in the "
        "town of Dandume, police said.",
        "Five people died on Monday when gunmen threw a Molotov cocktail into a bar in the "
        "town of Dandume, police said.",
    ):
        assert _events(text) == [("Violence against civilians", "Attack", 5)], text


def test_a_crowd_throwing_fire_bombs_riots():
    text = "Protesters threw stones and petrol bombs at police in the town of Dandume on Monday."
    assert [s for _, s, _ in _events(text)] == ["Violent demonstration"]


def test_fire_bombs_that_kill_attack_whoever_threw_them():
    text = ("Four passengers were burnt to death on Monday when strikers hurled a petrol bomb "
            "into a bus in the town of Dandume, police said.")
    assert [(t, s) for t, s, _ in _events(text)] == [("Violence against civilians", "Attack")]


def test_a_petrol_bomb_attack_is_no_explosive_device():
    text = ("Seven people died in a petrol bomb attack on a minibus in the town of Dandume on "
            "Friday, hospital officials said.")
    assert [(t, s) for t, s, _ in _events(text)] == [("Violence against civilians", "Attack")]
