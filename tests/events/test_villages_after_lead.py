"""A lead that tells an act over a wider area, then a sentence listing the villages it struck
("The attackers struck A, B and C"): each village is an incident of its own and the lead a
summary (codebook §8.3, §8.7); texts written for these tests."""

from datetime import date

from khaldun import extract


def test_each_village_listed_after_a_lead_is_an_event():
    text = ("Gunmen killed 14 residents in attacks on three villages in Borno state overnight, "
            "police said on Tuesday.\n\nThe attackers struck Kawuri, Gubio and Konduga at "
            "about midnight, burning houses and shooting residents, a police spokesman said.")
    events = extract(text, published=date(2019, 7, 16))
    assert sorted(e.location.name for e in events) == ["Gubio", "Kawuri", "Konduga"]
    assert {e.sub_event_type for e in events} == {"Attack"}


def test_an_act_told_as_the_latest_of_a_series_is_no_lead_summing_it_up():
    text = ("A drone strike on a car near the village of Kawuri killed two militants on Saturday "
            "in what officials called the latest in a string of drone raids.\n\nThe strike hit "
            "the car on the road out of Kawuri, the officials said.")
    (event,) = extract(text, published=date(2019, 7, 16))
    assert event.fatalities is not None and event.fatalities.low == 2


def test_deaths_listed_after_a_lead_of_force_on_spreading_protests_are_that_force():
    text = ("Security forces killed 11 protesters on Friday as demonstrations against "
            "unemployment spread across northern towns, police and medics said.\n\nSeven "
            "people were killed in Kawuri, where protesters set fire to the council offices, "
            "and four in Konduga, the medics said.")
    events = extract(text, published=date(2019, 10, 26))
    kawuri = [e for e in events if e.location.name == "Kawuri"]
    assert [(e.sub_event_type, e.fatalities.low, e.fatalities.high) for e in kawuri] == [
        ("Excessive force against protesters", 7, 7)]


def test_a_village_no_gazetteer_knows_keeps_its_own_toll_after_a_province_lead():
    text = ("Air strikes killed at least 30 people across Borno state on Saturday, officials "
            "said.\n\nA strike on a house in the village of Zqubiyat killed seven members of "
            "one family, a rescuer said.")
    events = extract(text, published=date(2019, 7, 16))
    assert [(e.location.name, e.fatalities.to_dict() if e.fatalities else None)
            for e in events] == [("Zqubiyat", {"low": 7, "high": 7})]


def test_a_leads_toll_goes_to_no_town_of_the_list_that_places_it():
    text = ("Government air strikes killed 25 people in several towns of Idlib province on "
            "Tuesday, activists said. Warplanes struck Maarat al-Numan, Saraqeb and Khan "
            "Sheikhoun.")
    events = extract(text, published=date(2018, 3, 5))
    towns = {e.location.name: e.fatalities for e in events if e.location.town}
    assert set(towns) == {"Maarat al-Numan", "Saraqeb", "Khan Sheikhoun"}
    assert all(toll is None for toll in towns.values())


def test_a_leads_toll_stays_with_the_one_town_that_places_it():
    text = ("Government air strikes killed 25 people in Idlib province on Tuesday, activists "
            "said. Warplanes struck the town of Saraqeb.")
    events = extract(text, published=date(2018, 3, 5))
    assert [(e.location.name, e.fatalities.low) for e in events if e.fatalities] == [
        ("Saraqeb", 25)]
