"""What a crowd chants against ("chanting slogans against the gunmen") is its grievance, no act
of its own: a funeral march on a later day is a peaceful protest, not force used on it."""

from datetime import date

from khaldun import extract

TEXT = ("Gunmen shot dead a village headman in the town of Tuz Khurmatu on Monday, police said. "
        "On Tuesday, hundreds of mourners marched through the town behind his coffin, chanting "
        "slogans against the gunmen.")


def test_the_march_is_a_peaceful_protest_of_its_own():
    events = sorted(extract(TEXT, published=date(2018, 3, 8)), key=lambda e: e.date_start)
    assert [e.sub_event_type for e in events] == ["Attack", "Peaceful protest"]
