"""Same-named villages told apart by where the text's actors fight (khaldun/places/grounds.py),
in a small gazetteer written here."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.grounds import Grounds, actor_grounds, cell_of
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (2, "SY", "region", "Qarsun", 33.0, 36.2, -1, "Qarsun", "", 0, ""),
    (10, "SY", "locality", "Wadan", 35.9, 36.6, 1, "Wadan", "", 150000, ""),
    (20, "SY", "locality", "Qarsun", 33.0, 36.2, 2, "Qarsun", "", 90000, ""),
    # One village name in two provinces, nothing known of either's size.
    (11, "SY", "locality", "Kafr Dunya", 35.7, 36.7, 1, "Wadan", "", 0, ""),
    (21, "SY", "locality", "Kafr Dunya", 32.8, 36.4, 2, "Qarsun", "", 0, ""),
    # A district seat and, in the other province, a village of the same name.
    (12, "SY", "locality", "Marj Suwan", 35.6, 36.5, 1, "Wadan", "Marj Suwan", 0, ""),
    (22, "SY", "locality", "Marj Suwan", 32.9, 36.3, 2, "Qarsun", "", 0, ""),
    # Two villages of one name 30 km apart, in grid cells that do not touch.
    (14, "SY", "locality", "Tall Nabu", 35.24, 36.3, 1, "Wadan", "", 0, ""),
    (15, "SY", "locality", "Tall Nabu", 35.51, 36.3, 1, "Wadan", "", 0, ""),
    # A village whose name opens with an ayn.
    (13, "SY", "locality", "Al `Abidiyah", 35.5, 36.6, 1, "Wadan", "", 0, ""),
]
NORTH, SOUTH = cell_of(35.7, 36.7), cell_of(32.8, 36.4)


@pytest.fixture(scope="module")
def agaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("grounds"), RECORDS)


def _placed(text: str, surface: str, gaz: Gazetteer, grounds: Grounds | None):
    found = [m for m in find_places(text, "SY", gazetteer=gaz, grounds=grounds)
             if m.surface == surface]
    assert found and found[0].place is not None
    return found[0].place


@pytest.mark.parametrize("cell, admin1", [(NORTH, "Wadan"), (SOUTH, "Qarsun")])
def test_a_lone_village_is_the_namesake_where_the_actors_fight(agaz, cell, admin1):
    grounds = Grounds(["Alpha Front"], {"Alpha Front": {cell: 0.8, (0, 0): 0.2}})
    text = "Alpha Front fighters shelled the village of Kafr Dunya."
    assert _placed(text, "Kafr Dunya", agaz, grounds).admin1 == admin1


def test_a_province_the_text_names_outweighs_where_the_actors_fight(agaz):
    grounds = Grounds(["Alpha Front"], {"Alpha Front": {SOUTH: 1.0}})
    text = "Alpha Front fighters shelled the village of Kafr Dunya in Wadan countryside."
    assert _placed(text, "Kafr Dunya", agaz, grounds).admin1 == "Wadan"


def test_a_district_seat_keeps_its_rank_over_a_village_where_they_fight(agaz):
    south = Grounds(["Alpha Front"], {"Alpha Front": {cell_of(32.9, 36.3): 1.0}})
    text = "Alpha Front fighters shelled the village of Marj Suwan."
    assert _placed(text, "Marj Suwan", agaz, None).admin1 == "Wadan"
    assert _placed(text, "Marj Suwan", agaz, south).admin1 == "Wadan"


def test_of_close_namesakes_the_first_is_left_where_the_actors_fight_too(agaz):
    text = "Alpha Front fighters shelled the village of Tall Nabu."
    first = _placed(text, "Tall Nabu", agaz, None)
    other = next(p for p in agaz.lookup("Tall Nabu", "SY") if p is not first)
    there = {cell_of(other.lat, other.lon): 0.6}
    beside = Grounds(["Alpha Front"], {"Alpha Front": {**there, cell_of(first.lat, first.lon): 0.1,
                                                       (0, 0): 0.3}})
    assert _placed(text, "Tall Nabu", agaz, beside) is first
    elsewhere = Grounds(["Alpha Front"], {"Alpha Front": {**there, (0, 0): 0.4}})
    assert _placed(text, "Tall Nabu", agaz, elsewhere) is other


def test_a_neighbouring_cell_counts_half():
    grounds = Grounds(["A", "B"], {"A": {(4, 4): 0.6}, "B": {(4, 5): 0.4}, "C": {(4, 4): 1.0}})
    place = wof_place(lat=4.1 * 0.25, lon=4.1 * 0.25)
    assert grounds.score(place) == pytest.approx(0.6 + 0.5 * 0.4)
    assert not Grounds(["D"], {"A": {(4, 4): 1.0}})


def test_the_mined_grounds_are_shares_per_actor():
    grounds = actor_grounds()
    assert grounds and all(abs(sum(cells.values()) - 1.0) < 1e-6 for cells in grounds.values())


def wof_place(lat: float, lon: float):
    from khaldun.places.model import Place

    return Place(geonameid=None, name="X", kind="town", country="SY", lat=lat, lon=lon)


def test_a_name_with_the_ayn_after_its_article_is_a_place(agaz):
    found = find_places("Rebels shelled the town of al-'Abidiyah at dawn.", "SY", gazetteer=agaz)
    assert [(m.surface, m.place and m.place.lat) for m in found] == [("al-'Abidiyah", 35.5)]



def test_a_listed_village_of_unknown_size_yields_to_one_where_the_actors_fight(agaz):
    """GeoNames lists a village of no known size first; a namesake only Who's On First has
    lies where the actors fight."""
    from khaldun.places.disambiguate import disambiguate
    from khaldun.places.model import Place
    from khaldun.places.scan import Hit

    listed = Place(geonameid=970001, name="Tall Harun", kind="town", country="SY",
                   admin1="Wadan", lat=35.7, lon=36.7)
    unlisted = Place(geonameid=None, name="Tall Harun", kind="town", country="SY",
                     admin1="Qarsun", lat=32.8, lon=36.4)
    text = "Alpha Front fighters shelled the village of Tall Harun."
    start = text.index("Tall Harun")
    south = Grounds(["Alpha Front"], {"Alpha Front": {SOUTH: 1.0}})
    hit = Hit(start, start + 10, "Tall Harun", [listed, unlisted])
    assert disambiguate(agaz, [hit], "SY", text=text, grounds=south)[0].places[0] is unlisted


def test_a_village_of_the_district_named_keeps_its_rank_where_the_actors_fight_elsewhere(agaz):
    """"in Tall Harun": the market town of Tall Harun district, spelled otherwise, is meant
    before a village of that name elsewhere."""
    from khaldun.places.disambiguate import disambiguate
    from khaldun.places.model import Place
    from khaldun.places.scan import Hit

    seat = Place(geonameid=970002, name="Suq Tall Harun", kind="town", country="SY",
                 admin1="Wadan", lat=35.7, lon=36.7, admin2="Tall Harun")
    village = Place(geonameid=None, name="Tall Harun", kind="town", country="SY",
                    admin1="Qarsun", lat=32.8, lon=36.4)
    text = "Alpha Front fighters shelled farms in Tall Harun."
    start = text.index("Tall Harun")
    south = Grounds(["Alpha Front"], {"Alpha Front": {SOUTH: 1.0}})
    hit = Hit(start, start + 10, "Tall Harun", [seat, village])
    assert disambiguate(agaz, [hit], "SY", text=text, grounds=south)[0].places[0] is seat
