"""`khaldun demo`: the README's first command, on the bundled sample; its ACLED export."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from khaldun.acled_codes import interaction
from khaldun.cli import app
from khaldun.store import EventQuery, open_store

ACLED_2018 = Path(__file__).parents[2] / ".." / "shared" / "data" / "acled-me-2018" / "train.csv"
# Columns of the 2018 file that today's ACLED export no longer has (data_id, iso3) or that
# the data set added (d3mIndex).
RETIRED = {"d3mIndex", "data_id", "iso3"}
INTEGER_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso",
                   "geo_precision", "fatalities", "timestamp")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "claims" in result.output
    return db


def test_demo_ingests_the_sample_and_shows_claims(demo_db):
    store = open_store(demo_db)
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
    CliRunner().invoke(app, ["demo", "--db", demo_db])  # re-ingesting changes nothing
    store = open_store(demo_db)
    try:
        assert store.query_events(EventQuery(limit=1))[1] == total
    finally:
        store.close()


def test_acled_export_follows_acled_conventions(demo_db, tmp_path):
    pd = pytest.importorskip("pandas")
    target = tmp_path / "acled.csv"
    result = CliRunner().invoke(app, ["events", "--db", demo_db, "-f", "acled", "-o", str(target)])
    assert result.exit_code == 0, result.output
    ours = pd.read_csv(target)
    for column in INTEGER_COLUMNS:
        assert ours[column].dtype == "int64", column  # every row filled, as ACLED's are
    assert ours["latitude"].dtype == "float64" and ours["actor1"].notna().all()
    assert pd.to_datetime(ours["event_date"], format="%Y-%m-%d").notna().all()
    assert (ours["year"] == pd.to_datetime(ours["event_date"]).dt.year).all()
    assert ours["notes"].str.match(r"(On|Between|Around) \d{1,2} [A-Z][a-z]+ \d{4}").all()
    assert ours["inter1"].between(1, 8).all() and ours["inter2"].between(0, 8).all()
    assert ours["region"].notna().all() and ours["iso"].gt(0).all()
    if not ACLED_2018.is_file():
        pytest.skip("ACLED 2018 reference data absent")
    reference = pd.read_csv(ACLED_2018, nrows=500)
    assert set(reference.columns) - RETIRED <= set(ours.columns)
    for column in set(reference.columns) - RETIRED:
        if reference[column].dtype.kind in "if":
            assert ours[column].dtype.kind == reference[column].dtype.kind, column
    # Both code interaction as the two inter codes, lower first (inter1 * 10 when alone).
    for frame in (reference, ours):
        pairs = zip(frame["inter1"], frame["inter2"], frame["interaction"], strict=True)
        agree = [interaction(a, b) == code for a, b, code in pairs]
        assert sum(agree) / len(agree) > 0.99
    # The same region names and scale words.
    assert set(ours["region"]) <= set(reference["region"]) | {
        "Western Africa", "Eastern Africa", "Northern Africa", "Middle Africa", "South Asia"}
