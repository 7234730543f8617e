"""A follow-up with no act of its own goes, among events alike, to the one its speaker
already spoke of (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract

_TWO_ACTS = (
    "Gunmen attacked a checkpoint in the town of Azaz on Monday, killing three soldiers, "
    "the governor of Aleppo said.\n\n"
    "Separately, an air strike hit a market in the city of Idlib on Monday, killing five "
    "people, the Syrian Observatory for Human Rights said.\n\n{}"
)


def _quotes(event):
    return [c.quote for c in event.claims]


@pytest.mark.parametrize("follow_up", [
    "The governor of Aleppo said the attackers fled toward the border.",
    "The governor of Aleppo said the toll had risen to four.",
])
def test_the_speaker_of_the_first_act_speaks_of_it_again(follow_up):
    found = extract(_TWO_ACTS.format(follow_up), published=date(2019, 4, 2))
    by_sub = {e.sub_event_type: e for e in found}
    assert follow_up in _quotes(by_sub["Armed clash"])
    assert follow_up not in _quotes(by_sub["Air/drone strike"])


def test_a_new_speaker_still_speaks_of_the_last_act():
    follow_up = "The attackers fled toward the border, a witness said."
    found = extract(_TWO_ACTS.format(follow_up), published=date(2019, 4, 2))
    by_sub = {e.sub_event_type: e for e in found}
    assert follow_up in _quotes(by_sub["Air/drone strike"])


def test_a_speaker_does_not_turn_back_past_two_acts_told_since():
    text = _TWO_ACTS.format(
        "On Tuesday, a roadside bomb hit an army bus near Jisr al-Shughur, killing two "
        "soldiers, a monitor said.\n\nThe governor of Aleppo said several people were hurt.")
    found = extract(text, published=date(2019, 4, 3))
    by_sub = {e.sub_event_type: e for e in found}
    follow_up = "The governor of Aleppo said several people were hurt."
    assert follow_up in _quotes(by_sub["Remote explosive/landmine/IED"])
    assert follow_up not in _quotes(by_sub["Armed clash"])
