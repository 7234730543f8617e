"""A lead that counts its incidents by their places ("attacks on two villages") sums up the
incidents told after it (codebook §8.7; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_attacks_on_two_villages_is_a_lead_whose_toll_goes_to_neither():
    text = (
        "Suspected jihadists killed 14 civilians in attacks on two villages in central Mali's "
        "Mopti region on Sunday, a local official said.\n\n"
        "Gunmen on motorcycles attacked the village of Ogossagou, killing nine people, the "
        "official said. Five more were killed in nearby Sobane, he said."
    )
    found = extract(text, published=date(2020, 2, 17))
    assert sorted(e.location.town for e in found) == ["Ogossagou", "Sobane"]
    assert all(e.fatalities.high < 14 for e in found)


def test_a_toll_for_a_city_and_the_city_of_another_goes_to_neither():
    text = (
        "Security forces shot dead at least 13 protesters in Baghdad and the southern city of "
        "Nasiriya on Thursday, police said.\n\n"
        "In Baghdad, police fired live rounds at protesters near a bridge, killing four, the "
        "police said. In Nasiriya, nine people were killed when security forces opened fire on "
        "demonstrators, hospital officials said."
    )
    found = extract(text, published=date(2019, 11, 29))
    assert sorted((e.location.town, e.fatalities.high) for e in found) == [
        ("Baghdad", 4), ("Nasiriya", 9)]


def test_villages_counted_as_taken_around_a_town_are_a_lead_of_the_captures_listed():
    text = (
        "Government troops recaptured four villages west of Raqqa from Islamic State on "
        "Tuesday, the army said.\n\n"
        "The army said it had taken control of Hunaida and Safsafa after heavy fighting."
    )
    found = extract(text, published=date(2017, 6, 8))
    assert sorted(e.location.town for e in found) == ["Hunaida", "Safsafa"]
    assert {e.date_start for e in found} == {date(2017, 6, 6)}


def test_acts_of_another_side_and_sub_type_after_a_count_of_strikes_are_no_incidents_of_it():
    text = (
        "Russian warplanes carried out 15 air strikes on villages in Jabal al-Zawiya in "
        "southern Idlib on Monday, a war monitor said.\n\n"
        "Government forces also shelled the village of Kansafra with rockets, wounding three."
    )
    subs = sorted(e.sub_event_type for e in extract(text, published=date(2021, 6, 8)))
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_another_kind_of_act_told_as_one_more_is_no_incident_of_the_lead():
    text = (
        "Warplanes carried out a string of air strikes on the town of Douma on Sunday, killing "
        "seven civilians, rescuers said. Government forces also shelled Douma."
    )
    found = extract(text, published=date(2018, 2, 20))
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert strike.fatalities.high == 7
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in found}


def test_a_lead_over_a_province_sums_up_villages_the_gazetteer_gives_no_province():
    text = (
        "Suspected jihadists killed at least 40 civilians in attacks on two villages in central "
        "Mali's Mopti region over the weekend, local officials said on Monday.\n\n"
        "Gunmen on motorcycles raided the village of Ogossagou on Saturday, shooting residents "
        "and burning granaries. On Sunday, another group attacked the neighbouring village of "
        "Sobane-Da, killing 12 people."
    )
    found = extract(text, published=date(2024, 3, 11))
    assert all(e.location.town for e in found)
    assert all(e.fatalities is None or e.fatalities.high < 40 for e in found)


def test_the_heaviest_of_a_weeks_raids_at_a_town_is_an_incident_of_the_lead():
    text = ("AMMAN (Reuters) - Jets pounded rebel-held towns in Deraa province this week, killing "
            "at least 30 civilians, rescuers said on Thursday. The heaviest raids hit the town "
            "of Nawa on Wednesday, where 11 people died, the rescuers said.")
    found = extract(text, published=date(2018, 6, 28))
    assert [(e.location.town, e.date_start, e.fatalities.high) for e in found] == [
        ("Nawa", date(2018, 6, 27), 11)]
