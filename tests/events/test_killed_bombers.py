"""A suicide bomber killed by someone else ("troops shot dead two suicide bombers") is whom the
act fell on, not its means: the killing is the event, typed by who was killed (texts written
for these tests)."""

from datetime import date

from khaldun import extract

DAY = date(2018, 3, 6)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published=DAY)]


def test_bombers_shot_dead_by_troops_are_a_clash():
    assert subs("Army troops shot dead two suicide bombers near a checkpoint in the village of "
                "Tal Hamar on Monday.") == ["Armed clash"]
    assert subs("Security forces killed three suicide bombers east of Tal Hamar on "
                "Monday.") == ["Armed clash"]


def test_a_bomber_who_killed_or_blew_himself_up_is_still_a_suicide_bombing():
    assert subs("A suicide bomber killed three soldiers at a checkpoint in Tal Hamar on "
                "Monday.") == ["Suicide bomb"]
    assert subs("Three soldiers were killed by a suicide bomber at a checkpoint in Tal Hamar "
                "on Monday.") == ["Suicide bomb"]
    assert subs("A string of suicide bombings in Tal Hamar on Monday left 40 people dead and "
                "about 90 hurt.") == ["Suicide bomb"]
