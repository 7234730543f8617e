"""A city spelled as the text writes it but for its article or accents outranks a hamlet
spelled exactly so abroad, when the text names no country (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import place_named, wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Zarqan", 36.5, 40.5, -1, "Zarqan", "", 0, ""),
    (2, "SY", "locality", "Al Qarmishli", 37.0, 41.2, 1, "Zarqan", "", 150000, ""),
    (3, "AF", "region", "Balqan", 36.4, 66.0, -1, "Balqan", "", 0, ""),
    (4, "AF", "locality", "Qarmishli", 36.4, 66.5, 3, "Balqan", "", 0, ""),
    (5, "AF", "locality", "Dur Kalay", 34.0, 66.0, 3, "Balqan", "", 0, ""),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("city_article"), RECORDS)


def test_the_city_ranks_first(gaz):
    assert gaz.lookup("Qarmishli", None)[0].country == "SY"


def test_the_city_is_the_place_of_a_text_naming_no_country(gaz):
    mention = place_named("A car bomb exploded in the town of Qarmishli on Tuesday.",
                          "Qarmishli", None, gaz)
    assert mention.place is not None and mention.place.country == "SY"


def test_at_home_the_hamlet_still_wins(gaz):
    mention = place_named("A car bomb exploded in the town of Qarmishli on Tuesday.",
                          "Qarmishli", "AF", gaz)
    assert mention.place is not None and mention.place.country == "AF"


def test_a_town_the_text_calls_one_is_no_quarter_of_the_dateline_city():
    from datetime import date

    from khaldun import extract

    text = ("DAMASCUS, Syria (Reuters) - A car bomb exploded near a checkpoint in the town of "
            "Mayadeen on Tuesday, killing six people, a monitor said.")
    [event] = extract(text, published=date(2018, 7, 18))
    assert event.location.neighbourhood is None and event.location.admin1 == "Deir ez-Zor"
