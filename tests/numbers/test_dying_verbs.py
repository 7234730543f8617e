"""A victim's own death told with "succumbed" counts like "died"."""

from khaldun.numbers import find_counts


def _killed(text: str) -> list[int]:
    return [c.value for c in find_counts(text) if c.kind == "killed" and not c.subset]


def test_a_victim_who_succumbed_to_wounds_counts_one():
    assert _killed("A shopkeeper succumbed to wounds he received in the shelling.") == [1]


def test_victims_who_succumbed_count_their_number():
    assert _killed("Three soldiers succumbed to their wounds in hospital.") == [3]


def test_wounded_who_survived_count_no_dead():
    assert _killed("A shopkeeper was wounded in the shelling.") == []
