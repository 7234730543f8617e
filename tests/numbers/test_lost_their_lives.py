""""lost their lives" is a dying verb after a victim list: the list's items add up ("one boy
and three women lost their lives" counts 4); "lost his life" alone counts one victim, while a
plural "who lost their lives" gives no singular count."""

from khaldun.numbers import find_counts


def _killed(text: str) -> list[tuple[str, int]]:
    return [(c.surface, c.value) for c in find_counts(text) if c.kind == "killed" and not c.subset]


def test_list_before_lost_their_lives_adds_up():
    text = "A shell struck a farmhouse and one boy and three women lost their lives."
    assert _killed(text) == [("one boy and three women", 4)]


def test_lost_his_life_counts_one():
    assert _killed("A shepherd lost his life when the mine went off.") == [("A shepherd", 1)]


def test_relative_plural_is_no_single_victim():
    text = "Mourners buried the 12 villagers who lost their lives in the raid."
    assert all(value != 1 for _, value in _killed(text))
