"""Attachment by grammar, end to end, on sentences written for these tests."""

from datetime import date

from khaldun import extract

WEDNESDAY = date(2018, 3, 7)


def one(text):
    events = extract(text, published=WEDNESDAY)
    assert len(events) == 1, [(e.sub_event_type, e.location.name) for e in events]
    return events[0]


def test_the_statement_date_and_place_are_not_the_events():
    event = one(
        "Government troops shelled the village of Kafr Nabl in Idlib province on Monday, "
        "killing three civilians, a UN spokesman told reporters in Geneva on Wednesday."
    )
    assert event.date_start == date(2018, 3, 5)
    assert event.location.country == "SY"
    assert "Geneva" not in event.location.name


def test_the_speaker_is_no_side_and_the_sides_differ():
    event = one(
        "Rebels ambushed an army convoy near Daraa on Tuesday, killing four soldiers, "
        "the Syrian army said in a statement in Damascus."
    )
    assert event.actor1.name.startswith("Opposition Rebels")
    assert event.actor2 and event.actor2.name != event.actor1.name


def test_a_passive_trigger_takes_its_agent_from_the_by_phrase():
    event = one("Islamic State militants were attacked by Kurdish fighters near Raqqa on Monday.")
    assert event.actor1.name != "Islamic State"
    assert event.actor2.name == "Islamic State"


def test_a_national_total_is_no_toll_of_the_event():
    event = one(
        "A roadside bomb killed two policemen in Kirkuk on Tuesday. Across Iraq, 40 people "
        "were killed in violence last week."
    )
    assert (event.fatalities.low, event.fatalities.high) == (2, 2)


def test_a_toll_in_a_clause_dated_another_day_is_not_the_events():
    event = one(
        "The army shelled the town of Saraqeb on Monday, the Observatory said, adding that "
        "12 people had died there on Sunday."
    )
    assert event.date_start == date(2018, 3, 5)
    assert event.fatalities is None


def test_a_confirmed_killing_keeps_its_toll_and_the_confirmer_is_no_side():
    event = one("Police yesterday confirmed the killing of two traders by gunmen in Maiduguri.")
    assert (event.fatalities.low, event.fatalities.high) == (2, 2)
    assert not event.actor1.name.startswith("Police")


def test_a_period_is_the_events_not_the_statements():
    event = one(
        "Clashes between two clans have killed 12 people over the past five days in the town "
        "of Jowhar, a local official said on Tuesday."
    )
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), date(2018, 3, 7))


def test_a_place_some_distance_from_a_town_is_placed_by_that_town():
    event = one(
        "Gunmen raided Umbalaqa, some 25 km from Kafr Nabl, on Tuesday, killing two farmers, "
        "villagers said."
    )
    assert event.location.name == "Umbalaqa" and event.location.geo_precision == 2
    assert event.location.lat is not None


def test_quarters_listed_before_the_city_of_y_are_quarters_of_y():
    events = extract(
        "Jets bombed the town of Saraqeb in Idlib province on Monday. Rebels and troops "
        "clashed on Monday in the neighbourhoods of Sheikh Lutfi and Karm Tarrab as well as "
        "on the Ramousa Road in the city of Aleppo.",
        published=WEDNESDAY,
    )
    clashes = [e.location for e in events if e.sub_event_type == "Armed clash"]
    assert sorted(c.neighbourhood for c in clashes) == ["Karm Tarrab", "Ramousa", "Sheikh Lutfi"]
    assert {c.town for c in clashes} == {"Aleppo"}


def test_a_toll_the_text_dates_on_other_days_is_not_the_events():
    events = extract(
        "Troops and rebels fought near the airport of Deir Hafer on Friday. Last week, "
        "30 soldiers were killed in a similar assault on the base.",
        published=date(2018, 3, 10),
    )
    friday = [e for e in events if e.date_start == date(2018, 3, 9)]
    assert len(friday) == 1 and friday[0].fatalities is None


def test_the_road_between_two_towns_is_one_place_near_the_first():
    (event,) = extract(
        "Gunmen abducted two nurses on the road between Saraqeb and Kafr Nabl in Idlib "
        "province on Tuesday, relatives said.",
        published=WEDNESDAY,
    )
    assert event.location.name == "Saraqeb" and event.location.geo_precision == 2


