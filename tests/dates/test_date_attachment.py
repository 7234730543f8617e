"""Which date each event of an article takes: the clause that tells it, the day the text gave,
the headline's day, the day a later sentence gives what one sentence told (codebook §5, §8.4)."""

from datetime import date

import pytest

from khaldun import extract

MONDAY = date(2013, 8, 26)


def _dates(events, sub_event_type):
    return sorted((e.date_start, e.date_end) for e in events if e.sub_event_type == sub_event_type)


def test_a_run_whose_subject_is_the_act_told_going_on_dates_that_act():
    # the clashes themselves are told as in their third day: the event runs from the first
    text = "Twelve fighters were killed in Velmora on Monday as clashes entered a third day."
    events = extract(text, published=MONDAY)
    assert _dates(events, "Armed clash") == [(date(2013, 8, 24), MONDAY)]
    # a bombing told on that day keeps its day, whatever run goes on around it
    text = "A car bomb killed five people in Velmora on Monday as fighting entered its third day."
    events = extract(text, published=MONDAY)
    assert _dates(events, "Remote explosive/landmine/IED") == [(MONDAY, MONDAY)]


def test_an_ongoing_run_dates_only_the_clause_that_tells_it():
    text = (
        "Government jets bombed the town of Saraqeb on Monday, activists said, as rebels "
        "clashed with troops in the town of Ariha for a third straight day."
    )
    events = extract(text, published=MONDAY)
    assert _dates(events, "Air/drone strike") == [(MONDAY, MONDAY)]
    assert _dates(events, "Armed clash") == [(date(2013, 8, 24), MONDAY)]


def test_the_publication_day_told_in_the_text_is_kept():
    text = (
        "Government jets bombed the town of Saraqeb on Monday, activists said, as rebels "
        "clashed with troops in the town of Ariha for a third straight day.\n\n"
        "Fighting also raged in the Ariha countryside, where rebels attacked an army "
        "checkpoint, the monitor said."
    )
    events = extract(text, published=MONDAY)
    assert _dates(events, "Air/drone strike") == [(MONDAY, MONDAY)]


def test_a_later_sentence_dates_every_event_its_first_sentence_told():
    text = (
        "Government jets struck the towns of Saraqeb and Ariha in Idlib province, killing "
        "12 people, activists said.\n\n"
        "The raids took place on Saturday afternoon, the monitor said."
    )
    events = extract(text, published=MONDAY)
    saturday = date(2013, 8, 24)
    assert {(e.date_start, e.date_end) for e in events} == {(saturday, saturday)}
    assert len(events) == 2


def test_an_old_day_under_another_act_is_that_acts():
    text = (
        "Dozens of people took to the streets of Sitra to mourn three activists who were "
        "executed on 15 January 2017, and police fired tear gas to disperse them."
    )
    events = extract(text, published=date(2018, 1, 15))
    assert _dates(events, "Protest with intervention") == [(date(2018, 1, 15),) * 2]


