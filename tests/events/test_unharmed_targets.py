"""A shelling or air strike that hurt no one has no civilians acted on (ACLED leaves actor2
empty for damage to houses alone), on short texts written for these tests."""

from datetime import date

from khaldun import extract
from khaldun.events.unharmed import harmed, unharmed

PUBLISHED = date(2018, 3, 5)


def test_shells_on_houses_that_hurt_no_one_act_on_no_side():
    (event,) = extract("Artillery shelled homes in Sinjar on Sunday, damaging a school. No "
                       "casualties were reported.", published=PUBLISHED)
    assert event.actor2 is None


def test_shells_that_wounded_residents_act_on_civilians():
    (event,) = extract("Artillery shelled homes in Sinjar on Sunday, wounding three residents. "
                       "No one was killed.", published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_harm_told_only_as_negated():
    assert unharmed(["The jets hit farms, with neither injuries nor deaths reported."])
    assert not unharmed(["The jets hit farms, injuring a boy.", "No deaths were reported."])
    assert not unharmed(["The jets hit farms."])


def test_shells_told_to_have_hurt_people_no_side_named_act_on_civilians():
    (event,) = extract("Army gunners shelled Kessa village in northern Dumar on Sunday, causing "
                       "injuries. No fatalities reported.", published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 7
    (event,) = extract("Mortar shells fell on Kessa village in northern Dumar on Sunday, killing "
                       "one man.", published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.inter == 7


def test_harm_to_animals_or_denied_is_no_harm_to_people():
    assert not harmed(["A rocket hit a farm in Kessa, killing some livestock."])
    assert not harmed(["The mine killed two goats but didn't injure anyone."])
    assert harmed(["A rocket hit a farm in Kessa, causing injuries."])


def test_no_information_about_casualties_is_no_harm_told():
    assert unharmed(["Gunners shelled Kessa, with no information given about any casualties."])