def test_a_city_then_district_of_x_makes_x_its_quarter():
    for text in (
        "A car bomb exploded in the Baghdad district of Sadr City on Sunday, killing nine.",
        "A car bomb exploded in Baghdad's mainly Shi'ite district of Sadr City on Sunday, "
        "killing nine.",
    ):
        (event,) = extract(text, published=WEDNESDAY)
        assert event.location.town == "Baghdad" and event.location.neighbourhood, text


def test_an_event_that_began_on_one_day_and_went_on_spans_both():
    (event,) = extract(
        "Clashes that began on Saturday in the town of Tawergha continued on Monday, killing "
        "at least 11.",
        published=WEDNESDAY,
    )
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), date(2018, 3, 5))


def test_an_event_whose_onset_clause_hangs_on_its_sides_spans_both_days():
    (event,) = extract(
        "Fighting between militiamen and soldiers that erupted on Saturday went on in the town "
        "of Gharyan on Monday, killing seven.",
        published=WEDNESDAY,
    )
    assert (event.date_start, event.date_end) == (date(2018, 3, 3), date(2018, 3, 5))


def test_a_toll_written_against_the_country_holding_the_place_is_the_events():
    text = "A roadside bomb killed nine people in Afghanistan's Shah Joy district on Monday."
    [event] = extract(text, published=date(2016, 5, 12))
    assert event.location.town == "Shah Joy"
    assert event.fatalities is not None and event.fatalities.low == 9


def test_a_toll_in_bombings_in_the_country_is_the_events():
    from datetime import date

    from khaldun import extract
    [event] = extract("Three bombings in Iraq on Wednesday left 15 people dead, the interior "
                      "ministry said.", published=date(2014, 5, 8))
    assert (event.fatalities.low, event.fatalities.high) == (15, 15)


def test_the_attackers_named_again_tell_the_lead_act_at_a_village_near_it():
    # "The militants": a definite subject longer than a fixed window of characters
    event = one(
        "Al Shabaab gunmen killed three soldiers in an ambush near Baidoa on Monday, "
        "an officer said.\n\nThe militants opened fire on an army patrol at the hamlet of "
        "Qoryooley Yare west of the town, a witness said."
    )
    assert event.date_start == date(2018, 3, 5)


def test_overnight_in_what_a_statement_reports_is_the_night_before_it():
    # "said on Monday" in Wednesday's paper: the night before Monday, not before Wednesday
    event = one(
        "Gunmen attacked a police station in Diffa overnight, killing three officers, the "
        "interior ministry said on Monday."
    )
    assert event.date_start == date(2018, 3, 4)


def test_a_place_told_before_the_second_act_of_a_sentence_is_that_acts():
    events = extract(
        "ISLAMABAD (Reuters) - Gunmen threw a grenade at a bank in Mardan on Monday, while in "
        "Bannu soldiers killed four militants in a shootout, police said.",
        published=WEDNESDAY,
    )
    tolls = {(e.sub_event_type, e.location.town): e.fatalities for e in events}
    assert tolls.keys() == {("Grenade", "Mardan"), ("Armed clash", "Bannu")}
    assert tolls[("Grenade", "Mardan")] is None
    assert tolls[("Armed clash", "Bannu")].to_dict() == {"low": 4, "high": 4}



def test_a_town_that_came_under_shelling_in_a_clause_of_its_own_is_the_shellings():
    text = (
        "Jets bombed the town of Kafr Nabl on Monday, killing nine people, and the city of "
        "Maarat al-Numan came under heavy artillery shelling."
    )
    found = {(e.sub_event_type, e.location.town) for e in extract(text, published=WEDNESDAY)}
    assert ("Air/drone strike", "Maarat al-Numan") not in found
    assert ("Shelling/artillery/missile attack", "Maarat al-Numan") in found


def test_shells_a_verb_of_no_kind_was_done_with_type_its_act_though_a_place_comes_between():
    text = ("Coalition jets struck a house in Sahar on Tuesday, residents said. The coalition "
            "also targeted a farm in Baqim district with artillery shells.")
    subs = [e.sub_event_type for e in extract(text, published=WEDNESDAY)]
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]
