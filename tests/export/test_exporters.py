"""Every exporter's columns and values, on hand-made merged events."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from khaldun.export import (
    ACLED_COLUMNS,
    EXPORTERS,
    UCDP_COLUMNS,
    write_acled,
    write_geojson,
    write_jsonl,
    write_ucdp,
)
from khaldun.records import (
    Actor,
    Claim,
    Event,
    Fatalities,
    Location,
    MergedEvent,
    event_from_dict,
)


def report(doc: str, source: str, killed: int, quote: str, originator=None) -> Event:
    claim = Claim(source, "fatalities", killed, quote, doc_id=doc, originator=originator)
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        date_start=date(2012, 3, 4),
        date_end=date(2012, 3, 4),
        time_precision=1,
        location=Location("Khaldiyeh", "Khaldiyeh", "Homs", "Homs", "SY", 34.74, 36.72, 1),
        actor1=Actor("Military Forces of Syria", 1),
        actor2=Actor("Civilians (Syria)", 7),
        fatalities=Fatalities(killed, killed),
        claims=[claim],
        doc_id=doc,
        report_id=f"{doc}:0",
    )


@pytest.fixture
def strike() -> MergedEvent:
    """One air strike in three articles: SOHR says 12 twice (once relayed by AFP), LCC 20."""
    reps = [
        report("a", "Syrian Observatory for Human Rights", 12, "Jets killed 12 in Khaldiyeh."),
        report(
            "b", "AFP", 12, "12 died, the Observatory said.", "Syrian Observatory for Human Rights"
        ),
        report("c", "Local Coordination Committees", 20, "Twenty were killed in Homs."),
    ]
    combined = Event(**{**reps[0].__dict__, "claims": [c for r in reps for c in r.claims]})
    combined.fatalities, combined.status = Fatalities(12, 20), "contested"
    combined.doc_id = combined.report_id = None
    return MergedEvent("ev-1", combined, reps, ["a:0 ~ b:0: same place"])


@pytest.fixture
def protest() -> MergedEvent:
    """A week-long protest with no coordinates, no fatalities and no second actor."""
    ev = Event(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date_start=date(2012, 3, 1),
        date_end=date(2012, 3, 4),
        time_precision=2,
        location=Location("Daraa countryside", None, None, "Daraa", "SY", geo_precision=3),
        actor1=Actor("Protesters (Syria)", 6),
        claims=[Claim("reporter", "occurred", None, "Crowds marched.", doc_id="d")],
        doc_id="d",
        report_id="d:0",
    )
    return MergedEvent("ev-2", ev, [ev])


def rows(writer, events) -> tuple[list[str], list[dict]]:
    out = io.StringIO()
    assert writer(events, out) == len(events)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    return list(reader.fieldnames), list(reader)


def test_acled_columns_and_values(strike, protest):
    header, (s, p) = rows(write_acled, [strike, protest])
    assert header == list(ACLED_COLUMNS)
    for name in (
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
        "actor1",
        "inter1",
        "actor2",
        "inter2",
        "interaction",
        "iso",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    ):
        assert name in header
    assert s["event_id_cnty"] == "SYR-ev-1" and s["event_date"] == "2012-03-04"
    assert (s["year"], s["iso"], s["country"]) == ("2012", "760", "Syria")
    assert s["disorder_type"] == "Political violence" and s["interaction"] == "17"
    assert s["location"] == "Homs - Khaldiyeh" and s["admin1"] == "Homs"
    assert (s["latitude"], s["longitude"]) == ("34.74", "36.72")
    assert s["fatalities"] == "12" and s["civilian_targeting"] == "Civilian targeting"
    assert s["source"] == (
        "Syrian Observatory for Human Rights; AFP; Local Coordination Committees"
    )
    assert s["notes"].startswith("Jets killed 12 in Khaldiyeh.") and "12 to 20" in s["notes"]
    assert p["disorder_type"] == "Demonstrations" and p["interaction"] == "60"
    assert p["latitude"] == "" and p["fatalities"] == "0" and p["location"] == "Daraa countryside"


def test_ucdp_columns_and_values(strike, protest):
    header, (s, p) = rows(write_ucdp, [strike, protest])
    assert header == list(UCDP_COLUMNS)
    assert (s["best"], s["low"], s["high"]) == ("12", "12", "20")
    assert s["number_of_sources"] == "2"  # AFP relaying SOHR is not a second source
    assert (
        s["source_original"] == "Syrian Observatory for Human Rights; Local Coordination Committees"
    )
    assert s["source_article"] == "a; b; c"
    assert (s["date_prec"], s["where_prec"], s["event_clarity"]) == ("1", "1", "2")
    assert s["type_of_violence"] == "3" and s["deaths_civilians"] == "12"
    assert s["side_a"] == "Military Forces of Syria" and s["side_b"] == "Civilians (Syria)"
    assert s["geom_wkt"] == "POINT (36.72 34.74)" and s["country"] == "Syria"
    assert s["where_coordinates"] == "Khaldiyeh" and s["adm_1"] == "Homs"
    assert (p["date_start"], p["date_end"], p["date_prec"]) == ("2012-03-01", "2012-03-04", "2")
    assert (p["where_prec"], p["best"], p["type_of_violence"]) == ("4", "", "")


def test_ucdp_puts_the_state_on_side_a(strike):
    strike.event.actor1, strike.event.actor2 = (
        Actor("Opposition Rebels (Syria)", 2),
        Actor("Military Forces of Syria", 1),
    )
    strike.event.event_type = "Battles"
    _, (s,) = rows(write_ucdp, [strike])
    assert s["side_a"] == "Military Forces of Syria" and s["type_of_violence"] == "1"


def test_geojson_feature_collection(strike, protest):
    out = io.StringIO()
    assert write_geojson([strike, protest], out) == 2
    doc = json.loads(out.getvalue())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    first, second = doc["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.72, 34.74]}
    props = first["properties"]
    assert props["event_id"] == "ev-1" and props["status"] == "contested"
    assert (props["fatalities_low"], props["fatalities_high"]) == (12, 20)
    assert props["n_reports"] == 3 and props["n_sources"] == 2
    assert second["geometry"] is None and second["properties"]["admin1"] == "Daraa"
    empty = io.StringIO()
    write_geojson([], empty)
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_jsonl_is_codebook_events(strike, protest):
    out = io.StringIO()
    assert write_jsonl([strike, protest], out) == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["event_id"] for d in lines] == ["ev-1", "ev-2"]
    assert lines[0]["doc_ids"] == ["a", "b", "c"] and lines[0]["n_sources"] == 2
    assert lines[0]["merge_reasons"] == ["a:0 ~ b:0: same place"]
    back = event_from_dict(lines[0])
    assert back.fatalities == Fatalities(12, 20) and back.location.neighbourhood == "Khaldiyeh"
    assert [c.value for c in back.claims] == [12, 12, 20]


def test_every_format_is_registered():
    assert set(EXPORTERS) == {"jsonl", "acled", "ucdp", "geojson"}
