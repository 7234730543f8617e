"""What a text's demonyms, country names and districts say about its country, and districts
found by their consonants (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.9, 36.6, -1, "Idlib", "", 0, ""),
    (2, "SY", "locality", "Qasrin", 35.8, 36.5, 1, "Idlib", "", 0, ""),
    (10, "ML", "locality", "Bamako", 12.64, -8.0, -1, "Bamako", "", 2_000_000, ""),
    (11, "BF", "locality", "Boulkessi", 13.6, -1.9, -1, "Sahel", "", 0, ""),
    # A district of Yemen whose seat also goes by the district's name, a district named for
    # two places, and a small one holding an area named like a bigger town elsewhere.
    (20, "YE", "region", "Saada", 16.9, 43.7, -1, "Saada", "", 0, ""),
    (21, "YE", "county", "Razih", 16.93, 43.25, 20, "Saada", "Razih", 60_000, ""),
    (22, "YE", "locality", "An Nazir", 16.91, 43.26, 21, "Saada", "Razih", 0, "Razih"),
    (24, "YE", "county", "Kitaf wa Al Boqe'e", 17.17, 44.35, 20, "Saada", "Kitaf wa Al Boqe'e",
     40_000, ""),
    (25, "YE", "locality", "Kitaf", 17.03, 44.11, 24, "Saada", "Kitaf wa Al Boqe'e", 0, ""),
    (26, "YE", "county", "Khabb", 16.66, 45.81, 20, "Saada", "Khabb", 300, ""),
    (27, "YE", "locality", "Yatmah", 14.48, 44.20, -1, "Dhamar", "", 5_000, ""),
    # A town of Egypt, and a district of Baghdad of the same name.
    (30, "EG", "locality", "Rashid", 31.4, 30.4, -1, "Beheira", "", 70_000, ""),
    (31, "IQ", "county", "Al Rashid", 33.2, 44.4, -1, "Baghdad", "Al Rashid", 900_000, ""),
    # A village of Afghanistan spelled like a demonym.
    (40, "AF", "locality", "Iraqi", 34.5, 69.2, -1, "Kabul", "", 0, ""),
    # A state of Nigeria named like a country, and a village of Nigeria by the border.
    (50, "NG", "region", "Niger", 10.0, 6.0, -1, "Niger", "", 0, ""),
    (51, "NG", "locality", "Kolofa", 11.9, 14.3, -1, "Borno", "", 0, ""),
    # A village name on both sides of a border, and a town of that name on both sides.
    (60, "SA", "locality", "Qarnat", 16.8, 43.2, -1, "Jizan", "", 0, ""),
    (61, "YE", "locality", "Qarnat", 15.6, 43.5, -1, "Amran", "", 0, ""),
    (62, "SA", "locality", "Khadrat", 17.4, 44.0, -1, "Najran", "", 400_000, ""),
    (63, "YE", "locality", "Khadrat", 13.3, 43.3, -1, "Taiz", "", 200_000, ""),
    # A city and a small town of its name across the border.
    (64, "UA", "locality", "Donetsky", 48.0, 37.8, -1, "Donetsk", "", 1_000_000, ""),
    (65, "RU", "locality", "Donetsky", 48.3, 39.9, -1, "Rostov", "", 50_000, ""),
    # A town of known size in one country, a hamlet of its name in another.
    (70, "YE", "locality", "Wadiq", 14.5, 46.8, -1, "Shabwah", "", 40_000, ""),
    (71, "IQ", "locality", "Wadiq", 31.7, 47.2, -1, "Maysan", "", 0, ""),
    # A city of two countries, bigger in one, and a city of the other alone.
    (80, "LY", "locality", "Tarablusa", 32.9, 13.2, -1, "Tarablusa", "", 1_100_000, ""),
    (81, "LB", "locality", "Tarablusa", 34.4, 35.8, -1, "North", "", 230_000, ""),
    (82, "LB", "locality", "Zarqet", 33.9, 35.5, -1, "Zarqet", "", 400_000, ""),
    # A village of Pakistan, and a town of its name far away.
    (90, "PK", "locality", "Sarozai", 33.8, 70.9, -1, "Khyber Pakhtunkhwa", "", 0, ""),
    (91, "IL", "locality", "Sarozai", 32.7, 35.0, -1, "Haifa", "", 30_000, ""),
]


@pytest.fixture(scope="module")
def cgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("country_votes"), RECORDS)


def test_foreign_warplanes_do_not_name_the_country(cgaz):
    text = "Russian jets struck the village of Qasrin as Russian warplanes circled."
    assert document_country(text, cgaz, states=["RU"]) == "SY"
    # forces on the ground still name their country
    assert document_country("Russian troops and Russian police entered the village of Qasrin.",
                            cgaz, states=["RU"]) == "RU"


def test_a_country_across_the_border_is_not_the_scene(cgaz):
    text = ("BAMAKO, Mali - Gunmen attacked the army camp in Boulkessi, near the border with "
            "Burkina Faso.")
    assert document_country(text, cgaz) == "ML"
    surfaces = [m.surface for m in find_places(text, "ML", gazetteer=cgaz)]
    assert "Burkina Faso" not in surfaces
    assert document_country("Gunmen attacked the camp in Boulkessi, in Burkina Faso.",
                            cgaz) == "BF"


@pytest.mark.parametrize("cue", ["backed by", "supported by", "fled to", "from"])
def test_a_backer_or_an_origin_is_not_a_place_of_the_text(cgaz, cue):
    text = f"Fighters {cue} Turkey attacked the village of Qasrin."
    assert "Turkey" not in [m.surface for m in find_places(text, "SY", gazetteer=cgaz)]


def test_a_district_is_found_by_its_consonants(cgaz):
    assert cgaz.district_countries("Razeh") == frozenset({"YE"})
    assert document_country("Shells fell on Razeh district overnight.", cgaz) == "YE"
    found = find_places("Shells fell on Razeh district overnight.", "YE", gazetteer=cgaz)
    assert found[0].place is not None and found[0].place.name == "An Nazir"  # its seat
    # a district named for two places is cited by the first, and placed at that town
    found = find_places("Airstrikes hit Kutaf district.", "YE", gazetteer=cgaz)
    assert found[0].place is not None and found[0].place.name == "Kitaf"
    # "Shaar" has other consonants than any district here
    assert cgaz.districts_alike("Shaar") == []


def test_a_district_name_votes_as_a_district_not_as_a_town_abroad(cgaz):
    assert document_country("A bomb exploded near shops in Jihad (Rashid district).",
                            cgaz) == "IQ"
    assert document_country("A bomb exploded near shops in Jihad (Rashid).", cgaz) == "EG"


def test_the_district_after_an_area_holds_it(cgaz):
    found = find_places("Airstrikes hit the Yatmah area of Khabb district.", "YE",
                        gazetteer=cgaz)
    assert found and found[0].surface == "Yatmah"


def test_a_district_only_one_other_country_has_is_that_country_s(cgaz):
    found = find_places("Saudi shelling wounded a woman in Razih district.", "SA",
                        gazetteer=cgaz)
    assert found[0].place is not None and found[0].place.country == "YE"
    assert found[0].country == "YE"


def test_a_demonym_in_a_place_slot_is_no_village(cgaz):
    assert document_country("Gunmen killed five men in the Iraqi capital.", cgaz) == "IQ"


def test_a_country_in_a_place_slot_is_the_country_not_a_province_so_named(cgaz):
    assert document_country("Gunmen attacked a market in southeastern Niger.", cgaz) == "NE"
    # set aside, or an actor, it says nothing
    assert document_country("Gunmen who fled to Niger attacked Kolofa village.", cgaz) == "NG"


def test_the_country_that_owns_a_town_in_the_text_is_its_country(cgaz):
    text = "In the Cameroonian town of Kolofa, gunmen killed seven people."
    assert document_country(text, cgaz) == "CM"


def test_a_state_s_troops_under_fire_stand_in_their_own_country(cgaz):
    rebels = [("YE", 0.77), ("SA", 0.23)]  # an armed group fighting mostly at home
    text = "The rebels shelled Saudi troops in the village of Qarnat."
    assert document_country(text, cgaz, theatres=rebels) == "SA"
    # the same troops firing are no evidence of where the fire lands
    text = "Saudi troops shelled the rebels in the village of Qarnat."
    assert document_country(text, cgaz, theatres=rebels) == "YE"


@pytest.mark.parametrize("text", [
    "Mortar rounds launched by Saudi gunners landed in the hamlet of Qarnat.",
    "Saudi troops lobbed mortars at the hamlet of Qarnat.",
])
def test_forces_firing_from_afar_do_not_name_the_country(cgaz, text):
    assert document_country(text, cgaz, states=["SA"]) == "YE"


def test_a_town_of_two_countries_is_the_one_the_text_names_most(cgaz):
    rebels = [("YE", 0.77), ("SA", 0.23)]
    text = "The rebels destroyed a truck in Khadrat."
    assert document_country(text, cgaz, theatres=rebels) == "YE"
    # a place a tenth the size of its namesake does not come first
    text = "Two civilians were killed in Donetsky, the rebels said."
    assert document_country(text, cgaz, theatres=[("RU", 0.6), ("UA", 0.4)]) == "UA"


@pytest.mark.parametrize("text", ["Saudi troops raided the village of Qarnat, northern Yemen.",
                                  "Saudi troops raided the village of Qarnat in the Yemeni "
                                  "countryside."])
def test_a_country_named_as_a_place_votes_as_a_province(cgaz, text):
    assert document_country(text, cgaz, states=["SA"]) == "YE"


def test_a_name_split_evenly_between_countries_is_the_bigger_place(cgaz):
    text = "Gunmen attacked a checkpoint outside Wadiq town on Tuesday."
    assert document_country(text, cgaz) == "YE"


def test_a_name_of_two_countries_fits_the_country_of_a_city_the_text_names(cgaz, monkeypatch):
    monkeypatch.setitem(cgaz.capitals, "LY", "Tarablusa")  # (a capital votes as a province)
    text = "Gunmen clashed in the northern city of Tarablusa on Monday, killing two."
    assert document_country(text, cgaz) == "LY"
    assert document_country(f"ZARQET (Reuters) - {text}", cgaz) == "LB"




# A village named like a holy day, abroad.
DAY_RECORDS = [
    (1, "NG", "region", "Olomu", 8.5, 3.5, -1, "Olomu", "", 0, ""),
    (2, "NG", "locality", "Sabbath", 8.3, 3.6, 1, "Olomu", "", 0, ""),
    (3, "NG", "locality", "Shabbat", 8.4, 3.7, 1, "Olomu", "", 0, ""),
]


@pytest.fixture(scope="module")
def dgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("holy_days"), DAY_RECORDS)


@pytest.mark.parametrize("day", ["Sabbath", "Shabbat"])
def test_a_holy_day_is_no_place_nor_country(dgaz, day):
    text = f"A rocket broke the calm of the {day} in the Nuvarim region. No one was hurt."
    assert document_country(text, dgaz) is None
    assert not [m for m in find_places(text, None, gazetteer=dgaz) if m.surface == day]


@pytest.mark.parametrize("hit", ["militant hideouts in the Sarozai valley",
                                 "the village of Sarozai"])
def test_the_home_of_the_aircraft_outvotes_a_namesake_the_text_never_names(cgaz, hit):
    text = f"Pakistani jets struck {hit} on Sunday, killing 12 militants."
    assert document_country(text, cgaz, states=["PK"]) == "PK"
    # a country the text names still comes first
    assert document_country(f"Pakistani jets struck {hit} in Israel.", cgaz,
                            states=["PK"]) == "IL"
