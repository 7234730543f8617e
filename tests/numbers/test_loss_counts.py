"""A side's losses ("the army lost 20 men") are a death count only when people are counted."""

from khaldun.numbers import find_counts


def _killed(text: str) -> list[tuple[int, bool]]:
    return [(c.value, c.loss) for c in find_counts(text) if c.kind == "killed"]


def test_men_a_side_lost_are_its_dead():
    assert _killed("The militia lost 14 men in the assault on the ridge.") == [(14, True)]


def test_fighters_of_their_own_a_side_lost_are_its_dead():
    text = "The insurgents lost at least nine of their fighters near the dam."
    assert _killed(text) == [(9, True)]


def test_things_a_side_lost_are_no_count():
    assert _killed("The brigade lost 14 vehicles and two outposts in the retreat.") == []


def test_a_conscript_shot_dead_is_one_dead():
    assert _killed("Militants shot dead a police conscript at a checkpoint.") == [(1, False)]


def test_only_a_few_men_a_side_says_it_lost_are_its_dead():
    assert _killed("The rebels said they had lost only six men in the fighting.") == [(6, True)]
    assert _killed("The militia lost just four fighters at the ridge.") == [(4, True)]
