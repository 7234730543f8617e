"""`khaldun events` listing, filters, exports and detail view over a store of hand-made events."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.records import Actor, Article, Claim, Event, Fatalities, Location
from khaldun.store import open_store

runner = CliRunner()


def _event(town: str, country: str, killed: int, source: str, lat: float, lon: float) -> Event:
    quote = f"Jets killed {killed} people in {town}, {source} said."
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        date_start=date(2012, 3, 4),
        date_end=date(2012, 3, 4),
        time_precision=1,
        location=Location(town, None, town, town, country, lat, lon, 1),
        actor1=Actor("Military Forces of Syria", 1),
        actor2=Actor("Civilians (Syria)", 7),
        fatalities=Fatalities(killed, killed),
        claims=[Claim(source, "fatalities", killed, quote, start=0, end=len(quote))],
    )


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "cli.duckdb")
    store = open_store(path)
    items = [
        ("a", _event("Homs", "SY", 12, "Syrian Observatory for Human Rights", 34.73, 36.71)),
        ("b", _event("Homs", "SY", 20, "Local Coordination Committees", 34.73, 36.71)),
        ("c", _event("Mosul", "IQ", 3, "Iraqi police", 36.34, 43.13)),
    ]
    for doc, ev in items:
        art = Article(text=f"text {doc}", doc_id=doc, published=date(2012, 3, 5), title=f"T {doc}")
        store.add_article(art, [ev])
    store.close()
    return path


def run(*args: str):
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_table_lists_merged_events(db):
    text = run("events", "--db", db)
    assert "Homs" in text and "Mosul" in text and "12–20" in text and "contested" in text
    assert "events 1–2 of 2" in text
    assert "Mosul" not in run("events", "--db", db, "--country", "SY")


def test_exports(db, tmp_path):
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "-f", "acled"))))
    assert sorted(r["country"] for r in rows) == ["Iraq", "Syria"]
    rows = list(
        csv.DictReader(io.StringIO(run("events", "--db", db, "-f", "ucdp", "--town", "homs")))
    )
    assert [(r["low"], r["high"], r["number_of_sources"]) for r in rows] == [("12", "20", "2")]
    lines = run("events", "--db", db, "-f", "jsonl", "--min-fatalities", "15").splitlines()
    assert [json.loads(line)["location"]["town"] for line in lines] == ["Homs"]
    target = tmp_path / "out.geojson"
    run("events", "--db", db, "-f", "geojson", "-o", str(target), "--bbox", "40,30,50,40")
    features = json.loads(target.read_text())["features"]
    assert [f["properties"]["town"] for f in features] == ["Mosul"]


def test_show_lists_every_claim(db):
    line = run("events", "--db", db, "-f", "jsonl", "--town", "Homs").splitlines()[0]
    event_id = json.loads(line)["event_id"]
    result = runner.invoke(app, ["events", "show", event_id, "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for needle in (
        "Syrian Observatory for Human Rights",
        "Local Coordination Committees",
        "Jets killed 12 people in Homs",
        "Jets killed 20 people in Homs",
        "T a",
        "T b",
    ):
        assert needle in result.stdout


def test_bad_input_is_refused(db):
    assert runner.invoke(app, ["events", "show", "ev-none", "--db", db]).exit_code == 1
    assert runner.invoke(app, ["events", "--db", db, "--bbox", "1,2"]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", db, "-f", "xml"]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", db, "--from", "March"]).exit_code == 2


def test_unreachable_database_is_one_line_without_password():
    result = runner.invoke(app, ["events", "--db", "postgresql://u:secret@127.0.0.1:1/none"])
    assert result.exit_code == 2
    assert "cannot open" in result.stderr and "secret" not in result.stderr
