"""A follow-up sentence's one known town places an event told only with its country or
province (texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_follow_ups_known_town_places_an_act_told_in_a_country():
    text = ("Gunmen stormed a cafe in northern Mexico on Friday, killing six people, police "
            "said. The attackers arrived at the Luna Azul cafe in the city of Monterrey "
            "shortly after midnight, a police spokesman said.")
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] == ["Monterrey"]


def test_a_follow_ups_town_in_the_province_told_places_the_act():
    text = ("The bodies of five men were found in the state of Guerrero on Friday, officials "
            "said. Officials said the five bodies were left near a bridge in the city of "
            "Iguala.")
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] == ["Iguala"]


def test_a_follow_ups_town_in_another_province_does_not_move_the_act():
    text = ("The bodies of five men were found in the state of Guerrero on Friday, officials "
            "said. Officials in the city of Monterrey said the five bodies were left near a "
            "bridge.")
    events = extract(text, published=date(2018, 2, 5))
    assert [e.location.name for e in events] != ["Monterrey"]
