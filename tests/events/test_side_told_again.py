"""An act first placed only by a side of a town ("south of Kabul") and told again at a town on
that side ("The blast occurred in the town of X") is one event, at that town."""

from __future__ import annotations

from khaldun import extract


def test_the_act_told_again_on_the_side_named_takes_its_town():
    found = extract(
        "A car bomb killed 12 people south of Kabul on Thursday, officials said. The blast "
        "occurred in the town of Pul-e Alam near a police station.", published="2018-03-09")
    assert [e.location.town for e in found] == ["Pul-e Alam"]


def test_a_town_on_another_side_is_no_telling_of_it():
    found = extract(
        "A car bomb killed 12 people north of Kabul on Thursday, officials said. The blast "
        "occurred in the town of Pul-e Alam near a police station.", published="2018-03-09")
    assert "Kabul" in [e.location.town for e in found]
