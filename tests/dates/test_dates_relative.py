"""Relative date phrases resolved against a fixed publication date."""

from datetime import date

import pytest

from khaldun.dates import find_dates

MONDAY = date(2012, 3, 5)  # the codebook's example: a Monday article


def one(text: str, published: date = MONDAY):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


def test_weekday_is_the_most_recent_one():
    m = one("Activists said the shelling began on Sunday.")
    assert (m.date_start, m.date_end, m.precision, m.relative) == (
        date(2012, 3, 4), date(2012, 3, 4), 1, True)
    assert m.surface == "on Sunday"


def test_weekday_equal_to_publication_weekday_is_that_day():
    assert one("Tanks moved in on Monday.").date_start == MONDAY
    assert one("Tanks moved in last Monday.").date_start == date(2012, 2, 27)


def test_last_friday_and_possessive_weekday():
    assert one("He was arrested last Friday.").date_start == date(2012, 3, 2)
    assert one("Saturday's bombing was claimed by nobody.").date_start == date(2012, 3, 3)


def test_today_yesterday_and_the_day_before():
    texts = {"today": 0, "this morning": 0, "tonight": 0, "yesterday": 1,
             "yesterday evening": 1, "the day before yesterday": 2, "last evening": 1,
             "late last evening": 1}
    for phrase, back in texts.items():
        m = one(f"Clashes erupted {phrase} in the old city.")
        assert m.date_start == m.date_end == date(2012, 3, 5 - back), phrase


@pytest.mark.parametrize("phrase", ["overnight", "last night", "late last night",
                                    "during the past night", "in the last night"])
def test_overnight_is_the_night_before(phrase):
    m = one(f"Rockets fell on the town {phrase}, residents said.")
    # codebook §5: the night before, one day (a range to publication never equals a gold day)
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 4), date(2012, 3, 4), 1)


def test_the_past_nights_are_the_days_before_publication():
    # each night is dated by the day it began: the two nights up to a Monday morning are
    # Saturday's and Sunday's, not a run up to publication
    m = one("Jets pounded the town over the past two nights, residents said.")
    assert (m.date_start, m.date_end, m.precision, m.running) == (
        date(2012, 3, 3), date(2012, 3, 4), 2, False)


def test_overnight_with_a_weekday_takes_the_weekday():
    m = one("Shelling continued overnight Saturday.")
    assert m.date_start == m.date_end == date(2012, 3, 3)


def test_weekend_is_the_saturday_and_sunday_before():
    m = one("Dozens died over the weekend.")
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 3), date(2012, 3, 4), 2)
    sunday = one("Dozens died over the weekend.", date(2012, 3, 4))
    assert (sunday.date_start, sunday.date_end) == (date(2012, 3, 3), date(2012, 3, 4))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Jets pounded the town on Friday and into Saturday.", date(2012, 3, 2), date(2012, 3, 3)),
        ("Shells fell on Friday, Saturday and Sunday.", date(2012, 3, 2), date(2012, 3, 4)),
        # told on a Monday, the Monday before the Tuesday it runs into
        ("Gunmen held the bank on Monday and Tuesday.", date(2012, 2, 27), date(2012, 2, 28)),
        # the night before the day it ran into, not publication's last night
        ("Fighting raged overnight into Friday.", date(2012, 3, 1), date(2012, 3, 2)),
        # joined by "and" to a day publication's last night would not fall before
        ("Jets struck the town overnight and on Sunday.", date(2012, 3, 3), date(2012, 3, 4)),
        ("Jets struck the town overnight and into Sunday.", date(2012, 3, 3), date(2012, 3, 4)),
        # the night across the two days told after it, not publication's last night
        ("Jets struck the town overnight from Friday to Saturday.", date(2012, 3, 2),
         date(2012, 3, 3)),
        ("Jets struck the town overnight between Friday and Saturday.", date(2012, 3, 2),
         date(2012, 3, 3)),
        # an act told again on the next day
        ("Police broke up the sit-in on Friday and again on Saturday.", date(2012, 3, 2),
         date(2012, 3, 3)),
        ("Police broke up the sit-in on Friday and then on Saturday.", date(2012, 3, 2),
         date(2012, 3, 3)),
        ("Police broke up the sit-in on Friday as well as on Saturday.", date(2012, 3, 2),
         date(2012, 3, 3)),
        # a run told going on into a day went on the day before it too
        ("Clashes in the valley continued into Friday.", date(2012, 3, 1), date(2012, 3, 2)),
        ("The fighting dragged on well into Saturday.", date(2012, 3, 2), date(2012, 3, 3)),
        ("The fighting spilled over into Friday.", date(2012, 3, 1), date(2012, 3, 2)),
        # the weekend joined to the day after it
        ("Jets struck the town over the weekend and on Monday.", date(2012, 3, 3),
         date(2012, 3, 5)),
        ("Jets struck the town on Friday and over the weekend.", date(2012, 3, 2),
         date(2012, 3, 4)),
    ],
)
def test_days_run_into_the_next_or_listed_in_order_become_one_range(text, first, last):
    m = one(text)
    assert (m.date_start, m.date_end, m.precision) == (first, last, 2)


