"""A small gazetteer built from countries, the admin1 list and a GeoNames file written here."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from khaldun.places import PlaceMention, find_places
from khaldun.places.build import build
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geonames_import import import_geonames
from khaldun.places.wof import COLUMNS

# geonameid, name, asciiname, alternate names, lat, lon, class, code, country, admin1, population
ROWS = [
    (900001, "Homs", "Homs", "Hims,Hums,حمص", 34.727, 36.723, "P", "PPLA", "SY", "11", 775000),
    (900002, "Al Khālidīyah", "Al Khalidiyah", "Khalidiya,al-Khalidiya", 34.745, 36.713,
     "P", "PPLX", "SY", "11", 0),
    (900003, "Bābā ‘Amr", "Baba `Amr", "Baba Amr,Bab Amr", 34.716, 36.698, "P", "PPLX", "SY",
     "11", 0),
    (900004, "Jūrat ash Shayyāḩ", "Jurat ash Shayyah", "", 34.725, 36.706, "P", "PPLX", "SY",
     "11", 0),
    (900005, "Damascus", "Damascus", "Dimashq,Damas,دمشق", 33.513, 36.292, "P", "PPLC", "SY",
     "13", 1570000),
    (900006, "Jawbar", "Jawbar", "Jobar", 33.527, 36.330, "P", "PPLX", "SY", "13", 0),
    (900007, "Aleppo", "Aleppo", "Halab,حلب", 36.202, 37.159, "P", "PPLA", "SY", "09", 1800000),
    (900008, "Idlib", "Idlib", "Idleb", 35.931, 36.634, "P", "PPLA", "SY", "12", 128000),
    (900009, "Ḩamāh", "Hamah", "Hama", 35.131, 36.757, "P", "PPLA", "SY", "10", 460000),
    (900010, "Saraqib", "Saraqib", "Saraqeb", 35.864, 36.806, "P", "PPL", "SY", "12", 33000),
    (900011, "Baghdad", "Baghdad", "", 33.341, 44.401, "P", "PPLC", "IQ", "07", 5600000),
    (900012, "Karrādah", "Karradah", "Karrada", 33.305, 44.430, "P", "PPLX", "IQ", "07", 0),
    (900013, "Tripoli", "Tripoli", "Tarabulus", 32.887, 13.191, "P", "PPLC", "LY", "77", 1150000),
    (900014, "Tripoli", "Tripoli", "Trablous", 34.437, 35.850, "P", "PPLA", "LB", "09", 230000),
    (900015, "Said", "Said", "", 34.10, 36.10, "P", "PPL", "SY", "08", 900),
    (900016, "Army", "Army", "", 35.50, 36.50, "P", "PPL", "SY", "10", 700),
    (900017, "Home", "Home", "", 35.20, 36.60, "P", "PPL", "SY", "10", 1200),
    (900018, "Homs Governorate", "Homs Governorate", "Muhafazat Hims", 34.5, 37.5, "A", "ADM1",
     "SY", "11", 0),
    (900019, "Old Ruin", "Old Ruin", "", 34.9, 36.9, "P", "PPLQ", "SY", "11", 0),
    (900020, "Mount Test", "Mount Test", "", 34.9, 36.9, "T", "MT", "SY", "11", 0),
    (900021, "Harasta", "Harasta", "Harasta,Ḩarastā", 33.558, 36.365, "P", "PPL", "SY", "08",
     40000),
    (900022, "Jisr ash Shughūr", "Jisr ash Shughur", "Jisr al-Shughur", 35.814, 36.320, "P", "PPL",
     "SY", "12", 44000),
    (900023, "Abū az̧ Z̧uhūr", "Abu az Zuhur", "", 35.740, 37.040, "P", "PPL", "SY", "12", 0),
]


def geonames_line(row: tuple) -> str:
    """One row in the 19-column GeoNames dump format."""
    gid, name, ascii_name, alt, lat, lon, fclass, code, cc, adm1, pop = row
    cols = [gid, name, ascii_name, alt, lat, lon, fclass, code, cc, "", adm1, "", "", "", pop,
            "", "", "Asia/Damascus", "2020-01-01"]
    return "\t".join(str(c) for c in cols)


@pytest.fixture(scope="session")
def geonames_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("geonames") / "XX.txt"
    path.write_text("\n".join(geonames_line(r) for r in ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory, geonames_file: Path) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    build(path, with_towns=False)
    import_geonames(geonames_file, path)
    return path


@pytest.fixture(scope="session")
def gaz(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(gazetteer_path)


@pytest.fixture(scope="session")
def sample_rows() -> list[tuple]:
    return ROWS


@pytest.fixture(scope="session")
def to_line():
    return geonames_line


def wof_gazetteer(folder: Path, records: list[tuple]) -> Gazetteer:
    """A gazetteer built in `folder` from Who's On First rows written for a test: (id,
    country, placetype, name, lat, lon, parent id, region, county, population, names)."""
    wof = folder / "places.tsv.gz"
    lines = ("\t".join(str(v) for v in (*r[:10], "", r[10])) for r in records)
    with gzip.open(wof, "wt", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n" + "\n".join(lines) + "\n")
    build(folder / "g.sqlite", with_towns=False, wof=wof)
    return Gazetteer(folder / "g.sqlite")


def wof_and_geonames_gazetteer(folder: Path, records: list[tuple],
                               geonames: list[tuple]) -> Gazetteer:
    """`wof_gazetteer`'s gazetteer with GeoNames rows (`geonames_line`'s tuples) imported on
    top: places of countries Who's On First does not cover, or spellings it lacks."""
    wof_gazetteer(folder, records)
    rows = folder / "geonames.txt"
    rows.write_text("\n".join(geonames_line(r) for r in geonames) + "\n", encoding="utf-8")
    import_geonames(rows, folder / "g.sqlite")
    return Gazetteer(folder / "g.sqlite")


def place_named(text: str, surface: str, country: str, gaz: Gazetteer) -> PlaceMention:
    """The mention of `surface` that find_places finds in text (failing if there is none)."""
    found = [m for m in find_places(text, country, gazetteer=gaz) if m.surface == surface]
    assert found, f"{surface!r} not found in {text!r}"
    return found[0]
