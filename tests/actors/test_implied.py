from datetime import date

from khaldun.actors.implied import Sides, abroad, settle
from khaldun.records import Actor

D = date(2018, 2, 10)
TURKEY = Actor("Military Forces of Turkey", 1, "TR")


def test_unclaimed_violence_is_an_unidentified_armed_group():
    actor1, actor2 = settle(Sides("Shelling/artillery/missile attack", None, None, "SY", D), {})
    assert (actor1.name, actor1.inter, actor2) == ("Unidentified Armed Group (Syria)", 3, None)


def test_an_earlier_event_of_the_same_kind_names_the_perpetrator():
    earlier: dict = {}
    settle(Sides("Air/drone strike", TURKEY, None, "SY", D), earlier)
    actor1, _ = settle(Sides("Air/drone strike", None, None, "SY", D), earlier)
    assert (actor1.name, actor1.inter) == ("Military Forces of Turkey", 8)


def test_state_forces_abroad_are_external_and_at_home_state():
    assert abroad(TURKEY, "SY").inter == 8
    assert abroad(Actor("Military Forces of Turkey", 8, "TR"), "TR").inter == 1


def test_one_side_is_never_both():
    civilians = Actor("Civilians (Syria)", 7, "SY")
    actor1, actor2 = settle(Sides("Attack", civilians, civilians, "SY", D), {})
    assert actor1 == civilians and actor2 is None


def test_a_group_the_sentence_names_is_the_perpetrator_unless_victim_or_speaker():
    claimed = "Two blasts killed nine people at a bus stop; the Islamic State claimed them."
    sides = Sides("Remote explosive/landmine/IED", None, None, "IQ", D, [claimed])
    assert settle(sides, {})[0].name == "Islamic State"
    victims = "Three Islamic State fighters were killed in a blast near the river."
    sides = Sides("Remote explosive/landmine/IED", None, None, "IQ", D, [victims])
    assert settle(sides, {})[0].name == "Unidentified Armed Group (Iraq)"


def test_a_bad_sides_pattern_is_an_error_naming_it():
    import pytest

    from khaldun.actors.implied import compile_sides

    with pytest.raises(ValueError, match=r"sides.yaml: bad speaks pattern '\(said'"):
        compile_sides({"acted_on": ["were killed"], "speaks": ["(said"]})
