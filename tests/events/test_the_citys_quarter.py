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


def test_the_fighting_told_again_at_the_city_of_its_quarters_is_no_event_of_its_own():
    text = (
        "MISRATA, Libya - Rival militias clashed in the Zqubiyat and Marjat districts of the "
        "city of Misrata on Friday, residents said, in the worst fighting in Misrata in months."
    )
    found = extract(text, published=date(2019, 5, 11))
    assert sorted(e.location.name for e in found) == ["Marjat", "Zqubiyat"]
