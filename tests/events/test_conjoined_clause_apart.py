"""A clause joined to another with a subject of its own tells its own act when the other
clause's verb names no act ("the army was targeting ... and rebels fired rockets"), or when it
opens as a statement of its own ("and that ..."): the sides of one are not the other's."""

from datetime import date

from khaldun import extract

TEXT = ("State television said the army was targeting militant hideouts and that rebels had "
        "fired rockets at the city of Idlib, killing three people.")


def test_the_rockets_are_the_rebels_not_the_armys():
    (event,) = extract(TEXT, published=date(2018, 3, 8))
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.name == "Opposition Rebels (Syria)"
    assert event.actor2 is None or "Military" not in event.actor2.name