def test_two_calendar_dates_ending_one_run_make_a_range_of_up_to_a_month():
    [run] = find_dates("Troops killed 40 militants between February 3 and February 19.", MONDAY)
    assert (run.date_start, run.date_end, run.precision) == (
        date(2012, 2, 3), date(2012, 2, 19), 3)
    days = find_dates("Shells fell on February 3 and February 19.", MONDAY)
    assert [(m.date_start, m.date_end) for m in days] == [
        (date(2012, 2, 3), date(2012, 2, 3)), (date(2012, 2, 19), date(2012, 2, 19))]


def test_a_comma_joins_days_only_in_a_list_that_and_closes():
    for text in ("Shells fell on Sunday, Friday's strikes were worse.",
                 "Shells fell on Friday, Saturday's strikes were worse.",
                 "Shells fell on Friday, Saturday the jets came back."):
        found = find_dates(text, MONDAY)
        assert [m.precision for m in found] == [1, 1], text


def test_last_three_days_and_past_hours():
    m = one("In the last three days the army shelled the district.")
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 3), MONDAY, 2)
    hours = one("Over the past 48 hours 30 people were killed.")
    assert (hours.date_start, hours.date_end, hours.precision) == (date(2012, 3, 4), MONDAY, 2)
    week = one("Over the past two weeks, the siege tightened.")
    assert week.precision == 3 and week.date_start == date(2012, 2, 21)


def test_since_friday_runs_to_publication():
    m = one("Since Friday, the army has shelled the town.")
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 2), MONDAY, 2)
    assert m.surface == "Since Friday"


def test_weekday_pairs_become_a_range():
    m = one("Bodies were found on Saturday and Sunday.")
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 3), date(2012, 3, 4), 2)


def test_weeks_and_months():
    thursday = date(2012, 3, 8)
    earlier = one("Earlier this week, rebels took the checkpoint.", thursday)
    assert (earlier.date_start, earlier.date_end, earlier.precision) == (
        MONDAY, date(2012, 3, 7), 2)
    last_week = one("Last week the army retook the town.")
    assert (last_week.date_start, last_week.date_end) == (date(2012, 2, 27), date(2012, 3, 4))
    this_month = one("This month alone 200 died.")
    assert (this_month.date_start, this_month.precision) == (date(2012, 3, 1), 3)
    last_month = one("The army retook the town last month.")
    assert (last_month.date_start, last_month.date_end) == (date(2012, 2, 1), date(2012, 2, 29))
    assert last_month.precision == 3 and last_month.background


def test_ago():
    assert one("Two days ago a car bomb exploded.").date_start == date(2012, 3, 3)
    year = one("A year ago the town was quiet.")
    assert year.background and year.date_start == date(2011, 3, 1)


def test_background_and_age():
    recent = one("Jets struck on Saturday.")
    assert not recent.background and recent.age_days(MONDAY) == 2
    old = one("He has been held since 2011.")
    assert old.background and old.date_start == date(2011, 1, 1) and old.date_end == MONDAY


def test_forecast_is_in_the_future():
    m = one("Talks are due to resume next Friday.")
    assert m.date_start == date(2012, 3, 9) and m.is_future(MONDAY)


def test_relative_phrases_need_a_publication_date():
    assert find_dates("Jets struck on Sunday and yesterday.", None) == []
    assert find_dates("No date words here at all.", MONDAY) == []


def test_offsets_point_into_the_text():
    text = "Rebels said that on Sunday and again yesterday the army attacked."
    for m in find_dates(text, MONDAY):
        assert text[m.start:m.end] == m.surface


def test_superlative_yardstick_is_background():
    m = one("Fighting on the front was the heaviest in the past week, residents said.", MONDAY)
    assert m.background
    assert not one("In the past week the army shelled the town.").background
    assert not one("The arrest of six students in the past week angered residents.").background


def test_relative_days_in_a_quotation_are_the_speakers():
    from khaldun.dates import as_told

    text = '"They shelled us yesterday," a resident said on Saturday; jets returned yesterday.'
    found = as_told(text, find_dates(text, MONDAY), date(2012, 3, 3))
    assert [m.date_start for m in found] == [date(2012, 3, 2), date(2012, 3, 3), date(2012, 3, 4)]


@pytest.mark.parametrize("text", ["Clashes over the past ten days killed 30.",
                                  "Since February 24, clashes have killed 30."])
def test_a_run_of_days_up_to_publication_is_no_background(text):
    m = one(text)
    assert m.date_end == MONDAY and m.precision == 3 and not m.background


def test_a_run_of_weeks_up_to_publication_stays_background():
    assert one("Clashes over the past three weeks killed 30.").background


