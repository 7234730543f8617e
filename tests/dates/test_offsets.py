"""Days counted from another day: "two days earlier", "the next day", "since then"."""

from datetime import date

from khaldun.dates import find_dates

SATURDAY = date(2021, 9, 18)


def test_days_earlier_count_back_from_the_day_the_sentence_gives():
    text = "The convoy was ambushed on Thursday, three days earlier than planned, a spokesman said."
    days = [(m.surface, m.date_start) for m in find_dates(text, SATURDAY)]
    assert days == [("on Thursday", date(2021, 9, 16)), ("three days earlier", date(2021, 9, 13))]


def test_the_next_day_counts_forward_from_the_sentence_day():
    text = "Militia fighters entered the village on Monday and burned the market the next day."
    [monday, next_day] = find_dates(text, SATURDAY)
    assert (monday.date_start, next_day.date_start) == (date(2021, 9, 13), date(2021, 9, 14))


def test_a_sentence_without_a_day_counts_from_publication_until_told_otherwise():
    [mention] = find_dates("Two days later, the bodies were found near the river.", SATURDAY)
    assert mention.date_start == date(2021, 9, 20) and not mention.anchored


def test_since_then_after_an_old_day_is_a_running_tally():
    text = "The revolt broke out on July 2 and 90 people have died since then."
    mentions = find_dates(text, SATURDAY)
    since = mentions[-1]
    assert (since.date_start, since.date_end) == (date(2021, 7, 2), SATURDAY)
    assert since.background and since.running


def test_days_after_for_are_how_long_an_act_went_on_not_a_day_before():
    text = "The clashes went on for three days before the militants withdrew, a resident said."
    [mention] = find_dates(text, SATURDAY)
    assert (mention.date_start, mention.date_end) == (date(2021, 9, 16), SATURDAY)
    assert mention.offset is None


def test_during_the_previous_night_is_the_night_before_the_day_told():
    # "during" does not make "the previous night" the night up to publication
    text = "A monitor said on Thursday that jets struck the town during the previous night."
    days = [(m.surface, m.date_start, m.date_end) for m in find_dates(text, SATURDAY)]
    assert days == [("on Thursday", date(2021, 9, 16), date(2021, 9, 16)),
                    ("the previous night", date(2021, 9, 15), date(2021, 9, 15))]


def test_a_bare_since_ending_its_clause_is_since_then():
    text = "Fighting has continued since, killing at least 30 fighters, a monitor said."
    [since] = find_dates(text, SATURDAY)
    assert since.surface == "since" and since.date_end == SATURDAY
    # a since that opens a day is that day's
    assert [m.surface for m in find_dates("Fighting has raged since Monday.", SATURDAY)] == [
        "since Monday"]
