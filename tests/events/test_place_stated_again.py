"""An act told before, said again with where it happened ("the attack took place in X"), is
at X, even when its first telling named another town; only the act that sentence refers to
(of its kind, of its day), and its dates stay its own (texts written for these tests)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2019, 2, 6)  # a Wednesday


def _events(text: str) -> list[tuple[str | None, date | None, date | None]]:
    return [(e.location.town if e.location else None, e.date_start, e.date_end)
            for e in extract(text, published=PUBLISHED)]


def test_the_place_a_later_sentence_states_for_the_act_is_its_place():
    text = ("Gunmen shot dead five passengers on a bus heading to Multan on Monday, police "
            "said. The attack took place in the town of Bahawalpur.")
    assert _events(text) == [("Bahawalpur", date(2019, 2, 4), date(2019, 2, 4))]


def test_occurred_states_the_place_too():
    text = ("Gunmen shot dead five passengers on a bus heading to Multan on Monday, police "
            "said. The incident occurred in Bahawalpur, 90 kilometres south of Multan.")
    assert [town for town, *_ in _events(text)] == ["Bahawalpur"]


def test_a_stating_sentence_on_the_acts_own_day_keeps_its_dates():
    text = ("Militants attacked a checkpoint near Multan on Monday, killing four soldiers. "
            "The attack took place on Monday and Tuesday in the town of Bahawalpur.")
    assert _events(text) == [("Bahawalpur", date(2019, 2, 4), date(2019, 2, 4))]


def test_a_stating_sentence_of_another_day_gives_the_act_no_place():
    text = ("A roadside bomb killed three soldiers near Multan on Monday. The attack took "
            "place on Tuesday in the town of Bahawalpur.")
    assert ("Multan", date(2019, 2, 4), date(2019, 2, 4)) in _events(text)


def test_a_stating_sentence_of_another_kind_of_act_gives_the_act_no_place():
    text = ("A roadside bomb killed three soldiers near Multan on Monday. The clashes took "
            "place in the town of Bahawalpur.")
    assert ("Multan", date(2019, 2, 4), date(2019, 2, 4)) in _events(text)


def test_a_list_of_places_stated_for_acts_told_apart_moves_none_of_them():
    text = ("Bombs killed five people in Multan and three in Lahore on Monday. The attacks "
            "took place in Bahawalpur and Sahiwal.")
    assert [town for town, *_ in _events(text)][:2] == ["Multan", "Lahore"]


def test_the_bombing_told_again_with_its_place_is_there():
    text = ("A car bomb exploded near a market in Multan on Monday, killing seven people. "
            "The bombing took place in Bahawalpur.")
    assert _events(text) == [("Bahawalpur", date(2019, 2, 4), date(2019, 2, 4))]


def test_the_fighting_told_again_with_its_place_keeps_its_day_not_the_statements():
    text = ("Clashes between the army and militants killed six fighters in Multan on Saturday. "
            "The fighting occurred in the village of Shujabad, a military statement said on "
            "Sunday.")
    assert _events(text) == [("Shujabad", date(2019, 2, 2), date(2019, 2, 2))]


def test_a_place_in_the_clause_of_another_act_is_not_stated_for_this_one():
    # "took place a day after a similar attack in X": X is where the earlier attack was
    text = ("A bomb killed four soldiers in Multan on Monday. The blast took place a day after "
            "a similar attack in Bahawalpur.")
    assert _events(text)[0][0] == "Multan"


def test_a_place_outside_the_stating_clause_is_read_to_the_sentence_root():
    # the place hangs on the reporting verb, above the stating clause: the walk up the parse
    # ends at the sentence's root
    text = ("A bomb killed four soldiers in Multan on Monday. In Lahore, officials said the "
            "attack took place late at night.")
    assert _events(text)[0][0] == "Multan"
