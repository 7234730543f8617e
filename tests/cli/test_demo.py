"""`khaldun demo`: the README's first command, on the bundled sample."""

from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.store import EventQuery, open_store


def test_demo_ingests_the_sample_and_shows_claims(tmp_path):
    db = str(tmp_path / "demo.duckdb")
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "claims" in result.output
    store = open_store(db)
    try:
        events, total = store.query_events(EventQuery(limit=100))
    finally:
        store.close()
    assert total >= 8
    # the Homs air raid is told by three reports: one event with every source's toll
    raids = [e for e in events if e.event.sub_event_type == "Air/drone strike"]
    homs = max(raids, key=lambda e: len(e.reports))
    assert len(homs.reports) == 3 and len(homs.sources) >= 4
    assert homs.event.fatalities.low < homs.event.fatalities.high
    again = CliRunner().invoke(app, ["demo", "--db", db])  # re-ingesting changes nothing
    store = open_store(db)
    try:
        assert store.query_events(EventQuery(limit=1))[1] == total
    finally:
        store.close()
    assert again.exit_code == 0
