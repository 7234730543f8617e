"""Extract-and-store batches and the extract/ingest commands, with the real extractor."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.ingest import read_paths
from khaldun.ingest.batch import NO_DATE, extract_safely, ingest_items
from khaldun.records import ArticleResult
from khaldun.store import open_store

STRIKE = (
    "BEIRUT, March 5 (Reuters) - Syrian government jets struck the town of Rastan in Homs "
    "province on Sunday, killing 12 people, the Syrian Observatory for Human Rights said."
)
runner = CliRunner()


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Jets strike Rastan\n\n{STRIKE}\n")
    lines = [
        {
            "doc_id": "j1",
            "text": STRIKE.replace("12 people", "15 people"),
            "published": "2012-03-05",
        },
        {
            "doc_id": "j1",
            "text": "Another text under a doc_id already used.",
            "published": "2012-03-05",
        },
    ]
    body = "\n".join(json.dumps(x) for x in lines[:1]) + "\n{oops\n" + json.dumps(lines[1]) + "\n"
    (folder / "b.jsonl").write_text(body)
    (folder / "c.txt").write_bytes("Caf\xe9".encode("latin-1"))
    return folder


def test_extract_safely_keeps_order_and_errors(inputs):
    items = list(extract_safely(read_paths([inputs], published=date(2012, 3, 6)), chunk=2))
    kinds = [type(i).__name__ for i in items]
    assert kinds.count("ArticleResult") == 3 and kinds.count("IngestError") == 2
    first = next(i for i in items if isinstance(i, ArticleResult))
    assert first.article.published == date(2012, 3, 5) and first.events


def test_ingest_items_stores_reports_and_isolates_failures(inputs, tmp_path):
    store = open_store(tmp_path / "db.duckdb")
    outcomes = list(ingest_items(read_paths([inputs], published=date(2012, 3, 6)), store))
    by_status = {s: [o for o in outcomes if o.status == s] for s in ("new", "stored", "failed")}
    assert len(by_status["new"]) == 2 and not by_status["stored"]
    failures = sorted(o.message for o in by_status["failed"])
    assert len(failures) == 3
    assert any("doc_id already stored" in m for m in failures)
    assert any("malformed JSON" in m for m in failures) and any("UTF-8" in m for m in failures)
    assert sum(o.reports for o in by_status["new"]) >= 2
    counts = store.counts()
    assert counts["articles"] == 2 and counts["reports"] >= 2
    # The same strike from two articles is one merged event; re-ingest changes nothing.
    again = list(ingest_items(read_paths([inputs], published=date(2012, 3, 6)), store))
    assert [o.status for o in again].count("stored") == 2 and store.counts() == counts
    store.close()


def test_undated_article_is_warned(tmp_path):
    (tmp_path / "u.txt").write_text(STRIKE.replace("BEIRUT, March 5 (Reuters) - ", ""))
    store = open_store(tmp_path / "db.duckdb")
    (outcome,) = ingest_items(read_paths([tmp_path / "u.txt"]), store)
    store.close()
    assert outcome.status == "new"
    assert any("date" in w for w in outcome.warnings)
    assert NO_DATE.startswith("no publication date")


def test_ingest_command(inputs, tmp_path):
    db = str(tmp_path / "cli.duckdb")
    result = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--published", "2012-03-06"])
    assert result.exit_code == 1, result.output  # some inputs failed: never exit 0
    assert "2 new, 0 already stored, 3 failed" in result.stderr
    assert "b.jsonl:2: malformed JSON" in result.stderr and "articles/s" in result.stderr
    result = runner.invoke(app, ["ingest", str(inputs / "a.txt"), "--db", db])
    assert "0 new, 1 already stored, 0 failed" in result.stderr and result.exit_code == 0
    listing = runner.invoke(app, ["events", "--db", db, "-f", "jsonl"])
    events = [json.loads(line) for line in listing.stdout.splitlines()]
    assert any(e["n_reports"] == 2 for e in events)


def test_extract_command_writes_codebook_lines(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app,
        [
            "extract",
            str(inputs / "a.txt"),
            str(inputs / "b.jsonl"),
            "-o",
            str(out),
            "--published",
            "2012-03-06",
        ],
    )
    assert result.exit_code == 1, result.output  # the malformed line of b.jsonl
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["doc_id"] for d in lines][1:] == ["j1", "j1"]
    assert lines[0]["title"] == "Jets strike Rastan" and lines[0]["published"] == "2012-03-05"
    assert set(lines[0]) == {"doc_id", "url", "published", "title", "events"}
    assert lines[0]["events"][0]["claims"]
    bad = runner.invoke(app, ["extract", str(inputs / "a.txt"), "--published", "5 March"])
    assert bad.exit_code == 2


def test_json_summary_lists_every_failure(inputs, tmp_path):
    db = str(tmp_path / "cli.duckdb")
    result = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["articles"] == {"new": 2, "stored": 0, "failed": 3}
    where = {(f["file"].rsplit("/", 1)[-1], f["line"]) for f in summary["failures"]}
    assert where == {("b.jsonl", 2), ("b.jsonl", 3), ("c.txt", None)}
    assert all(f["reason"] for f in summary["failures"])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(inputs / "a.txt"), "-o", str(out), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["failures"] == []
