"""A state's forces killing fighters of an armed group fight them: an armed clash, not an
attack on civilians (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_troops_killing_the_insurgents_they_pursued_is_a_clash():
    text = (
        "Troops pursued the insurgents and killed 11 of them near the town of Dikwa on"
        " Tuesday, the army said."
    )
    [event] = extract(text, published=date(2019, 6, 12))
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.inter == 2


def test_gunmen_killing_an_official_stays_an_attack():
    text = "Gunmen shot dead a district official in the town of Dikwa on Tuesday, police said."
    [event] = extract(text, published=date(2019, 6, 12))
    assert event.sub_event_type == "Attack"


def test_gunmen_ambushing_a_named_groups_patrol_act_on_that_group():
    # a word of fighting ("ambushed") among the act's own words: the armed side it hit is the
    # side acted on, not the civilians an attack defaults to
    text = "Gunmen ambushed an Islamic State patrol near Kafr Zeta on Monday, killing three."
    events = extract(text, published=date(2018, 3, 5))
    assert [e.actor2.inter for e in events if e.actor2] == [2]
