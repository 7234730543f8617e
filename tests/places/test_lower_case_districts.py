"""A district's name written in lower case before a district noun ("into sirwah district") is
the district; a common word or a word after a name is none (a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places import find_places
from khaldun.places.gazetteer import Gazetteer
from tests.places.conftest import wof_gazetteer

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "YE", "region", "Marib", 15.0, 45.3, -1, "Marib", "", 0, ""),
    (2, "YE", "county", "Sirwah", 15.05, 45.15, 1, "Marib", "Sirwah", 20000, ""),
    (3, "YE", "locality", "Sirwah", 15.06, 45.16, 2, "Marib", "Sirwah", 8000, ""),
    (4, "YE", "county", "Harib", 14.95, 45.45, 1, "Marib", "Harib", 30000, ""),
]


@pytest.fixture(scope="module")
def lgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("lower_districts"), RECORDS)


def test_a_district_written_in_lower_case_is_found(lgaz):
    text = "Rebels fired artillery shells into sirwah district on Monday."
    found = find_places(text, country="YE", gazetteer=lgaz, look_near=False)
    assert [(m.surface, m.precision) for m in found] == [("Sirwah", 2)]
    assert (found[0].start, found[0].end) == (text.index("sirwah"), text.index("sirwah") + 6)


def test_common_words_before_a_district_noun_stay_common(lgaz):
    text = "Rebels fired shells into the border district on Monday."
    assert find_places(text, country="YE", gazetteer=lgaz, look_near=False) == []


def test_a_lower_case_word_after_a_name_is_no_district(lgaz):
    text = "Rebels shelled Harib sirwah district on Monday."
    assert "Sirwah" not in [m.surface for m in find_places(text, country="YE", gazetteer=lgaz,
                                                            look_near=False)]
