"""Which village a name is: one spelled as the name is once transliteration is undone,
whatever its letters; of a named province, the one sharing the name's consonant skeleton
before a look-alike of another skeleton; with no province named, the one near the area of
a military operation the text names; a district's own town before the district; "Aal-X"
looked for as "Al-X"; a village named as an area, or a district read as a village outside
the named province, chosen like one the scan found; "the X region of" a province is X's
surroundings, not the province (a small gazetteer written here; invented names and an
operation from khaldun/data/places/operation_areas.yaml)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (10, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (11, "SY", "locality", "Wadan", 35.9, 36.6, 10, "Wadan", "", 150000, ""),
    # Two villages of the province: one of the text's skeleton, spelled apart, and one
    # of another skeleton that looks more alike.
    (12, "SY", "locality", "Tarkasa", 35.55, 36.5, 10, "Wadan", "", 0, ""),
    (13, "SY", "locality", "Raksah", 35.6, 36.7, 10, "Wadan", "", 0, ""),
    # The town an operation of operation_areas.yaml was fought around, a village near it,
    # and a village spelled exactly so at the other end of the country.
    (20, "SY", "region", "Halab", 36.2, 37.1, -1, "Halab", "", 0, ""),
    (21, "SY", "locality", "Afrin", 36.51, 36.87, 20, "Halab", "", 50000, ""),
    (22, "SY", "locality", "Kastuna", 36.65, 36.6, 20, "Halab", "", 0, ""),
    (23, "SY", "region", "Sharqa", 36.5, 40.7, -1, "Sharqa", "", 0, ""),
    (24, "SY", "locality", "Kastuna", 37.1, 41.0, 23, "Sharqa", "", 400, ""),
    (25, "SY", "locality", "Tarbusa", 36.72, 36.67, 20, "Halab", "", 0, ""),
    # A village whose letters differ from the text's only as transliterations do.
    (26, "SY", "locality", "Zukayra", 35.0, 37.0, 10, "Wadan", "", 0, ""),
    # A village of the province whose first word is written apart from the text's.
    (27, "SY", "locality", "Ain Kourdassa", 36.05, 36.62, 10, "Wadan", "", 0, ""),
    # A district spelled as the text spells it, and its town spelled otherwise, 40 km off
    # the district's middle.
    (28, "SY", "county", "Bir-Zaytun", 35.4, 37.4, 10, "Wadan", "Bir-Zaytun", 90000, ""),
    (29, "SY", "locality", "Bir az Zaytun", 35.2, 37.0, 28, "Wadan", "Bir-Zaytun", 0, ""),
    # A village whose article the gazetteer writes "Al".
    (30, "SY", "locality", "Al Qurmus", 35.7, 36.55, 10, "Wadan", "", 0, ""),
    # A district's seat whose name is also a village's elsewhere, ranked first by its size.
    (31, "YE", "region", "Tihamat", 14.8, 43.1, -1, "Tihamat", "", 0, ""),
    (32, "YE", "region", "Jibal", 16.9, 43.7, -1, "Jibal", "", 0, ""),
    (33, "YE", "locality", "Jarrana", 16.8, 43.4, 32, "Jibal", "", 300, ""),
    (34, "YE", "locality", "Jarrana", 14.1, 43.4, 31, "Tihamat", "", 0, ""),
]


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("search"), RECORDS)


def test_a_village_of_the_names_skeleton_outranks_a_closer_looking_one(sgaz):
    mention = place_named("Jets struck Traksa village in southern Wadan.", "Traksa", "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Tarkasa"


def test_a_village_of_the_names_skeleton_may_write_its_first_word_apart(sgaz):
    mention = place_named("Jets struck Ayon Kardassa village in northern Wadan.", "Ayon Kardassa",
                     "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Ain Kourdassa"


def test_an_operation_named_puts_its_village_near_the_operations_town(sgaz):
    mention = place_named("Olive Branch forces captured the village of Kastuna.", "Kastuna", "SY",
                     sgaz)
    assert mention.place is not None and mention.place.lat == 36.65


def test_an_operation_named_anchors_the_search_for_a_spelling_the_gazetteer_lacks(sgaz):
    mention = place_named(
        "Olive Branch forces captured the village of Trabsa.", "Trabsa", "SY", sgaz
    )
    assert mention.place is not None and mention.place.name == "Tarbusa"


def test_an_operation_named_is_no_anchor_when_a_province_is_named(sgaz):
    mention = place_named("Olive Branch forces shelled Kastuna village in Sharqa.", "Kastuna", "SY",
                     sgaz)
    assert mention.place is not None and mention.place.admin1 == "Sharqa"


def test_a_village_spelled_as_the_name_once_transliteration_is_undone_is_found(sgaz):
    mention = place_named("Regime forces shelled the town of Zokira.", "Zokira", "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Zukayra"


def test_a_villages_region_of_a_province_is_the_village_not_the_province(sgaz):
    mention = place_named(
        "Jets struck the Tarkasa region of southern Wadan.", "Tarkasa", "SY", sgaz
    )
    assert mention.role == "town" and mention.place is not None
    assert mention.place.name == "Tarkasa" and mention.precision == 2


def test_a_districts_name_without_district_is_its_town(sgaz):
    mention = place_named("Regime forces shelled Bir-Zaytun.", "Bir-Zaytun", "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Bir az Zaytun"


def test_a_name_written_with_aal_is_looked_for_as_al(sgaz):
    mention = place_named(
        "Jets struck Aal-Qurmus village in southern Wadan.", "Aal-Qurmus", "SY", sgaz
    )
    assert mention.place is not None and mention.place.name == "Al Qurmus"


def test_a_village_named_as_an_area_is_the_one_of_the_named_province(sgaz):
    mention = place_named(
        "Clashes took place in Kastuna area in western Halab.", "Kastuna", "SY", sgaz
    )
    assert mention.place is not None and mention.place.lat == 36.65


def test_a_district_read_as_a_village_of_another_province_gives_way_to_the_named_ones(sgaz):
    mention = place_named("Jets struck Jarrana district, Tihamat province.", "Jarrana", "YE", sgaz)
    assert mention.place is not None and mention.place.admin1 == "Tihamat"
