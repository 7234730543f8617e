"""Victims of a killing told, named next as marchers ("the three demonstrators", "the victims were
demonstrators"): the killing was force used on their protest, no protest of its own
(codebook §2; texts written for these tests)."""

from datetime import date

from khaldun import extract


def _events(text):
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=date(2019, 6, 28))]


def test_the_dead_counted_again_as_demonstrators_make_the_killing_excessive_force():
    text = ("Police shot dead three people in Omdurman on Friday. The three demonstrators "
            "were buried on Saturday.")
    assert [s for s, _ in _events(text)] == ["Excessive force against protesters"]


def test_victims_who_were_demonstrators_make_the_killing_excessive_force_where_it_was():
    text = ("Police shot dead three people in Omdurman on Friday. The victims were "
            "demonstrators who had joined a march to parliament.")
    assert _events(text) == [("Excessive force against protesters", "Omdurman")]


def test_demonstrators_demanding_justice_after_a_killing_are_a_protest_of_their_own():
    text = ("Gunmen shot dead three people in Omdurman on Friday. On Sunday the demonstrators "
            "demanded justice for the victims.")
    assert [s for s, _ in _events(text)] == ["Attack", "Peaceful protest"]
