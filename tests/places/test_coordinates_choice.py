"""Which point a place gets: a quarter stays inside the town the text puts it in; a town
spelled alike in another province gives way to a village of the province the text names; a
name spelled exactly votes for its own country, not a bigger look-alike's (a small gazetteer
written here; invented names)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Marwan", 33.5, 36.3, -1, "Marwan", "", 0, ""),
    (2, "SY", "locality", "Marwan", 33.5, 36.3, 1, "Marwan", "", 500000, ""),
    # A village 30 km from the city, spelled like a quarter the gazetteer lacks.
    (3, "SY", "locality", "Sarjuna", 33.77, 36.3, 1, "Marwan", "", 0, ""),
    # A quarter-sized place 6 km from the city centre.
    (4, "SY", "locality", "Qabrun", 33.55, 36.32, 1, "Marwan", "", 0, ""),
    # A province and its town; a town of another province spelled like a village of it.
    (10, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (11, "SY", "locality", "Wadan", 35.9, 36.6, 10, "Wadan", "", 150000, ""),
    (12, "SY", "locality", "Qasroun", 33.2, 36.2, 1, "Marwan", "", 30000, ""),
    (13, "SY", "locality", "Qasrin", 35.55, 36.65, 10, "Wadan", "", 0, ""),
    # A city spelled as the text spells it, and a far bigger one abroad spelled alike.
    (20, "IR", "locality", "Abaran", 30.3, 48.3, -1, "Khuzan", "", 370000, ""),
    (21, "NG", "locality", "Ibaran", 7.4, 3.9, -1, "Oyan", "", 3600000, ""),
]


@pytest.fixture(scope="module")
def cgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("coords"), RECORDS)


def test_a_quarter_of_a_city_is_no_look_alike_village_far_outside_it(cgaz):
    mention = place_named("Shells fell on Sarjouna neighbourhood in Marwan city.", "Sarjouna", "SY",
                     cgaz)
    assert mention.place is None and mention.town is not None and mention.town.name == "Marwan"


def test_a_quarter_of_a_city_may_be_a_look_alike_inside_it(cgaz):
    mention = place_named(
        "Shells fell on Qabroun neighbourhood in Marwan city.", "Qabroun", "SY", cgaz
    )
    assert mention.place is not None and mention.place.name == "Qabrun"


def test_a_look_alike_town_of_another_province_gives_way_to_the_named_one(cgaz):
    mention = place_named("Jets struck Qasrun town in southern Wadan.", "Qasrun", "SY", cgaz)
    assert mention.place is not None and mention.place.admin1 == "Wadan"


def test_a_town_spelled_exactly_stays_even_outside_the_named_province(cgaz):
    mention = place_named("Jets struck Qasroun town and southern Wadan.", "Qasroun", "SY", cgaz)
    assert mention.place is not None and mention.place.admin1 == "Marwan"


def test_a_name_spelled_exactly_votes_for_its_country_not_a_bigger_look_alike(cgaz):
    assert document_country("Workers rallied, Abaran officials said.", cgaz) == "IR"
