"""Ongoing events run from their first day to the day the text reports (codebook §8.4)."""

from datetime import date

import pytest

from khaldun import extract
from khaldun.dates import find_dates

THURSDAY = date(2016, 5, 12)


def test_nth_day_counts_back_from_the_day_given():
    run, day = find_dates("The siege entered its third day on Wednesday.", THURSDAY)
    assert (run.date_start, run.date_end) == (date(2016, 5, 9), date(2016, 5, 11))
    assert run.precision == 2 and run.ongoing
    # the day stays a day, for the clauses of other acts
    assert (day.date_start, day.date_end, day.ongoing) == (date(2016, 5, 11),) * 2 + (False,)


def test_nth_day_without_a_day_ends_on_publication():
    [mention] = find_dates("Strikes hit the town for a second straight day.", THURSDAY)
    assert (mention.date_start, mention.date_end) == (date(2016, 5, 11), THURSDAY)


def test_the_day_before_a_statement_date():
    text = "The governor said Tuesday that gunmen attacked the day before."
    mentions = find_dates(text, THURSDAY)
    assert [m.date_start for m in mentions] == [date(2016, 5, 10), date(2016, 5, 9)]


def test_the_previous_day_is_the_day_before_not_the_past_day():
    text = "The governor said Tuesday that gunmen attacked the previous day."
    mentions = find_dates(text, THURSDAY)
    assert [m.date_start for m in mentions] == [date(2016, 5, 10), date(2016, 5, 9)]


def test_clashes_entering_their_third_day_span_three_days():
    text = "Clashes entered their third day on Thursday."
    starts = {m.date_start for m in find_dates(text, THURSDAY)}
    assert date(2016, 5, 10) in starts


def test_fighting_for_n_days_runs_back_from_publication():
    [mention] = find_dates("Rebels and troops have fought for three days in the town.", THURSDAY)
    assert (mention.date_start, mention.date_end) == (date(2016, 5, 10), THURSDAY)
    assert mention.precision == 2


def test_fighting_for_n_days_runs_back_from_the_day_given():
    text = "Clashes that had raged for four straight days ended on Tuesday."
    [run] = [m for m in find_dates(text, THURSDAY) if m.ongoing]
    assert (run.date_start, run.date_end) == (date(2016, 5, 7), date(2016, 5, 10))


def test_for_the_past_n_days_is_left_to_the_relative_range():
    [mention] = find_dates("Strikes have hit the town for the past two days.", THURSDAY)
    assert (mention.date_start, mention.date_end) == (date(2016, 5, 11), THURSDAY)


def test_a_measure_for_some_days_is_no_ongoing_event():
    text = (
        "Gunmen killed five people in Kirkuk on Sunday, and a curfew was imposed for three "
        "days."
    )
    (event,) = extract(text, published=date(2015, 3, 10))
    assert (event.date_start, event.date_end) == (date(2015, 3, 8), date(2015, 3, 8))


def test_a_day_an_act_began_on_runs_to_publication_like_since_that_day():
    [mention] = find_dates("Twenty were killed since the assault began on Monday.", THURSDAY)
    assert (mention.date_start, mention.date_end) == (date(2016, 5, 9), THURSDAY)
    assert mention.running


def test_a_run_since_a_day_told_on_an_earlier_day_ends_on_that_day():
    text = (
        "Fighting between two militias in the port town of Zuwara since Friday has killed 22 "
        "people, the health ministry said on Sunday."
    )
    [event] = extract(text, published=date(2019, 4, 8))
    assert (event.date_start, event.date_end) == (date(2019, 4, 5), date(2019, 4, 7))


def test_since_launching_an_operation_on_a_day_runs_to_publication():
    text = "Troops have killed 25 militants since launching an offensive in the valley on Monday."
    [mention] = find_dates(text, THURSDAY)
    assert (mention.date_start, mention.date_end) == (date(2016, 5, 9), THURSDAY)
    assert mention.running


