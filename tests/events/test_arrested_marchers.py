"""Marchers arrested by the force that met their protest: the intervention in it, not an
arrest of its own (ACLED; texts written for these tests)."""

from datetime import date

from khaldun import extract


def _subs(text):
    return [e.sub_event_type for e in extract(text, published=date(2019, 6, 28))]


def test_police_arresting_demonstrators_is_a_protest_with_intervention():
    text = "Police arrested dozens of demonstrators in Omdurman on Thursday, witnesses said."
    assert _subs(text) == ["Protest with intervention"]


def test_arrests_of_marchers_told_after_the_force_are_part_of_it():
    text = ("Security forces fired live ammunition at protesters in Omdurman on Thursday, "
            "killing three people, doctors said. Security forces also arrested dozens of "
            "demonstrators, witnesses said.")
    assert _subs(text) == ["Excessive force against protesters"]


def test_marchers_once_detained_who_hold_a_sit_in_met_no_intervention():
    text = ("Students detained in last month's protests staged a sit-in outside the court in "
            "Omdurman on Thursday.")
    assert "Protest with intervention" not in _subs(text)


def test_killing_and_arresting_marchers_in_one_sentence_is_one_excessive_force():
    text = ("Security forces in Omdurman killed three demonstrators on Sunday and arrested "
            "dozens more.")
    assert _subs(text) == ["Excessive force against protesters"]


def test_an_arrest_of_the_killer_stays_an_arrest():
    text = "Police in Omdurman on Sunday arrested a man who killed three people."
    assert _subs(text) == ["Arrests"]


def test_killing_and_arresting_by_one_subject_after_the_place_is_one_attack():
    text = "Police killed two people in Omdurman on Sunday and arrested ten others."
    assert _subs(text) == ["Attack"]


def test_arrests_by_another_side_stay_apart():
    text = ("Troops killed three protesters in Omdurman on Sunday, and police arrested dozens "
            "of others.")
    assert sorted(_subs(text)) == ["Arrests", "Excessive force against protesters"]


def test_marchers_named_by_an_arrest_make_no_arrests_event():
    text = ("Relatives of men detained in last year's protests held a sit-in outside the court "
            "in Omdurman on Thursday.")
    assert _subs(text) == ["Peaceful protest"]
