"""The act an event is measured against ("the deadliest attack since a raid killed 20 last
month"): that earlier act's day opens no period for the event, which stays an event with its
own toll, and its dead are not the event's (codebook §1, §8.1)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2016, 5, 10)


def _tolls(text: str) -> list:
    return [e.fatalities.to_dict() if e.fatalities else None
            for e in extract(text, published=PUBLISHED)]


def test_a_yardstick_clause_with_an_old_day_leaves_the_act_its_toll():
    text = (
        "Gunmen shot dead five soldiers near Arish on Monday, the deadliest attack since an "
        "army raid killed 20 militants last month."
    )
    assert _tolls(text) == [{"low": 5, "high": 5}]


def test_an_ordinal_measures_as_a_superlative_does():
    text = (
        "Gunmen shot dead five soldiers near Arish on Monday, the first attack since an army "
        "raid killed 20 militants last month."
    )
    assert _tolls(text) == [{"low": 5, "high": 5}]


def test_a_running_toll_since_an_old_day_is_still_no_event():
    text = "Twenty people have been killed in Arish since January, police said."
    assert _tolls(text) == []


def test_the_yardstick_acts_dead_are_not_the_events_when_the_parse_drops_its_subject():
    text = (
        "A suicide bomber blew himself up at a shrine in Samarra on Monday, wounding nine "
        "pilgrims. It was the deadliest attack since a bombing in March killed 40 people in "
        "the city."
    )
    assert _tolls(text) == [None]


def test_a_record_without_a_since_clause_leaves_the_toll():
    text = (
        "A car bomb killed 14 people at a market in Samarra on Monday. It was the worst "
        "attack in months."
    )
    assert _tolls(text) == [{"low": 14, "high": 14}]


def test_a_yardstick_since_an_old_year_leaves_the_killing_clause_its_toll():
    text = (
        "Gunmen raided a police station in Zarvan on Sunday, killing seven people in the first "
        "major attack there since 2011."
    )
    assert _tolls(text) == [{"low": 7, "high": 7}]


def test_a_toll_since_an_old_year_is_still_a_running_tally():
    text = (
        "Gunmen raided a police station in Zarvan on Sunday, killing two officers. Attacks on "
        "the police have killed 300 people in the province since 2011."
    )
    assert _tolls(text) == [{"low": 2, "high": 2}]


def test_a_yardstick_since_an_old_year_on_the_acts_own_noun_leaves_it_an_event():
    text = (
        "Insurgents launched a car bomb attack on the governor's office in Zarvan on Sunday, "
        "leaving eight people dead, the first big raid on the town since 2010."
    )
    assert _tolls(text) == [{"low": 8, "high": 8}]


def test_the_yardstick_acts_place_and_kind_are_not_the_events():
    # the record told in a "when" clause of its own day: its bomb and its quarter are the
    # older act's, not a second act of this one
    text = (
        "ARISH, Egypt - A car bomb exploded at a market in the city on Monday, killing 12 "
        "people, police said.\n\nIt was the deadliest attack in Arish since June 2014, when a "
        "truck bomb in the Masaid district killed more than 80 people."
    )
    [event] = extract(text, published=PUBLISHED)
    assert event.location.town == "Arish" and event.location.neighbourhood is None
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities.to_dict() == {"low": 12, "high": 12}