@pytest.mark.parametrize("text, day", [
    ("Troops opened fire on Thursday last week.", date(2012, 3, 1)),
    ("Gunmen struck on Tuesday of last week.", date(2012, 2, 28)),
    ("The curfew ends on Friday of this week.", date(2012, 3, 9)),
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(text, day):
    m = one(text)
    assert (m.date_start, m.date_end, m.precision) == (day, day, 1)


def test_weeks_ago_is_that_day_told_roughly():
    m = one("Gunmen killed a judge a week ago.")
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 2, 27), date(2012, 2, 27), 2)


def test_the_previous_evening_is_found_without_digits_or_day_names():
    m = one("Soldiers had searched the house the previous evening.")
    assert m.date_start == date(2012, 3, 4)


def test_a_fixed_holiday_is_the_last_one_before_publication():
    text = "Gunmen attacked a church on Christmas Eve, killing six."
    [mention] = find_dates(text, date(2017, 1, 3))
    assert (mention.date_start, mention.precision, mention.background) == (
        date(2016, 12, 24), 1, False)


@pytest.mark.parametrize(
    "text",
    ["Earlier in the week, gunmen stormed the police post.",
     "Gunmen stormed the police post earlier in the week."],
)
def test_earlier_in_the_week_is_monday_to_the_day_before(text):
    m = one(text, date(2012, 3, 8))  # a Thursday
    assert (m.date_start, m.date_end, m.precision) == (MONDAY, date(2012, 3, 7), 2)


@pytest.mark.parametrize(
    "text",
    ["Jets pounded the town on Saturday night and in the early hours of Sunday.",
     "Clashes raged on Saturday evening and into the early hours of Sunday."],
)
def test_a_night_and_the_small_hours_after_it_are_one_range(text):
    m = one(text)
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 3), date(2012, 3, 4), 2)


@pytest.mark.parametrize(
    "phrase", ["all week", "throughout the week", "since the start of the week"]
)
def test_the_whole_week_so_far_runs_from_monday_to_publication(phrase):
    [mention] = find_dates(f"Clashes raged in the town {phrase}.", date(2015, 3, 4))
    assert (mention.date_start, mention.date_end, mention.precision) == (
        date(2015, 3, 2), date(2015, 3, 4), 2)


def test_late_on_one_day_and_early_on_the_next_is_one_range():
    [mention] = find_dates("Gunmen stormed the hotel late on Saturday and early on Sunday.",
                           MONDAY)
    assert (mention.date_start, mention.date_end, mention.precision) == (
        date(2012, 3, 3), date(2012, 3, 4), 2)


@pytest.mark.parametrize(
    "text",
    ["Gunmen stormed the hotel late Saturday, early Sunday.",
     "Gunmen stormed the hotel late on Saturday, early on Sunday, police said.",
     "Gunmen stormed the hotel on Saturday night, early Sunday."],
)
def test_a_comma_joins_late_on_one_day_to_early_on_the_next(text):
    [mention] = find_dates(text, MONDAY)
    assert (mention.date_start, mention.date_end, mention.precision) == (
        date(2012, 3, 3), date(2012, 3, 4), 2)


def test_a_comma_joins_no_late_day_to_a_day_not_the_next():
    found = find_dates("Gunmen stormed the hotel late Friday, early Sunday.", MONDAY)
    assert [(m.date_start, m.date_end) for m in found] == [
        (date(2012, 3, 2), date(2012, 3, 2)), (date(2012, 3, 4), date(2012, 3, 4))]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param("Rebels have shelled the port since dawn on Friday.", date(2012, 3, 2),
                     id="since_dawn_on_a_weekday"),
        pytest.param("Militias fought in the suburbs during the week.", date(2012, 3, 5),
                     id="during_the_week"),
        pytest.param("Strikes hit the valley for much of the week.", date(2012, 3, 5),
                     id="for_much_of_the_week"),
    ],
)
def test_a_run_told_by_its_start_or_its_week_reaches_publication(text, start):
    thursday = date(2012, 3, 8)
    m = one(text, thursday)
    assert (m.date_start, m.date_end) == (start, thursday)
    if text.endswith("week."):  # (a week-long event is no week of publication)
        assert find_dates(text.replace("week.", "week-long truce."), thursday) == []



@pytest.mark.parametrize(
    "text",
    ["Troops fought the raiders late last night and early this morning.",
     "Troops fought the raiders late last night, early this morning.",
     "Troops fought the raiders overnight and early today.",
     "Troops fought the raiders late yesterday and early today."],
)
def test_the_night_before_and_early_on_the_publication_day_are_one_range(text):
    m = one(text)
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 4), MONDAY, 2)


@pytest.mark.parametrize(
    "text",
    ["Shells hit the quarter from the evening of Sunday until the morning of Monday.",
     "Shells hit the quarter from Sunday evening till dawn on Monday."],
)
def test_a_day_and_the_morning_of_the_next_named_as_its_end_are_one_range(text):
    m = one(text)
    assert (m.date_start, m.date_end, m.precision) == (date(2012, 3, 4), MONDAY, 2)


def test_overnight_told_after_a_day_is_that_days_night():
    m = one("Jets pounded the town on Friday evening and overnight.")
    assert (m.date_start, m.date_end) == (date(2012, 3, 2), date(2012, 3, 2))
