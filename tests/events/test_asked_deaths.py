"""A death told inside an indirect question is asked, not reported: no toll."""

from datetime import date

from khaldun import extract


def test_a_death_asked_about_is_no_toll():
    text = (
        "Rebel snipers hit a soldier on a hill near Kafr Nabudah on Sunday. The army did not "
        "say whether he survived or was killed."
    )
    events = extract(text, published=date(2018, 3, 5))
    assert events and all(e.fatalities is None for e in events)


def test_a_death_reported_beside_a_question_counts():
    text = (
        "Two soldiers were killed in clashes near Kafr Nabudah on Sunday, and it was unclear "
        "whether the rebels had withdrawn."
    )
    events = extract(text, published=date(2018, 3, 5))
    assert [e.fatalities.to_dict() for e in events if e.fatalities] == [{"low": 2, "high": 2}]
