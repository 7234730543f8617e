"""--explain: the decisions on each sentence, on texts written for these tests."""

from datetime import date

from typer.testing import CliRunner

from khaldun.cli.app import app
from khaldun.events.explain import explain, render
from khaldun.records import Article

TUESDAY = date(2018, 3, 6)
TEXT = (
    "Rebel fighters attacked an army checkpoint near the town of Suran on Monday, killing "
    "four soldiers, a monitoring group said on Tuesday.\n\n"
    "The fighters then shelled the checkpoint again, the group told reporters in Beirut.\n\n"
    "Since 2011, more than 300,000 people have been killed in the war."
)


def decisions(text: str) -> list[list[str]]:
    _, trace = explain(Article(text=text, published=TUESDAY, doc_id="t"))
    return [st.decisions for st in trace.sentences.values()]


def test_each_sentence_says_why_it_made_an_event_or_not():
    first, second, third = decisions(TEXT)
    # the killing is the attack's outcome: one group, one event
    assert any("attacked+killing" in d and "new event E0" in d for d in first), first
    assert any("background" in d for d in third)


def test_the_grammar_rows_name_the_relation_and_the_statement_circumstances():
    result, trace = explain(Article(text=TEXT, published=TUESDAY, doc_id="t"))
    shown = render(result, trace)
    assert "agent Rebel fighters" in shown
    assert "on Tuesday (on a verb of saying)" in shown
    assert "Beirut (on a verb of saying)" in shown
    assert "four -> killing" in shown
    assert result.events[0].date_start == date(2018, 3, 5)  # the event's day, not the statement's


def test_the_cli_prints_the_trace(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = CliRunner().invoke(app, ["extract", "--explain", str(path), "--published", "2018-03-06"])
    assert out.exit_code == 0, out.output
    assert "decision" in out.output and "new event E0" in out.output
