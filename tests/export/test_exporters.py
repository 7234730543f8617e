"""Every exporter's columns and values, on hand-made merged events."""

from __future__ import annotations

import csv
import functools
import io
import json
from datetime import UTC, date, datetime

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
from khaldun.export.acled import EXTRA_COLUMNS
from khaldun.records import (
    Actor,
    ArticleInfo,
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
    articles = [
        ArticleInfo("a", "https://www.reuters.com/world/1", "Jets hit Homs", date(2012, 3, 5),
                    datetime(2012, 3, 6, 8, 0)),
        ArticleInfo("b", "https://news.example.org/2", "Homs toll", date(2012, 3, 5),
                    datetime(2012, 3, 7, 8, 0)),
        ArticleInfo("c", None, None, None, None),
    ]
    return MergedEvent("ev-1", combined, reps, ["a:0 ~ b:0: same place"], articles)


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
    assert header == list(ACLED_COLUMNS + EXTRA_COLUMNS)
    assert s["event_id_cnty"] == "SYR-ev-1" and s["event_date"] == "2012-03-04"
    assert (s["year"], s["iso"], s["country"], s["region"]) == ("2012", "760", "Syria",
                                                                "Middle East")
    assert s["disorder_type"] == "Political violence" and s["interaction"] == "17"
    assert (s["inter1"], s["inter2"]) == ("1", "7")
    assert s["location"] == "Homs - Khaldiyeh" and s["admin1"] == "Homs"
    assert (s["latitude"], s["longitude"]) == ("34.74", "36.72")
    assert s["fatalities"] == "12" and s["civilian_targeting"] == "Civilian targeting"
    # The outlets of the articles first, then the originators they quote.
    assert s["source"] == (
        "Reuters; news.example.org; Syrian Observatory for Human Rights; "
        "Local Coordination Committees"
    )
    assert s["source_scale"] == "International"
    assert s["notes"].startswith("On 4 March 2012, air/drone strike by Military Forces of Syria")
    assert "12 to 20 fatalities" in s["notes"] and "Jets killed" not in s["notes"]
    assert "Jets killed 12 in Khaldiyeh." in s["quotes"]
    assert s["timestamp"] == str(int(datetime(2012, 3, 7, 8, 0, tzinfo=UTC).timestamp()))
    assert p["disorder_type"] == "Demonstrations" and p["interaction"] == "60"
    assert p["inter2"] == "0" and p["actor2"] == ""
    assert p["latitude"] == "" and p["fatalities"] == "0" and p["location"] == "Daraa countryside"
    assert p["notes"].startswith("Between 1 March 2012 and 4 March 2012, peaceful protest")


def test_acled_unknown_actor1_and_labels(protest):
    protest.event.actor1 = None
    protest.event.event_type, protest.event.sub_event_type = "Battles", "Armed clash"
    _, (row,) = rows(write_acled, [protest])
    assert (row["actor1"], row["inter1"], row["interaction"]) == (
        "Unidentified Armed Group (Syria)", "3", "30")
    _, (row,) = rows(functools.partial(write_acled, inter_labels=True), [protest])
    assert (row["inter1"], row["inter2"]) == ("Political militias", "")
    assert row["interaction"] == "Political militias only"


def test_acled_undated_event_takes_its_article_year(strike):
    strike.event.date_start = strike.event.date_end = None
    strike.event.time_precision = 3
    _, (row,) = rows(write_acled, [strike])
    assert (row["event_date"], row["year"]) == ("2012-03-05", "2012")
    assert row["notes"].startswith("Around 5 March 2012, ")


def test_ucdp_columns_and_values(strike, protest):
    header, (s, p) = rows(functools.partial(write_ucdp, nonlethal=True), [strike, protest])
    assert header == list(UCDP_COLUMNS) and len(header) == 49
    assert (s["best"], s["low"], s["high"]) == ("12", "12", "20")
    assert s["number_of_sources"] == "3"  # one per article
    assert (
        s["source_original"] == "Syrian Observatory for Human Rights; Local Coordination Committees"
    )
    assert s["source_article"] == (
        'Reuters "Jets hit Homs" 2012-03-05; news.example.org "Homs toll" 2012-03-05'
    )
    assert s["source_office"] == "Reuters; news.example.org" and s["source_date"] == "2012-03-05"
    assert (s["date_prec"], s["where_prec"], s["event_clarity"]) == ("1", "1", "2")
    assert s["type_of_violence"] == "3" and s["deaths_civilians"] == "12"
    assert s["side_a"] == "Government of Syria" and s["side_b"] == "Civilians"
    assert (s["gwnoa"], s["gwnob"], s["country_id"], s["region"]) == ("652", "", "652",
                                                                     "Middle East")
    # PRIO-GRID: 0.5-degree cells numbered from (-90, -180), 720 a row.
    assert s["priogrid_gid"] == str(int((34.74 + 90) / 0.5) * 720 + int((36.72 + 180) / 0.5) + 1)
    assert s["geom_wkt"] == "POINT (36.72 34.74)" and s["country"] == "Syria"
    assert s["where_coordinates"] == "Khaldiyeh" and s["adm_1"] == "Homs"
    assert (p["date_start"], p["date_end"], p["date_prec"]) == ("2012-03-01", "2012-03-04", "2")
    assert (p["where_prec"], p["best"], p["type_of_violence"]) == ("4", "0", "")
    assert p["code_status"] == "Check deaths" and s["code_status"] == "Clear"


def test_ucdp_leaves_out_events_without_deaths(strike, protest):
    out = io.StringIO()
    assert write_ucdp([strike, protest], out) == 1
    assert "ev-2" not in out.getvalue()


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
