"""Killers of civilians fought after by another armed side ("soldiers pursued the attackers
and killed four of them") make a clash of its own, not a rival toll of the killing (texts
written for these tests)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)


def test_the_pursuit_of_the_attackers_is_an_event_of_its_own():
    events = extract(
        "Gunmen killed 12 villagers in an attack on Tudun Wada village in Zamfara state on "
        "Sunday, residents said.\n\n"
        "The army said troops had chased the attackers and shot dead three of them.",
        published=PUBLISHED)
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert (attack.fatalities.low, attack.fatalities.high) == (12, 12)
    assert any(e.sub_event_type == "Armed clash" for e in events)
