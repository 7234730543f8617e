"""Every user mistake is one error line and a non-zero exit, and creates no file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khaldun
from khaldun.cli import app

runner = CliRunner()


def refused(args: list[str], words: str, env: dict | None = None, code: int = 2) -> str:
    """Run the CLI; assert exit `code` and a single stderr line that contains `words`."""
    result = runner.invoke(app, args, env={"COLUMNS": "80", **(env or {})})
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error"), result.stderr
    assert words in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture(autouse=True)
def empty_cwd(tmp_path, monkeypatch):
    """Run in an empty folder with no configuration, so a created file would show."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("KHALDUN_DB", raising=False)
    monkeypatch.delenv("KHALDUN_CONFIG", raising=False)
    yield folder
    assert sorted(p.name for p in folder.iterdir()) == [], "a command created a file"


def test_read_commands_never_create_a_database():
    refused(["events", "show", "ev-1"], "no database at khaldun.duckdb")
    refused(["events"], "run khaldun ingest first")
    refused(["events", "--db", "typo.duckdb"], "no database at typo.duckdb")
    refused(["events"], "no database at elsewhere.duckdb", env={"KHALDUN_DB": "elsewhere.duckdb"})


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--type", "Explosions"], "--type 'Explosions' is not one of"),
        (["--status", "confirmed"], "--status 'confirmed' is not one of"),
        (["--country", "Syrai"], "--country 'Syrai'"),
        (["--from", "2016-03-09", "--to", "2016-03-01"], "--from 2016-03-09 is after"),
        (["--from", "March"], "--from 'March' is not a date"),
        (["--limit", "-1"], "--limit -1: must be at least 1"),
        (["--bbox", "1,2"], "--bbox"),
        (["--interaction", "99"], "--interaction 99"),
        (["--format", "xml"], "--format 'xml'"),
        (["-o", "missing/events.csv", "-f", "acled"], "folder missing does not exist"),
        (["-o", "events.txt"], "--output needs an export --format"),
        (["-f", "parquet"], "give --output"),
        (["--claims", "-f", "acled"], "with --claims"),
    ],
)
def test_bad_filters_and_outputs(small_db, args, words):
    refused(["events", "--db", small_db, *args], words)


def test_unknown_event_is_exit_1(small_db):
    refused(["events", "show", "ev-none", "--db", small_db], "no event ev-none", code=1)


def test_country_by_name_iso3_and_iso2(small_db):
    for country in ("Syria", "SYR", "sy", "760"):
        result = runner.invoke(app, ["events", "--db", small_db, "--country", country,
                                     "-f", "jsonl"])
        assert result.exit_code == 0 and result.stdout.count("\n") == 1, (country, result.output)


def test_global_options(empty_cwd):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"khaldun {khaldun.__version__}"
    refused(["--log-level", "LOUD", "events"], "--log-level 'LOUD'")
    refused(["gazetteer", "lookup", "Homs", "--kind", "city"], "--kind 'city' is not one of")
    refused(["extract", "-", "--published", "banana"], "--published")
    refused(["extract", "-", "-o", "missing/out.jsonl"], "folder missing does not exist")
    refused(["ingest", "-", "--db", "missing/k.duckdb"], "folder missing does not exist")


def test_config_file_sets_the_database(small_db, empty_cwd):
    config = empty_cwd / "khaldun.toml"
    config.write_text(f'db = "{small_db}"\n')
    try:
        result = runner.invoke(app, ["events", "-f", "jsonl"])
        assert result.exit_code == 0 and result.stdout.count("\n") == 2, result.output
        config.write_text('database = "x"\n')
        refused(["events"], "unknown key 'database'")
    finally:
        config.unlink()


def test_a_locked_database_names_its_holder(small_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", small_db],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        line = refused(["events", "--db", small_db], f"in use by process {holder.pid}")
        assert "POST /articles" in line and "PostgreSQL" in line
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert Path(small_db).is_file()


def test_usage_errors_from_the_command_line_are_one_line():
    """Through `main()`, as the installed `khaldun` runs: click's own errors, one line too."""
    result = subprocess.run(
        [sys.executable, "-c", "from khaldun.cli import main; main()", "events", "--limit",
         "abc"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(khaldun.__file__).parents[1])},
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error") and "--limit" in line
