"""A spot of a city quarter ("the X area in the Y neighbourhood of Z") lies in that quarter:
placed by the quarter, or by its city when the gazetteer lacks the quarter, never at a
namesake of the spot elsewhere."""

from __future__ import annotations

from datetime import date

from khaldun import extract
from khaldun.places.geometry import distance_km

DAMASCUS = (33.51, 36.29)


def _near_damascus(text: str) -> bool:
    [event] = extract(text)
    loc = event.location
    return loc.lat is not None and distance_km(loc.lat, loc.lon, *DAMASCUS) < 15


def test_a_spot_of_a_quarter_the_gazetteer_lacks_takes_its_citys_point():
    assert _near_damascus(
        "Shells fell on the Zuqaq al-Ward area in the Qasr Nuri neighbourhood of Damascus on "
        "Monday, wounding two men.")


def test_a_spot_named_like_a_far_town_is_no_namesake_of_it():
    # Nawa is a town of Daraa, 70 km off
    assert _near_damascus(
        "Shells fell on the Nawa area in the Dummar neighbourhood of Damascus on Monday, "
        "wounding two men.")


def test_a_town_placed_by_a_far_city_is_no_spot_of_it():
    [event] = extract("Gunmen killed five men in Nawa, 70 km south of Damascus, on Monday.")
    assert event.location.lat is not None and event.location.lat < 33.0  # Nawa, not Damascus


def test_a_place_near_another_is_placed_by_it_not_held_by_it():
    from khaldun.events.containers import split_containers
    from khaldun.places import find_places

    for text, reference in [("Gunmen raided Nawa village near Daraa city on Monday.", True),
                            ("Gunmen raided Nawa village in Daraa on Monday.", False)]:
        _, containers = split_containers(text, find_places(text, "SY"))
        [[outer]] = containers.values()
        assert outer.reference is reference


def test_the_citys_quarter_belongs_to_the_city_told_not_a_later_town():
    text = (
        "A car bomb exploded near a restaurant in Mosul on Thursday, killing four people.\n\n"
        "The blast in the city's al-Zuhur neighborhood came days after a suicide bomber struck "
        "a market in the town of Tal Afar, killing two."
    )
    found = extract(text, published=date(2020, 1, 31))
    bomb = next(e for e in found if e.fatalities and e.fatalities.high == 4)
    assert (bomb.location.neighbourhood, bomb.location.town) == ("al-Zuhur", "Mosul")


def test_quarters_of_the_town_told_are_not_look_alike_villages_far_from_it():
    text = (
        "Rebel mortars killed three people in the Hamdaniya district of Aleppo on Monday, "
        "state media said.\n\nGovernment jets struck the neighbourhoods of Sukkari and "
        "al-Shaar in response, a monitor said."
    )
    events = extract(text, published=date(2016, 8, 2))
    assert len(events) == 3
    for event in events:  # each at Aleppo's own point, not at a village so named
        assert distance_km(event.location.lat, event.location.lon, 36.20, 37.16) < 15


def test_a_quarter_named_with_its_town_is_in_that_town_not_the_datelines():
    text = (
        "BAGHDAD (Reuters) - Iraqi troops fought Islamic State militants in Mosul's "
        "al-Nabi Shit neighbourhood on Monday, killing nine militants, the army said."
    )
    (event,) = extract(text, published=date(2017, 3, 14))
    assert event.location.town == "Mosul"
    assert distance_km(event.location.lat, event.location.lon, 36.34, 43.13) < 15


def test_a_landmark_across_from_the_place_is_no_event_place():
    events = extract("Police fired tear gas at marchers in Omdurman, across the Nile, on "
                     "Friday, witnesses said.", published=date(2019, 1, 19))
    assert [e.location.town for e in events] == ["Omdurman"]


def test_a_spot_named_after_the_city_a_sentence_opens_on_is_in_that_city():
    events = extract("In Damascus, hundreds gathered in Sabaa Bahrat Square on Friday to "
                     "protest against fuel prices.", published=date(2019, 1, 19))
    assert len(events) == 1 and events[0].location.town == "Damascus"


def test_a_place_in_a_short_quoted_slogan_is_no_event_place():
    text = ("An Israeli drone struck a car near Khiam on Monday, killing two fighters, security "
            "sources said.\n\nThe group announced the deaths of two of its members \"on the path "
            "to Haifa\" but did not say where they were killed.")
    events = extract(text, published=date(2023, 10, 16))
    assert [e.location.town for e in events] == ["Khiam"]


def test_a_quarter_told_again_is_the_quarter_not_a_village_spelled_alike():
    text = ("Rebel shells kill five in government-held Aleppo\n\n"
            "Rebel shelling killed five people in the al-Hamdaniya district of Aleppo on "
            "Wednesday, state media said.\n\n"
            "A monitor said six people were killed by rockets that hit al-Hamdaniya and the "
            "nearby New Aleppo neighbourhood.")
    towns = {e.location.town for e in extract(text, published=date(2016, 10, 27))}
    assert towns == {"Aleppo"}



ALEPPO = (36.20, 37.16)


def test_the_outskirts_of_a_city_named_like_its_province_are_the_citys():
    # Nawa is a town of Daraa, 300 km off: "the outskirts of Aleppo" are the city's, not the
    # province's, and a spot on them lies near it
    [event] = extract(
        "Shells fell on the Nawa area on the outskirts of Aleppo on Monday, wounding two men.")
    loc = event.location
    assert loc.lat is not None and distance_km(loc.lat, loc.lon, *ALEPPO) < 40
