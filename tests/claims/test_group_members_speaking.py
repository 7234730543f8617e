"""An unnamed member of an armed group named by the actor dictionary ("a member of the Arakan
Army said") speaks for the group, named as the group, not as a state's military source; a
member of a state's army ("an officer in the Iraqi army") stays a military source."""

from khaldun.actors import find_sources


def test_a_member_of_an_armed_group_is_the_group():
    text = "Seven soldiers died in the clash, a member of the Arakan Army said."
    assert [s.name for s in find_sources(text, "MM")] == ["Arakan Army"]


def test_an_officer_of_a_states_army_is_a_military_source():
    text = "Seven soldiers died in the clash, an officer in the Iraqi army said."
    assert [s.name for s in find_sources(text, "IQ")] == ["a military source"]
