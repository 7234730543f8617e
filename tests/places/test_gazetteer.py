import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.places.build import build
from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geonames_import import GeonamesFileError, import_geonames
from khaldun.places.stats import counts


def test_lookup_finds_transliterated_neighbourhood(gaz):
    for spelling in ("Khalidiya", "Khaldiyeh", "al-Khalidiyah", "Khaldiya"):
        best = gaz.lookup(spelling, "SY")[0]
        assert best.name == "Al Khālidīyah"
        assert best.kind == "neighbourhood"
        assert best.town == "Homs"


def test_lookup_prefers_the_given_country(gaz):
    assert gaz.lookup("Tripoli")[0].country == "LY"  # the more populous one
    assert gaz.lookup("Tripoli", "LB")[0].country == "LB"


def test_city_ranks_before_its_governorate_and_kind_filter(gaz):
    places = gaz.lookup("Homs", "SY")
    assert [p.kind for p in places[:2]] == ["town", "admin1"]
    assert gaz.lookup("Homs", "SY", kind="admin1")[0].admin1 == "Homs"


def test_admin1_aliases_from_data_file(gaz):
    assert gaz.lookup("Rural Damascus", "SY")[0].name == "Rif Dimashq"
    assert gaz.lookup("Damascus countryside", "SY")[0].kind == "admin1"


def test_arabic_script_name(gaz):
    assert gaz.lookup("حمص")[0].name == "Homs"


def test_nearest_town(gaz):
    town = gaz.nearest_town(34.74, 36.71, "SY")
    assert town is not None and town.name == "Homs"
    assert gaz.nearest_town(0.0, 0.0) is None


def test_import_report_skips_unwanted_features(geonames_file, sample_rows, tmp_path):
    db = tmp_path / "g.sqlite"
    build(db, with_towns=False)
    report = import_geonames(geonames_file, db)
    assert report.rows == len(sample_rows)
    assert report.skipped == 2  # the abandoned place (PPLQ) and the mountain
    assert report.kinds["neighbourhood"] == 5
    assert report.updated == 1  # the Homs governorate row joins the admin1 list
    info = counts(db)
    assert info["places: neighbourhood"] == 5
    assert info["imported places"] == report.added


def test_import_zip(tmp_path, sample_rows, to_line):
    db = tmp_path / "g.sqlite"
    build(db, with_towns=False)
    archive = tmp_path / "XX.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("XX.txt", to_line(sample_rows[0]) + "\n" + to_line(sample_rows[1]) + "\n")
        zf.writestr("readme.txt", "not data")
    report = import_geonames(archive, db)
    assert report.added == 2
    assert Gazetteer(db).lookup("Khaldiyeh", "SY")[0].town == "Homs"


def test_import_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tOnly\tthree\n", encoding="utf-8")
    with pytest.raises(GeonamesFileError, match=r"bad.txt:1: expected 19"):
        import_geonames(bad, tmp_path / "g.sqlite")
    with pytest.raises(GeonamesFileError, match="no such file"):
        import_geonames(tmp_path / "missing.txt", tmp_path / "g.sqlite")
    empty_zip = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty_zip, "w") as zf:
        zf.writestr("readme.txt", "nothing")
    with pytest.raises(GeonamesFileError, match="holds no GeoNames"):
        import_geonames(empty_zip, tmp_path / "g.sqlite")


def test_cli_import_info_lookup(tmp_path: Path, geonames_file):
    db = tmp_path / "g.sqlite"
    build(db, with_towns=False)
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", str(geonames_file), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added" in result.output
    result = runner.invoke(app, ["gazetteer", "info", "--db", str(db)])
    assert "neighbourhood" in result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "Jouret al-Shiyah", "--db", str(db)])
    assert result.exit_code == 0 and "Shayy" in result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "Nowhereville", "--db", str(db)])
    assert result.exit_code == 1
    bad = tmp_path / "bad.txt"
    bad.write_text("x\ty\n", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "import", str(bad), "--db", str(db)])
    assert result.exit_code == 1 and "bad.txt" in result.output


def test_acled_town_dash_district_form(gaz):
    places = gaz.lookup("Damascus - Jobar", "SY")
    assert [p.name for p in places[:2]] == ["Jawbar", "Damascus"]
    assert gaz.lookup("Damascus - Nowhere Street", "SY")[0].name == "Damascus"


def test_data_dir_follows_environment(monkeypatch, tmp_path):
    from khaldun.places import store

    monkeypatch.setenv("KHALDUN_DATA_DIR", str(tmp_path))
    assert store.default_path() == tmp_path / store.FILE_NAME
    monkeypatch.delenv("KHALDUN_DATA_DIR")
    assert store.default_path().parent.name == "khaldun"


def test_current_file_is_not_rebuilt(gazetteer_path):
    from khaldun.places.gazetteer import ensure_built

    before = gazetteer_path.stat().st_mtime_ns
    assert ensure_built(gazetteer_path) == gazetteer_path
    assert gazetteer_path.stat().st_mtime_ns == before


def test_lookup_tries_other_spellings_of_one_sound(gaz):
    assert gaz.lookup("Abul Thohur", "SY")[0].name == "Abū az̧ Z̧uhūr"
    assert gaz.lookup("Abu Dhuhur", "SY")[0].name == "Abū az̧ Z̧uhūr"
