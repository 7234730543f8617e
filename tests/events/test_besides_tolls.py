"""Dead counted besides those told before them ("... that left six others dead") add to them
(codebook §8.1); others killed by another agent's act are that act's toll."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2014, 3, 4)


def test_others_left_dead_by_the_same_attack_add_to_the_named_victim():
    text = "Gunmen killed a local chief in an attack in Mosul that left six others dead."
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 7, "high": 7}


def test_others_who_died_later_add_to_the_toll():
    text = (
        "Two soldiers were killed in a bomb blast in Kandahar on Monday and three others "
        "died later in hospital."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 5, "high": 5}


def test_others_killed_by_another_agent_are_that_acts_toll():
    text = (
        "A roadside bomb killed two policemen in Kirkuk on Sunday, and gunmen shot dead "
        "three other people in Mosul."
    )
    tolls = {e.location.town: e.fatalities.to_dict()["low"] for e in extract(text,
                                                                             published=PUBLISHED)}
    assert tolls == {"Kirkuk": 2, "Mosul": 3}


def test_others_wounded_are_not_added():
    text = "Five people were killed and 17 others wounded by a car bomb in Kut on Monday."
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 5, "high": 5}


def test_more_dead_told_in_a_later_sentence_add_to_the_toll_before():
    text = (
        "A roadside bomb killed two policemen in Kandahar province on Monday, a provincial "
        "spokesman said. Two more people died of their wounds overnight, the spokesman said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 4, "high": 4}


def test_another_victim_told_in_a_later_sentence_adds_one():
    text = (
        "A roadside bomb killed two policemen in Kandahar province on Monday, a provincial "
        "spokesman said. Another policeman died of his wounds in hospital, the spokesman said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 3, "high": 3}


def test_another_who_died_later_in_the_same_sentence_adds_one():
    text = (
        "Five policemen were killed and another died later in hospital after gunmen attacked "
        "a patrol in Diyala province on Saturday, a police officer said."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 6, "high": 6}


def test_one_of_the_wounded_who_later_died_adds_to_the_toll():
    text = (
        "A roadside bomb killed two policemen and wounded five in Kandahar province on "
        "Monday, a provincial spokesman said. One of the wounded later died in hospital."
    )
    (event,) = extract(text, published=PUBLISHED)
    assert event.fatalities.to_dict() == {"low": 3, "high": 3}


def test_dead_told_with_also_in_the_next_sentence_add_to_the_toll():
    text = (
        "A bomb struck the car of a district governor near Lashkar Gah on Monday, killing him, "
        "police said. One of his bodyguards was also killed and two others were wounded."
    )
    (event,) = extract(text, published=date(2019, 3, 5))
    assert event.fatalities.to_dict() == {"low": 2, "high": 2}
