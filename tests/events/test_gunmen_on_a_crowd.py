"""Unnamed gunmen who shoot people, named by no trait, in the paragraph right after a crowd is
told at that place that day fire on that crowd: force used on the protest, one event (codebook
§2; texts written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [e.sub_event_type for e in extract(text, published=date(2019, 6, 28))]


def test_snipers_shooting_people_right_after_a_rally_is_force_on_it():
    text = ("Thousands of protesters gathered in the main square of Omdurman on Friday to "
            "demand the fall of the government.\n\n"
            "Snipers shot dead four people in Omdurman, medics said.")
    assert _subs(text) == ["Excessive force against protesters"]


def test_gunmen_shooting_people_paragraphs_after_a_rally_stay_an_attack():
    text = ("Thousands of protesters gathered in the main square of Omdurman on Friday to "
            "demand the fall of the government.\n\n"
            "The government raised the price of bread last month.\n\n"
            "The currency has lost half of its value this year.\n\n"
            "Gunmen shot dead four people in Omdurman, medics said.")
    assert sorted(_subs(text)) == ["Attack", "Peaceful protest"]
