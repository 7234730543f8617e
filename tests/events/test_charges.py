"""The crime someone is charged with or suspected of is no act the sentence reports (texts
written for these tests)."""

from datetime import date

from khaldun import extract


def test_people_arrested_on_suspicion_of_a_kidnapping_make_an_arrest_only():
    text = (
        "Police in Kano said on Tuesday they had arrested 12 men suspected of kidnapping "
        "traders on the highway."
    )
    assert [e.sub_event_type for e in extract(text, published=date(2019, 5, 8))] == ["Arrests"]


def test_men_accused_of_bombing_a_market_and_shot_dead_make_the_killing_alone():
    text = (
        "Militants shot dead two men in Idlib on Monday who they accused of bombing a "
        "market, activists said."
    )
    found = extract(text, published=date(2019, 5, 8))
    assert [e.event_type for e in found] == ["Violence against civilians"]