@pytest.mark.parametrize(
    "text",
    [
        "Fierce fighting has gone on in Velmora since the army launched an offensive on Monday.",
        "Rebels have killed 30 soldiers since government troops began their assault on Monday.",
    ],
)
def test_since_a_subject_started_a_run_on_a_day_runs_to_publication(text):
    [mention] = find_dates(text, THURSDAY)
    assert (mention.date_start, mention.date_end) == (date(2016, 5, 9), THURSDAY)
    assert mention.running


def test_fighting_for_nearly_a_week_runs_seven_days_to_the_day_reported():
    text = "Militiamen have been fighting troops in Velmora for nearly a week."
    [run] = find_dates(text, THURSDAY)
    assert (run.date_start, run.date_end, run.ongoing) == (date(2016, 5, 6), THURSDAY, True)


def test_a_second_consecutive_night_runs_over_two_days():
    [run] = find_dates("Protesters burned tyres for a second consecutive night.", THURSDAY)
    assert (run.date_start, run.date_end, run.ongoing) == (date(2016, 5, 11), THURSDAY, True)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Three days of clashes near the dam have left 19 dead.", date(2016, 5, 10)),
        ("The two-day siege of the police post ended on Thursday.", date(2016, 5, 11)),
        ("A week-long offensive on the hills has killed 30 fighters.", date(2016, 5, 6)),
        # the nouns of an assault told by other words
        ("A three-day onslaught on the quarry town has killed 25.", date(2016, 5, 10)),
        ("Two days of crackdown on the market town left 9 dead.", date(2016, 5, 11)),
        ("The four-day incursion into the valley ended with 12 dead.", date(2016, 5, 9)),
        ("Its two-day barrage on the river port has killed 7.", date(2016, 5, 11)),
        # a possessive holds the determiner's place
        ("The army's three-day offensive on the hills has killed 30.", date(2016, 5, 10)),
        ("The militia's week-long siege of the port has killed 14.", date(2016, 5, 6)),
        # a vague count is the number dates.yaml vague_counts gives it
        ("Rebels have shelled the river port for several days.", date(2016, 5, 9)),
        ("Several days of shelling on the river port have killed 11.", date(2016, 5, 9)),
        ("Troops have fought militants in the hills for a few days.", date(2016, 5, 10)),
        # a week told as one: seven days up to the day reported
        ("Protests have rocked the river port for a week.", date(2016, 5, 6)),
        ("Militiamen have been pounding the quarry town for a whole week.", date(2016, 5, 6)),
        # nouns of a run of violence
        ("Three days of skirmishes near the dam have left 19 dead.", date(2016, 5, 10)),
        ("Two days of bloodletting in the river port killed 8.", date(2016, 5, 11)),
        ("The four-day hostilities in the valley left 12 dead.", date(2016, 5, 9)),
        # a toll told over a span: "killed ... in three days"
        ("Raiders killed 30 herders in three days near the river port.", date(2016, 5, 10)),
        ("Nineteen people have died within two days in the quarry town.", date(2016, 5, 11)),
    ],
)
def test_a_span_told_as_its_length_runs_to_the_day_reported(text, first):
    [run] = [m for m in find_dates(text, THURSDAY) if m.ongoing]
    assert (run.date_start, run.date_end) == (first, THURSDAY)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Rebels and troops have fought for 36 hours in the river port.", date(2016, 5, 11)),
        ("Jets killed 20 people in 48 hours of raids on the quarry town.", date(2016, 5, 11)),
        ("A 72-hour blitz on the quarry town has killed 20.", date(2016, 5, 10)),
        ("Clashes in the hills lasted some 30 hours.", date(2016, 5, 11)),
        ("Strikes killed 20 people in the quarry town over 48 hours.", date(2016, 5, 11)),
        # more than a day is two days
        ("Raiders have killed 9 in more than 24 hours of attacks on the farms.", date(2016, 5, 11)),
        ("Clashes in the hills lasted over 24 hours.", date(2016, 5, 11)),
    ],
)
def test_a_span_told_in_hours_covers_its_days_up_to_the_day_reported(text, first):
    [run] = [m for m in find_dates(text, THURSDAY) if m.ongoing]
    assert (run.date_start, run.date_end, run.precision) == (first, THURSDAY, 2)


