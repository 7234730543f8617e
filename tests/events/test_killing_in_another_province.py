"""A killing another side did in a province other than that of the event just told is an act
of its own, not more of that event (texts written for these tests; Afghan provinces from the
gazetteer)."""

from datetime import date

from khaldun import extract


def test_a_clash_in_another_province_is_no_part_of_the_strike_told_before():
    text = (
        "A US drone strike killed three militant commanders in the Nad Ali district of Helmand "
        "on Tuesday, the mission said.\n\n"
        "Afghan soldiers killed 15 insurgents during an operation in Kunduz province, the defence "
        "ministry said."
    )
    found = extract(text, published=date(2018, 3, 7))
    assert len(found) == 2
    provinces = {e.location.admin1 for e in found}
    assert len(provinces) == 2


def test_more_dead_in_the_same_province_still_join_the_strike():
    text = (
        "A drone strike killed three militant commanders in the Nad Ali district of Helmand "
        "on Tuesday, the mission said.\n\n"
        "The strike also killed two guards in Helmand province, a local official said."
    )
    found = extract(text, published=date(2018, 3, 7))
    assert len(found) == 1


def test_an_incident_placed_closer_in_a_province_spelt_otherwise_still_joins():
    text = (
        "Five people were killed when a truck hit a landmine in Helmand province on Tuesday, "
        "officials said. It took place in the Nad Ali district."
    )
    found = extract(text, published=date(2018, 3, 7))
    assert len(found) == 1

