"""The Kurds' own security forces and police are no national army: Syria's Asayish there,
the Kurdistan Region's police in Iraq (ACLED: "Police Forces of Iraq (2014-) Asayish"), on
short texts written for these tests."""

from datetime import date

from khaldun import extract
from khaldun.actors.resolve import find_actors, home_countries

PUBLISHED = date(2018, 3, 5)


def test_kurdish_security_forces_in_syria_are_the_asayish():
    (event,) = extract("A roadside bomb killed two members of the Kurdish security forces in "
                       "Qamishli on Thursday.", published=PUBLISHED)
    assert event.actor2 is not None and event.actor2.name == "Asayish"


def test_kurdish_security_forces_in_iraq_are_the_regions_police():
    (found,) = find_actors("Kurdish security forces arrested two men", "IQ")
    assert found.actor.name == "Asayish (Iraq)" and found.actor.inter == 1


def test_an_alias_shared_by_two_countries_votes_for_neither():
    homes = home_countries("Kurdish security forces detained two men on Monday.")
    assert homes.armed_groups == () and homes.states == ()
