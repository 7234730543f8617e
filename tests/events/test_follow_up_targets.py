"""Which earlier event a sentence with no act of its own speaks of (texts written for these
tests)."""

from datetime import date

import pytest

from khaldun import extract

_ATTACK_THEN_ARRESTS = (
    "Gunmen attacked an army post in the town of Tuz Khurmatu on Monday, killing three "
    "soldiers, an army officer said. The defence ministry said troops later arrested four "
    "suspects in a nearby village. {}"
)


@pytest.mark.parametrize("follow_up", [
    "The local mayor blamed Islamic State.",
    "Islamic State claimed responsibility in a statement.",
    "Villagers told reporters they heard gunfire for two hours.",
])
def test_who_did_it_or_its_sounds_go_to_the_act_of_violence_not_the_arrests(follow_up):
    found = extract(_ATTACK_THEN_ARRESTS.format(follow_up), published=date(2019, 4, 2))
    by_sub = {e.sub_event_type: e for e in found}
    assert set(by_sub) >= {"Armed clash", "Arrests"}
    assert follow_up in [c.quote for c in by_sub["Armed clash"].claims]
    assert follow_up not in [c.quote for c in by_sub["Arrests"].claims]
