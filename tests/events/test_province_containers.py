"""A place the text puts in a province lies in that province's country: the container named
like a province is the province, and a namesake of the place abroad yields to it (texts
written for these tests)."""

from datetime import date

from khaldun import extract

THURSDAY = date(2016, 5, 12)


def test_a_place_in_a_neighbours_province_is_placed_there():
    text = "Houthi fighters shelled Saudi border posts in Wadi Tala in Najran on Monday."
    located = [e.location for e in extract(text, published=THURSDAY)
               if e.location.name == "Wadi Tala"]
    assert located and located[0].country == "SA" and located[0].admin1 == "Najran"


def test_villages_no_gazetteer_knows_lie_in_the_province_the_lead_named_not_the_dateline_city():
    text = (
        "DAMASCUS (AP) — Syrian troops captured two villages in Idlib province on Saturday, "
        "state media said.\n\nSANA said troops took control of Tal Wuzzar and Qurqubish after "
        "fierce fighting."
    )
    found = extract(text, published=date(2019, 5, 12))
    assert [(e.location.name, e.location.admin1, e.location.neighbourhood) for e in found] == [
        ("Tal Wuzzar", "Idlib", None), ("Qurqubish", "Idlib", None)]
    assert {e.sub_event_type for e in found} == {"Government regains territory"}


def test_a_wire_from_the_capital_about_elsewhere_places_no_village_in_the_capital():
    away = (
        "BAMAKO, Mali (AFP) - Jihadists attacked an army camp in central Mali on Sunday, the "
        "army said.\n\nThe attack targeted the camp at Qurqubish, near the border, it said."
    )
    (event,) = extract(away, published=THURSDAY)
    assert event.location.town != "Bamako" and event.location.neighbourhood is None
    home = (
        "BAMAKO, Mali (AFP) - Gunmen attacked a police post at Qurqubish on Sunday, police "
        "said.\n\nShootings are rare in Bamako."
    )
    (event,) = extract(home, published=THURSDAY)
    assert event.location.town == "Bamako"


def test_a_city_named_as_its_province_after_a_town_is_that_province():
    found = extract("Jets struck Saraqib, Idlib, on Monday, killing four.", published=THURSDAY)
    assert [(e.location.name, e.location.admin1) for e in found] == [("Saraqib", "Idlib")]
    listed = extract("Shells hit Kafr Nabl, Idlib and Saraqib on Monday.", published=THURSDAY)
    assert {e.location.name for e in listed} == {"Kafr Nabl", "Idlib", "Saraqib"}


def test_a_town_across_the_border_named_with_its_cue_is_that_country_s_and_so_are_its_civilians():
    text = (
        "GAZA CITY (Reuters) - Israeli aircraft struck a site in Beit Lahiya on Saturday, "
        "health officials said.\n\nOne rocket fired from Gaza hit a house in the town of "
        "Sderot, wounding two people, police said."
    )
    found = {e.location.name: e for e in extract(text, published=THURSDAY)}
    rocket = found["Sderot"]
    assert rocket.location.country == "IL"
    assert rocket.actor2 is None or rocket.actor2.name == "Civilians (Israel)"


def test_a_district_headquarters_in_a_province_is_one_place_in_it():
    events = extract("Insurgents overran the Jaghatu district headquarters in western Ghazni "
                     "province on Monday, a local official said.", published=date(2019, 4, 2))
    assert [e.location.name for e in events] == ["Jaghatu"]


def test_a_village_told_after_the_articles_province_is_that_provinces_namesake():
    text = ("Syrian troops advance in Idlib countryside\n\n"
            "BEIRUT (AP) - Syrian government forces captured three villages in the southern "
            "Idlib countryside on Friday after intense clashes with insurgents, state media "
            "said.\n\n"
            "A war monitor said troops took the villages of Tal Dam, Mishrifa and Ard al-Zurzur.")
    events = extract(text, published=date(2019, 12, 28))
    assert {e.location.admin1 for e in events} == {"Idlib"}


def test_a_town_of_the_province_said_before_places_the_act_near_it():
    # "north of X" after the province: X locates the strike within the province
    text = "In Idlib province, jets struck farms north of Saraqib on Monday."
    (event,) = extract(text, published=THURSDAY)
    assert (event.location.name, event.location.geo_precision) == ("Saraqib", 2)


def test_a_village_near_a_described_capital_is_one_event():
    text = (
        "Gunmen killed nine people in a night raid on a village in northeast Nigeria's Borno "
        "state, residents said on Sunday.\n\n"
        "The attackers reached Kawuri village near the state capital Maiduguri at about 9pm "
        "on Saturday and opened fire on residents, a local militia leader said."
    )
    events = extract(text, published=date(2018, 9, 10))
    assert len(events) == 1


def test_a_place_in_the_province_of_y_is_one_event():
    text = (
        "Gunmen killed six farmers near the town of Dabai in the northern state of Kebbi on "
        "Tuesday, police said."
    )
    events = extract(text, published=date(2018, 9, 10))
    assert [e.location.town for e in events] == ["Dabai"]


def test_a_district_in_the_province_of_y_is_that_provinces_district():
    text = (
        "Taliban fighters overran the centre of Jaghatu district in the eastern province of "
        "Ghazni on Thursday, a police spokesman said."
    )
    (event,) = extract(text, published=date(2018, 9, 10))
    assert event.location.admin1 == "Ghazni"


def test_a_province_after_a_town_whose_province_the_gazetteer_lacks_holds_it():
    # the gazetteer knows Dahyan without its province: the province named after it is its
    # container, not a second place of the strike
    text = ("Coalition jets bombed a wedding tent in Dahyan, in the northern province of "
            "Saada, on Monday, killing 11 guests, medics said.")
    assert [e.location.name for e in extract(text, published=THURSDAY)] == ["Dahyan"]


def test_a_side_of_a_place_after_a_comma_holds_the_place_before_it():
    text = ("Air strikes hit the Yarmouk camp, in southern Damascus, on Monday, killing four "
            "people, activists said.")
    (event,) = extract(text, published=THURSDAY)
    assert event.location.name == "Yarmouk"


def test_places_each_in_a_side_of_a_province_after_commas_are_a_list():
    text = ("Clashes were reported in Raqqa, in northern Aleppo and in eastern Deir ez-Zor on "
            "Friday.")
    assert len(extract(text, published=THURSDAY)) == 3


def test_a_provinces_own_district_after_a_village_holds_the_village_too():
    text = ("Gunmen on motorcycles killed six farmers near the village of Kwatandashi in "
            "Borno's Jere area on Friday, a militia leader said.")
    (event,) = extract(text, published=THURSDAY)
    assert event.location.name == "Kwatandashi"
