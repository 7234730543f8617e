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


def test_a_shooting_whose_victims_fate_is_asked_next_has_no_toll():
    text = (
        "A village headman was shot by masked men in Tal Sabur on Tuesday, residents said. It "
        "was not clear whether he was killed."
    )
    events = extract(text, published=date(2018, 3, 7))
    assert events and all(e.fatalities is None for e in events)


def test_a_death_told_outright_stays_when_anothers_fate_is_asked():
    text = (
        "A village headman was shot dead by masked men in Tal Sabur on Tuesday, residents said. "
        "His son was also hit, and it was unclear whether he survived."
    )
    events = extract(text, published=date(2018, 3, 7))
    assert events and events[0].fatalities.to_dict() == {"low": 1, "high": 1}
