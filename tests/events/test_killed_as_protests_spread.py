"""People counted dead before a clause that tells a protest ("killed two people as protests
spread") are the victims of the force used on it; the protest is no word for who they were
(codebook §2; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_people_killed_as_protests_spread_are_the_force_used_on_them():
    events = extract(
        "Security forces killed two people as protests against rising prices spread to the "
        "city of Atbara on Wednesday, witnesses said.", published=date(2018, 1, 22))
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_protesters_counted_dead_stay_victims():
    events = extract(
        "Security forces killed two protesters in the city of Atbara on Wednesday, witnesses "
        "said.", published=date(2018, 1, 22))
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
