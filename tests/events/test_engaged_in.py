""""Engaged in" tells a fight only when what was engaged in is no one-sided act (texts written
for these tests)."""

from datetime import date

from khaldun import extract


def test_engaging_in_a_massacre_is_an_attack_not_a_clash():
    text = ("Militants in control of Dandume have in the last two days engaged in a massacre of "
            "elderly men and women in the town, killing more than 40.")
    found = extract(text, published=date(2016, 5, 11))
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_troops_engaged_in_with_militants_still_clash():
    text = "Troops engaged militants in Dandume on Monday, killing nine of them, the army said."
    found = extract(text, published=date(2016, 5, 11))
    assert [e.sub_event_type for e in found] == ["Armed clash"]
