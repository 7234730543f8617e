""" "According to the group", "according to him": words after a relaying cue that stand for
the speaker named before (texts written for these tests)."""

import pytest

from khaldun.actors import find_sources
from khaldun.claims.attribution import REPORTER, attribute


def _after(lead: str, again: str) -> list[str]:
    first = attribute(lead, "SY", [], find_sources(lead, "SY"), None)
    return [a.source for a in attribute(again, "SY", first, find_sources(again, "SY"), None)]


@pytest.mark.parametrize("cited", ["the group", "them", "him"])
def test_a_stand_in_cited_is_the_speaker_before(cited):
    lead = "An air strike hit a clinic, killing four medics, the Syrian Observatory said."
    again = f"According to {cited}, the clinic was struck twice within an hour."
    assert _after(lead, again) == ["Syrian Observatory for Human Rights"]


def test_no_speaker_before_leaves_the_reporter():
    again = "According to the group, the clinic was struck twice within an hour."
    assert [a.source for a in attribute(again, "SY", [], [], None)] == [REPORTER]
