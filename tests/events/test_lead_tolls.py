"""Tolls of leads and the words that tell their acts again: a lead's plural act told again
all together ("The explosions struck ...") is the lead placed more closely, not one of its
incidents (codebook §8.7)."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2014, 3, 4)


def test_plural_acts_told_again_place_the_lead_and_keep_its_toll():
    text = (
        "Four people were killed and 12 injured on Monday in twin blasts targeting a funeral "
        "in Iraq, police said. The bombings happened in Diyala."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 4, "high": 4}
    assert event.location.admin1 == "Diyala"


def test_one_incident_of_a_lead_still_takes_its_place():
    text = (
        "Three bombings killed 20 people across Baghdad on Sunday. The first blast hit a "
        "market in Sadr City, killing eight. Another bomb exploded in Karrada, killing five."
    )
    tolls = sorted(e.fatalities.to_dict()["low"] for e in extract(text, published=PUBLISHED))
    assert tolls == [5, 8]


def test_a_part_of_the_acts_told_again_is_an_incident_of_the_lead():
    text = (
        "A wave of bombings hit Baghdad on Monday, killing at least 30 people, officials "
        "said. Two of the bombs exploded in Karrada and one in Sadr City."
    )
    events = extract(text, published=PUBLISHED)
    assert len(events) == 2
    assert all(e.fatalities is None for e in events)


def test_a_count_of_bombs_sums_up_the_incidents_told_after_it():
    text = (
        "MOSUL, Iraq (Reuters) - Four bombs went off in Mosul on Monday, killing 17 people, "
        "police said. One bomb exploded in the Zuhur district and another hit a bus in "
        "Nabi Younis. A third was found near a school in Sukkar."
    )
    tolls = [e.fatalities for e in extract(text, published=PUBLISHED)]
    assert tolls and all(t is None for t in tolls)


def test_a_higher_toll_told_in_a_town_of_the_leads_province_is_the_lead_told_again():
    text = (
        "Air strikes killed at least 12 people at a market in northern Hajjah province on "
        "Sunday, residents said.\n\n"
        "The provincial health office said 19 people were killed in the raids on the village "
        "of Mabyan."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 12, "high": 19}


def test_a_part_of_a_region_wide_toll_in_a_building_of_a_town_is_its_event():
    text = ("Air strikes killed at least 16 people across the Gaza Strip on Wednesday, including "
            "seven members of one family in a house in Deir al-Balah, medics said.")
    [event] = extract(text, published=date(2024, 5, 16))
    assert event.location.town == "Deir al-Balah"
    assert event.fatalities.high == 7


def test_a_town_s_part_of_a_province_wide_toll_is_its_toll():
    text = ("Air strikes killed at least 16 people in the Gaza Strip on Wednesday, including "
            "seven members of one family in a house in Deir al-Balah, medics said.")
    [event] = extract(text, published=date(2024, 5, 16))
    assert event.location.town == "Deir al-Balah"
    assert event.fatalities.high == 7


def test_a_lead_toll_some_of_the_later_tolls_add_up_to_is_no_toll_of_the_first_place():
    # 4 + 3 + 2 = 9; the two gunmen the police killed are dead besides, not of the raids
    text = (
        "Gunmen killed nine people in raids on three villages in Katsina state on Sunday, "
        "police said. The gunmen killed four people in Dankar, three in Kankara and two in "
        "Faskari, a police spokesman said. Police killed two of the gunmen in a shootout as "
        "they fled."
    )
    tolls = {e.location.town: e.fatalities and e.fatalities.high
             for e in extract(text, published=PUBLISHED)
             if e.event_type == "Violence against civilians"}
    assert tolls.get("Dankar") == 4
