"""Fire on a protest's crowd, in the sentence that tells the protest, is the force used on that
protest: one event of excessive force, not an attack on civilians beside a peaceful protest
(codebook §2; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_gunmen_firing_on_the_procession_of_a_protest_are_force_on_it():
    [event] = extract(
        "Mourners at the funeral of a slain activist in Basra on Thursday chanted against the "
        "militias, and gunmen fired on the procession, killing two.",
        published=date(2018, 1, 20))
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2.inter == 6
    assert event.fatalities is not None and event.fatalities.low == 2


def test_fire_on_a_procession_no_protest_told_stays_an_attack():
    [event] = extract(
        "Gunmen fired on a funeral procession in Basra on Thursday, killing two.",
        published=date(2018, 1, 20))
    assert event.sub_event_type == "Attack"
