"""`khaldun serve`: options, and refusals before the server starts."""

from __future__ import annotations

from typer.testing import CliRunner

from khaldun.cli import app

runner = CliRunner()


def test_help_lists_the_options():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token-file", "--protect-reads", "--tile-url"):
        assert option in result.output


def test_protect_reads_without_token_exits_2(tmp_path, monkeypatch):
    monkeypatch.delenv("KHALDUN_TOKEN", raising=False)
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--protect-reads"])
    assert result.exit_code == 2
    assert "token" in result.output


def test_unreadable_token_file_exits_2(tmp_path):
    result = runner.invoke(app, ["serve", "--token-file", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "cannot read" in result.output