@pytest.mark.parametrize(
    "text",
    ["A 24-hour blitz on the quarry town has killed 20.",
     "Rebels and troops fought for two hours in the river port.",
     "A curfew was imposed on the river port for 48 hours."],
)
def test_a_span_of_hours_within_a_day_or_no_act_is_no_run(text):
    assert not any(m.ongoing for m in find_dates(text, THURSDAY))


def test_a_span_told_in_hours_ends_on_the_day_given():
    text = "Rebels and troops fought in the river port on Tuesday for 36 hours."
    run = next(m for m in find_dates(text, THURSDAY) if m.ongoing)
    assert (run.date_start, run.date_end) == (date(2016, 5, 9), date(2016, 5, 10))


def test_a_span_of_days_told_of_no_toll_is_no_run():
    text = "Rebels shelled the quarry town on Tuesday and vowed to strike again in three days."
    assert not any(m.ongoing for m in find_dates(text, THURSDAY))


def test_a_length_over_a_week_is_a_period_not_one_act():
    assert find_dates("Ten days of fighting in the valley have killed 80.", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "ongoing"),
    [
        pytest.param("A bomb went off on the third day of the Ashura commemorations.", False,
                     id="day_of_a_festival"),
        pytest.param("Police fired on marchers on the second day of a royal visit.", False,
                     id="day_of_a_visit"),
        pytest.param("Troops held the hill on the third day of heavy clashes.", True,
                     id="day_of_clashes"),
        pytest.param("Riots spread on the second day of the road blockade.", True,
                     id="day_of_a_blockade"),
    ],
)
def test_an_nth_day_of_something_that_is_no_act_is_no_run(text, ongoing):
    assert any(m.ongoing for m in find_dates(text, THURSDAY)) is ongoing


def test_fighting_that_lasted_n_days_runs_back_from_the_day_given():
    text = ("Clashes between herders in the Kenyan county of Marsabit, which lasted three days, "
            "ended on Wednesday.")
    run = next(m for m in find_dates(text, THURSDAY) if m.ongoing)
    assert (run.date_start, run.date_end) == (date(2016, 5, 9), date(2016, 5, 11))


def test_an_act_told_over_n_days_runs_back_from_the_day_given():
    text = ("Militants killed 15 soldiers in raids on hill posts over two days, the army said "
            "Wednesday.")
    [run] = [m for m in find_dates(text, THURSDAY) if m.ongoing]
    assert (run.date_start, run.date_end) == (date(2016, 5, 10), date(2016, 5, 11))
    # (a future deadline is no run)
    assert find_dates("Talks are expected to resume within two days.", THURSDAY) == []


def test_a_span_told_beside_named_days_ends_on_the_last_of_them():
    text = "Bodies were found on Monday and Tuesday, victims of a three-day assault on the farms."
    run = next(m for m in find_dates(text, THURSDAY) if m.ongoing)
    assert (run.date_start, run.date_end) == (date(2016, 5, 8), date(2016, 5, 10))


def test_a_span_told_within_a_period_is_left_to_the_period():
    # "last week" holds the two days, whichever they were: no run up to publication
    mentions = find_dates("Two days of fighting between the clans last week killed 40.", THURSDAY)
    assert not any(m.ongoing for m in mentions)
    [week] = mentions
    assert (week.date_start, week.date_end) == (date(2016, 5, 2), date(2016, 5, 8))


def test_a_run_told_going_on_in_the_present_is_told_of_publication():
    [mention] = find_dates("Clashes continue in the quarry town", THURSDAY)
    assert (mention.surface, mention.date_start, mention.date_end) == (
        "Clashes continue", THURSDAY, THURSDAY)
    assert mention.now
    # "continue to" tells no run going on; a day of its own dates it
    assert find_dates("Rebels continue to hold the quarry town.", THURSDAY) == []
    [day] = find_dates("Clashes continue in the quarry town on Tuesday.", THURSDAY)
    assert not day.now
