"""Administrative units of many countries hold the places named before them ("X in Y
territory", "X within Y county", "X in Y local government area of Z State"): one place, one
event, never a far namesake (texts written for these tests)."""

from datetime import date

import pytest

from khaldun.events.containers import split_containers
from khaldun.places import Place, PlaceMention

_TOWN = Place(None, "Holder", "town", None, "KE", "North", 3.9, 41.8, 90_000)


def _split(text: str) -> dict[int, list[PlaceMention]]:
    inner = PlaceMention(text.index("Alpha"), text.index("Alpha") + 5, "Alpha", None, "town")
    start = text.index("Holder")
    outer = PlaceMention(start, start + 6, "Holder", _TOWN, "town")
    return split_containers(text, [inner, outer])[1]


@pytest.mark.parametrize("unit", [
    "territory", "county", "local government area", "woreda", "tehsil", "constituency",
    "locality", "commune", "cercle", "prefecture", "department",
])
@pytest.mark.parametrize("prep", ["of", "in", "within"])
def test_a_unit_named_before_a_larger_place_lies_in_it(unit, prep):
    text = f"Raiders killed five herders in Alpha {unit} {prep} Holder on Monday."
    assert [c.surface for c in _split(text).get(text.index("Alpha"), [])] == ["Holder"]


def test_a_place_within_a_town_is_held_by_it():
    text = "Raiders killed five herders at Alpha within Holder on Monday."
    assert [c.surface for c in _split(text)[text.index("Alpha")]] == ["Holder"]


def test_a_province_is_not_held_by_a_town_of_its_own():
    province = Place(None, "North", "admin1", "ADM1", "KE", "North", 3.0, 40.0, 1_000_000)
    text = "Raiders attacked a village in North state county of Holder on Monday."
    inner = PlaceMention(text.index("North"), text.index("North") + 5, "North", province,
                         "admin1")
    start = text.index("Holder")
    outer = PlaceMention(start, start + 6, "Holder", _TOWN, "town")
    assert split_containers(text, [inner, outer])[1] == {}


def test_a_village_within_a_county_is_one_event_at_the_county():
    from khaldun import extract

    text = ("Eight people were killed in clashes between two clans at Qorqoraxxa within "
            "Mandera County on Tuesday, police said.")
    found = extract(text, published=date(2014, 8, 26))
    assert [(e.location.name, e.location.admin1) for e in found] == [
        ("Qorqoraxxa", "Mandera")]


def test_a_territory_is_its_seats_town():
    from khaldun import extract

    text = "Militiamen killed four civilians in Masisi Territory, North Kivu, on Monday."
    found = extract(text, published=date(2015, 1, 5))
    assert [(e.location.town, e.location.geo_precision) for e in found] == [("Masisi", 1)]


def test_a_unit_after_a_comma_and_in_holds_the_place_but_a_list_of_towns_does_not():
    text = "Raiders killed five herders in Alpha village, in Holder county on Monday."
    assert [c.surface for c in _split(text)[text.index("Alpha")]] == ["Holder"]
    listed = "Raiders killed five herders in Alpha, in Holder and in Gamma on Monday."
    assert _split(listed) == {}


@pytest.mark.parametrize("gap", [", a small village near", ", a village in", ", an area of"])
def test_a_place_said_after_a_comma_to_be_a_village_near_a_town_is_placed_by_it(gap):
    text = f"Raiders killed five herders in Alpha{gap} Holder on Monday."
    held = _split(text)[text.index("Alpha")]
    assert [(c.surface, c.reference) for c in held] == [("Holder", "near" in gap)]



def test_a_town_told_by_its_tie_to_a_city_is_the_place_and_the_city_a_reference():
    text = "Police shot dead two marchers in Holder's twin city of Alpha on Thursday."
    start, at = text.index("Holder"), text.index("Alpha")
    city = PlaceMention(start, start + 6, "Holder", _TOWN, "town")
    twin = PlaceMention(at, at + 5, "Alpha", _TOWN, "town")
    kept, containers = split_containers(text, [city, twin])
    assert [p.surface for p in kept] == ["Alpha"]
    assert [(c.surface, c.reference) for c in containers[at]] == [("Holder", True)]


def test_a_place_after_a_list_holds_each_place_of_the_list():
    text = "Raiders struck the villages of Alpha, Beta and Gamma in Holder district on Monday."
    mentions = [PlaceMention(text.index(n), text.index(n) + len(n), n, None, "town")
                for n in ("Alpha", "Beta", "Gamma")]
    start = text.index("Holder")
    holder = PlaceMention(start, start + 6, "Holder", _TOWN, "town")
    kept, containers = split_containers(text, [*mentions, holder])
    assert [p.surface for p in kept] == ["Alpha", "Beta", "Gamma"]
    assert all([c.surface for c in containers[p.start]] == ["Holder"] for p in kept)


def test_a_place_after_others_of_a_holder_holds_the_listed_places_too():
    text = "Jets hit Alpha and other villages of Middle in Holder province on Monday."
    names = ("Alpha", "Middle", "Holder")
    mentions = [PlaceMention(text.index(n), text.index(n) + len(n), n, _TOWN, "town")
                for n in names]
    kept, containers = split_containers(text, mentions)
    assert [p.surface for p in kept] == ["Alpha"]
    assert [c.surface for c in containers[text.index("Alpha")]] == ["Middle", "Holder"]
