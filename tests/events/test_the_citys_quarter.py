""""The city's X district": a quarter of the town the article speaks of, though the gazetteer
knows a namesake elsewhere (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_the_citys_district_is_a_quarter_of_the_town_told():
    text = (
        "Shelling killed three civilians in the southern city of Kherson on Saturday, the "
        "regional governor said.\n\n"
        "The governor said shells hit a bus stop in the city's Dniprovskyi district."
    )
    found = extract(text, published=date(2023, 6, 25))
    assert [(e.location.town, e.location.country) for e in found] == [("Kherson", "UA")]


def test_each_of_the_citys_listed_districts_is_a_quarter_of_the_town_told():
    text = (
        "Missiles struck residential buildings in Kherson on Friday, killing four people, the "
        "regional governor said.\n\n"
        "The governor said the strikes hit the city's Zqubiyskyi and Dniprovskyi districts."
    )
    found = extract(text, published=date(2023, 6, 16))
    assert {(e.location.town, e.location.country) for e in found} == {("Kherson", "UA")}


def test_a_suburb_said_to_lie_in_a_side_of_the_city_is_its_quarter():
    text = ("TRIPOLI (Reuters) - Rival militias clashed in Ain Zara, in southern Tripoli, on "
            "Sunday, killing three fighters, residents said.")
    (event,) = extract(text, published=date(2019, 5, 6))
    assert (event.location.neighbourhood, event.location.town) == ("Ain Zara", "Tripoli")


def test_a_town_of_the_gazetteer_told_again_as_a_district_of_the_city_is_its_quarter():
    text = (
        "A bomb tore through a bus station in Baghdad on Monday, killing six people, police "
        "said. The bomb had been hidden under a bench at the station in the Sadr City "
        "district, a police officer said."
    )
    (event,) = extract(text, published=date(2019, 5, 7))
    assert (event.location.neighbourhood, event.location.town) == ("Sadr City", "Baghdad")


def test_a_town_told_near_the_city_is_no_quarter_of_it():
    text = (
        "A bomb tore through a bus station in Baghdad on Monday, killing six people, police "
        "said. The bomb had been made in a workshop near the town of Sadr City, a police "
        "officer said."
    )
    assert all(e.location.neighbourhood is None for e in extract(text, published=date(2019, 5, 7)))
