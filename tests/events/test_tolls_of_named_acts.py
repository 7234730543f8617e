"""A follow-up toll said to be of an act named again ("the toll from the Garissa bombing",
"the toll from the air strike") goes to the event of that place or that kind, not to the
last one told (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _tolls(events):
    return {e.location.name: e.fatalities.to_dict() if e.fatalities else None for e in events}


def test_a_toll_of_the_act_named_by_its_town_goes_to_that_event():
    text = ("A car bomb went off at a bus station in Garissa on Friday, killing five "
            "people, a hospital official said.\n\n"
            "On Saturday, a roadside bomb hit a police truck near Mandera, killing two "
            "officers, police said.\n\n"
            "On Sunday, police said the toll from the Garissa car bomb had risen to 9.")
    tolls = _tolls(extract(text, published=date(2018, 4, 9)))
    assert tolls["Garissa"]["high"] == 9
    assert tolls["Mandera"] == {"low": 2, "high": 2}


def test_a_toll_of_the_act_named_by_its_kind_goes_to_that_event():
    text = ("A coalition air strike hit a wedding party in the town of Zabid on Friday, "
            "killing six people, residents said.\n\n"
            "On Saturday, clashes between government forces and rebels near Taiz killed "
            "four soldiers, a military official said.\n\n"
            "Medics said on Sunday that the toll from the air strike had risen to 11.")
    tolls = _tolls(extract(text, published=date(2018, 4, 9)))
    assert tolls["Zabid"]["high"] == 11
    assert tolls["Taiz"] == {"low": 4, "high": 4}
