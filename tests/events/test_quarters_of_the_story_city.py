"""Quarters named after a town the text places by the story's own city ("X, west of the
capital") are the city's, not that town's (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _towns(events):
    return sorted((e.location.neighbourhood or "", e.location.town or "") for e in events)


def test_a_town_west_of_the_dateline_capital_holds_no_later_quarter():
    text = ("BAGHDAD - Bombings in Iraq killed six people on Tuesday, police said. Early in the "
            "day, a roadside bomb struck a minibus in Abu Ghraib, west of the capital, killing "
            "one. In the southern Dora district, a car bomb exploded near a bakery, killing "
            "three people. Later a gunman shot dead a shop owner in the Mansour neighbourhood, "
            "police said.")
    events = extract(text, published=date(2018, 4, 4))
    towns = _towns(events)
    assert ("Dora", "Baghdad") in towns
    assert ("Mansour", "Baghdad") in towns
    assert not any(hood and town != "Baghdad" for hood, town in towns)


def test_a_town_north_of_the_named_city_holds_no_later_quarter():
    text = ("Attacks across Baghdad killed five people on Tuesday, police said. A bomb hit a "
            "market in Tarmiyah, 45 km north of Baghdad, killing two. A suicide bomber killed "
            "three people at a checkpoint in the Mansour neighbourhood, police said.")
    events = extract(text, published=date(2018, 4, 4))
    assert ("Mansour", "Baghdad") in _towns(events)



def test_a_town_on_the_edge_of_the_city_holds_no_later_quarter():
    text = ("Gunmen killed five people in Karachi on Sunday, police said. A policeman was shot "
            "dead in Malir, on the eastern edge of the city. In the Lyari neighbourhood, gunmen "
            "killed two men, police said.")
    events = extract(text, published=date(2018, 4, 2))
    assert ("Lyari", "Karachi") in _towns(events)
