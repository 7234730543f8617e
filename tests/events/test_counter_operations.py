"""An army neutralising attackers or launching a counter-operation fights a clash of its own
(texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_an_army_neutralising_attackers_the_next_day_is_a_clash_of_its_own():
    text = (
        "Gunmen on motorbikes killed 14 villagers in Ogossagou in Mali's Mopti region on "
        "Tuesday, local officials said.\n\nThe army said it had neutralised 9 attackers in a "
        "counter-operation near the village the next day, and lost one soldier."
    )
    events = extract(text, published=date(2022, 6, 22))
    kinds = sorted((e.sub_event_type, e.date_start.day) for e in events)
    assert kinds == [("Armed clash", 22), ("Attack", 21)]
