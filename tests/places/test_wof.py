"""Who's On First places: import, transliteration, same-named places, city quarters and the
words around a name, on a small gazetteer written here."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.places import find_places
from khaldun.places.build import build
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.location import document_country
from khaldun.places.nearby import near_match
from khaldun.places.stats import counts
from khaldun.places.wof import COLUMNS, import_wof_file, read_wof

# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.9, 36.6, -1, "Idlib", "", 0, "Idleb|إدلب"),
    (2, "IQ", "region", "Nineveh", 36.3, 43.1, -1, "Nineveh", "", 0, "Ninawa|Ninewa"),
    (3, "SY", "county", "Ariha District", 35.8, 36.6, 1, "Idlib", "Ariha", 80000, ""),
    (10, "SY", "locality", "Khān Shaykhūn", 35.44, 36.65, 3, "Idlib", "Ariha", 0,
     "Khan Shaykhun|خان شيخون"),
    (11, "SY", "locality", "Hazzanu", 36.09, 36.66, 3, "Idlib", "Ariha", 0, ""),
    (12, "SY", "locality", "Tall Hamra", 36.70, 40.90, -1, "Hasakah", "", 0, ""),
    (13, "IQ", "locality", "Tall Hamra", 36.40, 42.90, 2, "Nineveh", "", 0, ""),
    (14, "SY", "locality", "Zawrat Qiblī", 35.60, 36.70, 3, "Idlib", "Ariha", 0, ""),
    (15, "SY", "locality", "Haz", 35.70, 36.60, 3, "Idlib", "Ariha", 5000, ""),
    # A city, a hamlet 2 km from its centre (a quarter) and one 2 km off in another province.
    (20, "SY", "locality", "Madinat Kabira", 35.00, 37.00, 1, "Idlib", "", 400000, ""),
    (21, "SY", "locality", "Hayy Saghir", 35.015, 37.005, 1, "Idlib", "", 0, ""),
    (22, "SY", "locality", "Qarya Jara", 34.99, 37.015, -1, "Hama", "", 0, ""),
    (23, "SY", "neighbourhood", "Bustan Qasr", 35.005, 37.0, 20, "Idlib", "", 0, ""),
    # A provincial capital, and two villages of one name north and south of it.
    (32, "SY", "locality", "Idlib", 35.93, 36.63, 1, "Idlib", "", 165000, "Idleb"),
    (30, "SY", "locality", "Tall Sultan", 36.30, 36.60, 1, "Idlib", "", 0, ""),
    (31, "SY", "locality", "Tall Sultan", 35.50, 36.60, 1, "Idlib", "", 0, ""),
]


def wof_line(record: tuple) -> str:
    return "\t".join(str(v) for v in (*record[:10], "", record[10]))


@pytest.fixture(scope="module")
def wof_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wof") / "places.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n" + "\n".join(wof_line(r) for r in RECORDS) + "\n")
    return path


@pytest.fixture(scope="module")
def wgaz(wof_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    db = tmp_path_factory.mktemp("wgaz") / "g.sqlite"
    build(db, with_towns=False, wof=wof_file)
    return Gazetteer(db)


def test_reader_rejects_a_file_without_the_columns(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tname\n1\tX\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a Who's On First TSV"):
        list(read_wof(bad))


def test_reader_keeps_latin_and_arabic_spellings_only(tmp_path):
    path = tmp_path / "p.tsv"
    row = (30, "SY", "locality", "Tadif", 36.3, 37.5, -1, "Aleppo", "", 0,
           "Tādif|تادف|タディフ|TDF")
    path.write_text("\t".join(COLUMNS) + "\n" + wof_line(row) + "\n", encoding="utf-8")
    assert next(read_wof(path)).names == ["Tādif", "تادف"]


@pytest.mark.parametrize("spelling", ["Khan Shaykun", "Khan Sheikhoun", "خان شيخون"])
def test_transliterations_find_one_place(wgaz, spelling):
    best = wgaz.lookup(spelling, "SY")[0]
    assert best.name == "Khān Shaykhūn" and best.lat == pytest.approx(35.44)


def test_same_named_places_in_two_countries(wgaz):
    assert wgaz.lookup("Tall Hamra", "IQ")[0].country == "IQ"
    assert wgaz.lookup("Tall Hamra", "SY")[0].country == "SY"
    text = "Militants shelled the village of Tall Hamra in Nineveh province."
    assert document_country(text, wgaz) == "IQ"


def test_regions_join_the_admin1_list_and_districts_rank_after_towns(wgaz):
    assert wgaz.lookup("Idleb", "SY")[0].kind in ("admin1", "town")
    assert wgaz.lookup("Ninawa", "IQ")[0].kind == "admin1"
    district = wgaz.lookup("Ariha District", "SY")[0]
    assert district.feature_code == "ADM2" and district.admin1 == "Idlib"


def test_a_hamlet_inside_a_big_city_is_its_quarter(wgaz):
    quarter = wgaz.lookup("Hayy Saghir", "SY")[0]
    assert quarter.kind == "neighbourhood" and quarter.town == "Madinat Kabira"
    neighbour = wgaz.lookup("Qarya Jara", "SY")[0]  # as close, but in another province
    assert neighbour.kind == "town"
    assert wgaz.lookup("Bustan Qasr", "SY")[0].town == "Madinat Kabira"


def test_a_village_needs_a_place_cue(wgaz):
    said = find_places("Officials met Hazzanu on Monday, the governor said.", "SY",
                       gazetteer=wgaz)
    assert not [m for m in said if m.surface == "Hazzanu"]
    shelled = find_places("Artillery shelled Hazzanu on Monday.", "SY", gazetteer=wgaz)
    assert [m.place.name for m in shelled if m.place] == ["Hazzanu"]


def test_a_village_in_a_list_after_a_cue_is_taken(wgaz):
    found = find_places("Jets struck Hazzanu and Zawrat Qibli.", "SY", gazetteer=wgaz)
    assert [m.place.name for m in found if m.place] == ["Hazzanu", "Zawrat Qiblī"]


def test_an_unknown_spelling_is_found_near_its_province(wgaz):
    idlib = wgaz.lookup("Idlib", "SY", kind="admin1")[0]
    assert near_match(wgaz, "Zorat Qebli", [idlib]).name == "Zawrat Qiblī"
    assert near_match(wgaz, "Zorat Qebli", [wgaz.lookup("Ninawa", "IQ")[0]]) is None


def test_armed_groups_name_the_country(wgaz):
    text = "Fighters attacked a checkpoint near Tall Hamra."
    assert document_country(text, wgaz, armed_groups=["SY"]) == "SY"
    assert document_country(text, wgaz, armed_groups=["IQ"]) == "IQ"
    assert document_country(text, wgaz, theatres=[("IQ", 0.7), ("SY", 0.3)]) == "IQ"


@pytest.mark.parametrize("side, lat", [("southern", 35.50), ("northern", 36.30)])
def test_the_side_of_a_province_picks_the_village(wgaz, side, lat):
    found = find_places(f"Jets struck Tall Sultan in {side} Idlib.", "SY", gazetteer=wgaz)
    assert [m.place.lat for m in found if m.surface == "Tall Sultan"] == [lat]


def test_a_look_alike_on_another_side_than_the_text_says_is_not_taken(wgaz):
    idlib = wgaz.lookup("Idlib", "SY", kind="admin1")[0]
    town = wgaz.lookup("Idlib", "SY", kind="town")[0]
    assert near_match(wgaz, "Tal Sultan", [idlib], [(town, "south")]).lat == 35.50
    assert near_match(wgaz, "Tal Sultan", [idlib], [(town, "north")]).lat == 36.30


def test_import_command_and_info_count_sources(wof_file, tmp_path):
    db = tmp_path / "g.sqlite"
    build(db, with_towns=False)
    report = import_wof_file(wof_file, db)
    assert report.added == len([r for r in RECORDS if r[2] != "region"])
    assert counts(db)["source: import:places.tsv.gz"] == report.added
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", str(wof_file), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added" in result.output


def test_short_acronyms_are_no_places(wgaz):
    found = find_places("Fighters of HAZ attacked near Hazzanu and Haz.", "SY", gazetteer=wgaz)
    assert [m.surface for m in found] == ["Hazzanu", "Haz"]
