"""A shelling or air strike that hurt no one has no civilians acted on (ACLED leaves actor2
empty for damage to houses alone), on short texts written for these tests."""

from datetime import date

from khaldun import extract
from khaldun.events.unharmed import unharmed

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
