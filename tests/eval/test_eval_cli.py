"""`khaldun eval` on hand-made gold and system files."""

from __future__ import annotations

import json

from eval_builders import make_event
from typer.testing import CliRunner

import khaldun.cli  # noqa: F401  (registers every command)
from khaldun.cli.app import app


def _invoke(*args: str):  # noqa: ANN202
    # With a single registered command typer runs it directly, without its name.
    several = len(app.registered_commands) + len(app.registered_groups) > 1
    prefix = ["eval"] if several else []
    return CliRunner().invoke(app, [*prefix, *args])


def _write(path, events_by_doc, with_text=True):  # noqa: ANN001, ANN202
    with open(path, "w") as handle:
        for doc_id, events in events_by_doc.items():
            line = {
                "doc_id": doc_id,
                "published": "2012-03-05",
                "events": [e.to_dict() for e in events],
            }
            if with_text:
                line["text"] = "Shells fell on Homs on Sunday."
            handle.write(json.dumps(line) + "\n")


def test_json_scores_by_doc_and_errors(tmp_path):
    gold, system = tmp_path / "gold.jsonl", tmp_path / "system.jsonl"
    _write(gold, {"a": [make_event(town="Khaldiyeh"), make_event(town="Hama")]})
    _write(system, {"a": [make_event(town="al-Khalidiya"), make_event(town="Idlib")]}, False)
    result = _invoke(str(gold), "--system", str(system), "--json", "--by-doc", "--errors")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["true_positives"], data["false_positives"], data["false_negatives"]) == (1, 1, 1)
    assert data["by_doc"][0]["doc_id"] == "a"
    assert sorted(e["kind"] for e in data["errors"]) == ["missed", "spurious"]


def test_table_output_lists_errors(tmp_path):
    gold, system = tmp_path / "gold.jsonl", tmp_path / "system.jsonl"
    _write(gold, {"a": [make_event(town="Hama")]})
    _write(system, {"a": [make_event(town="Hama", day="2012-03-09")]}, False)
    result = _invoke(str(gold), "--system", str(system), "--errors")
    assert result.exit_code == 0, result.output
    assert "MISSED a gold #0" in result.output and "SPURIOUS a system #0" in result.output
    assert "missed events by the system event quoting them:" in result.output
    assert "1  no system event quotes it" in result.output


def test_needs_gold_or_a_labelled_set():
    result = _invoke()
    assert result.exit_code != 0
    assert "GOLD.jsonl" in result.output


def test_one_labelled_set_at_a_time(tmp_path):
    acled, pitf = tmp_path / "a.csv", tmp_path / "p.tsv"
    acled.write_text("notes\n")
    pitf.write_text("Description\n")
    result = _invoke("--acled", str(acled), "--pitf", str(pitf))
    assert result.exit_code != 0
    assert "not both" in result.output
