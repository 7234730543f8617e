"""'The raid came a week after ...': the event told after "after" lies that long before."""

import pytest

from khaldun.dates.sequel import find_sequel


@pytest.mark.parametrize("text, days", [
    ("The raid came a week after a car bomb hit the market.", 7),
    ("The attack comes two days after gunmen stormed a bank.", 2),
    ("It came just one day after a bomb exploded.", 1),
    ("The blast came hours after a strike on the town.", 0),
    ("The strike came a day before rebels attacked the base.", -1),
    ("The bombing came days after a raid on the camp.", None),
    ("Police fired tear gas on Friday, a day after riots killed three.", 1),
    ("Jets struck the camp, hours after rebels shelled the airport.", 0),
    ("Students marched on Monday, a month after a guard was shot dead.", 30),
    ("The strike came a year before the army retook the town.", -365),
    ("Crowds marched on Monday, forty days after a guard was shot dead.", 40),
    ("The raid came twenty-one days after a bomb hit the base.", 21),
])
def test_the_days_between(text, days):
    found = find_sequel(text)
    assert found is not None and found.days_before == days
    assert text[: found.end].endswith(("after", "before"))


def test_no_sequel_without_the_phrase():
    assert find_sequel("Troops came under fire after midnight.") is None


def test_days_or_weeks_after_lie_a_vague_span_before():
    assert find_sequel("The bombing came days after a raid on the camp.").vague_span == (2, 6)
    assert find_sequel("The bombing came weeks after a raid on the camp.").vague_span == (14, 35)
    assert find_sequel("The bombing came a day after a raid on the camp.").vague_span is None


def test_what_an_event_came_days_after_is_dated_days_before_it():
    from datetime import date

    from khaldun import extract

    text = (
        "A car bomb exploded near a restaurant in Mosul on Thursday, killing four people. The "
        "blast came days after a suicide bomber struck a market in the town of Tal Afar, "
        "killing two."
    )
    found = {e.location.town: e for e in extract(text, published=date(2020, 1, 31))}
    earlier = found["Tal Afar"]
    assert (earlier.date_start, earlier.date_end, earlier.time_precision) == (
        date(2020, 1, 24), date(2020, 1, 28), 2)


def test_the_place_of_what_an_event_came_after_is_not_where_the_story_goes_on():
    from datetime import date

    from khaldun import extract

    text = (
        "A car bomb exploded near a restaurant in Mosul on Thursday, killing four people. The "
        "blast came days after a suicide bomber struck a market in the town of Tal Afar, "
        "killing two.\n\nSecurity forces detained three suspects in the area, police said."
    )
    found = extract(text, published=date(2020, 1, 31))
    (arrests,) = [e for e in found if e.sub_event_type == "Arrests"]
    assert arrests.location.town == "Mosul"


def test_what_an_event_came_weeks_after_is_background():
    from datetime import date

    from khaldun import extract

    text = (
        "Gunmen attacked the village of Kerena in central Mali late on Tuesday, killing 16 "
        "herders. It came two weeks after a similar raid on a nearby village killed 20 people."
    )
    [event] = extract(text, published=date(2019, 1, 3))
    assert (event.date_start, event.location.town) == (date(2019, 1, 1), "Kerena")


def test_what_the_only_act_told_came_weeks_after_is_still_the_texts_event():
    from datetime import date

    from khaldun import extract

    text = (
        "Villagers found the bodies of three teachers beside a river in Kunar province on "
        "Tuesday, weeks after gunmen had seized them from their school."
    )
    [event] = extract(text, published=date(2019, 1, 3))
    assert event.fatalities.low == 3


def test_the_subject_of_a_sequel_is_not_dated_by_the_clause_after_it():
    from datetime import date

    from khaldun import extract

    text = (
        "Rebels shelled the Qaboun district of Damascus on Tuesday, killing three people, state "
        "media reported. The shelling came a day after rebels fired mortars at the district of "
        "Qaboun on Monday."
    )
    found = extract(text, published=date(2019, 6, 11))
    assert sorted((e.date_start, e.date_end) for e in found) == [
        (date(2019, 6, 10), date(2019, 6, 10)), (date(2019, 6, 11), date(2019, 6, 11))]


def test_came_after_with_no_length_is_a_sequel_of_unknown_days():
    found = find_sequel("The shelling came after rebels fired mortars at the district.")
    assert found is not None and found.days_before is None and found.vague_span is None
    # (", after" with no length opens any clause)
    assert find_sequel("Police fired tear gas, after riots killed three.") is None


def test_what_an_act_came_after_on_its_own_day_is_another_event():
    from datetime import date

    from khaldun import extract

    text = (
        "Rebels shelled the Qaboun district of Damascus on Tuesday, killing three people, state "
        "media reported. The shelling came after rebels fired mortars at the district of Qaboun "
        "on Monday."
    )
    found = extract(text, published=date(2019, 6, 11))
    assert sorted((e.date_start, e.date_end) for e in found) == [
        (date(2019, 6, 10), date(2019, 6, 10)), (date(2019, 6, 11), date(2019, 6, 11))]


def test_what_a_protest_came_a_month_after_lends_it_no_toll():
    from datetime import date

    from khaldun import extract

    text = (
        "Hundreds of students protested in Mosul on Saturday, a month after a university lecturer "
        "was killed, demanding that his killers be tried."
    )
    events = extract(text, published=date(2020, 1, 31))
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests and all(e.fatalities is None for e in protests)
    assert all(e.sub_event_type == "Peaceful protest" for e in protests)


@pytest.mark.parametrize("text", [
    "It was the second attack in a week, after a bombing killed 14.",
    "The blast was the latest in a string of raids on the city, after gunmen killed 14.",
])
def test_an_act_told_as_one_of_a_run_then_after_is_a_sequel(text):
    found = find_sequel(text)
    assert found is not None and found.days_before is None
    assert text[: found.end].endswith("after")


def test_the_second_attack_in_a_week_keeps_its_own_toll():
    from datetime import date

    from khaldun import extract

    text = (
        "A car bomb exploded at a market in the town of Qasr Harun on Monday, killing three "
        "people, police said. It was the second attack in a week, after a bombing on Saturday "
        "killed 14."
    )
    events = extract(text, published=date(2019, 3, 5))
    monday = [e for e in events if e.date_start == date(2019, 3, 4)]
    assert monday and monday[0].fatalities.to_dict() == {"low": 3, "high": 3}
