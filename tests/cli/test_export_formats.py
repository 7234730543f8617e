"""`khaldun events -f csv|parquet`, `--claims`, and the UCDP and ACLED options."""

from __future__ import annotations

import csv
import io

import pyarrow.parquet as pq
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.export.ucdp import UCDP_COLUMNS
from khaldun.store.tables import CLAIM_COLUMNS, EVENT_COLUMNS

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_parquet_and_csv_of_events_and_claims(small_db, tmp_path):
    target = tmp_path / "events.parquet"
    run("events", "--db", small_db, "-f", "parquet", "-o", str(target))
    table = pq.read_table(target)
    assert table.column_names == list(EVENT_COLUMNS) and table.num_rows == 2
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", small_db, "-f", "csv"))))
    assert [r["town"] for r in rows] == table.column("town").to_pylist()
    claims = tmp_path / "claims.parquet"
    run("events", "--db", small_db, "--claims", "-f", "parquet", "-o", str(claims),
        "--country", "Iraq")
    table = pq.read_table(claims)
    assert table.column_names == list(CLAIM_COLUMNS)
    assert table.column("source").to_pylist() == ["Iraqi police"]


def test_ucdp_and_acled_options(small_db):
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", small_db, "-f", "ucdp"))))
    assert len(rows[0]) == len(UCDP_COLUMNS) == 49
    syria = next(r for r in rows if r["country"] == "Syria")
    assert syria["source_office"] == "Reuters" and syria["source_headline"] == "Headline a"
    assert (syria["side_a"], syria["side_b"], syria["country_id"]) == (
        "Government of Syria", "Civilians", "652")
    text = run("events", "--db", small_db, "-f", "acled", "--inter-labels", "--country", "IQ")
    (row,) = csv.DictReader(io.StringIO(text))
    assert row["actor1"] == "Unidentified Armed Group (Iraq)"
    assert row["interaction"] == "Political militias-Civilians"