@pytest.mark.parametrize(
    ("text", "published", "day_range"),
    [
        pytest.param(
            "Five killed in Saraqeb air strike on August 22\n\n"
            "Government jets struck a market in the town of Saraqeb, killing five civilians, "
            "rescuers said.",
            MONDAY,
            (date(2013, 8, 22), date(2013, 8, 22)),
            id="the_headline_dates_an_undated_lead",
        ),
        pytest.param(
            "Security forces ended a siege of a hotel in Mogadishu on Sunday after militants "
            "stormed the building on Friday evening, leaving 21 people dead, officials said.",
            date(2022, 8, 22),
            (date(2022, 8, 19), date(2022, 8, 21)),
            id="the_day_a_siege_ended_closes_its_range",
        ),
        pytest.param(
            "Missiles struck the city of Kharkiv overnight, killing three people, the governor "
            "said.",
            date(2022, 6, 14),
            (date(2022, 6, 13), date(2022, 6, 13)),
            id="overnight_strikes_are_of_the_night_before",
        ),
        pytest.param(
            "A car bomb exploded in the town of Azaz on Monday, killing eight people. The town "
            "was captured by rebels in 2018 and has been hit by several bombings since then.",
            date(2024, 3, 12),
            (date(2024, 3, 11), date(2024, 3, 11)),
            id="since_then_counts_from_the_time_its_sentence_told",
        ),
        pytest.param(
            "Government shells hit the town of Douma, killing two people, and a third man died "
            "of his wounds the next day.",
            date(2018, 2, 17),
            (date(2018, 2, 17), date(2018, 2, 17)),
            id="a_day_after_publication_dates_no_event",
        ),
        pytest.param(
            "A bomb on a bus killed 11 people in the town of Saraqeb, officials said on Sunday "
            "[13 January]. The bomb went off at 6:30 a.m. on Friday, police said.",
            date(2013, 1, 13),
            (date(2013, 1, 11), date(2013, 1, 11)),
            id="a_statement_day_told_again_in_brackets_is_the_statements",
        ),
    ],
)
def test_the_one_event_takes_the_days_its_text_tells(text, published, day_range):
    [event] = extract(text, published=published)
    assert (event.date_start, event.date_end) == day_range


def test_a_toll_dated_inside_the_events_range_is_its_toll():
    text = (
        "Street fighting between police and protesters raged in the city of Homs on the second "
        "day of a general strike, raising the death toll to 17 since Sunday."
    )
    [event] = extract(text, published=date(2013, 11, 25))
    assert (event.date_start, event.date_end) == (date(2013, 11, 24), date(2013, 11, 25))
    assert event.fatalities is not None and event.fatalities.low == 17


def test_a_date_naming_what_a_place_recalls_is_not_the_acts():
    text = (
        "A suicide bomber blew himself up near a memorial to victims of the Sept. 11 attacks in "
        "the Afghan capital, killing three guards, police said.\n\nThe attack happened early on "
        "Sunday, a police spokesman said."
    )
    [event] = extract(text, published=date(2019, 9, 15))
    assert (event.date_start, event.date_end) == (date(2019, 9, 15), date(2019, 9, 15))


def test_a_date_before_the_event_a_toll_is_told_of_dates_it():
    text = "The death toll from the Sept. 11 bombing at a market in the town of Ghazni rose to 30."
    [event] = extract(text, published=date(2019, 9, 15))
    assert event.date_start == date(2019, 9, 11)


def test_a_country_wide_lead_leaves_a_listed_incident_its_own_day():
    text = (
        "Bombings across Iraq killed at least 12 people on Saturday and Sunday, police said.\n\n"
        "On Saturday, a car bomb exploded in a market in the town of Baquba, killing seven "
        "people.\n\n"
        "On Sunday, a roadside bomb killed five soldiers in Tikrit."
    )
    events = extract(text, published=date(2013, 8, 26))
    saturday = date(2013, 8, 24)
    assert (saturday, saturday) in [(e.date_start, e.date_end) for e in events
                                    if e.location and e.location.town == "Baquba"]


def test_an_event_that_lasted_until_a_later_day_runs_to_it():
    text = (
        "Gunmen stormed a hotel in the town of Ariha on Friday night, and the siege lasted "
        "until Saturday morning, activists said."
    )
    events = extract(text, published=MONDAY)
    assert (date(2013, 8, 23), date(2013, 8, 24)) in [(e.date_start, e.date_end) for e in events]


def test_a_tallys_window_dates_no_later_act_of_its_paragraph():
    text = ("Turkish jets bombed Kurdish positions near Afrin on Sunday, the army said.\n\n"
            "The army said 30 militants were killed in the past 24 hours. Rockets fired from "
            "Syria hit the border town of Kilis, wounding three people, the governor said.")
    found = extract(text, published=date(2018, 1, 28))
    kilis = next(e for e in found if e.location.town == "Kilis")
    assert (kilis.date_start, kilis.date_end) == (date(2018, 1, 28), date(2018, 1, 28))
