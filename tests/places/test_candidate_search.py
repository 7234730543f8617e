"""Which village of a named province a name the gazetteer lacks in that spelling is: the
one sharing its consonant skeleton before a look-alike of another skeleton (a small
gazetteer written here; invented names)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from khaldun.places import find_places
from khaldun.places.build import build
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.wof import COLUMNS

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (10, "SY", "region", "Wadan", 35.9, 36.6, -1, "Wadan", "", 0, ""),
    (11, "SY", "locality", "Wadan", 35.9, 36.6, 10, "Wadan", "", 150000, ""),
    # Two villages of the province: one of the text's skeleton, spelled apart, and one
    # of another skeleton that looks more alike.
    (12, "SY", "locality", "Tarkasa", 35.55, 36.5, 10, "Wadan", "", 0, ""),
    (13, "SY", "locality", "Raksah", 35.6, 36.7, 10, "Wadan", "", 0, ""),
]


def _line(record: tuple) -> str:
    return "\t".join(str(v) for v in (*record[:10], "", record[10]))


@pytest.fixture(scope="module")
def sgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("search")
    wof = folder / "places.tsv.gz"
    with gzip.open(wof, "wt", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n" + "\n".join(_line(r) for r in RECORDS) + "\n")
    build(folder / "g.sqlite", with_towns=False, wof=Path(wof))
    return Gazetteer(folder / "g.sqlite")


def _place(text: str, surface: str, country: str, gaz: Gazetteer):
    found = [m for m in find_places(text, country, gazetteer=gaz) if m.surface == surface]
    assert found, f"{surface!r} not found in {text!r}"
    return found[0]


def test_a_village_of_the_names_skeleton_outranks_a_closer_looking_one(sgaz):
    mention = _place("Jets struck Traksa village in southern Wadan.", "Traksa", "SY", sgaz)
    assert mention.place is not None and mention.place.name == "Tarkasa"
