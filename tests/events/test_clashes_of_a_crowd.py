"""People hit in a clash with the one armed side named, when the words name them as those who
fought it ("youths", "villagers", a plural demonym), are a crowd that rioted, not bystanders of
a battle (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("text", [
    "A Palestinian teenager was shot and wounded by Israeli troops during clashes in the "
    "village of Kafr Qaddum on Friday.",
    "Eleven Palestinians were wounded by live fire during clashes with Israeli soldiers in "
    "Jericho on Friday.",
    "Several villagers were hurt during clashes with police in the town of Kisumu on Friday.",
])
def test_those_hit_fought_the_forces_themselves(text):
    [event] = extract(text, published=date(2018, 3, 6))
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Two civilians were killed during clashes with government forces in the town of Atareb "
    "on Friday.",
    "Clashes erupted between Hamas gunmen and Israeli troops in Jenin on Friday, killing two "
    "fighters.",
])
def test_bystanders_or_two_armed_sides_make_a_battle(text):
    found = extract(text, published=date(2018, 3, 6))
    assert "Armed clash" in {e.sub_event_type for e in found}


@pytest.mark.parametrize("text", [
    "A Palestinian young man was hurt by gunfire during clashes with Israeli troops in the "
    "village of Kafr Dan on Friday.",
    "A 16-year-old Palestinian was killed on Friday during clashes with Israeli troops in the "
    "village of Kafr Dan.",
    "A Palestinian was killed during clashes with Israeli soldiers in the village of Kafr Dan "
    "on Friday.",
])
def test_one_person_named_by_the_demonym_fought_the_forces(text):
    [event] = extract(text, published=date(2018, 3, 6))
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    # the clash told on the second of two joined verbs: the first verb's subject was hurt in it
    "A Palestinian was shot and wounded on Friday in the village of Kafr Dan during clashes "
    "that erupted there with Israeli troops.",
    "A Palestinian was killed and dozens wounded in clashes with Israeli troops in the village "
    "of Kafr Dan on Friday.",
    # an age word before the demonym
    "A young Palestinian was hurt by gunfire during clashes with Israeli troops in the village "
    "of Kafr Dan on Friday.",
])
def test_the_person_of_a_joined_verb_or_an_aged_demonym_fought_the_forces(text):
    [event] = extract(text, published=date(2018, 3, 6))
    assert event.sub_event_type == "Violent demonstration"


def test_a_man_named_by_no_demonym_hurt_during_clashes_is_no_rioter():
    found = extract("A man was killed during clashes with Israeli soldiers in the village of "
                    "Kafr Dan on Friday.", published=date(2018, 3, 6))
    assert "Violent demonstration" not in {e.sub_event_type for e in found}
