"""A clash told with the force used on a protest, by the forces that met it ("clashes between
Huthis and police when police fired on protesters"): the protest's fight, one event, not a
battle beside it (codebook §2; texts written for these tests)."""

from datetime import date

from khaldun import extract


def _events(text):
    return extract(text, published=date(2019, 6, 28))


def test_a_clash_with_the_police_that_fired_on_protesters_is_no_battle():
    events = _events("Clashes broke out between Huthis and police in Sanaa on Tuesday when "
                     "police fired on protesters, killing two.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    assert events[0].fatalities is not None and events[0].fatalities.low == 2


def test_a_battle_of_other_sides_told_apart_stays():
    events = _events("Troops clashed with Huthis in Sanaa on Tuesday. Police fired on "
                     "protesters in Taiz on Tuesday, killing two.")
    assert "Armed clash" in [e.sub_event_type for e in events]
