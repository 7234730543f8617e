""" "The activists said" after an activists' network spoke: the class named definite is that
network again (sources.yaml `one_of`; texts written for these tests)."""

import pytest

from khaldun.actors import find_sources
from khaldun.claims.attribution import attribute

LEAD = "Warplanes bombed Kafr Nabl, killing nine people, the Local Coordination Committees said."


def _after(again: str, lead: str = LEAD) -> list[str]:
    first = attribute(lead, "SY", [], find_sources(lead, "SY"), None)
    return [a.source for a in attribute(again, "SY", first, find_sources(again, "SY"), None,
                                         earlier=first)]


@pytest.mark.parametrize("again", [
    "The activist group said another raid on Maarat al-Numan killed four children.",
    "The activists added that rebels shot down a jet near Khan Shaykhun.",
])
def test_the_class_named_definite_is_the_network_before(again):
    assert _after(again) == ["Local Coordination Committees"]


def test_activists_not_named_definite_are_a_class_of_their_own():
    again = "Activists said another raid on Maarat al-Numan killed four children."
    assert _after(again) == ["opposition activists"]


def test_the_activist_group_after_the_observatory_is_the_observatory():
    lead = "Troops shelled Rastan, killing five people, according to the Syrian Observatory."
    again = "The activist group said rebels attacked a checkpoint in Talbiseh."
    assert _after(again, lead) == ["Syrian Observatory for Human Rights"]


def test_the_activists_after_activists_spoke_are_that_class():
    lead = "Warplanes bombed Kafr Nabl, killing nine people, the Syrian Observatory said."
    second = "Activists said another raid on Maarat al-Numan killed four children."
    first = attribute(lead, "SY", [], find_sources(lead, "SY"), None)
    then = attribute(second, "SY", first, find_sources(second, "SY"), None, earlier=first)
    again = "The activists added that rebels shot down a jet near Khan Shaykhun."
    assert [a.source for a in attribute(again, "SY", then, find_sources(again, "SY"), None,
                                        earlier=[*first, *then])] == ["opposition activists"]
