"""A village "of" a named administrative unit lies in that unit: one place, one event
(codebook §8.3; texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("unit", [
    "Konduga Local Government Area of Borno State",
    "Konduga Local Government",
    "Konduga LGA",
])
def test_a_village_of_a_local_government_area_is_one_event_in_the_village(unit):
    text = f"Gunmen killed seven farmers in Kawuri village of {unit} on Sunday, police said."
    found = extract(text, published=date(2019, 3, 4))
    assert [(e.location.name, e.location.town) for e in found] == [("Kawuri", "Kawuri")]


def test_the_idlib_suburb_of_a_town_is_still_that_town():
    text = "Warplanes struck the Idlib suburb of Saraqib on Sunday, activists said."
    found = extract(text, published=date(2019, 3, 4))
    assert [e.location.town for e in found] == ["Saraqib"]


@pytest.mark.parametrize("place", [
    "the Abu Shouk displacement camp on the outskirts of El Fasher",
    "Turnadah village on the outskirts of Afrin",
])
def test_a_place_on_the_outskirts_of_a_town_is_one_event(place):
    text = f"Artillery shelled {place} on Friday, killing 15 people, medics said."
    found = extract(text, published=date(2024, 6, 8))
    assert len(found) == 1


def test_the_outskirts_of_a_town_named_before_stay_its_outskirts():
    text = ("The two sides agreed to a ceasefire in the port city of Hodeidah, the envoy said. "
            "Fighting continued on Saturday on the outskirts of Hodeidah, residents said.")
    found = extract(text, published=date(2023, 3, 20))
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert clash.location.geo_precision == 2
