"""The side an act hit is decided by its dead before its wounded: a follow-up sentence that
kills a soldier and wounds passers-by tells an act on the state's forces, not on civilians
(texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("follow_up", [
    "It killed a soldier and wounded two civilians.",
    "Two soldiers were killed and three civilians wounded.",
    "The device killed a policeman and injured four passers-by, a local official said.",
])
def test_the_dead_soldiers_are_the_side_hit_not_the_wounded_civilians(follow_up):
    text = f"A bomb exploded in the market of Dorvalle on Monday. {follow_up}"
    found = extract(text, published=date(2018, 3, 5))
    assert len(found) == 1
    assert found[0].actor2 is not None and found[0].actor2.inter == 1


def test_soldiers_killed_and_civilians_wounded_in_one_sentence_are_the_forces_hit():
    found = extract("Two soldiers were killed and three civilians wounded in Dorvalle on "
                    "Monday.", published=date(2018, 3, 5))
    assert [e.actor2.inter for e in found if e.actor2] == [1]


@pytest.mark.parametrize("follow_up", [
    "It killed two civilians and wounded a soldier.",
    "Three villagers were killed and a policeman was wounded.",
])
def test_dead_civilians_with_wounded_forces_are_civilians_hit(follow_up):
    text = f"A bomb exploded in the market of Dorvalle on Monday. {follow_up}"
    found = extract(text, published=date(2018, 3, 5))
    assert len(found) == 1
    assert found[0].actor2 is not None and found[0].actor2.inter == 7


def test_a_named_armed_side_hit_stays_when_the_follow_up_kills_civilians():
    text = ("A roadside bomb struck an army patrol near Dorvalle on Monday. It killed two "
            "civilians and wounded a soldier.")
    found = extract(text, published=date(2018, 3, 5))
    assert len(found) == 1
    assert found[0].actor2 is not None and found[0].actor2.inter == 1
