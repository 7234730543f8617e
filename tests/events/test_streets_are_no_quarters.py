"""A named street of a city ("on X Street in Y") is a spot of Y: neither a town named X nor
a quarter X of Y (codebook §4: the neighbourhood is a district of the city)."""

from __future__ import annotations

from khaldun import extract


def test_a_capitalised_street_is_no_quarter_of_its_city():
    [event] = extract(
        "A bomb went off on Qudsiya Street in Baghdad on Tuesday, killing four people, police "
        "said.")
    assert event.location.town == "Baghdad"
    assert event.location.neighbourhood is None


def test_a_street_named_like_a_village_is_no_village():
    [event] = extract(
        "A bomb went off on Saadoun Street in central Baghdad on Tuesday, killing four people, "
        "police said.")
    assert event.location.town == "Baghdad"


def test_a_quarter_of_the_city_still_is_one():
    [event] = extract(
        "A bomb went off in the Karrada district of Baghdad on Tuesday, killing four people, "
        "police said.")
    assert event.location.neighbourhood == "Karrada"



def test_the_word_street_listed_before_a_place_is_no_place():
    from khaldun.places.model import PlaceMention
    from khaldun.places.unknown import listed_before

    text = "Mortars hit Nasr Street, Tawil and the Midan district of Damascus on Monday."
    tawil = text.index("Tawil")
    known = [PlaceMention(tawil, tawil + 5, "Tawil", None, "town")]
    assert [p.surface for p in listed_before(text, known, [])] == []
    text = "Mortars hit Nasr, Tawil and the Midan district of Damascus on Monday."
    tawil = text.index("Tawil")
    known = [PlaceMention(tawil, tawil + 5, "Tawil", None, "town")]
    assert [p.surface for p in listed_before(text, known, [])] == ["Nasr"]
